package basket

import (
	store "wenji/internal/basket"
	"wenji/ui/common"
)

// minName is the fewest columns sourceFit cuts a file's name to.
const minName = 12

// sourceFit is e's source line in room columns: the document's title
// gives way first, then the breadcrumb's start (SourceLineFit), then the
// file's name, cut in its middle as the library's list cuts it, so that
// the heading nearest the excerpt, the outline path and the date stay
// whole. Cut at its end, the line of a long name lost the path and left
// 2026-1… of the date at 80 columns.
func (m Model) sourceFit(e store.Excerpt, words store.SourceWords, room int) string {
	fits := func(s string) bool { return m.W.String(oneLine(s)) <= room }
	line := e.SourceLineFit(words, fits)
	if fits(line) || e.Source.Name == "-" && e.Source.Path == "" {
		return line
	}
	name := e.Source.Name
	for n := m.W.String(name) - 1; n >= minName; n-- {
		cut := e
		cut.Source.Name = common.FitMiddle(m.W, name, n)
		if s := cut.SourceLineFit(words, fits); fits(s) {
			return s
		}
	}
	return line
}
