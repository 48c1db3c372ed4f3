package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/basket"
	"wenji/model"
	"wenji/parse"
	basketui "wenji/ui/basket"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// TestLibraryExcerptGone: Enter on the basket page on an excerpt whose
// file is gone opens the library's file with the same content at the
// excerpt, and says so; with none, it shows what the basket keeps of the
// excerpt and says the source is gone. Neither is a silent failure, and
// the basket keeps both excerpts.
func TestLibraryExcerptGone(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	tl, opt := newTestLibrary(12)
	open := opt.Open
	opt.Open = func(path string) (Opened, error) {
		if strings.HasPrefix(path, "/gone/") {
			return Opened{}, errors.New(path + ": no such file")
		}
		return open(path)
	}
	var asked []string
	opt.FindSame = func(_ context.Context, key, name string, paths []string) string {
		asked = append(asked, name)
		for _, p := range paths {
			if i := strings.Index(p, "dir/"); i >= 0 && "k/lib/"+p[i:] == key {
				return p
			}
		}
		return ""
	}
	moved := opt.Files[4]
	rel := moved.Path[strings.Index(moved.Path, "dir/"):]
	text := tl.texts[rel]
	at := strings.Index(text, "第2篇")
	at += strings.Index(text[at:], "二、取得成效")
	b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	b.Add(basket.Excerpt{Kind: basket.KindSection, Heading: "二、取得成效", Text: "二、取得成效\n成效明显。\n",
		Source: basket.Source{Name: "old.txt", Path: "/gone/old.txt", Hash: "k/lib/" + rel, Breadcrumb: []string{"第2篇关于调查研究的文章", "二、取得成效"}, NodePath: "2.2", Offset: at}})
	b.Add(basket.Excerpt{Kind: basket.KindSection, Heading: "三、存在问题", Text: "三、存在问题\n　　还有不足之处，留待改进。\n",
		Source: basket.Source{Name: "lost.txt", Path: "/gone/lost.txt", Hash: "k/none"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}

	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "B", "g", "enter")
	s := strings.Join(libScreen(l), "\n")
	if l.page != pageReader || l.readIdx != 4 || l.reader.Current().Heading() != "二、取得成效" {
		t.Fatalf("the moved excerpt: page %d, entry %d (want 4):\n%s", l.page, l.readIdx, s)
	}
	if !strings.Contains(s, "source moved: opened ") {
		t.Errorf("the moved excerpt's notice:\n%s", s)
	}
	if len(asked) != 1 || asked[0] != "old.txt" {
		t.Errorf("FindSame asked %q", asked)
	}

	l = libKeys(l, "B", "G", "enter")
	s = strings.Join(libScreen(l), "\n")
	if l.page != pageReader || l.reader.Document().Root.Title != "三、存在问题" || !strings.Contains(s, "还有不足之处") {
		t.Fatalf("the lost excerpt is not shown as kept:\n%s", s)
	}
	if !strings.Contains(s, "source gone (no such file), not found: basket's copy") {
		t.Errorf("the lost excerpt's notice:\n%s", s)
	}
	b, _ = basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if n := len(b.List()); n != 2 {
		t.Errorf("the basket holds %d excerpts, want 2", n)
	}
}

// TestLibraryRowAfterReload: R in a document whose file changed reads it
// again, and its row in the list (its title's counts, its size) is
// learnt again, not left as the file was.
func TestLibraryRowAfterReload(t *testing.T) {
	tl, opt := newTestLibrary(12)
	opt.Reader.Disk = &reader.Disk{
		Stat: func(p string) (reader.Stamp, error) {
			st, err := os.Stat(p)
			if err != nil {
				return reader.Stamp{}, err
			}
			return reader.Stamp{Size: st.Size(), Mod: st.ModTime()}, nil
		},
		Reopen: func(p string) (*model.Document, string, error) {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, "", err
			}
			return parse.Parse(string(b)), "k/new/" + p, nil
		},
	}
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	i := l.readIdx
	if l.reader == nil || i < 0 || l.entries[i].articles != 3 {
		t.Fatalf("opened entry %d with %d articles", i, l.entries[max(i, 0)].articles)
	}
	f := l.entries[i].file
	rel := f.Path[strings.Index(f.Path, "dir/"):]
	grown := tl.texts[rel] + "\n\n第4篇新加的文章\n\n导语段落。\n一、主要做法\n新加的正文。\n"
	if err := os.WriteFile(f.Path, []byte(grown), 0o644); err != nil {
		t.Fatal(err)
	}
	l = libKeys(l, "R")
	if e := l.entries[i]; e.articles != 4 || e.file.Size != int64(len(grown)) {
		t.Errorf("the row after R: %d articles, %d bytes; want 4, %d", e.articles, e.file.Size, len(grown))
	}
	if !strings.HasPrefix(l.readKey, "k/new/") {
		t.Errorf("the document's key after R: %q", l.readKey)
	}
}

// TestLibraryLookStops: in the library too, Enter on an excerpt whose
// file is gone says at once that the library is searched for its text;
// Esc (or Ctrl-C, which does not quit then) cancels the look, whose late
// answer changes nothing on the page, which says the look stopped; Enter
// again looks again and, finding nothing, shows the basket's copy.
func TestLibraryLookStops(t *testing.T) {
	for _, stop := range []string{"esc", "ctrl+c"} {
		t.Run(stop, func(t *testing.T) {
			data := t.TempDir()
			t.Setenv("XDG_DATA_HOME", data)
			_, opt := newTestLibrary(6)
			open := opt.Open
			opt.Open = func(path string) (Opened, error) {
				if strings.HasPrefix(path, "/gone/") {
					return Opened{}, errors.New(path + ": no such file")
				}
				return open(path)
			}
			started, ended := make(chan struct{}), make(chan struct{})
			var looks atomic.Int32
			opt.FindSame = func(ctx context.Context, key, name string, paths []string) string {
				if looks.Add(1) > 1 {
					return ""
				}
				close(started)
				<-ctx.Done()
				close(ended)
				return paths[0] // too late: the look was stopped
			}
			b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
			if err != nil {
				t.Fatal(err)
			}
			b.Add(basket.Excerpt{Kind: basket.KindSection, Heading: "三、存在问题", Text: "三、存在问题\n还有不足。\n",
				Source: basket.Source{Name: "lost.txt", Path: "/gone/lost.txt", Hash: "k/none"}})
			if err := b.Save(); err != nil {
				t.Fatal(err)
			}
			l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
			l = libDrive(l, libRunCmd(l.Init())[0])
			l = libKeys(l, "down", "enter", "B")
			reading := l.readPath
			loop := uitest.NewLoop(l)
			loop.Send(uitest.KeyPress("enter"))
			loop.UntilSignal(t, "the look to start", started)
			if s := strings.Join(libScreen(loop.M.(Library)), "\n"); !strings.Contains(s, "lost.txt gone: looking for its text elsewhere… (Esc stops)") {
				t.Fatalf("the look is not said:\n%s", s)
			}
			loop.Send(uitest.KeyPress("G"))
			if cmd := loop.Send(uitest.KeyPress(stop)); uitest.Quits(cmd) {
				t.Fatalf("%s during the look quits", stop)
			}
			select {
			case <-ended:
			case <-time.After(uitest.CmdDeadline):
				t.Fatal("the look's context was not cancelled")
			}
			loop.Until(t, "the stopped look's answer", func(msg tea.Msg) bool { _, ok := msg.(basketui.SeekDoneMsg); return ok })
			l = loop.M.(Library)
			s := strings.Join(libScreen(l), "\n")
			if l.page != pageBasket || l.opening || l.readPath != reading {
				t.Fatalf("after %s the look's answer changed the screen (page %d, opening %v, reading %q):\n%s", stop, l.page, l.opening, l.readPath, s)
			}
			if !strings.Contains(s, "stopped looking for lost.txt (Enter looks again)") {
				t.Errorf("the stop is not said:\n%s", s)
			}
			loop.Send(uitest.KeyPress("enter"))
			loop.Until(t, "the kept copy", func(tea.Msg) bool { return loop.M.(Library).page == pageReader })
			l = loop.M.(Library)
			s = strings.Join(libScreen(l), "\n")
			if !l.reader.Kept() || !strings.Contains(s, "source gone (no such file), not found: basket's copy") {
				t.Errorf("a look that found nothing: kept %v:\n%s", l.reader.Kept(), s)
			}
		})
	}
}

// TestLibraryAlternateKept: Ctrl-^ back to the basket's copy of an
// excerpt whose file is gone shows that copy again, as the reader of a
// single file does (Ctrl-^ goes back): at the place it was left, still
// no file (not watched, a adds nothing), without a word; and Ctrl-^
// again goes back to the document. It said the gone file could not be
// opened, in the list's bar, behind the reader.
func TestLibraryAlternateKept(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	_, opt := newTestLibrary(6)
	open := opt.Open
	var opens []string
	opt.Open = func(path string) (Opened, error) {
		opens = append(opens, path)
		if strings.HasPrefix(path, "/gone/") {
			return Opened{}, errors.New(path + ": no such file")
		}
		return open(path)
	}
	b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	text.WriteString("三、存在问题\n")
	for i := range 60 {
		fmt.Fprintf(&text, "第%d段，还有不足之处，留待改进。\n", i+1)
	}
	b.Add(basket.Excerpt{Kind: basket.KindSection, Heading: "三、存在问题", Text: text.String(),
		Source: basket.Source{Name: "lost.txt", Path: "/gone/lost.txt", Hash: "k/none"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "}")
	docIdx, docAt := l.readIdx, l.reader.Place().Offset
	l = libKeys(l, "B", "enter")
	if l.page != pageReader || !l.reader.Kept() {
		t.Fatalf("the kept copy is not shown:\n%s", strings.Join(libScreen(l), "\n"))
	}
	l = libKeys(l, "d", "d")
	keptAt := l.reader.Place().Offset
	l = libKeys(l, "ctrl+^")
	if l.readIdx != docIdx || l.reader.Place().Offset != docAt || l.reader.Kept() {
		t.Fatalf("Ctrl-^ from the kept copy: entry %d at %d (kept %v), want %d at %d", l.readIdx, l.reader.Place().Offset, l.reader.Kept(), docIdx, docAt)
	}
	opens = nil
	l = libKeys(l, "ctrl+^")
	s := strings.Join(libScreen(l), "\n")
	if l.page != pageReader || l.reader == nil || !l.reader.Kept() || !l.reader.NoFile() || l.reader.Document().Root.Title != "三、存在问题" {
		t.Fatalf("Ctrl-^ back to the kept copy: page %d, not the kept copy:\n%s", l.page, s)
	}
	if got := l.reader.Place().Offset; got != keptAt {
		t.Errorf("Ctrl-^ back to the kept copy: at %d, want %d where it was left", got, keptAt)
	}
	if len(opens) != 0 {
		t.Errorf("Ctrl-^ back to the kept copy read %q", opens)
	}
	if strings.Contains(s, "cannot open") || strings.Contains(s, "no such file") {
		t.Errorf("Ctrl-^ back to the kept copy says the file cannot be opened:\n%s", s)
	}
	l = libKeys(l, "a")
	if s := strings.Join(libScreen(l), "\n"); !strings.Contains(s, "nothing can be added from it") {
		t.Errorf("a in the kept copy back by Ctrl-^:\n%s", s)
	}
	l = libKeys(l, "ctrl+^")
	if l.readIdx != docIdx || l.reader.Kept() {
		t.Errorf("Ctrl-^ again: entry %d (kept %v), want %d", l.readIdx, l.reader.Kept(), docIdx)
	}
}

// TestLibraryAlternateFileGone: Ctrl-^ back to a document whose file went
// since says so in the reader's bar, where it is seen (it was said in the
// list's, behind the reader: Ctrl-^ seemed to do nothing), and the
// document read stays.
func TestLibraryAlternateFileGone(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(6)
	open := opt.Open
	gone := ""
	opt.Open = func(path string) (Opened, error) {
		if path == gone {
			return Opened{}, errors.New(path + ": no such file or directory")
		}
		return open(path)
	}
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	gone = l.readPath
	l = libKeys(l, "esc", "up", "enter")
	reading := l.readPath
	l = libKeys(l, "ctrl+^")
	s := strings.Join(libScreen(l), "\n")
	if l.page != pageReader || l.readPath != reading {
		t.Fatalf("Ctrl-^ to a file gone left the document: page %d, reading %q:\n%s", l.page, l.readPath, s)
	}
	if !strings.Contains(s, "no such file or directory") {
		t.Errorf("Ctrl-^ to a file gone says nothing on screen:\n%s", s)
	}
}

// TestLibraryDropsGoneFile: Enter on a file deleted since the list was
// made says it is gone and takes its row off the list: the counts (the
// header's and the filter line's) count it no more, the cursor stays on
// the row where it was, and a filter does not bring it back.
func TestLibraryDropsGoneFile(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	open := opt.Open
	opt.Open = func(path string) (Opened, error) {
		if _, err := os.Stat(path); err != nil {
			return Opened{}, err
		}
		return open(path)
	}
	l := libStart(opt, 100, 20)
	gone := opt.Files[4]
	if err := os.Remove(gone.Path); err != nil {
		t.Fatal(err)
	}
	s := strings.Join(libScreen(l), "\n")
	if !strings.Contains(s, "12 documents") || !strings.Contains(s, "12/12") {
		t.Fatalf("before: %s", s)
	}
	l = libKeys(l, "down", "down", "down", "down", "enter")
	s = strings.Join(libScreen(l), "\n")
	if l.reader != nil || strings.Contains(s, "005_") || !strings.Contains(s, "11 documents") || !strings.Contains(s, "11/11") ||
		!strings.Contains(s, "removed from the list") {
		t.Fatalf("after Enter on a gone file:\n%s", s)
	}
	if got := l.entries[l.shown[l.cursor]].file.Rel; got != opt.Files[5].Rel {
		t.Errorf("cursor on %q, want the next row %q", got, opt.Files[5].Rel)
	}
	l = libKeys(l, "0", "0", "5")
	if s := strings.Join(libScreen(l), "\n"); strings.Contains(s, "005_") {
		t.Errorf("the filter brings the gone row back:\n%s", s)
	}
	// A file that is there but unreadable keeps its row.
	l = libKeys(libStart(opt, 100, 20), "down", "down", "enter")
	if s := strings.Join(libScreen(l), "\n"); !strings.Contains(s, "003_") || strings.Contains(s, "removed from the list") {
		t.Errorf("an unreadable file left the list:\n%s", s)
	}
}

// TestLibraryNoticesGoneFile: the list notices a file deleted since it
// was made without Enter on it: at its timer's tick (the rows on screen)
// and when it comes back into view from a document (every row). The row
// leaves the list, the status bar names it, the counts count it no more
// and the cursor stays on its document; a file whose size changed has its
// row read again. It noticed only when Enter was pressed on the row.
func TestLibraryNoticesGoneFile(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(14)
	l := libStart(opt, 100, 20)
	l = libKeys(l, "down", "down", "down")
	onCursor := opt.Files[3].Rel
	if err := os.Remove(opt.Files[6].Path); err != nil {
		t.Fatal(err)
	}
	changed := opt.Files[7].Path
	if err := os.WriteFile(changed, []byte("改过的标题汇编\n\n\n第一篇文章\n\n正文。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(changed) }) // written again by the next newTestLibrary(14)
	l = libDrive(l, libWatchMsg{})
	lines := libScreen(l)
	s := strings.Join(lines, "\n")
	if strings.Contains(strings.Join(lines[:len(lines)-1], "\n"), "007_") || !strings.Contains(s, "13 documents") || !strings.Contains(s, "13/13") ||
		!strings.Contains(s, "007_基层治理汇编.txt is gone (removed from the list)") {
		t.Fatalf("after a tick, a deleted file:\n%s", s)
	}
	if got := l.entries[l.shown[l.cursor]].file.Rel; got != onCursor {
		t.Errorf("cursor on %q, want %q", got, onCursor)
	}
	if !strings.Contains(s, "改过的标题汇编") {
		t.Errorf("the changed file's row not read again:\n%s", s)
	}

	// Back from a document: every row is asked after, those not on
	// screen too; the one read was gone meanwhile as well.
	l = libKeys(l, "enter")
	if l.reader == nil {
		t.Fatal("Enter opened nothing")
	}
	for _, i := range []int{3, 12} {
		if err := os.Remove(opt.Files[i].Path); err != nil {
			t.Fatal(err)
		}
	}
	l = libKeys(l, "esc")
	s = strings.Join(libScreen(l), "\n")
	if l.reader != nil || strings.Contains(s, "004_") || strings.Contains(s, "013_") || !strings.Contains(s, "11 documents") ||
		!strings.Contains(s, "2 files gone (removed from the list)") {
		t.Errorf("back from a document:\n%s", s)
	}
	if got := l.entries[l.shown[l.cursor]].file.Rel; got != opt.Files[4].Rel {
		t.Errorf("cursor on %q, want the next row %q", got, opt.Files[4].Rel)
	}
}

// TestLibraryTakesInNewFile: a file added to the folder since the list
// was made joins it, in its place by path, its row learnt, and the
// status bar names it: every few ticks while the list is shown and when
// it comes back from a document (Options.Rescan walks the folder again);
// a file found gone that is back returns. The list knew only the files of
// its first walk.
func TestLibraryTakesInNewFile(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(15)
	dir := filepath.Dir(opt.Files[0].Path)
	var files []File
	for _, f := range opt.Files {
		files = append(files, f)
	}
	var mu sync.Mutex
	opt.Rescan = func() ([]File, int, error) {
		mu.Lock()
		defer mu.Unlock()
		return append([]File(nil), files...), 0, nil
	}
	l := libStart(opt, 100, 30)
	l = libKeys(l, "down", "down")
	onCursor := opt.Files[2].Rel
	added := filepath.Join(dir, "003a_新增汇编.txt")
	if err := os.WriteFile(added, []byte("新增的汇编\n\n\n第一篇文章\n\n正文。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(added) })
	mu.Lock()
	files = append(files, File{Path: added, Rel: "dir/003a_新增汇编.txt", Size: 40})
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Rel, b.Rel) })
	mu.Unlock()
	for range rescanEvery {
		l = libDrive(l, libWatchMsg{})
	}
	s := libScreen(l)
	row := slices.IndexFunc(s, func(line string) bool { return strings.Contains(line, "003a_") })
	if row < 0 || !strings.Contains(s[row], "新增的汇编") || !strings.Contains(s[row-1], "003_") || !strings.Contains(s[row+1], "004_") ||
		!strings.Contains(s[0], "16 documents") || !strings.Contains(s[len(s)-1], "dir/003a_新增汇编.txt is new (added to the list)") {
		t.Fatalf("after the ticks, a new file:\n%s", strings.Join(s, "\n"))
	}
	if got := l.entries[l.shown[l.cursor]].file.Rel; got != onCursor {
		t.Errorf("cursor on %q, want %q", got, onCursor)
	}

	// Gone, then back while a document is read: it returns with the
	// list, as does a second new file.
	os.Remove(added)
	l = libDrive(l, libWatchMsg{})
	if strings.Contains(strings.Join(libScreen(l)[:29], "\n"), "003a_") {
		t.Fatal("the deleted new file is still listed")
	}
	if l = libKeys(l, "up", "enter"); l.reader == nil {
		t.Fatal("Enter opened nothing")
	}
	os.WriteFile(added, []byte("新增的汇编\n\n\n第一篇文章\n\n正文。\n"), 0o644)
	second := filepath.Join(dir, "zz_另一份.txt")
	os.WriteFile(second, []byte("另一份\n\n正文。\n"), 0o644)
	t.Cleanup(func() { os.Remove(second) })
	mu.Lock()
	files = append(files, File{Path: second, Rel: "dir/zz_另一份.txt", Size: 20})
	mu.Unlock()
	l = libKeys(l, "esc")
	s = libScreen(l)
	if all := strings.Join(s, "\n"); !strings.Contains(all, "003a_") || !strings.Contains(all, "zz_") || !strings.Contains(s[0], "17 documents") ||
		!strings.Contains(s[len(s)-1], "2 new files added to the list") {
		t.Errorf("back from a document:\n%s", all)
	}
}

// A slow walk of the folder holds off the next one: the list walks again
// only after walkShare times as long as the last walk took, on its timer
// and when it comes back into view, so that a large library is not walked
// over and over.
func TestLibraryRescanBoundedByCost(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(5)
	// The walks take the time the test says, on a clock of its own:
	// a quick walk takes no time however loaded the machine is.
	var mu sync.Mutex
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	walks, delay := 0, time.Duration(0)
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		return at
	}
	opt.Rescan = func() ([]File, int, error) {
		mu.Lock()
		defer mu.Unlock()
		walks++
		at = at.Add(delay)
		return append([]File(nil), opt.Files...), 0, nil
	}
	l := libStart(opt, 100, 30)
	tick := func() {
		for range rescanEvery {
			l = libDrive(l, libWatchMsg{})
		}
	}
	tick()
	tick()
	if walks != 2 {
		t.Fatalf("quick walks: %d after two rounds of ticks, want 2", walks)
	}
	mu.Lock()
	delay = 30 * time.Millisecond // the next walk may wait 1.5 s
	mu.Unlock()
	tick()
	tick()
	tick()
	if cmd := l.rescan(); cmd != nil || walks != 3 {
		t.Fatalf("after a slow walk: %d walks (want 3), another offered: %v", walks, cmd != nil)
	}
	mu.Lock()
	at = at.Add(walkShare*delay - delay/2) // not yet
	mu.Unlock()
	tick()
	if walks != 3 {
		t.Fatalf("before its time: %d walks, want 3", walks)
	}
	mu.Lock()
	at = at.Add(delay)
	mu.Unlock()
	tick()
	if walks != 4 {
		t.Fatalf("once its time has passed: %d walks, want 4", walks)
	}
}
