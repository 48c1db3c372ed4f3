package parse

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"wenji/model"
)

// TestParsesDoNotChain: documents parsed one after another are freed once
// dropped. The parser's node arrays once outlived their parse, an array
// holding nodes of two documents, so every document parsed in a run kept
// the one before it alive: listing a library for the first time held all
// its texts (1 GB for 10,000 files). Leaking, all 60 texts stay (over
// 30 MB); freed, what is left is the last parse's and the pools' (under 8).
func TestParsesDoNotChain(t *testing.T) {
	var b strings.Builder
	b.WriteString("汇编\n\n")
	for i := range 40 {
		fmt.Fprintf(&b, "%s、第%d部分\n\n%s\n\n", hanNumeral(i%10+1), i, strings.Repeat("推进各项工作取得实效。", 400))
	}
	const docs = 60
	size := b.Len()
	Parse(b.String()) // once first: what a first parse sets up for good is not the leak
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range docs {
		Parse(b.String() + strings.Repeat(" ", i)) // a text of its own each time
	}
	runtime.GC() // one: a sync.Pool keeps what it held until the next
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > int64(docs*size/2) {
		t.Errorf("after %d parses of %d KB, %d MB more is live", docs, size>>10, grew>>20)
	}
}

// TestArenaFillsSizeClass: the arena's arrays of model nodes are what they
// hold, give or take the allocator's rounding of a few bytes: a node costs
// no more than its size. At 128 nodes of 112 bytes an array (14,336 bytes
// and a header) took 16 KB, 128 bytes a node.
func TestArenaFillsSizeClass(t *testing.T) {
	const arrays = 64
	var a nodeArena
	a.next() // the pnodes' one array, reused below, is not what is measured
	a.reuse()
	a.model = nil
	keep := make([]*model.Node, 0, arrays)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range arrays * arenaNodes {
		_, m := a.next()
		if len(keep) < cap(keep) {
			keep = append(keep, m)
		}
		a.reuse()
	}
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	size := int(unsafe.Sizeof(model.Node{}))
	perNode := float64(after.TotalAlloc-before.TotalAlloc) / float64(arrays*arenaNodes)
	if perNode > float64(size)*1.01 {
		t.Errorf("a node of %d bytes costs %.1f in the arena's arrays", size, perNode)
	}
}

// TestChildrenShareArrays: the Children of many articles are cut from
// arrays shared among them, each list to its own length, so that a list
// appended to is copied rather than written over the next article's.
func TestChildrenShareArrays(t *testing.T) {
	var b strings.Builder
	b.WriteString("汇编\n\n")
	for i := range 30 {
		fmt.Fprintf(&b, "第%d篇文章\n一、第一部分\n正文。\n二、第二部分\n正文。\n\n\n", i)
	}
	doc := Parse(b.String())
	if len(doc.Root.Children) != 30 {
		t.Fatalf("%d articles, want 30", len(doc.Root.Children))
	}
	want := map[*model.Node][]*model.Node{}
	for n := range doc.Root.All() {
		if cap(n.Children) != len(n.Children) {
			t.Fatalf("%q: Children has room for %d more", n.Heading(), cap(n.Children)-len(n.Children))
		}
		want[n] = slices.Clone(n.Children)
	}
	for _, a := range doc.Root.Children {
		a.Children = append(a.Children, &model.Node{})
	}
	for _, a := range doc.Root.Children {
		if kids := want[a]; len(kids) == 0 || !slices.Equal(a.Children[:len(kids)], kids) {
			t.Errorf("%q: its Children changed when others grew", a.Heading())
		}
	}
}

// TestForksReused: a fork that is done is taken again, with the arena and
// the markers' buffer it had, and the rest of the parser as the parser it
// forks now is; forking and joining allocates nothing then (one parser
// for each of a 100 MB file's 19,000 articles before).
func TestForksReused(t *testing.T) {
	p := &parser{text: "一", arena: new(nodeArena), spare: new(forkList), marks: make([]inlineMarker, 0, 8)}
	q := p.fork()
	a := q.arena
	if a == p.arena {
		t.Fatal("a fork shares its parser's arena")
	}
	q.marks = append(q.marks, inlineMarker{pos: 1})
	p.join(q)
	p.text = "二"
	r := p.fork()
	if r != q || r.arena != a || r.text != "二" || r.spare != p.spare {
		t.Errorf("the fork taken again: same %v, arena %v, text %q", r == q, r.arena == a, r.text)
	}
	if cap(r.marks) == 0 || &r.marks[:1][0] == &p.marks[:1][0] {
		t.Error("the fork taken again lost its buffer, or shares its parser's")
	}
	p.join(r)
	if n := testing.AllocsPerRun(100, func() { p.join(p.fork()) }); n != 0 {
		t.Errorf("a fork and a join allocate %.0f times", n)
	}
}
