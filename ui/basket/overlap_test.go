package basket

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
)

// TestOverlapMarked: the page marks an excerpt wholly inside another of
// the basket with that one's number (在第 1 条内), and one holding
// another likewise (含第 2 条), in either language, beside its length;
// an excerpt apart from the others (another document's) is not marked.
// Where the row is narrow, the mark stays before the length.
func TestOverlapMarked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	src := func(name string, from, to int) store.Source {
		return store.Source{Name: name, Path: "/x/" + name, Hash: "k-" + name, Offset: from, End: to}
	}
	for _, e := range []store.Excerpt{
		{Kind: store.KindSection, Heading: "二、主要任务", Text: "二、主要任务\n正文。\n", Source: src("a.txt", 100, 900)},
		{Kind: store.KindParagraphs, Heading: "二、主要任务", Text: "一段。\n", Source: src("a.txt", 200, 300)},
		{Kind: store.KindSection, Heading: "二、主要任务", Text: "二、主要任务\n别的正文。\n", Source: src("b.txt", 200, 300)},
	} {
		b.Add(e)
	}
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		tx := wtext.BasketFor(lang)
		for _, w := range []int{100, 44} {
			pm := New(Options{Path: path, Lang: lang, Ambiguous: 1})
			v := screen(drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: w, Height: 24}))
			rows := map[string]string{}
			for _, l := range strings.Split(v, "\n") {
				for _, n := range []string{" 1. ", " 2. ", " 3. "} {
					if strings.HasPrefix(l, n) {
						rows[n] = l
					}
				}
			}
			for n, want := range map[string]string{" 1. ": fmt.Sprintf(tx.HoldsTagFmt, 2), " 2. ": fmt.Sprintf(tx.InsideTagFmt, 1)} {
				if !strings.Contains(rows[n], want) {
					t.Errorf("%s at %d: row %q does not say %q:\n%s", lang, w, rows[n], want, v)
				}
			}
			if mark := map[string]string{"zh": "第", "en": "#"}[lang]; strings.Contains(rows[" 3. "], mark) {
				t.Errorf("%s at %d: another document's excerpt is marked: %q", lang, w, rows[" 3. "])
			}
		}
	}
}

// TestRowTagsAtUpdate: the row tags are worked out when the list changes,
// not as a frame is drawn (View compared each row's excerpt with every
// other on every frame), and stay right through the page's changes:
// moved (K, J), deleted (d), put back (u), and a save by another session
// that adds an excerpt the first lies inside.
func TestRowTagsAtUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	src := func(from, to int) store.Source {
		return store.Source{Name: "a.txt", Path: "/x/a.txt", Hash: "k-a", Offset: from, End: to}
	}
	for _, e := range []store.Excerpt{
		{Kind: store.KindSection, Heading: "甲", Text: "甲\n正文。\n", Source: src(100, 900)},
		{Kind: store.KindParagraphs, Heading: "乙", Text: "一段。\n", Source: src(200, 300)},
		{Kind: store.KindSection, Heading: "丙", Text: "丙\n别的。\n", Source: src(1000, 1100)},
	} {
		b.Add(e)
	}
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	calls := 0
	was := findOverlap
	t.Cleanup(func() { findOverlap = was })
	findOverlap = func(list []store.Excerpt, e store.Excerpt) (store.Overlap, int) {
		calls++
		return store.FindOverlap(list, e)
	}
	pm := New(Options{Path: path, Lang: "zh", Ambiguous: 1})
	var m tea.Model = drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 100, Height: 24})
	check := func(step string) {
		t.Helper()
		p := m.(pageModel)
		calls = 0
		v := screen(m)
		if calls != 0 {
			t.Errorf("%s: View compared excerpts %d times", step, calls)
		}
		for i, e := range p.list {
			want := ""
			switch o, j := store.FindOverlap(p.list, e); o {
			case store.Inside:
				want = fmt.Sprintf(p.tx.InsideTagFmt, j+1)
			case store.Holds:
				want = fmt.Sprintf(p.tx.HoldsTagFmt, j+1)
			}
			if tag := p.rowTag(i); want != "" && !strings.Contains(tag, want) || want == "" && strings.Contains(tag, "第") {
				t.Errorf("%s: row %d (%s) tagged %q, want %q:\n%s", step, i+1, e.Heading, tag, want, v)
			}
		}
	}
	check("opened")
	m = keys(m, "j", "K")
	check("K")
	m = keys(m, "J", "J")
	check("J J")
	m = keys(m, "g", "d")
	check("d")
	m = keys(m, "u")
	check("u")
	other, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	other.Add(store.Excerpt{Kind: store.KindSection, Heading: "丁", Text: "丁\n全部。\n", Source: src(0, 2000)})
	if err := other.Save(); err != nil {
		t.Fatal(err)
	}
	m = keys(m, "j", "K") // the save that follows reads the other's excerpt
	if n := len(m.(pageModel).list); n != 4 {
		t.Fatalf("the other session's excerpt is not on the page: %d excerpts", n)
	}
	check("another session's save")
}
