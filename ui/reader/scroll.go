package reader

import (
	"sort"
	"wenji/model"
	"wenji/ui/common"
)

// first returns the first row of the document, and false when no paragraph
// has a row (an empty document, or all of it hidden junk).
func (r *Reader) first() (pos, bool) {
	for i := range r.doc.Paras {
		if r.rows(i) > 0 {
			return pos{i, 0}, true
		}
	}
	return pos{}, false
}

// maxTop returns the last top position: the one that puts the last line of
// the document on the pane's last row.
func (r *Reader) maxTop() pos {
	if r.endPos != nil {
		return *r.endPos
	}
	p := r.computeMaxTop()
	r.endPos = &p
	return p
}

func (r *Reader) computeMaxTop() pos {
	q := len(r.doc.Paras) - 1
	for q >= 0 && r.rows(q) == 0 {
		q--
	}
	if q < 0 {
		return pos{}
	}
	need := max(r.Height, 1)
	avail := r.rows(q) - 1 // the last paragraph's blank row is not shown
	for {
		if avail >= need {
			return pos{q, avail - need}
		}
		need -= avail
		q--
		for q >= 0 && r.rows(q) == 0 {
			q--
		}
		if q < 0 {
			p, _ := r.first()
			return p
		}
		avail = r.rows(q)
	}
}

// normalize moves p onto a row that exists and is not past maxTop.
func (r *Reader) normalize(p pos) pos {
	if r.textW == 0 {
		return p
	}
	if p.para < 0 {
		p = pos{}
	}
	for p.para < len(r.doc.Paras) && r.rows(p.para) == 0 {
		p = pos{p.para + 1, 0}
	}
	if p.para >= len(r.doc.Paras) {
		return r.maxTop()
	}
	if n := r.rows(p.para); p.row >= n {
		p.row = n - 1
	}
	if p.row < 0 {
		p.row = 0
	}
	if end := r.maxTop(); end.less(p) {
		return end
	}
	return p
}

// forward returns p moved down by n rows (possibly past the end).
func (r *Reader) forward(p pos, n int) pos {
	for n > 0 {
		rows := r.rows(p.para)
		if p.row+n < rows {
			p.row += n
			return p
		}
		n -= rows - p.row
		q := p.para + 1
		for q < len(r.doc.Paras) && r.rows(q) == 0 {
			q++
		}
		if q >= len(r.doc.Paras) {
			return pos{len(r.doc.Paras), 0}
		}
		p = pos{q, 0}
	}
	return p
}

// backward returns p moved up by n rows, stopping at the first row.
func (r *Reader) backward(p pos, n int) pos {
	for n > 0 {
		if p.row >= n {
			p.row -= n
			return p
		}
		n -= p.row + 1
		q := p.para - 1
		for q >= 0 && r.rows(q) == 0 {
			q--
		}
		if q < 0 {
			f, _ := r.first()
			return f
		}
		p = pos{q, r.rows(q) - 1}
	}
	return p
}

// Scroll moves the top by n rows, down when n > 0.
func (r *Reader) Scroll(n int) {
	r.focus = nil
	if n > 0 {
		r.top = r.normalize(r.forward(r.top, n))
	} else if n < 0 {
		r.top = r.normalize(r.backward(r.top, -n))
	}
}

// HalfPage and Page are the sizes of Ctrl-d and space.
func (r *Reader) HalfPage() int { return max(1, r.Height/2) }

// Page is a screenful less one row of context, as less keeps none but most
// readers like one.
func (r *Reader) Page() int { return max(1, r.Height-1) }

// GotoTop and GotoBottom are g and G.
func (r *Reader) GotoTop() {
	r.focus = nil
	p, _ := r.first()
	r.top = p
}

// GotoBottom shows the end of the document.
func (r *Reader) GotoBottom() {
	r.focus = nil
	r.top = r.maxTop()
}

// AtEnd reports whether the last line of the document is on screen.
func (r *Reader) AtEnd() bool { return !r.top.less(r.maxTop()) }

// topSrc returns the source offset of the top row.
func (r *Reader) topSrc() int {
	off, sep := r.topAnchor()
	if sep && off > 0 {
		off--
	}
	return off
}

// Percent returns how far through the document the top row is, 100 once the
// end is on screen: the percent that N% would put on the top row (see
// percentAt), so 50% reads 50%, as in less.
func (r *Reader) Percent() int {
	if r.AtEnd() || len(r.doc.Text) == 0 {
		return 100
	}
	if p, _ := r.first(); !p.less(r.top) {
		return 0
	}
	return percentAt(r.topEnd(), len(r.doc.Text))
}

// topEnd returns the source offset just past the top row: where the row
// below it starts.
func (r *Reader) topEnd() int {
	next := r.forward(r.top, 1)
	if next.para >= len(r.doc.Paras) {
		return len(r.doc.Text)
	}
	b := r.block(next.para)
	if next.row < len(b.lines) {
		return b.src[next.row]
	}
	return r.doc.Paras[next.para].End
}

// percentAt is the percent a row ending before end shows in a text of size
// bytes: the largest N whose N% lands on it or before it (N% goes to byte
// size*N/100, and the row that holds that byte is put at the top), so a
// row starting a little before the byte N% names still reads N%, and 0–99
// (100 is for the end on screen).
func percentAt(end, size int) int {
	if size <= 0 {
		return 0
	}
	// The largest N with size*N/100 < end is ⌈end·100/size⌉ − 1.
	return common.Clamp(int((int64(end)*100+int64(size)-1)/int64(size))-1, 0, 99)
}

// Current returns the node the reader is in: the one last jumped to, or the
// innermost node holding the top row. The breadcrumb and the outline's
// highlight show it; copying (issue 5) will copy it.
func (r *Reader) Current() *model.Node {
	if r.focus != nil {
		return r.focus
	}
	if p, ok := r.pointAt(); ok {
		return r.doc.NodeAt(p)
	}
	return r.doc.NodeAt(r.topSrc())
}

// SetPoint makes off, a search hit on screen, the point (see
// Reader.point).
func (r *Reader) SetPoint(off int) {
	r.focus = nil
	r.point = pointMark{at: off, top: r.top, on: true}
}

// DropPoint forgets the point.
func (r *Reader) DropPoint() { r.point.on = false }

// pointAt returns the point while the pane has not moved since it was set
// and it is on screen.
func (r *Reader) pointAt() (int, bool) {
	if !r.point.on || r.top != r.point.top || !r.Visible(r.point.at) {
		return 0, false
	}
	return r.point.at, true
}

// JumpTo puts the line holding n's title at the top.
func (r *Reader) JumpTo(n *model.Node) {
	p := r.doc.ParaAt(n.TitleSpan.Start)
	if p >= len(r.doc.Paras) {
		r.top = r.maxTop()
		r.focus = n
		return
	}
	b := r.block(p)
	r.top = r.normalize(pos{p, lineFor(b, n.TitleSpan.Start)})
	r.focus, r.point.on = n, false
}

// GotoOffset puts the line holding the byte offset off at the top; with
// sep, the blank row after that paragraph (as topAnchor reports it). A
// node that starts at off is the one shown, as after JumpTo: the library
// and the basket open a heading at its start, and a heading that starts
// partway through its line (一是… inside a paragraph, a lead sentence
// after others) would otherwise lend the breadcrumb to the node the
// line's start is in.
func (r *Reader) GotoOffset(off int, sep bool) {
	r.focus, r.point.on = nil, false
	p := r.doc.ParaAt(off)
	if sep && off > 0 {
		p = r.doc.ParaAt(off - 1)
	}
	if p >= len(r.doc.Paras) {
		r.top = r.maxTop()
		return
	}
	b := r.block(p)
	row := lineFor(b, off)
	if sep {
		row = len(b.lines)
	} else {
		r.focus = r.nodeStarting(off)
	}
	r.top = r.normalize(pos{p, row})
}

// nodeStarting returns the innermost node that starts at off, nil when
// none does (the root is no heading to show).
func (r *Reader) nodeStarting(off int) *model.Node {
	n := r.doc.NodeAt(off)
	if n == nil || n == r.doc.Root || n.Span.Start != off {
		return nil
	}
	return n
}

// cursor is the offset ]/[ and }/{ move from.
func (r *Reader) cursor() int {
	if r.focus != nil {
		return r.focus.TitleSpan.Start
	}
	if p, ok := r.pointAt(); ok {
		return p
	}
	return r.topSrc()
}

// NextNode jumps to the next heading of any depth; false when there is none.
func (r *Reader) NextNode() bool {
	cur := r.cursor()
	return r.jumpToHead(sort.Search(len(r.heads), func(k int) bool { return r.heads[k].TitleSpan.Start > cur }), 1)
}

// PrevNode jumps to the previous heading of any depth (the current one's,
// when the top is inside its text); false when there is none.
func (r *Reader) PrevNode() bool {
	cur := r.cursor()
	return r.jumpToHead(sort.Search(len(r.heads), func(k int) bool { return r.heads[k].TitleSpan.Start >= cur })-1, -1)
}

// jumpToHead jumps to heads[k], or the first heading from it in direction
// dir (1, -1) that is not the document's own title; false when there is
// none.
func (r *Reader) jumpToHead(k, dir int) bool {
	for ; k >= 0 && k < len(r.heads); k += dir {
		if r.heads[k].Kind != model.KindDocument {
			r.JumpTo(r.heads[k])
			return true
		}
	}
	return false
}

// NextArticle jumps to the next top-level node; false when there is none.
func (r *Reader) NextArticle() bool {
	cur := r.cursor()
	for _, a := range r.doc.Root.Children {
		if a.TitleSpan.Start > cur {
			r.JumpTo(a)
			return true
		}
	}
	return false
}

// PrevArticle jumps to the start of the current or previous top-level node.
func (r *Reader) PrevArticle() bool {
	cur := r.cursor()
	kids := r.doc.Root.Children
	for i := len(kids) - 1; i >= 0; i-- {
		if kids[i].TitleSpan.Start < cur {
			r.JumpTo(kids[i])
			return true
		}
	}
	return false
}
