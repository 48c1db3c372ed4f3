package library

import (
	"strings"
	"testing"
	"wenji/ui/internal/uitest"

	tea "github.com/charmbracelet/bubbletea"
)

// libStart is the library of opt at w×h with its first parse results in.
func libStart(opt Options, w, h int) Library {
	l := New(opt)
	init := libRunCmd(l.Init())
	l = libDrive(l, tea.WindowSizeMsg{Width: w, Height: h})
	for _, m := range init {
		l = libDrive(l, m)
	}
	return l
}

// The cursor starts on the document last opened, scrolled into view, and
// the status bar says so; a document no longer there starts at the top,
// silently.
func TestLibraryStartsOnLast(t *testing.T) {
	_, opt := newTestLibrary(12)
	opt.Last = "dir/009_调查研究汇编.txt"
	l := libStart(opt, 100, 10) // six rows of entries: the ninth is below them
	if got := l.entries[l.shown[l.cursor]].file.Rel; got != opt.Last {
		t.Fatalf("cursor on %q, want %q", got, opt.Last)
	}
	if h := l.listHeight(); l.cursor < l.top || l.cursor >= l.top+h {
		t.Errorf("cursor %d not among rows %d–%d", l.cursor, l.top, l.top+h-1)
	}
	s := libScreen(l)
	if !strings.Contains(strings.Join(s[3:len(s)-1], "\n"), "009_调查研究汇编") {
		t.Errorf("the remembered row is not on screen:\n%s", strings.Join(s, "\n"))
	}
	if bar := s[len(s)-1]; !strings.Contains(bar, "last opened: dir/009_调查研究汇编.txt") {
		t.Errorf("status bar %q", bar)
	}
	checkLibSize(t, l, 100, 10)
	// Enter opens it: the memory is this document's.
	l = libKeys(l, "enter")
	if l.reader == nil || l.readIdx != 8 {
		t.Fatalf("enter opened %d", l.readIdx)
	}

	// In Chinese.
	opt.Reader.Lang = "zh"
	l = libStart(opt, 100, 10)
	if bar := libScreen(l)[9]; !strings.Contains(bar, "上次打开的文档：dir/009_调查研究汇编.txt") {
		t.Errorf("zh status bar %q", bar)
	}

	for _, gone := range []string{"dir/999_不在了.txt", "../x.txt", "009_调查研究汇编.txt"} {
		opt.Last = gone
		opt.Reader.Lang = "en"
		l = libStart(opt, 100, 10)
		if l.cursor != 0 || l.top != 0 {
			t.Errorf("%q: cursor %d, top %d", gone, l.cursor, l.top)
		}
		if bar := libScreen(l)[9]; strings.Contains(bar, "last opened") {
			t.Errorf("%q: status bar %q", gone, bar)
		}
	}
}

// A notice (the memory could not be read) is shown at the start.
func TestLibraryNotice(t *testing.T) {
	_, opt := newTestLibrary(3)
	opt.Notice = "the library's memory in ~/x.json was damaged and is ignored"
	l := libStart(opt, 100, 10)
	if bar := libScreen(l)[9]; !strings.Contains(bar, "was damaged") {
		t.Errorf("status bar %q", bar)
	}
	if l.cursor != 0 {
		t.Errorf("cursor %d", l.cursor)
	}
}

// LastOpened is the document last read, from the list or from a search
// result; none before one is opened, and not one that could not be read.
func TestLibraryLastOpened(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libStart(opt, 100, 20)
	if rel, ok := l.LastOpened(); ok {
		t.Errorf("nothing opened yet: %q", rel)
	}
	l = libKeys(l, "down", "down") // the third cannot be read
	l = libKeys(l, "enter")
	if rel, ok := l.LastOpened(); ok {
		t.Errorf("the unreadable one is remembered: %q", rel)
	}
	l = libKeys(l, "down", "down", "enter")
	if rel, _ := l.LastOpened(); rel != "dir/005_调查研究汇编.txt" {
		t.Errorf("opened from the list: %q", rel)
	}
	// Back in the list, still the last opened, wherever the cursor goes.
	l = libKeys(l, "esc", "up")
	if rel, _ := l.LastOpened(); rel != "dir/005_调查研究汇编.txt" {
		t.Errorf("after going back: %q", rel)
	}
	// From a search result: the document of the hit.
	l = libKeys(l, "/", "作", "风", "down", "enter")
	if l.reader == nil {
		t.Fatal("the search result did not open")
	}
	want := l.entries[l.readIdx].file.Rel
	if rel, _ := l.LastOpened(); rel != want || !strings.Contains(rel, "作风建设") {
		t.Errorf("opened from a result: %q, want %q", rel, want)
	}
}

// TestKeysWhileOpening: keys typed while a document opened from the list
// or from the search's results is read ("Enter G", "Enter nn" read
// together) are the reader's, taken once it is on screen: they were typed
// into the filter or the query (主题教育nn, 0 hits) and lost.
func TestKeysWhileOpening(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 30})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down")
	m, open := l.Update(uitest.KeyPress("enter")) // its read not run yet
	l = m.(Library)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("G")})
	if v := l.filter.Value(); v != "" {
		t.Errorf("G went to the filter: %q", v)
	}
	for _, msg := range libRunCmd(open) {
		l = libDrive(l, msg)
	}
	if l.reader == nil || !strings.Contains(statusLine(*l.reader), "100%") {
		t.Fatalf("Enter G: the reader is not at the end")
	}

	l = libKeys(l, "esc", "/", "乡", "村", "down")
	m, open = l.Update(uitest.KeyPress("enter"))
	l = m.(Library)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")})
	for _, msg := range libRunCmd(open) {
		l = libDrive(l, msg)
	}
	if l.reader == nil || !l.reader.Searching() || !strings.Contains(statusLine(*l.reader), "2/") {
		t.Errorf("Enter n on a result: %q, want the second hit", statusLine(*l.reader))
	}
	if l = libKeys(l, "esc"); l.search.input.Value() != "乡村" {
		t.Errorf("the query is %q, want 乡村", l.search.input.Value())
	}
}

// TestLibraryLastNoteOneLine: the start's "last opened: …" is cut to the
// bar at 50 columns, in the list and as a search starts: it took two
// lines over the list's last rows, a row hidden under it; a notice that
// the memory was damaged is still said whole.
func TestLibraryLastNoteOneLine(t *testing.T) {
	_, opt := newTestLibrary(12)
	opt.Reader.Lang = "zh"
	long := "dir/基层治理/2024年度/009_调查研究汇编.txt"
	opt.Files[8].Rel, opt.Last = long, long
	const w, h = 50, 16
	l := libStart(opt, w, h)
	for _, keys := range [][]string{nil, {"f"}, {"调"}} {
		l = libKeys(l, keys...)
		s := libScreen(l)
		if bar := s[h-1]; !strings.Contains(bar, "上次打开的文档：") {
			t.Fatalf("after %q the bar is %q", keys, bar)
		}
		under := l
		under.bar.Drop()
		if page := libScreen(under); strings.Join(page[:h-1], "\n") != strings.Join(s[:h-1], "\n") {
			t.Errorf("after %q the notice takes lines over the page:\n%s", keys, strings.Join(s, "\n"))
		}
		checkLibSize(t, l, w, h)
	}
	opt.Notice = "上次打开的文档记录已损坏，已忽略：文件的第一行有错误，它的格式不对"
	s := libScreen(libStart(opt, w, h))
	if !saidWhole(s, opt.Notice) {
		t.Errorf("the damaged memory's notice is not said whole:\n%s", strings.Join(s, "\n"))
	}
}

// saidWhole reports whether msg is on the screen s, over lines or not.
func saidWhole(s []string, msg string) bool {
	var b strings.Builder
	for _, ln := range s {
		b.WriteString(strings.TrimSpace(ln))
	}
	return strings.Contains(b.String(), msg)
}
