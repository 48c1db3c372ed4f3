package pdf

import (
	"math"
	"sort"
	"strings"
)

// segment is the part of a row on one side of a column gutter, or a whole
// row that spans it.
type segment struct {
	gs     []glyph
	x0, x1 float64
}

// halfInk holds the full-width marks whose ink fills one half of their
// advance: closing marks the left, opening marks the right. Typesetters
// that hang punctuation (LibreOffice, InDesign, WPS) push a line's closing
// comma into the margin or the gutter, where its empty half overlaps the
// gutter as if the line ran on across it.
const (
	leftHalf  = "，。、；：！？）」』》〉】〕"
	rightHalf = "（「『《〈【〔"
)

// ink is the stretch of the row a glyph's mark covers.
func ink(g glyph) (float64, float64) {
	if len(g.text) == 3 { // one full-width mark in UTF-8
		mid := (g.x0 + g.x1) / 2
		switch {
		case strings.Contains(leftHalf, g.text):
			return g.x0, mid
		case strings.Contains(rightHalf, g.text):
			return mid, g.x1
		}
	}
	return g.x0, g.x1
}

// gutter finds the space between two columns: the widest vertical strip
// in the middle two fifths of the text that at most a sixth of the rows
// put ink in (titles and figures spanning both columns, hanging marks),
// at least 0.8 em wide. Single-column text crosses the middle on nearly
// every row. The strip is found on a histogram of the rows' ink, not by
// gaps between neighbouring glyphs: a mark hung into the gutter narrows
// the gap of its row below any threshold that still tells a word space
// from a gutter.
func gutter(rows [][]glyph) (float64, bool) {
	if len(rows) < 6 {
		return 0, false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	var sizes []float64
	for _, row := range rows {
		for _, g := range row {
			a, b := ink(g)
			lo, hi = math.Min(lo, a), math.Max(hi, b)
			sizes = append(sizes, g.size)
		}
	}
	w := hi - lo
	if !(w > 1) || w > 1e5 {
		return 0, false
	}
	sort.Float64s(sizes)
	em := math.Max(sizes[len(sizes)/2], 1)
	step := math.Max(0.5, w/4096)
	count := make([]int, int(w/step)+2)
	last := make([]int, len(count))
	for r, row := range rows {
		for _, g := range row {
			a, b := ink(g)
			for k := int((a - lo) / step); k <= int((b-lo)/step) && k < len(count); k++ {
				if last[k] != r+1 {
					last[k] = r + 1
					count[k]++
				}
			}
		}
	}
	limit := len(rows) / 6
	best, bestW := 0.0, 0.0
	from, to := int(0.3*w/step), int(0.7*w/step)
	for k := from; k <= to; {
		if count[k] > limit {
			k++
			continue
		}
		j := k
		for j+1 < len(count) && count[j+1] <= limit {
			j++
		}
		if width := float64(j-k+1) * step; width > bestW {
			best, bestW = lo+float64(k+j+1)/2*step, width
		}
		k = j + 1
	}
	return best, bestW >= 0.8*em
}

// split cuts each row at the gutter g: a row with no ink across g and a
// clear gap there gives a segment on each side; a row with ink across it
// is one segment that spans both columns.
func split(rows [][]glyph, g float64) []segment {
	var out []segment
	for _, row := range rows {
		k := sort.Search(len(row), func(i int) bool { a, _ := ink(row[i]); return a >= g })
		spans := false
		leftEnd := math.Inf(-1)
		for _, x := range row[:k] {
			_, b := ink(x)
			leftEnd = math.Max(leftEnd, b)
		}
		if leftEnd > g {
			spans = true
		}
		if k > 0 && k < len(row) {
			a, _ := ink(row[k])
			if a-leftEnd < 0.5*math.Max(row[k].size, 1) {
				spans = true
			}
		}
		if spans || k == 0 || k == len(row) {
			out = append(out, newSegment(row))
			continue
		}
		out = append(out, newSegment(row[:k]), newSegment(row[k:]))
	}
	return out
}

func newSegment(gs []glyph) segment {
	s := segment{gs: gs, x0: gs[0].x0, x1: gs[0].x1}
	for _, g := range gs {
		s.x0, s.x1 = math.Min(s.x0, g.x0), math.Max(s.x1, g.x1)
	}
	return s
}

// twoColumns tells whether segments cut at g make two columns: a sixth at
// most span it, a quarter at least and three lie on either side, and a
// third of those are lines of text as wide as nearly a third of the text
// (a table's narrow cells are no column; a column of 工作要点 items and
// headings has as many short lines as full ones).
func twoColumns(segs []segment, g float64) bool {
	if len(segs) > 8000 {
		return false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range segs {
		lo, hi = math.Min(lo, s.x0), math.Max(hi, s.x1)
	}
	w := hi - lo
	left, right, cross, wideL, wideR := 0, 0, 0, 0, 0
	for _, s := range segs {
		wide := s.x1-s.x0 >= 0.3*w
		switch {
		case s.x0 < g && s.x1 <= g+0.5*segSize(s):
			left++
			if wide {
				wideL++
			}
		case s.x0 >= g:
			right++
			if wide {
				wideR++
			}
		default:
			cross++
		}
	}
	n := len(segs)
	return !(cross*6 > n || left*4 < n || right*4 < n || left < 3 || right < 3 || wideL*3 < left || wideR*3 < right)
}

func segSize(s segment) float64 {
	m := 1.0
	for _, g := range s.gs {
		m = math.Max(m, g.size)
	}
	return m
}

// columnLines reads a two-column page column by column: between two
// segments that span the gutter, the left column's lines, then the
// right's, then the spanning one.
func columnLines(rows [][]glyph, page int) ([]line, bool) {
	g, ok := gutter(rows)
	if !ok {
		return nil, false
	}
	segs := split(rows, g)
	if !twoColumns(segs, g) {
		return nil, false
	}
	var out, left, right []line
	flush := func() {
		out = append(out, left...)
		out = append(out, right...)
		left, right = left[:0], right[:0]
	}
	for _, s := range segs {
		l := joinRow(s.gs, page)
		switch {
		case s.x0 >= g:
			l.col = 2
			right = append(right, l)
		case s.x1 <= g+0.5*segSize(s):
			l.col = 1
			left = append(left, l)
		default:
			flush()
			out = append(out, l)
		}
	}
	flush()
	return out, true
}
