package basket

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
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

// TestRootFindsRenamed: an excerpt whose file is gone from its path, but
// whose content is found near it (FindNear: renamed in its folder), opens
// that file at the excerpt and says so.
func TestRootFindsRenamed(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	b, err := store.Open(basketPath)
	if err != nil {
		t.Fatal(err)
	}
	doc := uitest.SeedDoc(t)
	at := strings.Index(doc.Text, "坚持加强统筹")
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "坚持加强统筹", Text: "坚持加强统筹\n",
		Source: store.Source{Name: "old.txt", Path: "/docs/old.txt", Hash: "k2", Offset: at}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	var asked []string
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "en", Ambiguous: 1},
		Reader: reader.Options{Lang: "en", Ambiguous: 1},
		Open: func(p string) (*model.Document, string, error) {
			if p == "/docs/new name.txt" {
				return uitest.SeedDoc(t), "k2", nil
			}
			return nil, "", errors.New(p + ": no such file")
		},
		FindNear: func(_ context.Context, key, path, here string) string {
			asked = append(asked, key+" "+path+" "+here)
			return "/docs/new name.txt"
		},
	}
	r := reader.New(buildSmall(), reader.Options{Lang: "en", Ambiguous: 1, BasketPage: true, FileName: "/here/a.txt", Key: "k1"})
	var m tea.Model = NewRoot(r, "k1", "/here/a.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 24})
	m = keys(m, "B", "enter")
	rd, key, path := m.(Root).Reader()
	if key != "k2" || path != "/docs/new name.txt" || !strings.HasPrefix(rd.Current().Heading(), "坚持加强统筹") {
		t.Errorf("opened %q (key %q) at %q", path, key, rd.Current().Heading())
	}
	if v := screen(m); !strings.Contains(v, "source moved: opened /docs/new name.txt (the same text)") {
		t.Errorf("not said:\n%s", v)
	}
	if len(asked) != 1 || asked[0] != "k2 /docs/old.txt /here/a.txt" {
		t.Errorf("FindNear asked %q", asked)
	}
}

// buildSmall is a document other than the seed, to read while the
// basket page opens an excerpt of the seed.
func buildSmall() *model.Document {
	text := "某县工作总结\n\n今年以来，全县上下认真贯彻落实各项决策部署。\n"
	return &model.Document{Text: text, Paras: []model.Span{{Start: 0, End: 18}, {Start: 20, End: len(text) - 1}}}
}
