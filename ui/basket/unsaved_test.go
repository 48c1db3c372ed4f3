package basket

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// lockBlocked makes the basket at path unsavable, as a read-only or full
// disk does (its lock file cannot be made), till the returned function
// undoes it; it can still be read.
func lockBlocked(t *testing.T, path string) func() {
	t.Helper()
	os.Remove(path + ".lock")
	if err := os.MkdirAll(path+".lock", 0o700); err != nil {
		t.Fatal(err)
	}
	return func() { os.Remove(path + ".lock") }
}

// TestRootSaveFailed: an excerpt a added that could not be saved (a
// read-only or full disk) is reported at the program's end
// (Root.SaveFailed), as are changes on the page that no save took; an
// add or a change that failed and then was saved at the end (the disk
// had room again) is not, and is in the basket: a failed add was
// reported but never tried again. The status bar said it as it happened, and the run
// ended saying nothing.
func TestRootSaveFailed(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "basket.json")
		unblock := lockBlocked(t, path)
		defer unblock()
		r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: path, BasketPage: true})
		var m tea.Model = NewRoot(r, "k-seed", "seed.txt", RootOptions{Basket: Options{Path: path, Lang: "zh", Ambiguous: 1}, Reader: reader.Options{Lang: "zh", Ambiguous: 1}})
		m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 30})
		m = keys(m, "}", "a")
		m.(Root).Basket().Flush()
		if err := m.(Root).Basket().Failed(); err == nil {
			t.Error("an add not saved is not reported")
		}
		// The disk writable again by the end: the add is tried again,
		// as README says, and then kept.
		unblock()
		m.(Root).Basket().Flush()
		if err := m.(Root).Basket().Failed(); err != nil {
			t.Errorf("the add saved at the end is reported: %v", err)
		}
		if got := headings(t, path); len(got) != 1 {
			t.Errorf("the basket holds %q, want the add", got)
		}
	})
	t.Run("page", func(t *testing.T) {
		path := fill(t, "甲", "乙")
		unblock := lockBlocked(t, path)
		m := keys(NewRootForTest(t, path), "B", "j", "K")
		root := m.(Root)
		root.Basket().Flush()
		if err := root.Basket().Failed(); err == nil {
			t.Error("a move not saved is not reported")
		}
		unblock()
		root.Basket().Flush()
		if err := root.Basket().Failed(); err != nil {
			t.Errorf("the move saved at the end is reported: %v", err)
		}
		if got := headings(t, path); len(got) != 2 || got[0] != "乙" {
			t.Errorf("the basket holds %q, want 乙 first", got)
		}
	})
}

// NewRootForTest is a Root over the seed whose basket is at path.
func NewRootForTest(t *testing.T, path string) tea.Model {
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: path, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", RootOptions{Basket: Options{Path: path, Lang: "zh", Ambiguous: 1}, Reader: reader.Options{Lang: "zh", Ambiguous: 1}})
	return drive(m, tea.WindowSizeMsg{Width: 120, Height: 30})
}

// TestPageSaysAddsUnsaved: B after an add that could not be saved (a full
// or read-only disk) shows the basket without it, and says why as it
// opens; it showed an empty basket with no word, and the excerpt looked
// lost. Once the disk takes it, the next B shows it and says nothing.
func TestPageSaysAddsUnsaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	unblock := lockBlocked(t, path)
	defer unblock()
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: path, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", RootOptions{Basket: Options{Path: path, Lang: "zh", Ambiguous: 1}, Reader: reader.Options{Lang: "zh", Ambiguous: 1}})
	m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	m = keys(m, "}", "a", "B")
	if s := screen(m); !strings.Contains(s, "刚加入的摘录还没有存进素材篮") || !strings.Contains(s, "素材篮 · 0 条") {
		t.Errorf("B after an add not saved:\n%s", s)
	}
	unblock()
	m = keys(m, "q", "B")
	if s := screen(m); strings.Contains(s, "还没有存进") || !strings.Contains(s, "素材篮 · 1 条") {
		t.Errorf("B once the add is saved:\n%s", s)
	}
}
