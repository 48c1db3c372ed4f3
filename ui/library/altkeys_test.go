package library

import (
	"testing"
	"wenji/ui/internal/uitest"

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

// In the list, Alt+q is Esc then q: with no filter, Esc quits.
func TestLibraryListAltQ(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	if _, cmd := l.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}, Alt: true}); !uitest.Quits(cmd) {
		t.Error("Alt+q in the list does not quit")
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
