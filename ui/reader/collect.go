package reader

// collector gathers a list of unknown length in one pass: in chunks that
// double up to collectChunk items, copied once, at the end, into a list of
// exactly its length. Counted first and then filled, the lists built from
// a whole 100 MB document (its 300,000 heads, its 90,000 first rows of the
// outline) took two walks of the tree, each a cache miss a node; grown by
// appending, they left arrays of four times their size behind (8.7 MB for
// the 1.6 MB of heads kept). The chunks are garbage of about the list's
// size, once.
type collector[T any] struct {
	done [][]T
	cur  []T
	n    int
}

// collectChunk is the most items a chunk holds (a few hundred KB).
const collectChunk = 32 << 10

// add appends x.
func (c *collector[T]) add(x T) {
	if len(c.cur) == cap(c.cur) {
		if cap(c.cur) > 0 {
			c.done = append(c.done, c.cur)
		}
		c.cur = make([]T, 0, min(max(2*cap(c.cur), 64), collectChunk))
	}
	c.cur = append(c.cur, x)
	c.n++
}

// list returns what was added, in order, in a list of its own whose
// capacity is its length.
func (c *collector[T]) list() []T {
	out := make([]T, 0, c.n)
	for _, d := range c.done {
		out = append(out, d...)
	}
	return append(out, c.cur...)
}
