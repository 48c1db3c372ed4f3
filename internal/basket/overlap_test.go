package basket

import (
	"os"
	"testing"

	"wenji/model"
	"wenji/parse"
)

// TestOverlap: an excerpt of section 1.1.2 lies inside one of 1.1 that
// the basket holds (and 1.1 holds it), a paragraph selection inside
// 1.1.2 inside both; 1.2 lies apart from them, and so does 1.1.2 of
// another document; the same section edited since and taken again lies
// inside it. Excerpts taken before End was kept are told apart by their
// outline paths, a paragraph selection not at all. The basket's Overlap
// names the excerpt it lies inside first.
func TestOverlap(t *testing.T) {
	b, err := os.ReadFile("../../testdata/leads.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := parse.Parse(string(b))
	node := func(path ...int) Excerpt {
		n := d.Find(path)
		if n == nil {
			t.Fatalf("no node %v", path)
		}
		return FromNode(KindSection, "../../testdata/leads.txt", "k", d, n)
	}
	s11, s112, s12 := node(1, 1), node(1, 1, 2), node(1, 2)
	n112 := d.Find([]int{1, 1, 2})
	sel := model.ParaSelection{First: -1}
	for i, p := range d.Paras {
		if p.Start >= n112.Span.Start && p.End <= n112.Span.End {
			sel = model.ParaSelection{First: i, Last: i}
			break
		}
	}
	para, ok := FromParas("../../testdata/leads.txt", "k", d, sel)
	if sel.First < 0 || !ok {
		t.Fatal("no paragraph selection in 1.1.2")
	}
	other := FromNode(KindSection, "other.txt", "k2", d, n112)
	edited := Edited(s112, "专题辅导解难题\n改过的正文。\n")
	old := func(e Excerpt) Excerpt { e.Source.End = 0; return e }
	for _, c := range []struct {
		name string
		e, x Excerpt
		want Overlap
	}{
		{"1.1.2 against 1.1", s112, s11, Inside},
		{"1.1 against 1.1.2", s11, s112, Holds},
		{"a paragraph of 1.1.2 against 1.1", para, s11, Inside},
		{"1.1.2 against a paragraph of it", s112, para, Holds},
		{"1.2 against 1.1", s12, s11, Apart},
		{"1.1 against 1.2", s11, s12, Apart},
		{"another document's 1.1.2", other, s11, Apart},
		{"1.1.2 against itself edited", s112, edited, Inside},
		{"old 1.1.2 against 1.1", old(s112), s11, Inside},
		{"1.1 against old 1.1.2", s11, old(s112), Holds},
		{"old 1.2 against old 1.1", old(s12), old(s11), Apart},
		{"an old paragraph against 1.1", old(para), s11, Apart},
	} {
		if got := OverlapOf(c.e, c.x); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	bk := &Basket{}
	h12, h112 := bk.Add(s12), bk.Add(s112)
	bk.Add(s11)
	if o, x := bk.Overlap(para); o != Inside || x.ID != h112.ID {
		t.Errorf("a paragraph of 1.1.2 against the basket: %v %q", o, x.Heading)
	}
	if o, x := bk.Overlap(node(1)); o != Holds || x.ID != h12.ID {
		t.Errorf("part 1 against the basket: %v %q, want it to hold 1.2", o, x.Heading)
	}
	if o, _ := bk.Overlap(node(2)); o != Apart {
		t.Errorf("part 2 against the basket: %v", o)
	}
}
