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
