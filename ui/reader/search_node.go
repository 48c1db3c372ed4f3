package reader

import (
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
)

// nodeStep is a Ctrl-n (dir 1) or Ctrl-p (dir -1) under way: the first
// hit, from the hit at or after offset from on (or back from the one
// before it), of an outline node other than here.
type nodeStep struct {
	dir  int
	here *model.Node
	from int
}

// stepNode is Ctrl-n / Ctrl-p: the first hit of the next (previous)
// outline node, innermost, that holds hits. It goes over the hits n and N
// go over (the filtered text's too while p shows it), and past the hits
// a search keeps (maxHits) it searches on that way, as n and N do.
func (m *Model) stepNode(dir int) tea.Cmd {
	h := &m.search.hits
	n := h.Len()
	if n == 0 {
		return m.status.Flash(m.notFoundMsg(m.search.text))
	}
	i := h.cur
	if c, ok := h.Current(); !ok || !m.reader.Visible(c.Start) {
		i = h.Index(m.reader.topSrc())
		if dir > 0 {
			i-- // the step below goes past the node of the hit before
		}
	}
	var here *model.Node
	if i >= 0 && i < n {
		here = m.doc.NodeAt(h.At(i).Start)
	} else {
		here = m.reader.Current()
	}
	// from: forward, the hit after i; back, hit i itself (the step takes
	// the one before it). Past either end of the run, the end.
	from := len(m.doc.Text) + 1
	switch k := i + max(dir, 0); {
	case k < 0:
		from = -1
	case k < n:
		from = h.At(k).Start
	}
	return m.nodeStepFrom(nodeStep{dir: dir, here: here, from: from})
}

// nodeStepFrom goes on with step p in the hits kept: it selects the first
// hit of the first node other than p.here, or, with none in the run,
// searches on past the run when hits lie there (the search's last batch
// comes back here), else says there is none.
func (m *Model) nodeStepFrom(p nodeStep) tea.Cmd {
	h := &m.search.hits
	n := h.Len()
	j := h.Index(p.from)
	if p.dir < 0 {
		j--
	}
	for ; j >= 0 && j < n; j += p.dir {
		nd := m.doc.NodeAt(h.At(j).Start)
		if nd == p.here {
			continue
		}
		if p.dir < 0 {
			// Back to the first hit of that node.
			for j > 0 && m.doc.NodeAt(h.At(j-1).Start) == nd {
				j--
			}
		}
		m.selectHit(j)
		return nil
	}
	switch {
	case p.dir > 0 && h.after > 0 && n > 0:
		last := h.At(n - 1).Start
		cmd := m.searchOn(last + 1)
		m.search.nodeStep = nodeStep{dir: 1, here: p.here, from: last + 1}
		return cmd
	case p.dir < 0 && h.before > 0 && n > 0:
		first := h.At(0).Start
		cmd := m.searchBack(first)
		m.search.nodeStep = nodeStep{dir: -1, here: p.here, from: first}
		return cmd
	case p.dir > 0:
		return m.status.Flash(m.stx().NoNextHitNode)
	}
	return m.status.Flash(m.stx().NoPrevHitNode)
}
