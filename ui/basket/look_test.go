package basket

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
)

// TestKeysFollowTheList: the keys that act on an excerpt (d, J, K, e,
// Enter, y, w) work at once on a list the page did not get from a key:
// excerpts another session added, which a look found on a page opened
// empty, and a basket read with a damaged file's notice. Both returned
// before the page enabled its bindings for the list, so the first d
// did nothing (and the help listed none of them).
func TestKeysFollowTheList(t *testing.T) {
	t.Run("look", func(t *testing.T) {
		path := fill(t)
		m := newPage(path, 100, 24, nil)
		s := m.(pageModel).s
		other, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		other.Add(store.Excerpt{Kind: store.KindSection, Heading: "丙", Text: "丙\n　　丙的正文。\n"})
		if err := other.Save(); err != nil {
			t.Fatal(err)
		}
		m = drive(m, lookTickMsg{s})
		if n := len(m.(pageModel).list); n != 1 {
			t.Fatalf("the look found %d excerpts, want 1", n)
		}
		if m = keys(m, "d"); len(m.(pageModel).list) != 0 {
			t.Errorf("d did nothing on the excerpt the look found:\n%s", screen(m))
		}
	})
	t.Run("damaged notice", func(t *testing.T) {
		path := fill(t, "甲", "乙")
		pm := New(Options{Path: path, Lang: "zh", Ambiguous: 1, Damaged: "/x/basket.json", Backup: "/x/basket.json.bak"})
		// The window's size first, as the program gives it: the basket
		// is read last.
		m := drive(pageModel{pm}, tea.WindowSizeMsg{Width: 100, Height: 24}, pm.Init()())
		if m = keys(m, "d"); len(m.(pageModel).list) != 1 {
			t.Errorf("d did nothing on a basket read with a notice:\n%s", screen(m))
		}
	})
}
