package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is a row of glyphs on one baseline.
type line struct {
	text      string
	x0, x1, y float64
	size      float64
	page      int
	// col is 1 or 2 for a line in the left or right column of a page of
	// two columns, 0 otherwise; each column has its own margins.
	col int
}

// buildLines sorts a page's glyphs into lines: by baseline from the top,
// then left to right, and on a page of two columns the left column's lines
// before the right's (see gutter). Glyphs drawn twice on the same spot (a
// faked bold) count once.
func buildLines(gs []glyph, page int) []line {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y > gs[j].y })
	var rows [][]glyph
	for i := 0; i < len(gs); {
		tol := 0.4 * math.Max(gs[i].size, 1)
		j := i + 1
		for j < len(gs) && gs[i].y-gs[j].y <= tol {
			j++
		}
		row := gs[i:j]
		sort.SliceStable(row, func(a, b int) bool { return row[a].x0 < row[b].x0 })
		rows = append(rows, row)
		i = j
	}
	if lines, ok := columnLines(rows, page); ok {
		return lines
	}
	out := make([]line, 0, len(rows))
	for _, row := range rows {
		out = append(out, joinRow(row, page))
	}
	return out
}

// joinRow writes a row's text: CJK glyphs join without spaces, and a gap
// wider than a fifth of the font size between other glyphs is a space.
func joinRow(row []glyph, page int) line {
	var b strings.Builder
	ln := line{x0: row[0].x0, x1: row[0].x1, y: row[0].y, page: page}
	var prev *glyph
	for i := range row {
		g := &row[i]
		if prev != nil && g.text == prev.text && math.Abs(g.x0-prev.x0) < 0.1*g.size {
			continue // overprinted for boldness
		}
		if prev != nil {
			gap := g.x0 - prev.x1
			pr, _ := utf8.DecodeLastRuneInString(prev.text)
			r, _ := utf8.DecodeRuneInString(g.text)
			if !(isWide(pr) && isWide(r)) && gap > 0.2*math.Max(g.size, prev.size) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(clean(g.text))
		ln.x1 = math.Max(ln.x1, g.x1)
		ln.size = math.Max(ln.size, g.size)
		prev = g
	}
	ln.text = strings.TrimSpace(b.String())
	return ln
}

// clean drops control characters and replacement characters: text from a
// file is data and never reaches the terminal as a control sequence.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7F && r < 0xA0) || r == utf8.RuneError || (r >= 0xE000 && r <= 0xF8FF) {
			return -1
		}
		return r
	}, s)
}

// isWide tells CJK characters and full-width punctuation, which join
// without spaces.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x30FF) || (r >= 0xFF00 && r <= 0xFFEF) ||
		unicode.Is(unicode.Hangul, r) || r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…'
}

// dropRepeats removes running headers, footers and page numbers: a line
// among the first two or last two of a page whose text, digits aside,
// recurs there on at least a third of the pages (and two), and a first or last
// line that is only a page number.
func dropRepeats(pages [][]line) {
	key := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case unicode.IsDigit(r):
				return '#'
			case unicode.IsSpace(r):
				return -1
			}
			return r
		}, s)
	}
	edge := func(ls []line, i int) bool { return i < 2 || i >= len(ls)-2 }
	count := map[string]int{}
	for _, ls := range pages {
		seen := map[string]bool{}
		for i, l := range ls {
			if k := key(l.text); edge(ls, i) && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	// A third of the pages, for headers that alternate between odd and
	// even pages and are missing from the first.
	need := max(2, len(pages)/3)
	for p, ls := range pages {
		var kept []line
		for i, l := range ls {
			k := key(l.text)
			if edge(ls, i) && (count[k] >= need || ((i == 0 || i == len(ls)-1) && isPageNumber(k))) {
				continue
			}
			kept = append(kept, l)
		}
		pages[p] = kept
	}
}

// isPageNumber tells a line that is only a page number: "- 3 -", "第3页",
// "3/12", "Page 3 of 12", with its digits already turned into '#'.
func isPageNumber(k string) bool {
	if !strings.Contains(k, "#") {
		return false
	}
	rest := strings.Map(func(r rune) rune {
		if strings.ContainsRune("#-–—_·.()（）第页共/|PpageOof", r) {
			return -1
		}
		return r
	}, k)
	return rest == "" && utf8.RuneCountInString(k) <= 16
}

// margins finds the text's left and right edges: the most common start
// and end of lines (most lines of a paragraph start at the left margin and,
// justified, end at the right one). Where no end recurs (a few lines, or
// ragged text) the right edge is the longest line's, but no less than
// three quarters across the page: two short lines alone are not full.
func margins(ls []line, box [4]float64) (left, right float64) {
	mode := func(get func(line) float64, better func(a, b float64) bool) (float64, int) {
		c := map[int]int{}
		for _, l := range ls {
			c[int(math.Round(get(l)/2))]++
		}
		best, n := 0.0, 0
		for k, v := range c {
			x := float64(k) * 2
			if v > n || (v == n && better(x, best)) {
				best, n = x, v
			}
		}
		return best, n
	}
	left, right = math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		left, right = math.Min(left, l.x0), math.Max(right, l.x1)
	}
	if x, n := mode(func(l line) float64 { return l.x0 }, func(a, b float64) bool { return a < b }); n >= 2 {
		left = x
	}
	if x, n := mode(func(l line) float64 { return l.x1 }, func(a, b float64) bool { return a > b }); n >= 3 {
		right = x
	} else if box[2] > box[0] {
		right = math.Max(right, box[2]-0.25*(box[2]-box[0]))
	}
	return left, right
}

// paragraphs joins lines into paragraphs: a line that ends short of the
// right margin ends one; an indented line, a wider gap above than the
// page's usual line spacing, or a change of font size starts one.
func paragraphs(pages [][]line, boxes [][4]float64) ([]string, []Style) {
	byCol := map[int][]line{}
	for _, ls := range pages {
		for _, l := range ls {
			byCol[l.col] = append(byCol[l.col], l)
		}
	}
	if len(byCol) == 0 {
		return nil, nil
	}
	type edges struct{ left, right float64 }
	docM := map[int]edges{}
	for c, ls := range byCol {
		l, r := margins(ls, boxes[0])
		docM[c] = edges{l, r}
	}
	var out []string
	var styles []Style
	var cur strings.Builder
	var st Style
	var prev *line
	prevFull := false
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
			styles = append(styles, st)
		}
		cur.Reset()
	}
	for p, ls := range pages {
		pageM := map[int]edges{}
		for c := range docM {
			var cl []line
			for _, l := range ls {
				if l.col == c {
					cl = append(cl, l)
				}
			}
			pageM[c] = docM[c]
			if len(cl) >= 8 {
				l, r := margins(cl, boxes[p])
				pageM[c] = edges{l, r}
			}
		}
		spacing := lineSpacing(ls)
		for i := range ls {
			l := &ls[i]
			left, right := pageM[l.col].left, pageM[l.col].right
			sz := math.Max(l.size, 1)
			brk := prev == nil || !prevFull || l.x0 > left+sz ||
				math.Abs(l.size-prev.size) > 0.2*math.Max(l.size, prev.size)
			if prev != nil && prev.page == l.page && prev.col == l.col && spacing > 0 && prev.y-l.y > 1.6*spacing {
				brk = true
			}
			if brk {
				flush()
				mid := (l.x0 + l.x1) / 2
				st = Style{Size: l.size, Page: l.page,
					Centered: l.x0 > left+sz && math.Abs(mid-(left+right)/2) < sz}
			} else if needSpace(cur.String(), l.text) {
				cur.WriteByte(' ')
			}
			cur.WriteString(l.text)
			prevFull = l.x1 >= right-1.5*sz
			prev = l
		}
	}
	flush()
	return out, styles
}

// lineSpacing is the median distance between consecutive baselines.
func lineSpacing(ls []line) float64 {
	var d []float64
	for i := 1; i < len(ls); i++ {
		if g := ls[i-1].y - ls[i].y; g > 0 {
			d = append(d, g)
		}
	}
	if len(d) == 0 {
		return 0
	}
	sort.Float64s(d)
	return d[len(d)/2]
}

// needSpace tells whether two lines of one paragraph join with a space:
// between Latin words, never between CJK characters.
func needSpace(a, b string) bool {
	r1, _ := utf8.DecodeLastRuneInString(a)
	r2, _ := utf8.DecodeRuneInString(b)
	return a != "" && !isWide(r1) && !isWide(r2) && r1 != '-'
}
