package reader

import (
	"sort"

	"wenji/model"
	"wenji/model/search"
)

// hitList holds the hits of one scan: pre are those before the scan's
// starting line (found after the wrap), post those from it on; each is in
// text order and every pre hit comes before every post hit, so the list
// reads as pre followed by post.
type hitList struct {
	gen       int
	pre, post []model.Span
	cur       int // index of the current hit, -1 for none
	// before and after count the hits found and not kept (maxHits),
	// before the first hit kept and after the last: the hits kept are
	// one run in text order.
	before, after int
	keepPre       bool // the hits after the wrap are kept, those from the start not
	// The query and whether junk is searched: what finds the hits not
	// kept on a line drawn (Reader.unkeptIn).
	q    *search.Query
	junk bool
}

// capped reports whether some hits were found and not kept.
func (h *hitList) capped() bool { return h.before+h.after > 0 }

// Len returns the number of hits found so far.
func (h *hitList) Len() int { return len(h.pre) + len(h.post) }

// At returns hit i of pre followed by post.
func (h *hitList) At(i int) model.Span {
	if i < len(h.pre) {
		return h.pre[i]
	}
	return h.post[i-len(h.pre)]
}

// Current returns the current hit.
func (h *hitList) Current() (model.Span, bool) {
	if h.cur < 0 || h.cur >= h.Len() {
		return model.Span{}, false
	}
	return h.At(h.cur), true
}

// Index returns the index of the first hit that starts at or after off
// (Len when there is none).
func (h *hitList) Index(off int) int {
	i := sort.Search(len(h.pre), func(i int) bool { return h.pre[i].Start >= off })
	if i < len(h.pre) {
		return i
	}
	return len(h.pre) + sort.Search(len(h.post), func(i int) bool { return h.post[i].Start >= off })
}

// In returns the hits that overlap s, in text order.
func (h *hitList) In(s model.Span) []model.Span {
	var out []model.Span
	for _, l := range [][]model.Span{h.pre, h.post} {
		i := sort.Search(len(l), func(i int) bool { return l[i].End > s.Start })
		for ; i < len(l) && l[i].Start < s.End; i++ {
			out = append(out, l[i])
		}
	}
	return out
}
