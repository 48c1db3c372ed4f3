package parse

import (
	"sync/atomic"

	"wenji/internal/par"
)

// outlineArticles outlines the articles of a compilation, starts being
// their first lines. Each article's outline touches only its own nodes: a
// large compilation's articles are outlined on all cores, each from its
// headings to its measures to the model's nodes in one go, so that its
// parser notes are garbage as soon as it is done rather than when the
// whole file is (18 MB of a 100 MB file's peak). They read their lines
// from shards (lineShard), not from p.eff, whose array is garbage from
// here on: the root keeps a copy of the lines before the first article,
// which are all that is left to it (measures, finish).
func (p *parser) outlineArticles(root *pnode, starts []int) {
	eff := p.eff
	spanEnds := make([]int, len(starts))
	for k := range starts {
		spanEnds[k] = len(p.text)
		if k+1 < len(starts) {
			spanEnds[k] = eff[starts[k+1]].start
		}
	}
	shards, of := shard(eff, starts)
	p.eff = append([]eline(nil), eff[:min(len(eff), starts[0]+shardMargin)]...)
	eff = nil
	par.Each(len(starts), func(k int) {
		sh := shards[of[k]]
		end := sh.off + len(sh.eff) // the end of the lines if k is the last
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		a := root.kids[k]
		q := p.fork()
		q.eff = sh.eff
		from := q.titleGoesOn(a, starts[k]+1-sh.off, end-sh.off)
		body, issued := q.frontMatter(a, from, end-sh.off)
		q.outline(a, body, end-sh.off, issued)
		q.measures(a)
		q.finishArticle(a, spanEnds[k])
		q.arena.reuse() // the article's pnodes are dead (a is p's)
		q.eff = nil     // nor does a fork that is done keep its shard
		p.join(q)
		sh.done()
	})
}

// lineShard is a copy of the elines of a run of consecutive articles, with
// shardMargin lines on either side, which the articles' outlines read in
// place of the whole array: once every article of the shard is done, its
// lines are garbage, where one array of a 100 MB file's elines (6.9 MB,
// and the 2 MB of block markers they point to) stayed live until the last
// article was done, a fifth of the heap at the end of the parse.
type lineShard struct {
	eff  []eline
	off  int          // the global index of eff[0]
	left atomic.Int32 // articles of the shard not done yet
}

// shardLines is how many lines of articles a shard holds at least (a
// variable so that a test can cut every article into a shard of its own).
var shardLines = 8192

// shardMargin is how many lines a shard copies beyond its articles on
// either side: more than any pass of an article's outline looks past its
// own lines (a run of items 40 ahead, itemReach; a table of contents 64,
// tocReach), so that an article reads what it read in the whole array.
const shardMargin = 256

// shard copies eff into shards of consecutive articles, starts being the
// articles' first lines; of[k] is the shard of article k.
func shard(eff []eline, starts []int) (shards []*lineShard, of []int32) {
	of = make([]int32, len(starts))
	for k := 0; k < len(starts); {
		j := k + 1
		for j < len(starts) && starts[j]-starts[k] < shardLines {
			j++
		}
		end := len(eff)
		if j < len(starts) {
			end = starts[j]
		}
		lo, hi := max(0, starts[k]-shardMargin), min(len(eff), end+shardMargin)
		s := &lineShard{eff: append([]eline(nil), eff[lo:hi]...), off: lo}
		s.left.Store(int32(j - k))
		for i := k; i < j; i++ {
			of[i] = int32(len(shards))
		}
		shards = append(shards, s)
		k = j
	}
	return shards, of
}

// done notes that one of the shard's articles is done; after the last, the
// shard lets its lines go.
func (s *lineShard) done() {
	if s.left.Add(-1) == 0 {
		s.eff = nil
	}
}

// seq returns the indexes from to to, to excluded.
func seq(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
