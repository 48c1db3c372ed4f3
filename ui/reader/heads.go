package reader

import "wenji/model"

// countHeads counts n and its descendants that have a title span.
func countHeads(n *model.Node) int {
	c := 0
	if n.TitleSpan.End > n.TitleSpan.Start {
		c = 1
	}
	for _, k := range n.Children {
		c += countHeads(k)
	}
	return c
}

// headWalk lists the nodes that have a title span, in reading order, and
// notes whether their titles come in text order (sorted).
type headWalk struct {
	heads  []*model.Node
	last   int // the last title's start
	sorted bool
}

// walk adds n and its descendants.
func (w *headWalk) walk(n *model.Node) {
	if n.TitleSpan.End > n.TitleSpan.Start {
		if n.TitleSpan.Start < w.last {
			w.sorted = false
		}
		w.last = n.TitleSpan.Start
		w.heads = append(w.heads, n)
	}
	for _, k := range n.Children {
		w.walk(k)
	}
}
