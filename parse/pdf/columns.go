package pdf

import "math"

// segment is a run of a row's glyphs with no gap wider than a column
// gutter inside it.
type segment struct {
	gs     []glyph
	x0, x1 float64
	row    int
}

// segments splits rows at gaps wider than one and a half characters.
func segments(rows [][]glyph) []segment {
	var out []segment
	for r, row := range rows {
		start := 0
		for i := 1; i <= len(row); i++ {
			if i < len(row) && row[i].x0-row[i-1].x1 <= 1.5*math.Max(row[i].size, 1) {
				continue
			}
			seg := segment{gs: row[start:i], x0: row[start].x0, x1: row[start].x1, row: r}
			for _, g := range seg.gs {
				seg.x1 = math.Max(seg.x1, g.x1)
			}
			out = append(out, seg)
			start = i
		}
	}
	return out
}

// gutter finds the space between two columns: an x in the middle of the
// text that at most a sixth of the segments cross (titles and figures
// spanning both columns), with at least a quarter of them, and three, on
// either side, most of them lines of text as wide as nearly a third of the
// page (a table's narrow cells are no column). Single-column text crosses
// the middle on nearly every line.
func gutter(segs []segment) (float64, bool) {
	if len(segs) < 6 || len(segs) > 4000 {
		return 0, false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range segs {
		lo, hi = math.Min(lo, s.x0), math.Max(hi, s.x1)
	}
	w := hi - lo
	best, bestScore := 0.0, -1
	for _, c := range segs {
		g := c.x1 + 0.5
		if g < lo+0.3*w || g > lo+0.7*w {
			continue
		}
		left, right, cross, wideL, wideR := 0, 0, 0, 0, 0
		for _, s := range segs {
			wide := s.x1-s.x0 >= 0.3*w
			switch {
			case s.x1 <= g:
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
		if cross*6 > n || left*4 < n || right*4 < n || left < 3 || right < 3 || wideL*2 < left || wideR*2 < right {
			continue
		}
		if score := min(left, right) - cross; score > bestScore {
			best, bestScore = g, score
		}
	}
	return best, bestScore >= 0
}

// columnLines reads a two-column page column by column: between two
// segments that span the gutter, the left column's lines, then the
// right's, then the spanning one.
func columnLines(rows [][]glyph, page int) ([]line, bool) {
	segs := segments(rows)
	g, ok := gutter(segs)
	if !ok {
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
		case s.x1 <= g:
			l.col = 1
			left = append(left, l)
		case s.x0 >= g:
			l.col = 2
			right = append(right, l)
		default:
			flush()
			out = append(out, l)
		}
	}
	flush()
	return out, true
}
