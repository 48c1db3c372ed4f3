package reader

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
	"wenji/model"
)

// mark is a hit in rendered coordinates of a paragraph.
type mark struct {
	start, end int
	cur        bool
}

// SetHits gives the reader the hits to highlight; paragraphs already
// rendered are drawn again where their highlights changed.
func (r *Reader) SetHits(h hitList) {
	old := r.hits
	r.hits = h
	if old.gen == h.gen && old.Len() == h.Len() && old.before > 0 == (h.before > 0) && old.after > 0 == (h.after > 0) {
		if old.cur != h.cur {
			for _, x := range []hitList{old, h} {
				if c, ok := x.Current(); ok {
					if b, ok := r.cache[r.doc.ParaAt(c.Start)]; ok {
						b.repaint()
					}
				}
			}
		}
		return
	}
	if old.Len() == 0 && h.Len() == 0 {
		return
	}
	// Highlights change nothing of the wrapping: paint again, keep lines.
	for _, b := range r.cache {
		b.repaint()
	}
}

// unkeptIn finds the hits on one line of block b (rendered offsets from
// to to) when hits not kept (maxHits) may lie there: the line is outside
// the run of hits kept, and a pager highlights every hit on the screen.
// The search starts a little before the line: a hit that overlaps its
// start is found whole (unless it runs past that margin).
func (r *Reader) unkeptIn(b *block, from, to int) ([]model.Span, bool) {
	h := &r.hits
	n := h.Len()
	if !h.capped() || h.q == nil || n == 0 {
		return nil, false
	}
	lo, hi := b.pb.srcOf(from), b.pb.srcOf(to)
	if !(h.before > 0 && lo < h.At(0).End || h.after > 0 && hi > h.At(n-1).Start) {
		return nil, false
	}
	text := r.doc.Text
	start, end := max(b.sp.Start, lo-unkeptMargin), min(b.sp.End, hi+unkeptMargin)
	for start < end && !utf8.RuneStart(text[start]) {
		start++
	}
	for end > start && end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	segs := []model.Span{{Start: start, End: end}}
	if !h.junk {
		segs = r.doc.Clean(segs[0])
	}
	var out []model.Span
	for _, sg := range segs {
		h.q.FindIn(text, sg, func(s model.Span) bool { out = append(out, s); return true })
	}
	return out, true
}

// unkeptMargin is how far around a line unkeptIn looks for its hits.
const unkeptMargin = 1 << 10

// lineMarks maps the hits that show on one line of block b, rendered
// offsets from to to, to offsets of its rendered text. Only that line's
// hits are looked at, found by binary search: a 50 MB paragraph with
// millions of hits used to have them all mapped again whenever a batch of
// search results came in, and the reader froze while the scan ran.
func (r *Reader) lineMarks(b *block, from, to int) []mark {
	cur, hasCur := r.hits.Current()
	var out []mark
	// Every pre hit comes before every post hit: the marks come out in
	// order.
	lists := [][]model.Span{r.hits.pre, r.hits.post}
	if found, ok := r.unkeptIn(b, from, to); ok {
		lists = [][]model.Span{found}
	}
	for _, l := range lists {
		lo := sort.Search(len(l), func(i int) bool { return l[i].End > b.sp.Start })
		hi := sort.Search(len(l), func(i int) bool { return l[i].Start >= b.sp.End })
		if lo >= hi {
			continue
		}
		seg := l[lo:hi]
		// Hits do not overlap, so their ends, mapped, rise with them.
		i := sort.Search(len(seg), func(i int) bool { return b.pb.dstOf(seg[i].End, b.text) > from })
		for ; i < len(seg); i++ {
			h := seg[i]
			a := b.pb.dstOf(h.Start, b.text)
			if a >= to {
				break
			}
			if e := b.pb.dstOf(h.End, b.text); a < e {
				out = append(out, mark{a, e, hasCur && h == cur})
			}
		}
	}
	return out
}

// dstOf maps a source offset to the rendered text s, the inverse of srcOf,
// landing on a rune boundary.
func (p *paraBuilder) dstOf(src int, s string) int {
	i := sort.Search(len(p.pieces), func(i int) bool { return p.pieces[i].src > src }) - 1
	if i < 0 {
		return 0
	}
	next := len(s)
	if i+1 < len(p.pieces) {
		next = p.pieces[i+1].dst
	}
	d := min(p.pieces[i].dst+(src-p.pieces[i].src), next)
	for d < len(s) && !utf8.RuneStart(s[d]) {
		d++
	}
	return d
}

// paint writes s[a:b] in style sty, the hits among marks highlighted.
func (r *Reader) paint(line *strings.Builder, s string, a, b int, sty textStyle, marks []mark) {
	k := sort.Search(len(marks), func(k int) bool { return marks[k].end > a })
	for ; a < b && k < len(marks) && marks[k].start < b; k++ {
		mk := marks[k]
		if mk.start > a {
			r.write(line, s[a:mk.start], sty)
			a = mk.start
		}
		e := min(mk.end, b)
		base := r.style(sty)
		hl := base.Inherit(r.Styles.Match)
		if mk.cur {
			hl = r.Styles.MatchCurrent.Inherit(base)
		}
		line.WriteString(hl.Render(s[a:e]))
		a = e
	}
	if a < b {
		r.write(line, s[a:b], sty)
	}
}

func (r *Reader) write(line *strings.Builder, seg string, sty textStyle) {
	if sty == styBody {
		line.WriteString(seg)
	} else {
		line.WriteString(r.style(sty).Render(seg))
	}
}

// rowOf returns the row showing the source offset off; false when it is in
// text not shown (hidden junk).
func (r *Reader) rowOf(off int) (pos, bool) {
	p := r.doc.ParaAt(off)
	if p >= len(r.doc.Paras) || r.textW == 0 {
		return pos{}, false
	}
	b := r.block(p)
	if len(b.lines) == 0 {
		return pos{}, false
	}
	return pos{p, lineFor(b, off)}, true
}

// Visible reports whether the source offset off is on screen.
func (r *Reader) Visible(off int) bool {
	p, ok := r.rowOf(off)
	if !ok || p.less(r.top) {
		return false
	}
	return !r.forward(r.top, max(0, r.Height-1)).less(p)
}

// ShowOffset scrolls, if it must, to put the line holding off a third of
// the way down the pane, with context above it.
func (r *Reader) ShowOffset(off int) {
	if r.Visible(off) {
		return
	}
	p, ok := r.rowOf(off)
	if !ok {
		return
	}
	r.focus = nil
	r.top = r.normalize(r.backward(p, r.Height/3))
}

// SetHitCounts shows hits per node (nil while no search is active).
func (o *Outline) SetHitCounts(c map[*model.Node]int) {
	if c == nil && o.hitCounts == nil {
		return
	}
	o.hitCounts = c
	if c == nil {
		o.hitsOnly = false
	}
	o.flatten()
}

// SetHitsOnly lists only the nodes with hits, all levels open.
func (o *Outline) SetHitsOnly(on bool) {
	if on == o.hitsOnly {
		return
	}
	o.hitsOnly = on
	o.flatten()
}

// hitCount formats a node's hits for the count column ("" for none).
func (o *Outline) hitCount(n *model.Node) string {
	if c := o.hitCounts[n]; c > 0 {
		return fmt.Sprint(c)
	}
	return ""
}
