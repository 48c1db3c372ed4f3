package library

import (
	"strings"
	"testing"

	"wenji/ui/internal/uitest"
	"wenji/ui/reader"

	tea "github.com/charmbracelet/bubbletea"
)

// Esc j typed fast in a document opened from the library arrive as one
// Alt+j: Esc goes back to the list, and j is the list's, as when typed
// slowly; the reader's place is not moved by the j.
func TestLibraryAltKeyAfterReader(t *testing.T) {
	tl, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	if l.reader == nil {
		t.Fatal("the document did not open")
	}
	slow := libKeys(l, "esc", "j")
	slowSaved := tl.saved["k/lib/dir/002_乡村振兴汇编.txt"]
	fast := libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}, Alt: true})
	if fast.reader != nil || fast.cursor != slow.cursor || fast.filter.Value() != slow.filter.Value() {
		t.Errorf("Alt+j: reader %v, cursor %d, filter %q; Esc j: cursor %d, filter %q",
			fast.reader != nil, fast.cursor, fast.filter.Value(), slow.cursor, slow.filter.Value())
	}
	if got := tl.saved["k/lib/dir/002_乡村振兴汇编.txt"]; got.Offset != slowSaved.Offset {
		t.Errorf("Alt+j moved the reader before leaving: place %d, Esc j leaves it at %d", got.Offset, slowSaved.Offset)
	}
}

// In the list, Alt+q is Esc then q: with no filter, Esc says how to quit
// and does not, and q quits, as typed apart; with a filter, Esc clears it
// and q quits.
func TestLibraryListAltQ(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	for _, before := range [][]string{nil, {"f", "乡", "enter"}} {
		_, cmd := libKeys(l, before...).Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}, Alt: true})
		if !uitest.Quits(cmd) {
			t.Errorf("%q, then Alt+q in the list: no quit", before)
		}
	}
}

// Esc never quits the list, as it never quits less or vim: not on a
// filter already cleared, not pressed once too often from a document (Esc
// clears the search, Esc goes back to the list, Esc…), and not in an
// empty folder. It says which key quits instead, and the list, its
// selection and Ctrl-C's quitting stay.
func TestLibraryEscNeverQuits(t *testing.T) {
	_, opt := newTestLibrary(12)
	empty := New(Options{Reader: reader.Options{Lang: "zh", Ambiguous: 1}, Dir: "/空"})
	for _, tt := range []struct {
		name string
		l    Library
		keys []string
	}{
		{"filter cleared, then Esc again", libStart(opt, 100, 20), []string{"乡", "esc", "esc", "esc"}},
		{"Esc mashed in a document", libStart(opt, 100, 20), []string{"down", "enter", "/", "乡", "enter", "esc", "esc", "esc", "esc"}},
		{"empty folder", libDrive(empty, tea.WindowSizeMsg{Width: 100, Height: 20}), []string{"esc"}},
	} {
		l := tt.l
		for _, k := range tt.keys {
			m, cmd := l.Update(uitest.KeyPress(k))
			l = m.(Library)
			// The Cmd runs once, as Bubble Tea runs it: a search's scan
			// started twice raced with itself under -race.
			for _, msg := range libRunCmd(cmd) {
				if _, ok := msg.(tea.QuitMsg); ok {
					t.Fatalf("%s: %q quits", tt.name, k)
				}
				l = libDrive(l, msg)
			}
		}
		if l.page != pageList || l.filter.Value() != "" {
			t.Errorf("%s: page %v, filter %q; want the list, no filter", tt.name, l.page, l.filter.Value())
		}
		if bar := libScreen(l)[19]; !strings.Contains(bar, l.tx.QuitHow) {
			t.Errorf("%s: the bar does not say how to quit: %q", tt.name, bar)
		}
		if _, cmd := l.Update(uitest.KeyPress("ctrl+c")); !uitest.Quits(cmd) {
			t.Errorf("%s: Ctrl-C does not quit", tt.name)
		}
	}
}

// Ctrl-z suspends from the library's list and its search results as it
// does from the reader.
func TestLibrarySuspend(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	suspends := func(l Library) bool {
		_, cmd := l.Update(tea.KeyMsg{Type: tea.KeyCtrlZ})
		if cmd == nil {
			return false
		}
		_, ok := cmd().(tea.SuspendMsg)
		return ok
	}
	if !suspends(l) {
		t.Error("Ctrl-z in the list does not suspend")
	}
	if s := libKeys(l, "/"); !s.mode.searching() || !suspends(s) {
		t.Errorf("Ctrl-z in the search (active %v) does not suspend", s.mode.searching())
	}
}
