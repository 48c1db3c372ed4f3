package reader

import (
	"strings"
	"testing"

	"wenji/model"
)

// pointDoc is a document whose second section's hit, shown a third of
// the way down the pane, leaves the first section at the top.
func pointDoc() *model.Document {
	return buildDoc("汇编",
		"## 第一节",
		strings.Repeat("第一节的正文很长。", 40),
		"## 第二节",
		"第二节的正文提到乡村振兴。",
		"## 第三节",
		"第三节的正文。",
	)
}

// The search hit shown is the point, as vim's cursor lands on the match:
// the breadcrumb names its section, a adds that section, v starts at its
// paragraph and ] goes on from it; a move of the pane drops it, and the
// section at the top is the one again.
func TestPointTakesHitSection(t *testing.T) {
	d := pointDoc()
	first, second, third := d.Root.Children[0], d.Root.Children[1], d.Root.Children[2]
	opt := basketOpts(t, &fakeClipboard{})
	m := searchFor(sized(d, 40, 20, opt), "乡村振兴")
	if top := d.NodeAt(m.reader.topSrc()); top != first {
		t.Fatalf("the top is in %q, want the first section above the hit", top.Title)
	}
	if cur := m.Current(); cur != second || !strings.Contains(statusLine(m), "第二节") {
		t.Errorf("after the search: current %q, status %q", cur.Title, statusLine(m))
	}
	m = keys(m, "a")
	if list := readBasket(t, opt.BasketPath); len(list) != 1 || list[0].Heading != "第二节" {
		t.Errorf("a added %+v", list)
	}
	m = keys(m, "v")
	if s := m.sel.span(); d.NodeAt(d.Paras[s.First].Start) != second {
		t.Errorf("v selected paragraph %d, in %q", s.First, d.NodeAt(d.Paras[s.First].Start).Title)
	}
	m = keys(m, "esc", "]")
	if cur := m.Current(); cur != third {
		t.Errorf("] from the hit: %q, want the third section", cur.Title)
	}
	m = searchFor(m, "乡村振兴")
	m = keys(m, "k")
	if cur := m.Current(); cur != d.NodeAt(m.reader.topSrc()) || cur == second {
		t.Errorf("after k: current %q, want the section at the top", cur.Title)
	}
	// Esc clears the search and the point with it.
	m = searchFor(m, "乡村振兴")
	if m = keys(m, "esc"); m.Current() == second {
		t.Error("Esc kept the hit's section current")
	}
}
