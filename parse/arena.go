package parse

import (
	"sync"

	"wenji/model"
)

// fork returns a parser for one goroutine of a parallel pass over
// disjoint parts of the tree: the same text and lines, its own arena.
func (p *parser) fork() *parser {
	q := *p
	q.arena = p.spare.take()
	return &q
}

// join gives back the arena of q, a fork of p that is done.
func (p *parser) join(q *parser) { p.spare.give(q.arena) }

// arenaList keeps the arenas of forks that are done, for the next fork:
// a partly used array goes on being used rather than being left behind.
type arenaList struct {
	mu   sync.Mutex
	free []*nodeArena
}

func (l *arenaList) take() *nodeArena {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n := len(l.free); n > 0 {
		a := l.free[n-1]
		l.free = l.free[:n-1]
		return a
	}
	return new(nodeArena)
}

func (l *arenaList) give(a *nodeArena) {
	l.mu.Lock()
	l.free = append(l.free, a)
	l.mu.Unlock()
}

// addPara adds paragraph i to the node's own. A list starts with room for
// a few: grown from nothing, one at a time, the lists of a 100 MB file
// were 90,000 allocations.
func (in *nodeInfo) addPara(i int) {
	if in.paras == nil {
		in.paras = make([]int, 0, 4)
	}
	in.paras = append(in.paras, i)
}

// addKid adds c to n's children, a list that starts with room for a few,
// as addPara's does (70,000 allocations of a 100 MB file).
func (n *pnode) addKid(c *pnode) {
	if n.kids == nil {
		n.kids = make([]*pnode, 0, 4)
	}
	n.kids = append(n.kids, c)
}

// nodeArena hands out nodes from arrays of arenaNodes: a 100 MB
// compilation has 200,000 nodes, and one allocation for many is cheaper
// for the allocator and for the collector's bookkeeping than one each.
// The nodes of one tree live and die together, so an array kept alive by
// a few of them wastes little. The arrays are the parser's own, never
// shared with another document's parse: an array holding nodes of two
// trees chained every document parsed in a run to the next, so a library
// listed for the first time kept all its texts alive (1 GB for 10,000).
//
// The model's nodes are the result and are never handed out twice. The
// pnodes, the parser's notes, are dead once their article is finished
// (finishArticle), and reuse hands their arrays out again for the next
// article: a compilation's notes take the room of the articles being
// outlined at a time, not 18 MB of garbage for 100 MB.
type nodeArena struct {
	model  []model.Node // what is left of the array of model nodes in use
	chunks [][]pnode    // the pnode arrays, in the order they are handed out
	k      int          // pnodes handed out since the last reuse
}

const arenaNodes = 128

func (a *nodeArena) next() (*pnode, *model.Node) {
	if len(a.model) == 0 {
		a.model = make([]model.Node, arenaNodes)
	}
	m := &a.model[0]
	a.model = a.model[1:]
	c, i := a.k/arenaNodes, a.k%arenaNodes
	if c == len(a.chunks) {
		a.chunks = append(a.chunks, make([]pnode, arenaNodes))
	}
	a.k++
	return &a.chunks[c][i], m
}

// reuse hands out the pnodes again from the first: call it only when no
// pnode handed out by a is in use any more.
func (a *nodeArena) reuse() { a.k = 0 }
