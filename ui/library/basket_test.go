package library

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/parse"
	basketui "wenji/ui/basket"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// An excerpt put in the basket (a) from a document opened in the library
// names that document by its content key, as one from a reader started on
// the file does, so the basket page can open it again after a move.
func TestLibraryBasketKey(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	if l.reader == nil {
		t.Fatal("enter did not open the reader")
	}
	l = libKeys(l, "a")
	b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	list := b.List()
	if len(list) != 1 || list[0].Source.Hash != l.readKey || l.readKey == "" {
		t.Fatalf("basket %+v, want one excerpt keyed %q", list, l.readKey)
	}
}

// B in a document opened from the library shows the basket page in the
// same program (it said to run wenji --basket); Esc there comes back to
// the document where it was, Esc again to the list; Enter on an excerpt
// opens its document at it, and Esc from that goes back to the list.
func TestLibraryBasketPage(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "}", "a")
	if l.reader == nil || l.page != pageReader {
		t.Fatal("enter did not open the reader")
	}
	text := func(l Library) string { s := libScreen(l); return strings.Join(s[:len(s)-1], "\n") } // a's report aside
	inDoc := text(l)
	l = libKeys(l, "B")
	page := strings.Join(libScreen(l), "\n")
	if l.page != pageBasket || !strings.Contains(page, "第1篇关于乡村振兴的文章") || strings.Contains(page, "wenji --basket") {
		t.Fatalf("B did not show the basket page with the excerpt:\n%s", page)
	}
	checkLibSize(t, l, 100, 20)
	l = libKeys(l, "esc")
	if l.page != pageReader || text(l) != inDoc {
		t.Fatalf("esc on the basket page did not give the document back as it was:\n%s", strings.Join(libScreen(l), "\n"))
	}
	l = libKeys(l, "B", "q")
	if l.page != pageReader {
		t.Fatalf("q on the basket page: page %d, want the reader", l.page)
	}
	l = libKeys(l, "esc")
	if l.page != pageList || l.reader != nil {
		t.Fatalf("esc in the reader: page %d, want the list", l.page)
	}
	// Enter on the excerpt, from a reader on another document.
	l = libKeys(l, "up", "enter", "B", "enter")
	if l.page != pageReader || l.readIdx != 1 || l.reader.Current().Heading() != "第1篇关于乡村振兴的文章" {
		t.Fatalf("enter on the excerpt: page %d, entry %d", l.page, l.readIdx)
	}
	if l = libKeys(l, "esc"); l.page != pageList {
		t.Fatalf("esc from the excerpt's document: page %d, want the list", l.page)
	}
}

// Enter on an excerpt of the document read opens it anew with the marks
// set in this session, which the place loaded for it does not have yet
// (the reader left is saved in a Cmd, after that load).
func TestLibraryExcerptOfSameDocumentKeepsMarks(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "}", "a", "}", "m", "e")
	want := l.reader.Place().Marks
	if _, ok := want["e"]; !ok {
		t.Fatalf("m e set no mark: %v", want)
	}
	l = libKeys(l, "B", "enter")
	if l.page != pageReader || l.readIdx != 1 {
		t.Fatalf("enter on the excerpt: page %d, entry %d", l.page, l.readIdx)
	}
	if got := l.reader.Place().Marks; got["e"] != want["e"] || len(got) != len(want) {
		t.Errorf("marks after opening the excerpt: %v, want %v", got, want)
	}
}

// The basket page B opens says the basket file the reader's add found
// damaged, as the reader did.
func TestLibraryBasketPageSaysDamaged(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(3)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "enter")
	l = libDrive(l, reader.OpenBasketMsg{Damaged: "/x/basket.json", Backup: "/x/basket.json.bak"})
	if s := strings.Join(libScreen(l), "\n"); l.page != pageBasket || !strings.Contains(s, "/x/basket.json was damaged: moved to basket.json.bak") {
		t.Errorf("page %d:\n%s", l.page, s)
	}
}

// Keys read at once on the basket page are the keys typed: the ones
// after q, which goes back, are the reader's ("qG": back, and to the
// document's end), and Esc read with the key after it goes back too.
func TestLibraryBasketPageKeysTogether(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(3)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "enter")
	if s := libScreen(l); strings.Contains(s[len(s)-1], "100%") {
		t.Fatalf("the document fits the screen: %q", s[len(s)-1])
	}
	l = libKeys(l, "B")
	if l.page != pageBasket {
		t.Fatalf("page %d, want the basket", l.page)
	}
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("qG")})
	if s := libScreen(l); l.page != pageReader || !strings.Contains(s[len(s)-1], "100%") {
		t.Errorf("qG read at once: page %d:\n%s", l.page, strings.Join(s, "\n"))
	}
	l = libKeys(l, "B")
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j"), Alt: true})
	if l.page != pageReader {
		t.Errorf("Esc+j: page %d, want the reader", l.page)
	}
}

// The library's Flush saves the basket changes whose Cmds the program's
// end cut short: an add in a document read, a delete on the basket page.
func TestLibraryFlush(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	_, opt := newTestLibrary(3)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "enter", "}")
	m, _ := l.Update(uitest.KeyPress("a")) // its Cmd never runs
	l = m.(Library)
	l.Basket().Flush()
	count := func() int {
		b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
		if err != nil {
			t.Fatal(err)
		}
		return b.Len()
	}
	if n := count(); n != 1 {
		t.Fatalf("after a and Flush: %d excerpts", n)
	}
	l = libKeys(l, "B")
	m, _ = l.Update(uitest.KeyPress("d"))
	m.(Library).Basket().Flush()
	if n := count(); n != 0 {
		t.Errorf("after d and Flush: %d excerpts", n)
	}
}

// TestLibrarySaveFailed: the library ends as the reader's program does
// (basket.Host's Flush, then Failed): an add made in a document it opened
// that could not be saved (the basket's lock a directory: a read-only
// disk's way of failing) is reported, and, saved at the end once the
// disk takes it, is in the basket and no longer reported.
func TestLibrarySaveFailed(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	path := filepath.Join(data, "wenji", "basket.json")
	if err := os.MkdirAll(path+".lock", 0o700); err != nil {
		t.Fatal(err)
	}
	_, opt := newTestLibrary(3)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "enter", "}", "a")
	l.Basket().Flush()
	if err := l.Basket().Failed(); err == nil {
		t.Error("an add not saved is not reported at the end")
	}
	os.Remove(path + ".lock")
	l.Basket().Flush()
	if err := l.Basket().Failed(); err != nil {
		t.Errorf("the add saved at the end is reported: %v", err)
	}
	if b, err := basket.Open(path); err != nil || b.Len() != 1 {
		t.Errorf("the basket holds %d excerpts (%v), want the add", b.Len(), err)
	}
}

// TestLibraryKeysAfterB: in a document opened from the library, keys read
// together with B are the basket page's, once it has read the basket: "B?"
// opened the reader's help under the page.
func TestLibraryKeysAfterB(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "}", "a")
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("B?")})
	if s := strings.Join(libScreen(l), "\n"); l.page != pageBasket || !strings.Contains(s, "key closes") {
		t.Errorf("B? read together: page %v, screen:\n%s", l.page, s)
	}
	l = libKeys(l, "q", "q")
	if s := strings.Join(libScreen(l), "\n"); l.page != pageReader || strings.Contains(s, "key closes") {
		t.Errorf("after q q: page %v, screen:\n%s", l.page, s)
	}
}

// TestLibrarySampleExcerpt: Enter on an excerpt of the embedded sample (no
// path: reader.Options.NoFile) opens the sample at its section, as a
// document read from no file (the page said it could not open it); one
// of a sample this wenji does not embed (another version's: its key
// differs) says it is the built-in sample, which the library cannot
// open; the page stays, and the keys go on being its own.
func TestLibrarySampleExcerpt(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	b.Add(basket.Excerpt{Kind: basket.KindSection, Heading: "甲", Text: "甲\n　　甲的正文。\n",
		Source: basket.Source{Name: "sample.txt", Hash: "k-sample", Breadcrumb: []string{"甲"}, NodePath: "1"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		_, opt := newTestLibrary(3)
		opt.Reader.Lang = lang
		l := libDrive(New(opt), tea.WindowSizeMsg{Width: 120, Height: 20})
		l = libDrive(l, libRunCmd(l.Init())[0])
		l = libKeys(l, "enter", "B", "enter")
		s := libScreen(l)
		if l.page != pageBasket || !strings.Contains(s[len(s)-1], wtext.BasketFor(lang).NoFile) {
			t.Errorf("%s: page %d:\n%s", lang, l.page, strings.Join(s, "\n"))
		}
		if l = libKeys(l, "esc"); l.page != pageReader {
			t.Errorf("%s: esc after it: page %d, want the reader", lang, l.page)
		}
	}
	// This wenji's sample: opened at the excerpt's place.
	pre := strings.Repeat("　　前言的一段。\n\n", 30) // the excerpt below the first screen
	text := "示例\n\n" + pre + "甲的正文。\n\n" + pre
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	b, err = basket.Open(filepath.Join(os.Getenv("XDG_DATA_HOME"), "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(text, "甲的正文")
	b.Add(basket.Excerpt{Kind: basket.KindParagraphs, Heading: "示例", Text: "甲的正文。\n",
		Source: basket.Source{Name: "sample.txt", Hash: "k-sample", NodePath: "0", Offset: at}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	_, opt := newTestLibrary(3)
	opt.Sample = basketui.Sample{Key: "k-sample", Parse: func() *model.Document { return parse.Parse(text) }}
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 120, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "enter", "B", "enter")
	s := libScreen(l)
	if l.page != pageReader || l.readPath != "sample.txt" || l.readKey != "k-sample" || !l.reader.NoFile() || !strings.Contains(strings.Join(s, "\n"), "甲的正文") {
		t.Fatalf("enter on the sample's excerpt: page %d, reading %q (%s):\n%s", l.page, l.readPath, l.readKey, strings.Join(s, "\n"))
	}
}

// Enter on an excerpt taken from standard input opens it from the copy
// the basket kept, as standard input, at the excerpt (the page said it was
// the built-in sample, no file); Ctrl-^ goes back to the document read
// and again to standard input's, read from the bytes kept.
func TestLibraryOpensStdinExcerpt(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	body := strings.Repeat("　　正文一段。\n\n", 30) // longer than the screen: the excerpt's section goes to its top
	doc := "标准输入的文件\n\n一、总体要求\n" + body + "二、主要任务\n" + body
	b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	d := parse.Parse(doc)
	n := d.Root.Children[1]
	b.Add(basket.WithCopy(basket.FromNode(basket.KindSection, "-", "", d, n), []byte(doc)))
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	_, opt := newTestLibrary(12)
	copies := 0
	opt.OpenCopy = func(b []byte) (Opened, error) {
		copies++
		return Opened{Doc: parse.Parse(string(b)), Key: "k-stdin"}, nil
	}
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "B", "enter")
	if l.page != pageReader || l.readPath != "-" || copies != 1 || l.reader.Current().Heading() != "二、主要任务" {
		t.Fatalf("enter on the excerpt of standard input: page %d, reading %q, copies read %d:\n%s", l.page, l.readPath, copies, strings.Join(libScreen(l), "\n"))
	}
	l = libKeys(l, "ctrl+^")
	if l.readIdx != 1 {
		t.Fatalf("Ctrl-^ from standard input's: reading entry %d (%q)", l.readIdx, l.readPath)
	}
	l = libKeys(l, "ctrl+^")
	if l.readPath != "-" || copies != 2 || l.reader.Current().Heading() != "二、主要任务" {
		t.Fatalf("Ctrl-^ back to standard input's: reading %q, copies parsed %d, at %v:\n%s", l.readPath, copies, l.reader.Current(), strings.Join(libScreen(l), "\n"))
	}
}

// Tab in the list shows the basket page over it, with no document open
// (B too, as in a document; typed into the filter after f, a letter): the excerpts of
// several documents, which it reorders, deletes, copies and writes as
// with one open; q, Esc and Tab come back to the list as it was, its
// filter kept, and the page's help and status line say so.
func TestLibraryTabBasketPage(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	_, opt := newTestLibrary(12)
	var copied string
	opt.Basket.Copier = &reader.Copier{Native: reader.ClipboardFunc(func(_ context.Context, s string) error { copied = s; return nil }), Dir: t.TempDir()}
	opt.Basket.ExportDir = t.TempDir()
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "}", "a", "esc", "down", "down", "enter", "}", "a", "esc")
	if l.page != pageList || l.reader != nil {
		t.Fatalf("page %d after two documents' adds, want the list", l.page)
	}
	path := filepath.Join(data, "wenji", "basket.json")
	headings := func() []string {
		b, err := basket.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var hs []string
		for _, e := range b.List() {
			hs = append(hs, e.Source.Name+" "+e.Heading)
		}
		return hs
	}
	before := headings()
	if len(before) != 2 {
		t.Fatalf("basket %q, want two excerpts", before)
	}
	// B in the list browsed opens it as in a document; typed into the
	// filter, it is a letter.
	if b := libKeys(l, "B"); b.page != pageBasket {
		t.Errorf("B in the list: page %d, want the basket's", b.page)
	}
	if b := libKeys(l, "f", "B"); b.page != pageList || b.filter.Value() != "B" {
		t.Errorf("B typed into the filter: page %d, filter %q", b.page, b.filter.Value())
	}
	l = libKeys(l, "f", "B", "enter", "tab")
	page := strings.Join(libScreen(l), "\n")
	if l.page != pageBasket || !strings.Contains(page, "第1篇关于乡村振兴的文章") || !strings.Contains(page, "第1篇关于作风建设的文章") {
		t.Fatalf("tab in the list did not show the basket page:\n%s", page)
	}
	if bar := libScreen(l)[19]; !strings.Contains(bar, "? help · q/Esc/Tab back to the list") {
		t.Errorf("the page's status line does not say how to go back to the list: %q", bar)
	}
	checkLibSize(t, l, 100, 20)
	if l = libKeys(l, "J"); !slices.Equal(headings(), []string{before[1], before[0]}) {
		t.Errorf("J on the page: basket %q, want %q reversed", headings(), before)
	}
	if l = libKeys(l, "y"); !strings.Contains(copied, "## 第1篇关于乡村振兴的文章") {
		t.Errorf("y on the page copied %q", copied)
	}
	l = libKeys(l, "w")
	if f, _ := filepath.Glob(filepath.Join(opt.Basket.ExportDir, "*.docx")); len(f) != 1 {
		t.Errorf("w on the page wrote %q", f)
	}
	if l = libKeys(l, "d"); len(headings()) != 1 {
		t.Errorf("d on the page: basket %q", headings())
	}
	if l = libKeys(l, "?"); !strings.Contains(strings.Join(libScreen(l), "\n"), "q/esc/tab  back to the list") {
		t.Errorf("the page's help does not say how to go back:\n%s", strings.Join(libScreen(l), "\n"))
	}
	l = libKeys(l, "?", "q")
	if l.page != pageList || l.reader != nil || l.filter.Value() != "B" || !strings.Contains(strings.Join(libScreen(l), "\n"), "filter B") {
		t.Fatalf("q on the page: page %d, filter %q:\n%s", l.page, l.filter.Value(), strings.Join(libScreen(l), "\n"))
	}
	for _, back := range []string{"esc", "tab"} {
		if l = libKeys(l, "tab"); l.page != pageBasket {
			t.Fatalf("tab again: page %d", l.page)
		}
		if l = libKeys(l, back); l.page != pageList {
			t.Errorf("%s on the page: page %d, want the list", back, l.page)
		}
	}
	// Enter on the excerpt opens its document; Esc there is the list's.
	l = libKeys(l, "tab", "enter")
	if l.page != pageReader || l.reader == nil {
		t.Fatalf("enter on the excerpt: page %d", l.page)
	}
	if l = libKeys(l, "esc"); l.page != pageList {
		t.Errorf("esc from the excerpt's document: page %d, want the list", l.page)
	}
}

// Opening the basket page N times (Tab from the list, B from a document)
// holds no more for the program's end: each opening appended the page's
// Flush to the library's list.
func TestLibraryBasketOpeningsHoldOne(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(3)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	before := l.basket.ReaderSaves()
	for range 10 {
		l = libKeys(l, "tab", "tab")
	}
	l = libKeys(l, "enter")
	opened := l.basket.ReaderSaves() // the reader's adds
	for range 10 {
		l = libKeys(l, "B", "q")
	}
	if l.basket.ReaderSaves() != opened || opened != before+1 {
		t.Errorf("flushes: %d at the start, %d after 10 Tabs and a document opened, %d after 10 B, want %d, %d, %d",
			before, opened, l.basket.ReaderSaves(), before, before+1, before+1)
	}
}

// Opening documents N times holds the saves of one reader for the
// program's end, the one open, not N (each opening appended the reader's
// Flusher to the library's list); a reader left with an add whose Cmd
// never ran is held until Flush saves it.
func TestLibraryReaderOpeningsHoldOne(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	_, opt := newTestLibrary(3)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	for range 10 {
		l = libKeys(l, "enter", "esc", "down", "enter", "esc", "up")
	}
	if n := l.basket.ReaderSaves(); n != 1 {
		t.Errorf("after 20 openings: %d readers' saves held, want 1", n)
	}
	l = libKeys(l, "enter")
	nl, _ := l.Update(uitest.KeyPress("a")) // its Cmd never runs
	l = nl.(Library)
	l = libKeys(l, "esc", "down", "enter", "esc", "down", "enter")
	if n := l.basket.ReaderSaves(); n != 2 {
		t.Errorf("with an add not saved: %d readers' saves held, want 2 (the one open, the one with the add)", n)
	}
	l.Basket().Flush()
	b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil || len(b.List()) != 1 {
		t.Errorf("after Flush the basket holds %d excerpts (%v), want the add", len(b.List()), err)
	}
}

// The basket page Tab opens over the list says the damaged basket file
// an add in a document read before found, as the page B opens from that
// document does; once said, it is not said again.
func TestLibraryTabBasketSaysDamaged(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	path := filepath.Join(data, "wenji", "basket.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("GARB"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, opt := newTestLibrary(3)
	opt.Reader.Lang = "en"
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 120, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "enter", "}", "a")
	if s := strings.Join(libScreen(l), "\n"); !strings.Contains(s, "basket.json was damaged") {
		t.Fatalf("the add did not say the damaged file:\n%s", s)
	}
	l = libKeys(l, "esc", "tab")
	said := path + " was damaged: moved to basket.json.bak"
	if s := strings.Join(libScreen(l), "\n"); l.page != pageBasket || !strings.Contains(s, said) {
		t.Errorf("Tab over the list: page %d, want %q:\n%s", l.page, said, s)
	}
	l = libKeys(l, "tab", "tab")
	if s := strings.Join(libScreen(l), "\n"); strings.Contains(s, "was damaged") {
		t.Errorf("said again on the next Tab:\n%s", s)
	}
}

// TestListKeysAfterB: in the list, keys read together with B are the
// basket page's too: "B?" opened the list's help under the page, and "B="
// lost the =; q then closed that help instead of the page.
func TestListKeysAfterB(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("B?")})
	if s := strings.Join(libScreen(l), "\n"); l.page != pageBasket || !strings.Contains(s, "key closes") {
		t.Errorf("B? read together: page %v, screen:\n%s", l.page, s)
	}
	l = libKeys(l, "q", "q")
	if s := strings.Join(libScreen(l), "\n"); l.page != pageList || l.mode == modeHelp || strings.Contains(s, "key closes") {
		t.Errorf("after q q: page %v, mode %v, screen:\n%s", l.page, l.mode, s)
	}
}
