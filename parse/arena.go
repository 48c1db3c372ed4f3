package parse

import (
	"sync"
	"unsafe"

	"wenji/model"
)

// fork returns a parser for one goroutine of a parallel pass over
// disjoint parts of the tree: the same text and lines, its own arena. A
// fork that is done is used again, arena and all: one parser for each
// article of a 100 MB file was 19,000 allocations.
func (p *parser) fork() *parser {
	q := p.spare.take()
	if q == nil {
		q = &parser{arena: new(nodeArena)}
	}
	a, m, ss, rs := q.arena, q.marks, q.sents, q.runs
	*q = *p
	q.arena, q.marks, q.sents, q.runs = a, m, ss, rs // its own, not p's
	return q
}

// join gives back q, a fork of p that is done.
func (p *parser) join(q *parser) { p.spare.give(q) }

// forkList keeps the forks that are done, for the next fork: a partly
// used array of nodes goes on being used rather than being left behind.
type forkList struct {
	mu   sync.Mutex
	free []*parser
}

// take returns a fork that is done, or nil.
func (l *forkList) take() *parser {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n := len(l.free); n > 0 {
		q := l.free[n-1]
		l.free = l.free[:n-1]
		return q
	}
	return nil
}

func (l *forkList) give(q *parser) {
	l.mu.Lock()
	l.free = append(l.free, q)
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
	model  []model.Node  // what is left of the array of model nodes in use
	links  []*model.Node // what is left of the array of Children in use
	chunks [][]pnode     // the pnode arrays, in the order they are handed out
	k      int           // pnodes handed out since the last reuse
}

// arenaNodes is how many nodes an array holds: as many as fill 16 KB, one
// of the allocator's size classes, with the 8-byte header Go puts before
// an object of more than 512 bytes with pointers (146 of 112 bytes). At
// 128 nodes the arrays were 15 KB and took 16 KB: 1.6 MB of a 100 MB file
// lost to rounding.
const arenaNodes = (16<<10 - 8) / int(unsafe.Sizeof(model.Node{}))

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

// arenaLinks is how many Children an array of them holds: 16 KB, as for
// the nodes.
const arenaLinks = (16<<10 - 8) / int(unsafe.Sizeof((*model.Node)(nil)))

// children returns an empty list with room for n Children, cut from an
// array shared with other articles': the lists of a 100 MB file's 19,000
// articles were 20,000 small objects kept with the tree, scattered among
// the parse's garbage, whose pages the heap kept in use for them (8 MB
// more in use than live after a load).
func (a *nodeArena) children(n int) []*model.Node {
	if n > arenaLinks/4 {
		return make([]*model.Node, 0, n)
	}
	if len(a.links) < n {
		a.links = make([]*model.Node, arenaLinks)
	}
	out := a.links[:0:n]
	a.links = a.links[n:]
	return out
}
