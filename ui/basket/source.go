package basket

import (
	store "wenji/internal/basket"
	"wenji/ui/common"
)

// minName is the fewest columns sourceFit cuts a file's name to.
const minName = 12

// minHeading is the fewest columns sourceFit cuts the nearest heading to.
const minHeading = 6

// sourceFit is e's source line in room columns: the document's title
// gives way first, then the breadcrumb's start (SourceLineFit), then the
// file's name, cut in its middle as the library's list cuts it, then the
// heading nearest the excerpt, cut at its end (the row above names the
// excerpt by it, whole), so that the outline path and the date stay
// whole. Cut at its end, the line of a long name lost the path and left
// 2026-1… of the date at 80 columns; so did a long heading after a short
// name (gb-rural.txt · 三、提升农业发展质量，培育乡村发展新动能 · 3 · 2026-12…).
func (m Model) sourceFit(e store.Excerpt, words store.SourceWords, room int) string {
	fits := func(s string) bool { return m.W.String(oneLine(s)) <= room }
	line := e.SourceLineFit(words, fits)
	if fits(line) || e.Source.Name == "-" && e.Source.Path == "" {
		return line
	}
	name := e.Source.Name
	short := e
	for n := m.W.String(name) - 1; n >= minName; n-- {
		short = e
		short.Source.Name = common.FitMiddle(m.W, name, n)
		if s := short.SourceLineFit(words, fits); fits(s) {
			return s
		}
	}
	crumb := e.Source.Breadcrumb
	if len(crumb) == 0 {
		return line
	}
	last := oneLine(crumb[len(crumb)-1])
	for n := m.W.String(last) - 1; n >= minHeading; n-- {
		cut := short
		cut.Source.Breadcrumb = append(append([]string(nil), crumb[:len(crumb)-1]...), common.Fit(m.W, last, n))
		if s := cut.SourceLineFit(words, fits); fits(s) {
			return s
		}
	}
	return line
}
