package reader

import (
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
)

// A search keeps at most maxHits hits, one run in text order from the
// place it started; the others are counted (hitList.before and after). n
// and N past the run search again from its end, as less searches from the
// screen on each time: the hits found are then the run from there.

// keeper decides which hits a scan keeps: at most maxHits, one run in
// text order. By default the first found, from the scan's start on and
// then after the wrap (hitList.skip keeps the run whole).
type keeper struct {
	// from ≥ 0 keeps only the hits from there on, none after the wrap
	// (searchOn): those before are counted in scanChunk.before.
	from int
	// backTo ≥ 0 keeps the last maxHits hits before it and those after
	// it up to maxHits in all (searchBack, which scans from the start).
	backTo int

	// max is maxHits when the scan started: read there, in Update, and not
	// in the scan's goroutine, which a test that changes maxHits raced.
	max      int
	kept     int
	ring     []model.Span // the last hits before backTo, up to 2×maxHits
	ringDone bool
}

// add takes hit h into chunk c: kept, or counted.
func (k *keeper) add(h model.Span, c *scanChunk) {
	if k.backTo >= 0 && !k.ringDone {
		if h.Start < k.backTo {
			k.ring = append(k.ring, h)
			if len(k.ring) == 2*k.max { // halved now and then: O(1) a hit
				c.before += k.max
				k.ring = append(k.ring[:0], k.ring[k.max:]...)
			}
			return
		}
		k.flush(c)
	}
	switch {
	case k.from >= 0 && (c.wrapped || h.Start < k.from):
		c.before++
	case k.kept < k.max:
		c.hits = append(c.hits, h)
		k.kept++
	default:
		c.skipped++
	}
}

// flush hands searchBack's hits before backTo over in c, when it has not.
func (k *keeper) flush(c *scanChunk) {
	if k.backTo < 0 || k.ringDone {
		return
	}
	k.ringDone = true
	cut := max(0, len(k.ring)-k.max)
	c.before += cut
	c.hits = append(c.hits, k.ring[cut:]...)
	k.kept += len(k.ring) - cut
	k.ring = nil
}

// skip counts n hits found and not kept, found after the scan wrapped or
// before. Hits after the wrap come before the scan's start: kept together
// with those from the start on, the run would have a hole, so one side
// goes. The side the current hit is on stays (the wrapped side only when
// the search wrapped to it, or found nothing from the start on).
func (h *hitList) skip(n int, wrapped bool) {
	switch {
	case n == 0:
	case !wrapped || h.keepPre:
		h.after += n
	case h.cur >= 0 && h.cur < len(h.pre) || h.cur < 0 && len(h.post) == 0:
		h.after += len(h.post) + n
		h.post, h.keepPre = nil, true
	default:
		h.before += len(h.pre) + n
		if h.cur >= 0 {
			h.cur -= len(h.pre)
		}
		h.pre = nil
	}
}

// outside reports whether hits not kept may lie between off and the run
// of hits kept: off is before the first one with hits before it, or past
// the last one with hits after it.
func (h *hitList) outside(off int) bool {
	n := h.Len()
	if n == 0 {
		return false
	}
	return h.before > 0 && off < h.At(0).Start || h.after > 0 && off > h.At(n-1).Start
}

// stepPast is n (next) or N past the hits kept: a search from the current
// hit on, or back from it, for the hits not kept; or, when there are none
// that way, round to the other end of the document, as a search that
// wraps. at is the current hit's start, or the screen's top.
func (m *Model) stepPast(next bool, at int) tea.Cmd {
	s := &m.search
	h := &s.hits
	switch {
	case next && h.after > 0:
		return m.searchOn(at + 1)
	case next:
		return tea.Batch(m.StartSearch(s.query, s.text, 0, true), m.status.Flash(m.stx().WrapBottom))
	case h.before > 0:
		return m.searchBack(at)
	}
	return tea.Batch(m.searchBack(len(m.doc.Text)), m.status.Flash(m.stx().WrapTop))
}

// searchOn searches again from off, the hits kept starting there: the
// first becomes current.
func (m *Model) searchOn(off int) tea.Cmd {
	s := &m.search
	return m.startScan(s.query, s.text, off, true, keeper{from: off, backTo: -1})
}

// searchBack searches again for the last hit before off, keeping the last
// maxHits hits before it: the scan goes from the document's start, and
// the hit is current once the scan has passed off.
func (m *Model) searchBack(off int) tea.Cmd {
	s := &m.search
	cmd := m.startScan(s.query, s.text, 0, true, keeper{from: -1, backTo: off})
	s.selectFrom, s.backward = off, true
	return cmd
}
