package reader

import (
	"fmt"
	"strings"
	"testing"

	"wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/internal/uitest"
)

// TestAddOverlapSaid: adding a section wholly inside one the basket
// holds (2.1.2 after 2.1), or one holding it (2.1 after 2.1.2), adds it
// all the same and says so, naming the excerpt already there, in either
// language; a section apart from both is only added. It was added
// unsaid, its text twice in the basket.
func TestAddOverlapSaid(t *testing.T) {
	doc := uitest.SeedDoc(t)
	var parent *model.Node
	for n := range doc.Root.All() {
		if n.Parent != nil && len(n.Children) > 0 {
			parent = n
			break
		}
	}
	if parent == nil {
		t.Fatal("the seed has no section with sub-sections")
	}
	child := parent.Children[0]
	var apart *model.Node // a section outside parent
	for n := range doc.Root.All() {
		if n.Parent != nil && (n.Span.Start >= parent.Span.End || n.Span.End <= parent.Span.Start) {
			apart = n
			break
		}
	}
	for _, lang := range []string{"zh", "en"} {
		bt := wtext.BasketFor(lang)
		for _, c := range []struct {
			first, then *model.Node
			fmt         string
		}{{parent, child, bt.AddedInsideFmt}, {child, parent, bt.AddedHoldsFmt}} {
			opt := basketOpts(t, &fakeClipboard{})
			opt.Lang = lang
			m := sized(doc, 200, 40, opt)
			add := func(n *model.Node) {
				cmd := m.add(basket.FromNode(basket.KindSection, opt.FileName, opt.Key, doc, n))
				m = runAll(m, uitest.RunCmd(cmd)...)
			}
			add(c.first)
			add(c.then)
			list := readBasket(t, opt.BasketPath)
			if len(list) != 2 {
				t.Fatalf("%s: %d excerpts, want both", lang, len(list))
			}
			if st, want := statusLine(m), fmt.Sprintf(c.fmt, 2, basketShown(list[0])); !strings.Contains(st, want) {
				t.Errorf("%s: %q then %q: status %q, want %q", lang, c.first.Heading(), c.then.Heading(), st, want)
			}
			add(apart)
			if st, want := statusLine(m), fmt.Sprintf(bt.AddedFmt, 3); !strings.Contains(st, want) || strings.Contains(st, basketShown(list[0])) {
				t.Errorf("%s: %q apart: status %q, want %q alone", lang, apart.Heading(), st, want)
			}
		}
	}
}
