package basket

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/reader"
)

// keptRoot is a root on a.txt whose basket holds one excerpt of a file
// gone, Enter on it shown: the basket's kept copy, in the reader.
func keptRoot(t *testing.T) (tea.Model, string) {
	t.Helper()
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	b, _ := store.Open(basketPath)
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "甲", Text: "甲\n甲的正文。\n",
		Source: store.Source{Name: "gone.txt", Path: "/gone/gone.txt", Hash: "kg"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "en", Ambiguous: 1},
		Reader: reader.Options{Lang: "en", Ambiguous: 1},
		Open: func(p string) (*model.Document, string, error) {
			return nil, "", errors.New(p + ": no such file")
		},
	}
	r := reader.New(buildSmall(), reader.Options{Lang: "en", Ambiguous: 1, BasketPage: true, FileName: "/here/a.txt", Key: "k1"})
	var m tea.Model = NewRoot(r, "k1", "/here/a.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 24})
	m = keys(m, "B", "enter")
	if rd, _, _ := m.(Root).Reader(); !rd.Kept() || !rd.NoFile() {
		t.Fatalf("Enter on the gone excerpt did not show its kept copy (kept %v, no file %v)", rd.Kept(), rd.NoFile())
	}
	return m, basketPath
}

// The kept copy, left by Ctrl-^ and back by Ctrl-^, is the kept copy
// still: no file (not watched at the gone path, R reads nothing over
// it), a adding nothing.
func TestKeptCopyStaysNoFileThroughAlternate(t *testing.T) {
	m, _ := keptRoot(t)
	m = keys(m, "ctrl+^")
	if rd, _, path := m.(Root).Reader(); rd.Kept() || path != "/here/a.txt" {
		t.Fatalf("Ctrl-^ from the kept copy shows %q (kept %v)", path, rd.Kept())
	}
	m = keys(m, "ctrl+^")
	rd, _, path := m.(Root).Reader()
	if !rd.NoFile() || !rd.Kept() {
		t.Errorf("the basket's copy, back by Ctrl-^, is taken for the file %q (no file %v, kept %v)", path, rd.NoFile(), rd.Kept())
	}
}

// a (and v's a) in the kept copy add nothing: an excerpt of it would
// name no source (the gone path dropped, no hash), and Enter on it said
// it was the built-in sample's. It says why.
func TestKeptCopyRefusesAdd(t *testing.T) {
	for _, back := range []bool{false, true} {
		m, basketPath := keptRoot(t)
		if back {
			m = keys(m, "ctrl+^", "ctrl+^")
		}
		for _, ks := range [][]string{{"a"}, {"v", "a"}} {
			m = keys(m, ks...)
			if v := m.View(); !strings.Contains(v, wtext.EnBasket.KeptNoAdd) {
				t.Errorf("back %v, %v in the kept copy: the bar does not say %q:\n%s", back, ks, wtext.EnBasket.KeptNoAdd, v)
			}
		}
		b, err := store.Open(basketPath)
		if err != nil {
			t.Fatal(err)
		}
		if n := b.Len(); n != 1 {
			t.Errorf("back %v: a in the kept copy: the basket holds %d excerpts, want 1: %+v", back, n, b.List())
		}
	}
}

// TestPageAlternate: Ctrl-^ on the basket page leaves it and is the
// reader's Ctrl-^: the document read before the one under the page, as
// vim's Ctrl-^ works from any buffer (it did nothing on the page).
func TestPageAlternate(t *testing.T) {
	m, _ := keptRoot(t)
	m = keys(m, "B", "ctrl+^")
	root := m.(Root)
	if rd, _, path := root.Reader(); root.basket.Shown || rd.Kept() || path != "/here/a.txt" {
		t.Fatalf("Ctrl-^ on the page: page shown %v, reading %q (kept %v)", root.basket.Shown, path, rd.Kept())
	}
	// With no document before, the reader says so, the page left.
	r := reader.New(buildSmall(), reader.Options{Lang: "en", Ambiguous: 1, BasketPage: true, FileName: "/here/a.txt", Key: "k1"})
	var solo tea.Model = NewRoot(r, "k1", "/here/a.txt", RootOptions{Basket: Options{Path: filepath.Join(t.TempDir(), "b.json"), Lang: "en"}})
	solo = drive(solo, tea.WindowSizeMsg{Width: 100, Height: 24})
	solo = keys(solo, "B", "ctrl+^")
	if solo.(Root).basket.Shown || !strings.Contains(screen(solo), "no document read before this one") {
		t.Errorf("Ctrl-^ on the page with no document before:\n%s", screen(solo))
	}
}
