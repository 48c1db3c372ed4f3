package basket

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// altRoot is a Root reading the seed as seed.txt whose basket holds one
// excerpt of another document, which Open reads as other.txt (the
// sample); opens counts Open's calls by path.
func altRoot(t *testing.T, first reader.Options) (tea.Model, map[string]int) {
	t.Helper()
	opens := map[string]int{}
	other, err := uitest.SampleDoc()
	if err != nil {
		t.Fatal(err)
	}
	ropt := RootOptions{
		Basket: Options{Path: fill(t, "甲"), Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Open: func(path string) (*model.Document, string, error) {
			opens[path]++
			if path == "seed.txt" {
				return uitest.SeedDoc(t), "k-seed", nil
			}
			return other, "k-other", nil
		},
	}
	first.Lang, first.Ambiguous, first.FileName, first.Key, first.BasketPage = "zh", 1, "seed.txt", "k-seed", true
	first.BasketPath = filepath.Join(t.TempDir(), "adds.json")
	var m tea.Model = NewRoot(reader.New(uitest.SeedDoc(t), first), "k-seed", "seed.txt", ropt)
	return drive(m, tea.WindowSizeMsg{Width: 100, Height: 30}), opens
}

// Ctrl-^ (vim's alternate file) goes back from the document an excerpt
// opened to the one read before, at its place with its marks, and again
// to the other, at its place: the first document was out of reach once
// the basket page had opened another.
func TestRootAlternate(t *testing.T) {
	m, opens := altRoot(t, reader.Options{})
	m = keys(m, "ctrl+^")
	if v := screen(m); !strings.Contains(v, "没有上一个文档") {
		t.Fatalf("Ctrl-^ with no document read before says:\n%s", v)
	}
	m = keys(m, "}", "}", "]", "m", "a")
	firstTop := m.(Root).reader.Place()
	m = keys(m, "B", "enter")
	if r, _, path := m.(Root).Reader(); path != "/x/seed.txt" || r.Document().Root.Title == uitest.SeedDoc(t).Root.Title {
		t.Fatalf("enter opened %q", path)
	}
	m = keys(m, "}", "}")
	otherTop := m.(Root).reader.Place()
	m = keys(m, "ctrl+^")
	r, key, path := m.(Root).Reader()
	if path != "seed.txt" || key != "k-seed" || r.Place().Offset != firstTop.Offset || r.Place().Marks["a"] != firstTop.Marks["a"] {
		t.Fatalf("Ctrl-^: %s (%s) at %+v, want seed.txt at %+v", path, key, r.Place(), firstTop)
	}
	if v := screen(m); strings.Contains(v, "接着上次") {
		t.Errorf("Ctrl-^ says it reopened where it was left:\n%s", v)
	}
	m = keys(m, "ctrl+^")
	r, _, path = m.(Root).Reader()
	if path != "/x/seed.txt" || r.Place().Offset != otherTop.Offset {
		t.Fatalf("Ctrl-^ again: %s at %d, want the excerpt's document at %d", path, r.Place().Offset, otherTop.Offset)
	}
	if len(opens) != 1 {
		t.Errorf("the documents were read again: %v", opens)
	}
	// The prompt has the keys: Ctrl-^ there does not change documents.
	m = keys(m, "/", "ctrl+^")
	if _, _, path = m.(Root).Reader(); path != "/x/seed.txt" {
		t.Errorf("Ctrl-^ in the / prompt went to %s", path)
	}
}

// A large file's preview left before its whole was in is read again when
// Ctrl-^ comes back to it, at the place it was left.
func TestRootAlternateRereadsPreview(t *testing.T) {
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	m, opens := altRoot(t, reader.Options{Load: func() (*model.Document, error) { <-block; return nil, nil }})
	if r, _, _ := m.(Root).Reader(); !r.Loading() {
		t.Fatal("the first reader is not loading")
	}
	m = keys(m, "}", "}")
	top := m.(Root).reader.Place().Offset
	m = keys(m, "B", "enter", "ctrl+^")
	r, _, path := m.(Root).Reader()
	if path != "seed.txt" || opens["seed.txt"] != 1 || r.Loading() || r.Place().Offset != top {
		t.Fatalf("Ctrl-^ to the preview: %s at %d (loading %v), read %v; want seed.txt at %d, read again", path, r.Place().Offset, r.Loading(), opens, top)
	}
}

// An excerpt of the document read, or of the alternate, opens from
// memory: Enter on an excerpt of the embedded sample (no file) or of
// standard input said the file did not exist.
func TestRootOpensExcerptInMemory(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Open: func(path string) (*model.Document, string, error) {
			return nil, "", &os.PathError{Op: "open", Path: path, Err: os.ErrNotExist}
		},
	}
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "sample.txt", Key: "k-sample", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-sample", "sample.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "}", "}", "]", "a")
	want := m.(Root).reader.Current().Heading()
	m = keys(m, "g", "B", "enter")
	root := m.(Root)
	if got := root.reader.Current(); root.basket.Shown || got == nil || got.Heading() != want {
		t.Fatalf("enter on an excerpt of the document read: page shown %v, at %v, want %q:\n%s", root.basket.Shown, got, want, screen(m))
	}
	if _, _, path := root.Reader(); path != "sample.txt" {
		t.Errorf("the document is called %q", path)
	}
}

// n in the document an excerpt or Ctrl-^ opened goes on with the last
// search of the one before, as less and vim keep the last pattern from
// file to file: it said there was no search.
func TestRootKeepsLastSearch(t *testing.T) {
	m, _ := altRoot(t, reader.Options{})
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("网格")})
	m = keys(m, "enter", "esc", "B", "enter", "n")
	if r, _, _ := m.(Root).Reader(); !r.Searching() || strings.Contains(screen(m), "没有搜索") {
		t.Fatalf("n after an excerpt opened: no search\n%s", screen(m))
	}
	m = keys(m, "esc", "ctrl+^", "N")
	if r, _, _ := m.(Root).Reader(); !r.Searching() {
		t.Fatalf("N after Ctrl-^: no search\n%s", screen(m))
	}
}

// Keys read after B but apart from it, before the page opened (B, Enter
// sent at once: the page waits for the adds' saves), are the page's: the
// Enter went to the reader behind it and the page stayed open.
func TestRootKeysAfterBApart(t *testing.T) {
	m, _ := altRoot(t, reader.Options{})
	m, cmd := m.Update(uitest.KeyPress("B"))
	m, _ = m.Update(uitest.KeyPress("enter"))
	m = drive(m, run(cmd)...)
	if r, _, path := m.(Root).Reader(); m.(Root).basket.Shown || path != "/x/seed.txt" || r.Place().Offset == 0 {
		t.Fatalf("B Enter: page shown %v, reading %s:\n%s", m.(Root).basket.Shown, path, screen(m))
	}
}

// Keys typed while the page's Enter reads a document (Enter G sent at
// once) are the new reader's: G moved the page's cursor, and the
// document opened at the excerpt.
func TestRootKeysWhileOpening(t *testing.T) {
	m, _ := altRoot(t, reader.Options{})
	m = keys(m, "B")
	m, open := m.Update(uitest.KeyPress("enter"))
	m, _ = m.Update(uitest.KeyPress("G"))
	m = drive(m, run(open)...)
	r, _, path := m.(Root).Reader()
	if path != "/x/seed.txt" || !strings.Contains(screen(m), "100%") {
		t.Fatalf("Enter G: reading %s at %+v:\n%s", path, r.Place(), screen(m))
	}
}

// An excerpt of the document read, opened from the basket page, moves
// in it and keeps the alternate: Ctrl-^ still goes to the other document
// (it went back to the same one, the other out of reach again).
func TestRootSameDocumentKeepsAlternate(t *testing.T) {
	m, _ := altRoot(t, reader.Options{})
	m = keys(m, "B", "enter") // the sample, at the excerpt; the seed is the alternate
	m = keys(m, "g", "}", "}", "a", "g", "B", "G", "enter")
	if _, _, path := m.(Root).Reader(); path != "/x/seed.txt" {
		t.Fatalf("the excerpt of the document read opened %s", path)
	}
	m = keys(m, "ctrl+^")
	if _, _, path := m.(Root).Reader(); path != "seed.txt" {
		t.Errorf("Ctrl-^ after an excerpt of the same document: %s, want seed.txt", path)
	}
}

// A document the program no longer shows, and not the alternate, is let
// go: the program kept every reader it had shown (for their basket
// saves at its end) and with it every document opened from the basket.
func TestRootLetsDocumentsGo(t *testing.T) {
	basketPath := fill(t, "甲")
	gone := make(chan struct{})
	first := uitest.SeedDoc(t)
	runtime.SetFinalizer(first, func(*model.Document) { close(gone) })
	n := 0
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Open: func(string) (*model.Document, string, error) {
			n++
			return uitest.SeedDoc(t), fmt.Sprintf("k-%d", n), nil
		},
	}
	r := reader.New(first, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: filepath.Join(t.TempDir(), "b.json"), BasketPage: true})
	first = nil
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "B", "enter", "B", "enter") // two other documents: the first is no alternate
	// The finalizer runs when the collector and its goroutine get their
	// turn: on a loaded machine that took more than the 0.4 s this waited.
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); {
		runtime.GC()
		select {
		case <-gone:
			runtime.KeepAlive(m)
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Errorf("the first document is still held after two others replaced it")
	runtime.KeepAlive(m)
}

// The outline pane (o) and its 字数 column (#) are the user's: they hold
// in the document an excerpt opens and back again with Ctrl-^, as the
// last search does; each reader started with them as the one before.
func TestRootViewTogglesHold(t *testing.T) {
	m, _ := altRoot(t, reader.Options{})
	paneShown := func(m tea.Model) bool { return strings.Contains(screen(m), "│") }
	if !paneShown(m) {
		t.Fatalf("no outline pane to begin with:\n%s", screen(m))
	}
	m = keys(m, "#", "o")
	for _, step := range [][]string{{"B", "enter"}, {"ctrl+^"}, {"ctrl+^"}} {
		m = keys(m, step...)
		r, _, path := m.(Root).Reader()
		if v := r.ViewOptions(reader.Options{}); paneShown(m) || !v.HideOutline || !v.ShowChars {
			t.Fatalf("after %v (%s): pane shown %v, view %+v; want the pane hidden, 字数 on:\n%s", step, path, paneShown(m), v, screen(m))
		}
	}
	m = keys(m, "o", "B", "enter")
	if !paneShown(m) || !regexp.MustCompile(`[0-9] +│`).MatchString(screen(m)) {
		t.Errorf("o again, then another document: the pane with 字数 should show:\n%s", screen(m))
	}
}

// TestRootSampleExcerptNoFile: an excerpt of the embedded sample (a
// reader with NoFile) keeps its name and no path; Enter on it opens the
// sample from memory while it is read or is the alternate, and otherwise
// says it is the built-in sample, reading no file: it was recorded as
// ./sample.txt where wenji ran, so Enter said that file did not exist,
// or opened another document of that name. The sample's reader that
// Ctrl-^ brings back records its excerpts the same way.
func TestRootSampleExcerptNoFile(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	other, err := uitest.SampleDoc()
	if err != nil {
		t.Fatal(err)
	}
	opens := map[string]int{}
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "en", Ambiguous: 1},
		Reader: reader.Options{Lang: "en", Ambiguous: 1, BasketPath: basketPath},
		Open: func(path string) (*model.Document, string, error) {
			opens[path]++
			return other, "k-" + path, nil
		},
	}
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "en", Ambiguous: 1, FileName: "sample.txt", Key: "k-sample",
		BasketPath: basketPath, BasketPage: true, NoFile: true})
	var m tea.Model = drive(NewRoot(r, "k-sample", "sample.txt", ropt), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "}", "}", "]", "a")
	want := m.(Root).reader.Current().Heading()
	b, err := store.Open(basketPath)
	if err != nil || b.Len() != 1 {
		t.Fatalf("the basket: %v, %v", b, err)
	}
	if src := b.List()[0].Source; src.Path != "" || src.Name != "sample.txt" || src.Hash != "k-sample" {
		t.Fatalf("the sample's excerpt names %+v", src)
	}
	for _, p := range []string{"/x/a.txt", "/x/b.txt"} {
		b.Add(store.Excerpt{Kind: store.KindSection, Heading: "甲", Text: "甲\n　　甲的正文。\n",
			Source: store.Source{Name: filepath.Base(p), Path: p, Hash: "k-" + p, Breadcrumb: []string{"甲"}, NodePath: "1"}})
	}
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	// Read: from memory.
	m = keys(m, "g", "B", "enter")
	if got := m.(Root).reader.Current(); m.(Root).basket.Shown || got == nil || got.Heading() != want {
		t.Fatalf("the sample read: page shown %v, at %v:\n%s", m.(Root).basket.Shown, got, screen(m))
	}
	// b.txt, the sample the alternate; Ctrl-^ brings the sample back,
	// whose reader records its excerpts without a path too.
	m = keys(m, "B", "G", "enter", "ctrl+^")
	if _, _, path := m.(Root).Reader(); path != "sample.txt" || !m.(Root).reader.NoFile() {
		t.Fatalf("Ctrl-^: reading %s, NoFile %v", path, m.(Root).reader.NoFile())
	}
	m = keys(m, "G", "a")
	b, _ = store.Open(basketPath)
	if l := b.List(); len(l) != 4 || l[3].Source.Path != "" || l[3].Source.Name != "sample.txt" {
		t.Errorf("the sample's reader brought back records %+v", l[len(l)-1].Source)
	}
	// b.txt, then a.txt: the sample is neither read nor the alternate.
	m = keys(m, "ctrl+^", "B", "g", "j", "enter")
	if _, _, path := m.(Root).Reader(); path != "/x/a.txt" {
		t.Fatalf("reading %s", path)
	}
	m = keys(m, "B", "g", "enter")
	if v := screen(m); !m.(Root).basket.Shown || !strings.Contains(v, wtext.BasketFor("en").NoFile) {
		t.Errorf("Enter on the sample's excerpt, the sample out of reach:\n%s", v)
	}
	if opens["sample.txt"]+opens[""] != 0 || len(opens) != 2 {
		t.Errorf("read %v", opens)
	}
}

// TestRootSharesSearchHistory: the documents of one wenji FILE run (an
// excerpt's, opened by the basket page's Enter, and the one read before,
// back by Ctrl-^) share one search history, as the library's do: ↑ in the
// / prompt brings back the searches made in the other document, the
// newest first, with no file to keep them (Options.Searches unset). Each
// reader had its own, and a new one at each Ctrl-^.
func TestRootSharesSearchHistory(t *testing.T) {
	m, _ := altRoot(t, reader.Options{})
	search := func(m tea.Model, q string) tea.Model {
		m = keys(m, "/")
		m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(q)})
		return keys(m, "enter", "esc")
	}
	prompt := func(m tea.Model) string {
		lines := strings.Split(screen(m), "\n")
		return strings.TrimSpace(lines[len(lines)-1])
	}
	m = search(m, "网格")
	m = keys(m, "B", "enter")
	if _, _, path := m.(Root).Reader(); path != "/x/seed.txt" {
		t.Fatalf("enter opened %q", path)
	}
	if m = keys(m, "/", "up"); !strings.HasPrefix(prompt(m), "/网格") {
		t.Errorf("↑ in the excerpt's document: %q, want /网格", prompt(m))
	}
	m = keys(m, "esc")
	m = search(m, "调研")
	m = keys(m, "ctrl+^")
	if _, _, path := m.(Root).Reader(); path != "seed.txt" {
		t.Fatalf("Ctrl-^ went to %q", path)
	}
	var got []string
	m = keys(m, "/")
	for range 3 {
		m = keys(m, "up")
		got = append(got, strings.Fields(prompt(m))[0])
	}
	if want := []string{"/调研", "/网格", "/网格"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("↑ ×3 after Ctrl-^: %q, want %q", got, want)
	}
}
