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
	// The widest cut of the name whose line fits: a narrower name never
	// widens the line, so halving finds it in a few tries (one a column
	// took most of a second for a screen of names 360 columns wide).
	name := e.Source.Name
	try := func(n int) (string, bool) {
		cut := e
		cut.Source.Name = common.FitMiddle(m.W, name, n)
		s := cut.SourceLineFit(words, fits)
		return s, fits(s)
	}
	lo, hi := minName, m.W.String(name)-1 // lo fits, once tried; hi+1 does not
	best, ok := try(lo)
	if !ok {
		return line
	}
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s, ok := try(mid); ok {
			lo, best = mid, s
		} else {
			hi = mid - 1
		}
	}
	return best
}
