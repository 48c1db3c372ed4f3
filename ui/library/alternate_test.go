package library

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/internal/uitest"
)

// Ctrl-^ in a document opened from the library reads the document read
// before it again, at the place it was left with its marks, and again
// goes back: one opened by the basket page (or by a search hit, or from
// the list after Esc) left no way back to the other but the list.
func TestLibraryAlternate(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "ctrl+^")
	if s := strings.Join(libScreen(l), "\n"); !strings.Contains(s, "没有上一个文档") && !strings.Contains(s, "no document read before") {
		t.Fatalf("Ctrl-^ with no document before:\n%s", s)
	}
	l = libKeys(l, "}", "}", "m", "a")
	first, firstIdx := l.reader.Place(), l.readIdx
	l = libKeys(l, "esc", "up", "enter", "}")
	second, secondIdx := l.reader.Place(), l.readIdx
	if secondIdx == firstIdx {
		t.Fatal("the second document is the first")
	}
	l = libKeys(l, "ctrl+^")
	if l.page != pageReader || l.readIdx != firstIdx || l.reader.Place().Offset != first.Offset || l.reader.Place().Marks["a"] != first.Marks["a"] {
		t.Fatalf("Ctrl-^: entry %d at %+v, want %d at %+v", l.readIdx, l.reader.Place(), firstIdx, first)
	}
	if s := strings.Join(libScreen(l), "\n"); strings.Contains(s, "back where you left off") {
		t.Errorf("Ctrl-^ says it reopened where it was left:\n%s", s)
	}
	l = libKeys(l, "ctrl+^")
	if l.readIdx != secondIdx || l.reader.Place().Offset != second.Offset {
		t.Fatalf("Ctrl-^ again: entry %d at %d, want %d at %d", l.readIdx, l.reader.Place().Offset, secondIdx, second.Offset)
	}
	// Reopening the same document from the list keeps the other as the
	// alternate.
	l = libKeys(l, "esc", "enter", "ctrl+^")
	if l.readIdx != firstIdx {
		t.Fatalf("Ctrl-^ after reopening from the list: entry %d, want %d", l.readIdx, firstIdx)
	}
}

// n in the next document opened from the list goes on with the search
// made in the one before, as less keeps its pattern from file to file.
func TestLibraryKeepsLastSearch(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "/")
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("成效")})
	l = libKeys(l, "enter", "esc", "esc")
	if l.page != pageList {
		t.Fatalf("esc esc: page %d, want the list", l.page)
	}
	l = libKeys(l, "up", "enter", "n")
	if l.reader == nil || !l.reader.Searching() {
		t.Fatalf("n in the next document: no search\n%s", strings.Join(libScreen(l), "\n"))
	}
}

// A key read after B but apart from it, before the page opened, is the
// page's: q closed wenji from the reader behind the page.
func TestLibraryKeyAfterBApart(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "}", "a")
	nl, open := l.Update(uitest.KeyPress("B"))
	nl, q := nl.Update(uitest.KeyPress("q"))
	if uitest.Quits(q) {
		t.Fatal("q read after B, before the page opened, quit")
	}
	l = nl.(Library)
	for _, msg := range libRunCmd(open) {
		l = libDrive(l, msg)
	}
	if l.page != pageReader {
		t.Errorf("B q: page %d, want the reader (q closed the page)", l.page)
	}
}

// Keys typed while the basket page's Enter reads an excerpt's document
// are its reader's, as those typed while the list's Enter reads one: G
// moved the page's cursor, and the document opened at the excerpt.
func TestLibraryKeysWhileOpeningExcerpt(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "}", "a", "B")
	nl, open := l.Update(uitest.KeyPress("enter"))
	nl, _ = nl.Update(uitest.KeyPress("G"))
	l = nl.(Library)
	for _, msg := range libRunCmd(open) {
		l = libDrive(l, msg)
	}
	if l.page != pageReader || !strings.Contains(strings.Join(libScreen(l), "\n"), "100%") {
		t.Errorf("Enter G on the basket page: page %d:\n%s", l.page, strings.Join(libScreen(l), "\n"))
	}
}

// The outline pane (o) and its 字数 column (#) are the user's: they hold
// in the next document opened from the list, and with Ctrl-^, as the
// last search does.
func TestLibraryViewTogglesHold(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "#", "o")
	for _, step := range [][]string{{"esc", "up", "enter"}, {"ctrl+^"}, {"ctrl+^"}} {
		first := l.readIdx
		l = libKeys(l, step...)
		if l.reader == nil || l.readIdx == first {
			t.Fatalf("after %v: no other document read", step)
		}
		v := l.reader.ViewOptions(opt.Reader)
		if s := strings.Join(libScreen(l), "\n"); strings.Contains(s, "│") || !v.HideOutline || !v.ShowChars {
			t.Fatalf("after %v: view %+v; want the pane hidden, 字数 on:\n%s", step, v, s)
		}
	}
}

// TestLibraryListReopens: Ctrl-^ in the list (and in the search's
// results) opens the document read last, where it was left, as vim's
// Ctrl-^ edits the alternate file from any buffer; Ctrl-^ there goes on
// to the one read before it. Before any document was read it says so.
// It did nothing.
func TestLibraryListReopens(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "ctrl+^")
	if s := strings.Join(libScreen(l), "\n"); l.page != pageList || !strings.Contains(s, "no document read yet") {
		t.Fatalf("Ctrl-^ before any document: page %d:\n%s", l.page, s)
	}
	l = libKeys(l, "down", "enter", "}", "}")
	first, firstAt := l.readIdx, l.reader.Place().Offset
	l = libKeys(l, "esc", "up", "enter", "}")
	second, secondAt := l.readIdx, l.reader.Place().Offset
	l = libKeys(l, "esc", "ctrl+^")
	if l.page != pageReader || l.readIdx != second || l.reader.Place().Offset != secondAt {
		t.Fatalf("Ctrl-^ in the list: page %d, entry %d at %d; want %d at %d", l.page, l.readIdx, l.reader.Place().Offset, second, secondAt)
	}
	l = libKeys(l, "ctrl+^")
	if l.readIdx != first || l.reader.Place().Offset != firstAt {
		t.Fatalf("Ctrl-^ after it: entry %d at %d; want %d at %d", l.readIdx, l.reader.Place().Offset, first, firstAt)
	}
	// From the search's results too.
	l = libKeys(l, "esc", "/", "成", "效", "enter")
	if !l.mode.searching() {
		t.Fatalf("not in the results: mode %d", l.mode)
	}
	l = libKeys(l, "ctrl+^")
	if l.page != pageReader || l.readIdx != first {
		t.Errorf("Ctrl-^ in the results: page %d, entry %d; want %d", l.page, l.readIdx, first)
	}
	if !listed(libScreen(libKeys(libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 40}), "?")), "ctrl+^") {
		t.Errorf("the list's help does not name Ctrl-^")
	}
}

// TestLibraryReopensLastRun: Ctrl-^ before any document of this run was
// read opens the one the last run read (Options.Last, the row the cursor
// starts on) where it was left, not "no document read yet"; the cursor
// moved away, it still opens that one, as vim's alternate file does.
func TestLibraryReopensLastRun(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	tl, opt := newTestLibrary(12)
	opt.Last = "dir/005_调查研究汇编.txt"
	l := libStart(opt, 100, 20)
	l = libKeys(l, "enter", "}", "}", "j")
	at := l.reader.Place().Offset
	l = libKeys(l, "esc") // saved, as the last run left it
	if _, ok := tl.saved["k/lib/"+opt.Last]; !ok || at == 0 {
		t.Fatalf("the place was not saved (%d)", at)
	}
	l = libStart(opt, 100, 20) // the next run
	l = libKeys(l, "down", "down", "ctrl+^")
	if l.page != pageReader || l.readIdx != 4 || l.reader.Place().Offset != at {
		t.Fatalf("Ctrl-^ at the start of a run: page %d, entry %d at %d; want 4 at %d\n%s", l.page, l.readIdx, placeOf(l), at, strings.Join(libScreen(l), "\n"))
	}
	// With no document remembered it still says so.
	opt.Last = ""
	l = libKeys(libStart(opt, 100, 20), "ctrl+^")
	if s := strings.Join(libScreen(l), "\n"); l.page != pageList || !strings.Contains(s, "no document read yet") {
		t.Errorf("Ctrl-^ with nothing remembered: page %d:\n%s", l.page, s)
	}
}

// placeOf is the reader's offset, -1 with no reader.
func placeOf(l Library) int {
	if l.reader == nil {
		return -1
	}
	return int(l.reader.Place().Offset)
}

// listed reports whether a row of screen names the key k.
func listed(screen []string, k string) bool {
	for _, row := range screen {
		if strings.Contains(row, k+" ") {
			return true
		}
	}
	return false
}

// TestLibraryPageAlternate: Ctrl-^ on the basket page over a document of
// the library is the reader's: the document read before.
func TestLibraryPageAlternate(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	first := l.readIdx
	l = libKeys(l, "esc", "up", "enter", "B")
	if l.page != pageBasket {
		t.Fatalf("B: page %d", l.page)
	}
	l = libKeys(l, "ctrl+^")
	if l.page != pageReader || l.readIdx != first {
		t.Errorf("Ctrl-^ on the basket page: page %d, entry %d; want the reader of %d", l.page, l.readIdx, first)
	}
}

// TestLibraryAtOnceWhileOpening: while a document is read (Ctrl-^ in the
// reader, Enter in the list), Ctrl-C quits and Ctrl-Z suspends at once,
// as the terminal's signals do in less; the other keys wait for the
// document. Ctrl-C waited for Ctrl-^'s document, Ctrl-Z for every one.
func TestLibraryAtOnceWhileOpening(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter", "esc", "up", "enter")
	for _, c := range []struct {
		name  string
		start string // the key that starts a read, its Cmd not run
		back  string // the key that comes back to where start is typed
	}{
		{"Ctrl-^ in the reader", "ctrl+^", ""},
		{"Enter in the list", "enter", "esc"},
	} {
		m := l
		if c.back != "" {
			m = libKeys(m, c.back)
		}
		nm, _ := m.Update(uitest.KeyPress(c.start))
		if !nm.(Library).opening {
			t.Fatalf("%s: not reading", c.name)
		}
		_, q := nm.Update(uitest.KeyPress("ctrl+c"))
		if !uitest.Quits(q) {
			t.Errorf("%s: Ctrl-C waits for the document", c.name)
		}
		_, z := nm.Update(uitest.KeyPress("ctrl+z"))
		if !uitest.Suspends(z) {
			t.Errorf("%s: Ctrl-Z waits for the document", c.name)
		}
	}
}
