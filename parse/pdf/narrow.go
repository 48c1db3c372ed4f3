package pdf

import (
	"math"
	"sort"
	"strings"
)

// A page's text may run narrower than its margins for a while: beside a
// figure set into the column, the lines of a paragraph end at the
// figure's edge, short of the right margin, yet the paragraph goes on.
// And a table row whose cells stand too close to be told apart by their
// gaps is still a row of the table it stands in.

// minNarrowRun is how many lines in a row ending at one edge make a
// narrowed column; minNarrowWidth (in ems) bounds their width from below:
// two or three short lines (headings, list items) ending together are
// not one.
const (
	minNarrowRun   = 3
	minNarrowWidth = 8
)

// narrowed marks the lines of page ls that run to a narrowed column's
// edge: minNarrowRun or more lines in a row in one column, one size, not
// a table's rows, starting at the left margin (or a first line's indent
// of two ems) and ending within half an em of one another, each at least
// minNarrowWidth ems wide, and short of the right margin by more than
// full allows. Such a line is full, unless it ends a sentence, as one that runs to the margin is:
// its paragraph goes on into the next line. edges gives a column's
// margins.
func narrowed(ls []line, edges func(col int) (left, right float64)) []bool {
	out := make([]bool, len(ls))
	fits := func(l *line) bool {
		sz := math.Max(l.size, 1)
		left, right := edges(l.col)
		return !l.cells && l.x1-l.x0 >= minNarrowWidth*sz && l.x0 <= left+2.5*sz && l.x1 < right-2*sz
	}
	for i := 0; i+minNarrowRun <= len(ls); i++ {
		lo, hi := ls[i].x1, ls[i].x1
		j := i
		for ; j < len(ls) && fits(&ls[j]) && ls[j].col == ls[i].col && math.Abs(ls[j].size-ls[i].size) < 0.05*math.Max(ls[i].size, 1); j++ {
			lo, hi = math.Min(lo, ls[j].x1), math.Max(hi, ls[j].x1)
			if hi-lo > 0.5*math.Max(ls[i].size, 1) {
				break
			}
		}
		if j-i >= minNarrowRun {
			for k := i; k < j; k++ {
				out[k] = !endsSentence(ls[k].text) // one-line sentences of a length are no column
			}
		}
	}
	return out
}

// rowsAmongRows marks as a table's row a line of page ls that stands
// between two rows of cells (line.cells) in one column, at their left
// edge and in their size, with only such lines between: a row whose
// cells the gaps did not part (发动机压比EPR 3 3 3 among rows of a tick
// table) is no paragraph of the text. A line of no gap (附件2, a table's
// title between two tables: its letters no more than a quarter em apart)
// parts no cells: it is text.
func rowsAmongRows(ls []line) {
	for i := 0; i < len(ls); i++ {
		if !ls[i].cells {
			continue
		}
		j := i + 1
		for j < len(ls) && !ls[j].cells && sameRowEdge(&ls[i], &ls[j]) && ls[j].gapped {
			j++
		}
		if j > i+1 && j < len(ls) && ls[j].cells && sameRowEdge(&ls[i], &ls[j]) {
			for k := i + 1; k < j; k++ {
				ls[k].cells = true
			}
		}
	}
}

// alignedCells parts the cells of a table's row that stand closer than
// the two ems joinRow parts cells at (实施重点项目90个，完成投资200亿 经济发展局,
// a long cell reaching within an em and a half of the next column): a
// space of 0.8 em and more in a line next to a row of cells, or next to
// a line so parted, where the text after it starts within half an em of
// where one of the row's cells starts, is a tab between two cells. The
// producer's padding (a browser's, a narrow column's) sets no width: the
// columns the other rows show do. A line that runs to the margin (right
// gives a column's) is text, whose wide spaces are glyphs the producer
// lost (a font with no map to text), at the columns by CJK text's grid.
func alignedCells(ls []line, right func(col int) float64) {
	near := func(a, b *line) bool {
		sz := math.Max(a.size, 1)
		return a.page == b.page && a.col == b.col && math.Abs(a.size-b.size) < 0.05*sz && math.Abs(a.y-b.y) < 2.5*sz
	}
	for i := range ls {
		if !ls[i].cells || len(ls[i].cellX) == 0 {
			continue
		}
		cols := ls[i].cellX
		for _, dir := range []int{-1, 1} {
			for j := i + dir; j >= 0 && j < len(ls) && near(&ls[j-dir], &ls[j]); j += dir {
				// A line of text that runs to the margin is no row:
				// its wide spaces are glyphs the producer lost.
				if !ls[j].cells && ls[j].x1 >= right(ls[j].col)-1.5*math.Max(ls[j].size, 1) || !splitAt(&ls[j], cols) && !ls[j].cells {
					break
				}
			}
		}
	}
}

// spacedColumns parts into cells three or more lines in a row whose
// spaces of 0.8 em and more stand at one x (within half an em) on each:
// a table whose cells all stand closer than two ems (a browser's padded
// cells, 12.6 then 增长8% an em apart), which no row's gaps give away.
// Words of a line stand a fifth of an em apart, CJK characters none; a
// wide space at one spot on three lines running is a column's edge.
// alignedCells then parts the rows around them.
func spacedColumns(ls []line) {
	sz := func(l *line) float64 { return math.Max(l.size, 1) }
	near := func(a, b *line) bool {
		return a.page == b.page && a.col == b.col && !a.cells && !b.cells && math.Abs(a.size-b.size) < 0.05*sz(a) && math.Abs(a.y-b.y) < 2.5*sz(a)
	}
	has := func(l *line, x float64) bool {
		for _, s := range l.spaces {
			if math.Abs(s.x-x) <= 0.5*sz(l) {
				return true
			}
		}
		return false
	}
	for i := 0; i+2 < len(ls); i++ {
		if !near(&ls[i], &ls[i+1]) || !near(&ls[i+1], &ls[i+2]) {
			continue
		}
		var cols []float64
		for _, s := range ls[i].spaces {
			if has(&ls[i+1], s.x) && has(&ls[i+2], s.x) {
				cols = append(cols, s.x)
			}
		}
		if len(cols) > 0 {
			for k := i; k < i+3; k++ {
				splitAt(&ls[k], cols)
			}
		}
	}
}

// splitAt turns the spaces of l that stand at one of the columns cols
// (within half an em) into tabs between cells, and tells whether it
// turned any.
func splitAt(l *line, cols []float64) bool {
	sz := math.Max(l.size, 1)
	type cut struct {
		at int
		x  float64
	}
	var cuts []cut
	k := 0
	for at := 0; at < len(l.text); at++ {
		if l.text[at] == '\t' && k < len(l.cellX) {
			cuts = append(cuts, cut{at, l.cellX[k]})
			k++
		}
	}
	if k != len(l.cellX) {
		return false
	}
	added := false
	var kept []spaceAt
	for _, s := range l.spaces {
		hit := s.at >= 0 && s.at < len(l.text) && l.text[s.at] == ' '
		if hit {
			hit = false
			for _, x := range cols {
				hit = hit || math.Abs(s.x-x) <= 0.5*sz
			}
		}
		if !hit {
			kept = append(kept, s)
			continue
		}
		cuts = append(cuts, cut{s.at, s.x})
		added = true
	}
	if !added {
		return false
	}
	sort.Slice(cuts, func(a, b int) bool { return cuts[a].at < cuts[b].at })
	b := []byte(l.text)
	l.cellX = l.cellX[:0:0]
	for _, c := range cuts {
		b[c.at] = '\t'
		l.cellX = append(l.cellX, c.x)
	}
	l.text, l.cells, l.spaces = string(b), true, kept
	return true
}

// sameRowEdge reports two lines of one column and size that start within
// a point of each other.
func sameRowEdge(a, b *line) bool {
	return a.col == b.col && math.Abs(a.x0-b.x0) < 1 && math.Abs(a.size-b.size) < 0.05*math.Max(a.size, 1)
}

// boxEdge is the right edge of a box set into column ls narrower than it
// (专栏1　…: a panel of examples whose lines end at the box's edge, well
// short of the margin), 0 for none: two or more of the column's lines in
// the body's size, neither bold nor opening with a list number, starting
// at its left margin and at least half its width, end within half an em
// of one another, two ems and more short of right, and inside a sentence
// (a letter, or a comma: no 。；： a paragraph's or a heading's last line
// would end with, and no heading's bare end either when its next line is
// not its own). The box's lines that reach the edge are full, as lines
// that reach the margin are: its paragraphs go on. The edge is the
// rightmost of the largest group.
func boxEdge(ls []line, left, right, body float64) float64 {
	var ends []float64
	for i := range ls {
		l := &ls[i]
		sz := math.Max(l.size, 1)
		if l.cells || l.bold || math.Abs(l.size-body) > 0.05*sz || listNumberLen(l.text) > 0 ||
			l.x0 > left+0.5*sz || l.x1 > right-2*sz || l.x1-l.x0 < (right-left)/2 || endsSentence(l.text) {
			continue
		}
		if i+1 >= len(ls) || ls[i+1].x0 > left+0.5*sz || ls[i+1].cells || math.Abs(ls[i+1].size-l.size) > 0.05*sz {
			continue // the box's line goes on at its left edge
		}
		ends = append(ends, l.x1)
	}
	best, most := 0.0, 1
	for _, a := range ends {
		n, edge := 0, a
		for _, b := range ends {
			if b >= a && b-a <= 0.5*body {
				n++
				edge = math.Max(edge, b)
			}
		}
		if n > most {
			best, most = edge, n
		}
	}
	return best
}

// atBox tells a line that reaches a box's edge (boxEdge) as full tells
// one that reaches the margin: within one and a half ems of it, inside a
// sentence.
func atBox(l *line, edge, left float64) bool {
	sz := math.Max(l.size, 1)
	return edge > 0 && !l.cells && l.x0 <= left+0.5*sz && l.x1 <= edge+0.5*sz && l.x1 >= edge-1.5*sz && !endsSentence(l.text)
}

// cellsWrapped is row's cells with the lines after it that are a cell's
// text wrapped (审议市政府关于…工作情况的 / 报告): a line of no cells,
// right under the row, starting within half an em of a cell's start and
// ending before the next cell's, appended to that cell (unless a space
// stands beside a CJK character in it: two cells the gaps did not part); n is how many such
// lines there are. A line at the row's left edge is its first cell's only
// between two rows: there it may be the next paragraph.
func cellsWrapped(row *line, after []line) (cells []string, n int) {
	cells = strings.Split(row.text, "\t")
	if len(row.cellX) != len(cells)-1 {
		return cells, 0
	}
	sz := math.Max(row.size, 1)
	starts := append([]float64{row.x0}, row.cellX...)
	y := row.y
	for n < len(after) {
		c := &after[n]
		if c.cells || c.page != row.page || c.col != row.col || y-c.y > 1.5*sz || y <= c.y || math.Abs(c.size-row.size) > 0.05*sz {
			break
		}
		k := -1
		for j, x := range starts {
			if math.Abs(c.x0-x) <= 0.5*sz && (j+1 == len(starts) || c.x1 <= starts[j+1]) {
				k = j
			}
		}
		if k < 0 || k == 0 && (n+1 >= len(after) || !after[n+1].cells) || wideSpaced(cells[k]) {
			break
		}
		cells[k] += c.text
		y = c.y
		n++
	}
	return cells, n
}

// wideSpaced tells text with a space beside a CJK character.
func wideSpaced(s string) bool {
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == ' ' && (isWide(rs[i-1]) || isWide(rs[i+1])) {
			return true
		}
	}
	return false
}
