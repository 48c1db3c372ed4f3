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
	// bold is a line whose letters are all bold; light one with no bold
	// glyph at all.
	bold, light bool
	// lead is the width of the run the line opens with that no
	// typesetter breaks (leadWidth).
	lead float64
	// cells is a table's row: its cells are separated by tabs in text;
	// cellX holds where each cell after the first starts.
	cells bool
	cellX []float64
	// boldRun is the byte length of the bold run the text opens with,
	// after a list number in the body's weight (boldRunOf).
	boldRun int
	// gapped is a line with a gap of 0.4 em or more between two of its
	// glyphs: cells may stand that far apart, a word's letters never do.
	gapped bool
	// spaces are the spaces joinRow wrote for gaps of 0.8 em and more:
	// where each stands in text and where the glyph after it starts.
	spaces []spaceAt
}

// spaceAt is a space of a line's text: its byte offset and the x where the
// text after it starts.
type spaceAt struct {
	at int
	x  float64
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

// joinRow writes a row's text. Between two glyphs of other text a gap
// wider than a fifth of the font size is a space. Where CJK text meets
// Latin letters or digits a space is one the producer drew (a space
// character) or a gap of half an em: typesetters (LibreOffice, Word, xeCJK)
// add a quarter em there on their own, which the text never had (2018年1月).
// Between two CJK characters a gap of an em and more parts two cells of a
// table or two fields of a line (姓名　张三), unless its neighbours are as
// wide: a word spread over a cell or a title (监 视 参 数) is one word.
// A space the producer drew between two CJK characters a visible gap apart
// is the text's own (广东省省长 王伟中), which justification never draws.
func joinRow(row []glyph, page int) line {
	row = bareListNumber(row)
	gapAt := func(i int) float64 {
		if i <= 0 || i >= len(row) {
			return 0
		}
		return row[i].x0 - row[i-1].x1
	}
	var b strings.Builder
	ln := line{x0: row[0].x0, x1: row[0].x1, y: row[0].y, page: page, bold: true}
	var prev *glyph
	letters := false
	var kept []glyph
	var ends []int
	for i := range row {
		g := &row[i]
		if prev != nil && g.text == prev.text && math.Abs(g.x0-prev.x0) < 0.1*g.size {
			// Overprinted a little to the side: a face emboldened by
			// drawing it twice.
			kept[len(kept)-1].bold = true
			ln.light = true
			continue
		}
		if prev != nil {
			gap := g.x0 - prev.x1
			em := math.Max(g.size, prev.size)
			ln.gapped = ln.gapped || gap >= 0.4*em
			// Letter-spaced text (目　　录, 主　任): the gap beside this
			// one, between two wide characters, is as wide. A single
			// cell of narrow glyphs between two wide gaps (增长　%　7)
			// is a table's row, not spacing, and so are dashes (—) and
			// other signs between wide gaps: a spread word is letters.
			spreadAt := func(k int) bool {
				return k > 0 && k < len(row) && gapAt(k) >= 0.6*gap && gapAt(k) >= 0.5*em && wideLetterAt(row, k-1) && wideLetterAt(row, k)
			}
			spread := spreadAt(i-1) || spreadAt(i+1)
			pr, _ := utf8.DecodeLastRuneInString(prev.text)
			r, _ := utf8.DecodeRuneInString(g.text)
			var space bool
			switch wa, wb := isWide(pr), isWide(r); {
			case gap > 0.1*em && isListNumber(b.String()) && !g.spaced:
				// The tab Word and LibreOffice set after a list's
				// number (一、, （一）, 1.): the .docx's text has none.
				// A space drawn there is the text's own (第一节 指导思想).
			case em > 0 && gap >= 2*em && !g.spaced && !spread:
				// Two cells of a table row: no typesetter leaves two
				// ems between the words of a line.
				b.WriteByte('\t')
				ln.cells, ln.cellX = true, append(ln.cellX, g.x0)
			case wa && wb:
				space = gap >= 0.95*em && !spread || g.spaced && gap > 0.15*em
			case wa || wb:
				space = g.spaced && gap > 0.1*em || gap > 0.5*em
			default:
				space = gap > 0.2*em
			}
			switch {
			case space && g.wideSpace:
				// An ideographic space drawn: the text's own, as a
				// title's two halves stand apart (坚持立德树人　深化综合改革).
				b.WriteString("\u3000")
			case space:
				if gap >= 0.8*em {
					ln.spaces = append(ln.spaces, spaceAt{b.Len(), g.x0})
				}
				b.WriteByte(' ')
			}
		}
		b.WriteString(clean(g.text))
		kept, ends = append(kept, *g), append(ends, b.Len())
		ln.x1 = math.Max(ln.x1, g.x1)
		ln.size = math.Max(ln.size, g.size)
		ln.bold = ln.bold && (g.bold || !isLetter(g.text))
		ln.light = ln.light || g.bold
		letters = letters || isLetter(g.text)
		prev = g
	}
	// A line of digits and signs alone (80%。 at a paragraph's end) is not
	// bold: they carry no weight (isLetter).
	ln.light = !ln.light
	raw := b.String()
	ln.text = strings.TrimSpace(raw)
	for i := range ln.spaces {
		ln.spaces[i].at -= len(raw) - len(strings.TrimLeft(raw, " "))
	}
	ln.boldRun = boldRunOf(ln.text, kept, ends, len(raw)-len(strings.TrimLeft(raw, " ")))
	ln.bold = letters && (ln.bold || ln.boldRun == len(ln.text))
	ln.lead = leadWidth(row)
	return ln
}

// noLineStart and noLineEnd are the punctuation kinsoku keeps from the
// start and from the end of a line (GB/T 15834's usage, JIS X 4051).
const (
	noLineStart = "，。、；：？！）》」』】〕〉”’%‰…—·,.;:?!)]"
	noLineEnd   = "（《「『【〔〈“‘(["
)

// isLetter tells text that carries the weight of a line: punctuation and
// digits are often set in another font than the words around them.
func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
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
// among the first two or last two of a page whose text, numbers aside,
// recurs at the same height there on at least a third of the pages (and
// two), and a first or last line that is only a page number. The height
// keeps a title that repeats the running header (a report whose header is
// its own name) on its first page: the header stands above it.
func dropRepeats(pages [][]line) {
	type spot struct {
		key string
		y   int
	}
	edge := func(ls []line, i int) bool { return i < 2 || i >= len(ls)-2 }
	count := map[spot]int{}
	for _, ls := range pages {
		seen := map[spot]bool{}
		for i, l := range ls {
			if k := (spot{repeatKey(l.text), int(math.Round(l.y / 2))}); edge(ls, i) && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	// Near heights count together: a baseline may move by a point
	// between pages (another font in the header, rounding).
	near := func(k spot) int {
		return count[k] + count[spot{k.key, k.y - 1}] + count[spot{k.key, k.y + 1}]
	}
	// A third of the pages, for headers that alternate between odd and
	// even pages and are missing from the first.
	need := max(2, len(pages)/3)
	for p, ls := range pages {
		var kept []line
		for i, l := range ls {
			k := spot{repeatKey(l.text), int(math.Round(l.y / 2))}
			if edge(ls, i) && (near(k) >= need || ((i == 0 || i == len(ls)-1) && isPageNumber(k.key))) {
				continue
			}
			kept = append(kept, l)
		}
		pages[p] = kept
	}
}

// repeatKey is a line's text with spaces dropped and each run of digits
// one '#': page 9 and page 10 of a footer (…/rural.html 9/11) are one line.
func repeatKey(s string) string {
	var b strings.Builder
	digit := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		case unicode.IsSpace(r):
		default:
			b.WriteRune(r)
		}
		digit = false
	}
	return b.String()
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
//
// A table's rows do not vote where there is text besides: their cells
// stand on the table's own grid, which may run past the margin and the
// page's edge (a last column too wide for the page), and would set the
// right margin where no paragraph reaches.
func margins(ls []line, box [4]float64) (left, right float64) {
	text := make([]line, 0, len(ls))
	for _, l := range ls {
		if !l.cells {
			text = append(text, l)
		}
	}
	if len(text) >= 2 {
		ls = text
	}
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
	// The left margin is the leftmost start a tenth of the lines share
	// (and two), not the commonest: where most paragraphs are a line
	// long the indent of their first lines outvotes it (a 工作要点).
	starts := map[int]int{}
	for _, l := range ls {
		starts[int(math.Round(l.x0/2))]++
	}
	need, found := max(2, len(ls)/10), false
	for k, v := range starts {
		if x := float64(k) * 2; v >= need && (!found || x < left) {
			left, found = x, true
		}
	}
	if !found {
		if x, n := mode(func(l line) float64 { return l.x0 }, func(a, b float64) bool { return a < b }); n >= 2 {
			left = x
		}
	}
	// Only ends in the right fifth of the text's width vote for the right
	// margin: three headings of ten characters end at one spot too, and
	// where most paragraphs are a line or two (a 工作要点, a list) they
	// would outvote the two lines that reach the margin.
	far := left + 0.8*(right-left)
	long := make([]line, 0, len(ls))
	for _, l := range ls {
		if l.x1 >= far {
			long = append(long, l)
		}
	}
	all := ls
	ls = long
	x, n := mode(func(l line) float64 { return l.x1 }, func(a, b float64) bool { return a > b })
	ls = all
	if n >= 3 {
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
	docM, boxAt := map[int]edges{}, map[int]float64{}
	body := bodySize(pages)
	for c, ls := range byCol {
		l, r := margins(ls, boxes[0])
		docM[c], boxAt[c] = edges{l, r}, boxEdge(ls, l, r, body)
	}
	var out []string
	var styles []Style
	var cur strings.Builder
	var st Style
	var prev *line
	prevFull, leadOpen := false, false
	indented := indentsParagraphs(pages, func(c int) float64 { return docM[c].left })
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			st.Lead = min(st.Lead, len(s))
			out = append(out, s)
			styles = append(styles, st)
		}
		cur.Reset()
	}
	for p, ls := range pages {
		skip := 0
		pageM := pageEdges(ls, docM, boxes[p])
		spacing := lineSpacing(ls)
		spacedColumns(ls)
		alignedCells(ls, func(c int) float64 { return pageM[c].right })
		rowsAmongRows(ls)
		narrow := narrowed(ls, func(c int) (float64, float64) { return pageM[c].left, pageM[c].right })
		for i := range ls {
			if skip > 0 {
				skip--
				continue
			}
			l := &ls[i]
			left, right := pageM[l.col].left, pageM[l.col].right
			center := (left + right) / 2
			sz := math.Max(l.size, 1)
			if l.cells {
				flush()
				var cells []string
				cells, skip = cellsWrapped(l, ls[i+1:])
				for _, c := range cells {
					cur.WriteString(c)
					st = Style{Size: l.size, Page: l.page, Cell: true}
					flush()
				}
				prev, prevFull, leadOpen = l, false, false
				continue
			}
			// A box's first line after a sentence's end outside it
			// starts a paragraph: the box holds its own.
			box := atBox(l, boxAt[l.col], docM[l.col].left)
			lFull := full(l, right, sz) || narrow[i] || box
			brk := breaksBefore(l, prev, prevFull || pushedOn(l, prev, right, sz), lFull, indented, left, sz, spacing) ||
				prev != nil && endsSentence(prev.text) && (nextItem(cur.String(), l.text) || box && !atBox(prev, boxAt[l.col], docM[l.col].left))
			if brk && !titleGoesOn(l, prev, center, body) && !centredGoesOn(l, prev, left, right) {
				flush()
				mid := (l.x0 + l.x1) / 2
				st = Style{Size: l.size, Page: l.page,
					Centered: l.x0 > left+sz && math.Abs(mid-center) < sz}
				leadOpen = true
			} else if needSpace(cur.String(), l.text) {
				cur.WriteByte(' ')
			}
			// The bold run goes on over the next line while it has
			// covered the paragraph so far.
			if leadOpen && l.boldRun > 0 {
				st.Lead = cur.Len() + l.boldRun
			}
			leadOpen = leadOpen && l.boldRun == len(l.text)
			cur.WriteString(l.text)
			prevFull = lFull
			prev = l
		}
	}
	flush()
	return out, styles
}

// edges are a column's left and right margins.
type edges struct{ left, right float64 }

// pageEdges is each column's margins on a page of lines ls: the
// document's (docM), or the page's own where the page holds eight lines
// or more of the column.
func pageEdges(ls []line, docM map[int]edges, box [4]float64) map[int]edges {
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
			l, r := margins(cl, box)
			pageM[c] = edges{l, r}
		}
	}
	return pageM
}

// full tells a line that runs to the right margin, so its paragraph goes
// on: within one and a half characters of it, or within three when it
// ends inside a sentence. A typesetter that does not justify CJK text
// (browsers, WeasyPrint) breaks lines where it may, and its rules (no
// comma or closing quote at a line's start: kinsoku) can carry two or
// three characters to the next line; a paragraph's last line ends with
// its sentence.
func full(l *line, right, sz float64) bool {
	if l.x1 >= right-1.5*sz {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(l.text)
	return l.x1 >= right-3.2*sz && !strings.ContainsRune("。！？：；.!?:;”’）)」』", r)
}

// endsSentence tells text that ends with a sentence's or a clause's
// closing punctuation.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune("。！？：；.!?:;", r)
}

// pushedOn tells a line whose opening run did not fit at the end of prev:
// prev ends inside a sentence, short of the margin by less than that run
// (leadWidth). A browser breaks a paragraph's line before 32.6%, or before
// 等， when the comma may not start the next line, and leaves the line
// before it short by their width. A table's row is no paragraph's line:
// a heading set under the table starts its own ((一) after a last row
// that ends near the margin).
func pushedOn(l, prev *line, right, sz float64) bool {
	if prev == nil || prev.cells || l.lead <= 0 || l.lead > 8*sz {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(prev.text)
	if strings.ContainsRune("。！？：；.!?:;”’）)」』", r) {
		return false
	}
	return prev.x1+l.lead >= right-1.5*sz
}

// titleGoesOn tells a title set in two centred lines (关于……的 / 通知):
// both centred, in one size larger than the body's, one under the other.
func titleGoesOn(l, prev *line, center, body float64) bool {
	if prev == nil || prev.page != l.page || prev.col != l.col || body <= 0 {
		return false
	}
	sz := math.Max(l.size, 1)
	centred := func(x *line) bool { return math.Abs((x.x0+x.x1)/2-center) < sz }
	return centred(l) && centred(prev) && math.Abs(l.size-prev.size) < 0.05*sz && l.size >= 1.15*body &&
		prev.y-l.y < 2*sz
}

// centredGoesOn tells a centred paragraph's line after its first (暨…会议上
// under ——2026年1月14日在…第三次全体会议, a subtitle in the body's size):
// prev is centred, set in from the left margin and fills the measure
// (a centred line is no justified one: the room it leaves is split
// between its ends), ending inside a sentence, and l is centred under it
// in its size, right of the margin. A justified line starts at the
// margin; an indented one stands an indent right of the centre.
func centredGoesOn(l, prev *line, left, right float64) bool {
	if prev == nil || prev.page != l.page || prev.col != l.col || prev.cells {
		return false
	}
	sz := math.Max(l.size, 1)
	center := (left + right) / 2
	centred := func(x *line) bool { return math.Abs((x.x0+x.x1)/2-center) < 0.5*sz }
	r, _ := utf8.DecodeLastRuneInString(prev.text)
	return centred(prev) && centred(l) && prev.x0 > left+0.2*sz && prev.x1 >= right-1.5*sz && l.x0 > left+sz &&
		!strings.ContainsRune("。！？：；.!?:;”’）)」』", r) && math.Abs(l.size-prev.size) < 0.05*sz && prev.y-l.y < 2*sz
}

// bodySize is the size most of the text is set in.
func bodySize(pages [][]line) float64 {
	n := map[float64]int{}
	for _, ls := range pages {
		for _, l := range ls {
			n[math.Round(l.size*2)/2] += utf8.RuneCountInString(l.text)
		}
	}
	best, most := 0.0, 0
	for sz, c := range n {
		if c > most || c == most && sz < best {
			best, most = sz, c
		}
	}
	return best
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
