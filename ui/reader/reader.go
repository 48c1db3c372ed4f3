package reader

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"

	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// Reader is the reading pane: the document's paragraphs, wrapped to the
// pane's width, from a top position down.
//
// It never wraps the whole document. A paragraph is rendered (sanitised,
// styled, wrapped) the first time it is drawn and cached for the current
// width; scrolling walks paragraphs one by one from the top position, so a
// frame costs the paragraphs on screen, whatever the document's size.
type Reader struct {
	common.Common // the pane's size, the width function, the styles
	doc           *model.Document
	tx            *text

	// heads are all nodes with a title, root included, in text order of
	// TitleSpan.Start: the styling of headings and ]/[ stand on it.
	heads []*model.Node

	textW    int // the wrapping width inside the pane
	showJunk bool

	top   pos         // the first row drawn
	focus *model.Node // the node last jumped to, until the next other move

	// point is the search hit last shown (n, N, Ctrl-n, a search's first
	// hit), as vim's cursor lands on the match: while the pane stays
	// where it was then (pointTop), the section that holds it is the one
	// the breadcrumb names and a, y and v take, and ]/[ move from it.
	point pointMark

	// resized is the top row's source offset before a run of resizes,
	// while the top stays where the last of them put it: each re-wrap
	// finds the line that holds the offset, and taking each new line's
	// start instead walked the top back a little at every resize.
	resized struct {
		at    pos // the top the last resize left
		para  int // the place: a paragraph and an offset in it
		off   int
		sep   bool
		valid bool
	}

	cache  map[int]*block
	endPos *pos // cached maxTop

	hits hitList // search hits to highlight (search.go)

	sel   model.ParaSelection // paragraphs shown selected (select.go)
	selOn bool
}

// pointMark is a point (Reader.point): the hit's offset, and the top of
// the pane when it was set.
type pointMark struct {
	at  int
	top pos
	on  bool
}

// pos is a row of the reading pane: a paragraph and a row within it. The
// rows of a visible paragraph are its wrapped lines and one blank row after
// them; a paragraph that is all hidden junk has no row.
type pos struct{ para, row int }

func (a pos) less(b pos) bool {
	return a.para < b.para || a.para == b.para && a.row < b.row
}

// block is one paragraph rendered at one width.
type block struct {
	lines  []string // styled, not padded; painted on demand (Reader.line)
	widths []int    // columns of each line
	src    []int    // byte offset in Document.Text where each line starts

	// What painting a line needs. A paragraph is wrapped once per width,
	// but its lines are painted only when shown, and painted again when
	// the search's highlights change: a 50 MB paragraph with a million
	// hits would otherwise be painted whole for every n.
	text    string       // the paragraph's rendered text
	pb      *paraBuilder // its styled runs and source offsets
	sp      model.Span   // the paragraph in Document.Text
	cuts    []lineCut    // each line's piece of text and its left padding
	painted []bool       // lines[k] is painted with the current hits
}

// lineCut is where a line of a block comes from in its rendered text.
type lineCut struct {
	start, end, pre int
}

// repaint forgets the block's painted lines and highlights, keeping its
// wrapping, after the search's hits changed.
func (b *block) repaint() {
	clear(b.painted)
}

// line returns line k of b, painted with the current search highlights.
func (r *Reader) line(b *block, k int) string {
	if b.painted[k] {
		return b.lines[k]
	}
	c := b.cuts[k]
	marks := r.lineMarks(b, c.start, c.end)
	var line strings.Builder
	line.WriteString(common.Spaces(c.pre))
	runs := b.pb.runs
	i := sort.Search(len(runs), func(i int) bool { return runs[i].end > c.start })
	for ; i < len(runs) && runs[i].start < c.end; i++ {
		ru := runs[i]
		r.paint(&line, b.text, max(ru.start, c.start), min(ru.end, c.end), ru.sty, marks)
	}
	b.lines[k], b.painted[k] = line.String(), true
	return b.lines[k]
}

// textStyle says how a run of a rendered paragraph is drawn.
type textStyle uint8

const (
	styBody textStyle = iota
	styDocTitle
	styArticle
	stySection
	styMeasure
	styMarker
	styJunk
	styJunkLabel
)

// style returns how runs of style s are drawn.
func (r *Reader) style(s textStyle) lipgloss.Style {
	st := r.Styles
	return *[...]*lipgloss.Style{
		styBody: &st.Body, styDocTitle: &st.DocTitle, styArticle: &st.Article, stySection: &st.Section,
		styMeasure: &st.Measure, styMarker: &st.Marker, styJunk: &st.Junk, styJunkLabel: &st.JunkLabel,
	}[s]
}

// maxTextWidth caps the line length: long lines of Chinese are hard to read.
const maxTextWidth = 100

// firstIndent is the Chinese first-line indent: two full-width columns.
const firstIndent = 4

func newReader(doc *model.Document, w cjk.Width, st *common.Styles, tx *text) Reader {
	r := Reader{Common: common.Common{W: w, Styles: st}, doc: doc, tx: tx, cache: map[int]*block{}}
	// Counted first, then filled: grown by appending, the list of a 100
	// MB file's 200,000 heads was 8.7 MB of arrays for 1.6 MB kept, and
	// collected in chunks, copied at the end (one walk, not two), it made
	// peakrss on 100 MB 3 MB higher (160-161 MB against 156-158). Two
	// plain walks (through Node.All's iterator they took 10 of the 20 ms
	// the whole document's swap took on 100 MB), the second of which
	// checks the order (a pass over the list after read each head again).
	hw := headWalk{heads: make([]*model.Node, 0, countHeads(doc.Root)), last: -1, sorted: true}
	hw.walk(doc.Root)
	r.heads = hw.heads
	// Reading order is title order, so this is sorted already unless a
	// parser broke that; checking is linear, sorting 300,000 heads is not.
	if !hw.sorted {
		sort.SliceStable(r.heads, func(i, j int) bool { return r.heads[i].TitleSpan.Start < r.heads[j].TitleSpan.Start })
	}
	return r
}

// SetSize sets the pane's size, re-wrapping if the width changed and keeping
// the same paragraph (and the same text, as near as the new wrap allows) at
// the top.
func (r *Reader) SetSize(width, height int) {
	textW := common.Clamp(width-2, 1, maxTextWidth)
	rewrap := textW != r.textW
	if rewrap {
		anchor, sep := r.topAnchor()
		if rs := r.resized; rs.valid && rs.at == r.top {
			// Near the end the top may have been pulled back to show
			// a full page: the place is still the one before.
			r.top.para, anchor, sep = rs.para, rs.off, rs.sep
		}
		r.resized.para, r.resized.off, r.resized.sep = r.top.para, anchor, sep
		r.textW = textW
		r.cache = map[int]*block{}
		r.reanchor(anchor, sep)
	}
	r.Width, r.Height = width, height
	r.endPos = nil
	r.top = r.normalize(r.top)
	if rewrap {
		r.resized.at, r.resized.valid = r.top, true
	}
}

// topAnchor returns the source offset of the top row and whether the top
// row is the blank row after a paragraph.
func (r *Reader) topAnchor() (int, bool) {
	if r.textW == 0 || r.top.para >= len(r.doc.Paras) {
		return 0, false
	}
	b := r.block(r.top.para)
	if r.top.row < len(b.lines) {
		return b.src[r.top.row], false
	}
	return r.doc.Paras[r.top.para].End, true
}

// reanchor puts the top row on the line of the top paragraph that holds the
// source offset anchor, after a re-wrap.
func (r *Reader) reanchor(anchor int, sep bool) {
	if r.top.para >= len(r.doc.Paras) {
		return
	}
	b := r.block(r.top.para)
	if sep {
		r.top.row = len(b.lines)
	} else {
		r.top.row = lineFor(b, anchor)
	}
}

// lineFor returns the line of b that holds the source offset off.
func lineFor(b *block, off int) int {
	i := sort.SearchInts(b.src, off+1) - 1
	if i < 0 {
		return 0
	}
	return i
}

// SetShowJunk shows or hides the filtered text, keeping the top in place.
func (r *Reader) SetShowJunk(show bool) {
	if show == r.showJunk {
		return
	}
	anchor, sep := r.topAnchor()
	atEnd := r.Height > 0 && r.AtEnd()
	r.showJunk = show
	r.cache = map[int]*block{}
	r.endPos = nil
	r.reanchor(anchor, sep)
	r.top = r.normalize(r.top)
	if atEnd {
		// At the end, the end stays on screen: text shown after the last
		// line (a THE END, an ad) would otherwise be below it.
		r.top = r.maxTop()
	}
}

// ShowJunk reports whether the filtered text is shown.
func (r *Reader) ShowJunk() bool { return r.showJunk }

func (r *Reader) block(i int) *block {
	if b, ok := r.cache[i]; ok {
		return b
	}
	if i < 0 || i >= len(r.doc.Paras) {
		// Past either end, as in a document with no paragraphs at all
		// (an empty file): nothing to draw.
		return &block{}
	}
	// A crude bound on memory: a long session of scrolling through a huge
	// document would otherwise keep every paragraph it passed.
	// Cleared in place: View runs on a copy of the model.
	if len(r.cache) > 4096 {
		clear(r.cache)
	}
	b := r.render(i)
	r.cache[i] = b
	return b
}

// rows returns the number of rows paragraph i takes: its lines and a blank.
func (r *Reader) rows(i int) int {
	n := len(r.block(i).lines)
	if n == 0 {
		return 0
	}
	return n + 1
}

// run is a styled byte range of a rendered paragraph.
type run struct {
	start, end int
	sty        textStyle
}

// piece maps a rendered paragraph back to the source: rendered bytes from
// dst on come from Document.Text at src on.
type piece struct{ dst, src int }

// paraBuilder assembles one paragraph's drawable text from sanitised pieces.
type paraBuilder struct {
	b      strings.Builder
	runs   []run
	pieces []piece
}

func (p *paraBuilder) add(s string, sty textStyle, src int) {
	if s == "" {
		return
	}
	start := p.b.Len()
	p.pieces = append(p.pieces, piece{start, src})
	p.b.WriteString(s)
	p.runs = append(p.runs, run{start, p.b.Len(), sty})
}

// srcOf maps a rendered offset back to Document.Text.
func (p *paraBuilder) srcOf(dst int) int {
	i := sort.Search(len(p.pieces), func(i int) bool { return p.pieces[i].dst > dst }) - 1
	if i < 0 {
		if len(p.pieces) == 0 {
			return 0
		}
		return p.pieces[0].src
	}
	// Sanitising may change lengths; the offset within a piece is a guess,
	// which is all a resize anchor needs.
	return p.pieces[i].src + (dst - p.pieces[i].dst)
}

func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }

func trimLeftBlank(text string, s model.Span) model.Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !isBlank(r) {
			break
		}
		s.Start += size
	}
	return s
}

// onlyPunct reports whether s holds nothing but punctuation and white space:
// what may follow a heading on its own line (the 。 its Title drops).
func onlyPunct(s string) bool {
	for _, r := range s {
		if !isBlank(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

func headStyle(n *model.Node) textStyle {
	switch n.Kind {
	case model.KindDocument:
		return styDocTitle
	case model.KindArticle:
		return styArticle
	case model.KindSection:
		return stySection
	}
	return styMeasure
}

// render sanitises, styles and wraps paragraph i at the current width.
func (r *Reader) render(i int) *block {
	text := r.doc.Text
	sp := r.doc.Paras[i]
	var pb paraBuilder
	leading := true
	firstClean := -1
	var lineHead *model.Node // a heading that starts the paragraph's text

	emitClean := func(s model.Span) {
		if leading {
			s = trimLeftBlank(text, s)
			if s.Start >= s.End {
				return
			}
		}
		if firstClean < 0 {
			firstClean = s.Start
		}
		leading = false
		at := s.Start
		k := sort.Search(len(r.heads), func(k int) bool { return r.heads[k].TitleSpan.End > s.Start })
		for ; k < len(r.heads) && r.heads[k].TitleSpan.Start < s.End; k++ {
			h := r.heads[k]
			hs, he := max(h.TitleSpan.Start, at), min(h.TitleSpan.End, s.End)
			if hs >= he {
				continue
			}
			if hs == firstClean && lineHead == nil {
				lineHead = h
			}
			pb.add(cjk.Sanitize(text[at:hs]), styBody, at)
			sty := headStyle(h)
			if hs == h.TitleSpan.Start && h.Marker != "" && strings.HasPrefix(text[hs:he], h.Marker) {
				msty := sty
				if h.Kind == model.KindMeasure {
					msty = styMarker
				}
				pb.add(cjk.Sanitize(h.Marker), msty, hs)
				hs += len(h.Marker)
			}
			pb.add(cjk.Sanitize(text[hs:he]), sty, hs)
			at = he
		}
		pb.add(cjk.Sanitize(text[at:s.End]), styBody, at)
	}

	at := sp.Start
	for _, j := range r.doc.JunkIn(sp) {
		js := model.Span{Start: max(j.Span.Start, sp.Start), End: min(j.Span.End, sp.End)}
		if js.Start > at {
			emitClean(model.Span{Start: at, End: js.Start})
		}
		if r.showJunk && js.Start < js.End {
			pb.add(junkLabel(r.tx, j.Kind), styJunkLabel, js.Start)
			pb.add(cjk.Sanitize(text[js.Start:js.End]), styJunk, js.Start)
			leading = false
		}
		at = max(at, js.End)
	}
	if at < sp.End {
		emitClean(model.Span{Start: at, End: sp.End})
	}

	// Copy (issue 5) reads Current() and the source spans, never the
	// rendered lines. Search hits are painted over the styled runs.
	s := pb.b.String()
	b := &block{}
	if strings.TrimSpace(s) == "" {
		return b
	}

	// A heading on a line of its own is not indented; the document and
	// article titles are centred. Otherwise the first line is indented by
	// two full-width columns (the source's own indent was trimmed).
	headingLine := false
	if lineHead != nil {
		headingLine = true
		for _, c := range r.doc.Clean(model.Span{Start: lineHead.TitleSpan.End, End: sp.End}) {
			if t := text[c.Start:c.End]; !onlyPunct(t) || sentenceHead(r.doc, lineHead, t) {
				headingLine = false
				break
			}
		}
	}
	center := headingLine && (lineHead.Kind == model.KindDocument || lineHead.Kind == model.KindArticle)
	indent := firstIndent
	if headingLine || r.textW < 2*firstIndent {
		indent = 0
	}

	r.lay(b, s, &pb, indent, center)
	b.text, b.pb, b.sp = s, &pb, sp
	b.lines = make([]string, len(b.cuts))
	b.painted = make([]bool, len(b.cuts))
	return b
}

// lay wraps a paragraph's rendered text s into b's lines: each one's cut,
// left padding (the indent, or centring) and source offset.
func (r *Reader) lay(b *block, s string, pb *paraBuilder, indent int, center bool) {
	// Hanging punctuation may take one column past the wrapping width; the
	// pane keeps a right margin for it. Nothing may go past the margin.
	limit := r.textW + 1
	wrapped := r.W.Wrap(s, r.textW, indent)
	if center {
		wrapped = r.balance(s, wrapped)
	}
	for _, ln := range wrapped {
		start, end := common.Clamp(ln.Start, 0, len(s)), common.Clamp(ln.End, 0, len(s))
		lw := r.W.String(s[start:end])
		pre := ln.Indent
		if center {
			pre = max(0, (r.textW-lw)/2)
		}
		if pre+lw > limit {
			pre = max(0, limit-lw)
			if lw > limit {
				end = start + len(common.HardCut(r.W, s[start:end], limit))
				lw = r.W.String(s[start:end])
			}
		}
		b.cuts = append(b.cuts, lineCut{start, end, pre})
		b.widths = append(b.widths, pre+lw)
		b.src = append(b.src, pb.srcOf(start))
	}
}

// balance rewraps a centred title that wraps at the narrowest width that
// keeps its number of lines, so that its lines are about as long as each
// other: a title one character too long for the line no longer leaves
// that character alone under it.
func (r *Reader) balance(s string, lines []cjk.Line) []cjk.Line {
	n := len(lines)
	if n < 2 {
		return lines
	}
	lo, hi := max(1, r.W.String(s)/n), r.textW
	for lo < hi { // the line count only grows as the width shrinks
		mid := (lo + hi) / 2
		if len(r.W.Wrap(s, mid, 0)) <= n {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	if b := r.W.Wrap(s, hi, 0); len(b) == n {
		return b
	}
	return lines
}

// View returns exactly height lines, each exactly width columns wide.
func (r *Reader) View() []string {
	out := make([]string, 0, r.Height)
	if _, ok := r.first(); !ok {
		return r.emptyView()
	}
	p := r.top
	for len(out) < r.Height && p.para < len(r.doc.Paras) {
		b := r.block(p.para)
		for ; p.row <= len(b.lines) && len(b.lines) > 0 && len(out) < r.Height; p.row++ {
			if p.row < len(b.lines) {
				line := r.line(b, p.row)
				if r.selected(p.para) {
					line = r.selLine(b, p.row)
				}
				out = append(out, " "+line+common.Spaces(r.Width-1-b.widths[p.row]))
			} else {
				out = append(out, common.Spaces(r.Width))
			}
		}
		p = pos{p.para + 1, 0}
	}
	for len(out) < r.Height {
		out = append(out, common.Spaces(r.Width))
	}
	return out
}

// emptyView tells why there is nothing to read, centred in the pane.
func (r *Reader) emptyView() []string {
	msg := r.tx.Empty
	if len(r.doc.Junk) > 0 && !r.showJunk {
		msg = r.tx.EmptyJunk
	}
	var lines []string
	for _, ln := range r.W.WrapPhrases(msg, max(1, r.Width-2)) {
		s := msg[common.Clamp(ln.Start, 0, len(msg)):common.Clamp(ln.End, 0, len(msg))]
		lines = append(lines, common.Fit(r.W, strings.TrimSpace(s), r.Width))
	}
	out := make([]string, r.Height)
	top := max(0, (r.Height-len(lines))/2)
	for i := range out {
		s := ""
		if j := i - top; j >= 0 && j < len(lines) {
			s = lines[j]
		}
		sw := r.W.String(s)
		left := max(0, (r.Width-sw)/2)
		out[i] = common.Spaces(left) + r.Styles.Empty.Render(s) + common.Spaces(r.Width-left-sw)
	}
	return out
}
