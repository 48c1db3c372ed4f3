package reader

import (
	"slices"
	"testing"

	"wenji/model"
	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// nodeWalk presses key until the current hit stops moving and returns the
// nodes of the hits it stopped on.
func nodeWalk(m Model, key string) (Model, []*model.Node) {
	var out []*model.Node
	for range 200 {
		before := m.search.hits.cur
		c0, _ := m.search.hits.Current()
		m = keys(m, key)
		c, ok := m.search.hits.Current()
		if !ok || c == c0 && m.search.hits.cur == before {
			break
		}
		out = append(out, m.doc.NodeAt(c.Start))
	}
	return m, out
}

// TestCtrlNOverShownJunk: Ctrl-n goes over the hits the user sees: a
// hit in an ad is one while p shows the filtered text, and none while it
// is hidden, as for n.
func TestCtrlNOverShownJunk(t *testing.T) {
	d := parse.Parse("标题\n\n一、第一部分\n　　正文有素材。\n二、第二部分\n　　正文二。\n" +
		"【哒哒素材库】——每天更新材料1000多篇内部高质量素材，会员群+网盘群同步每日更新，一键精准搜索、一键快速查找、一键极速下载，有意加入请联系：1 4367，：9 649564\n" +
		"三、第三部分\n　　正文三素材。\n")
	if len(d.Junk) != 1 {
		t.Fatalf("the ad is not filtered: %v", d.Junk)
	}
	second := d.Root.Children[1]
	for _, shown := range []bool{false, true} {
		m := sized(d, 100, 30, Options{})
		if shown {
			m = keys(m, "p")
		}
		m = searchFor(m, "素材")
		_, nodes := nodeWalk(m, "ctrl+n")
		if got := slices.Contains(nodes, second); got != shown {
			t.Errorf("p shows the ad: %v; ctrl+n stopped in %q: %v", shown, second.Title, titles(nodes))
		}
		if len(nodes) == 0 || nodes[len(nodes)-1] != d.Root.Children[2] {
			t.Errorf("p %v: ctrl+n went %v, want it to end in the third part", shown, titles(nodes))
		}
	}
}

func titles(ns []*model.Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Title)
	}
	return out
}

// TestCtrlNPastKeptHits: past the hits a search keeps (maxHits), Ctrl-n
// and Ctrl-p search on, as n and N do, and stop in the same nodes as when
// every hit is kept (they said there was no further node).
func TestCtrlNPastKeptHits(t *testing.T) {
	defer func(n int) { maxHits = n }(maxHits)
	d := uitest.SeedDoc(t)
	var walks [2][2][]string
	for k, keep := range []int{1 << 20, 3} {
		maxHits = keep
		m := searchFor(sized(d, 100, 30, Options{}), "主题教育")
		m, fwd := nodeWalk(m, "ctrl+n")
		_, back := nodeWalk(m, "ctrl+p")
		walks[k] = [2][]string{titles(fwd), titles(back)}
	}
	if len(walks[0][0]) < 5 || len(walks[0][1]) < 5 {
		t.Fatalf("all kept: ctrl+n %v, ctrl+p %v", walks[0][0], walks[0][1])
	}
	for dir, name := range []string{"ctrl+n", "ctrl+p"} {
		if !slices.Equal(walks[0][dir], walks[1][dir]) {
			t.Errorf("%s, three hits kept:\n%v\nall kept:\n%v", name, walks[1][dir], walks[0][dir])
		}
	}
}
