package basket

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/model"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// TestRootHandsOverDisk: a file that changed on disk while it was read
// is still said changed in the reader that shows the same document from
// memory after Enter on one of its excerpts, and after Ctrl-^ back: each
// new reader starts from what the one before knew of the file, not from
// a new look (which would take the changed file for the one read).
func TestRootHandsOverDisk(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	b, err := store.Open(basketPath)
	if err != nil {
		t.Fatal(err)
	}
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "甲", Text: "甲\n甲的正文。\n",
		Source: store.Source{Name: "seed.txt", Path: "/x/seed.txt", Hash: "k"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	looks := 0
	disk := &reader.Disk{
		Stat: func(string) (reader.Stamp, error) {
			mu.Lock()
			defer mu.Unlock()
			looks++
			if looks == 1 {
				return reader.Stamp{Size: 1, Mod: time.Unix(1, 0)}, nil // as read
			}
			return reader.Stamp{Size: 2, Mod: time.Unix(2, 0)}, nil // changed since
		},
		Reopen: func(string) (*model.Document, string, error) { return nil, "", nil },
	}
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "en", Ambiguous: 1},
		Reader: reader.Options{Lang: "en", Ambiguous: 1, Disk: disk},
		Open: func(string) (*model.Document, string, error) {
			t.Error("the document in memory was read again")
			return nil, "", nil
		},
	}
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "en", Ambiguous: 1, BasketPage: true, FileName: "/x/seed.txt", Key: "k", Disk: disk})
	var m tea.Model = NewRoot(r, "k", "/x/seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 24})
	m = drive(m, run(m.Init())...)
	if looks != 1 {
		t.Fatalf("%d looks at the start", looks)
	}
	m = keys(m, "B", "enter")
	if m.(Root).basket.Shown || !m.(Root).reader.DiskChanged() {
		t.Errorf("the excerpt's reader of the document in memory forgot the change:\n%s", screen(m))
	}
	// Back by Ctrl-^ to the reader of the document read: the same.
	m = keys(m, "ctrl+^")
	if !m.(Root).reader.DiskChanged() {
		t.Errorf("back by Ctrl-^, the change is forgotten:\n%s", screen(m))
	}
}
