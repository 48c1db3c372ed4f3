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
// whole, the breadcrumb dropped where even its cut does not fit. Cut at
// its end, the line of a long name lost the path and left
// 2026-1… of the date at 80 columns; so did a long heading after a short
// name (gb-rural.txt · 三、提升农业发展质量，培育乡村发展新动能 · 3 · 2026-12…).
func (m Model) sourceFit(e store.Excerpt, words store.SourceWords, room int) string {
	fits := func(s string) bool { return m.W.String(oneLine(s)) <= room }
	line := e.SourceLineFit(words, fits)
	if fits(line) || e.Source.Name == "-" && e.Source.Path == "" {
		return line
	}
	// The widest cut of the name whose line fits (widest), else the
	// name at its shortest and the widest cut of the nearest heading.
	name := e.Source.Name
	short := e
	if w := m.W.String(name) - 1; w >= minName {
		cutName := func(n int) store.Excerpt {
			c := e
			c.Source.Name = common.FitMiddle(m.W, name, n)
			return c
		}
		if s, ok := widest(minName, w, func(n int) (string, bool) {
			s := cutName(n).SourceLineFit(words, fits)
			return s, fits(s)
		}); ok {
			return s
		}
		short = cutName(minName)
	}
	crumb := e.Source.Breadcrumb
	if len(crumb) == 0 {
		return line
	}
	last := oneLine(crumb[len(crumb)-1])
	if w := m.W.String(last) - 1; w >= minHeading {
		if s, ok := widest(minHeading, w, func(n int) (string, bool) {
			cut := short
			cut.Source.Breadcrumb = append(append([]string(nil), crumb[:len(crumb)-1]...), common.Fit(m.W, last, n))
			s := cut.SourceLineFit(words, fits)
			return s, fits(s)
		}); ok {
			return s
		}
	}
	// Narrower still (50 columns), the breadcrumb goes whole, the
	// heading named on the row above: the line was cut at its end and
	// lost the path and the date.
	bare := short
	bare.Source.Title, bare.Source.Breadcrumb = "", nil
	if s := bare.SourceLineFit(words, fits); fits(s) {
		return s
	}
	return line
}

// widest is the line of the widest cut in lo..hi whose line fits, by
// halving: a narrower cut never widens the line, so a few tries find it
// (one a column took most of a second for a screen of names 360 columns
// wide). ok is false when even lo does not fit.
func widest(lo, hi int, try func(int) (string, bool)) (string, bool) {
	best, ok := try(lo)
	if !ok {
		return "", false
	}
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s, ok := try(mid); ok {
			lo, best = mid, s
		} else {
			hi = mid - 1
		}
	}
	return best, true
}
