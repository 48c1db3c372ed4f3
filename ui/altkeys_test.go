package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/parse"
)

// Esc j typed fast in a document opened from the library arrive as one
// Alt+j: Esc goes back to the list, and j is the list's, as when typed
// slowly; the reader's place is not moved by the j.
func TestLibraryAltKeyAfterReader(t *testing.T) {
	tl, opt := newTestLibrary(12)
	l := libDrive(NewLibrary(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	if l.reader == nil {
		t.Fatal("the document did not open")
	}
	slow := libKeys(l, "esc", "j")
	slowSaved := tl.saved["k/lib/dir/002_乡村振兴汇编.txt"]
	fast := libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}, Alt: true})
	if fast.reader != nil || fast.cursor != slow.cursor || string(fast.filter) != string(slow.filter) {
		t.Errorf("Alt+j: reader %v, cursor %d, filter %q; Esc j: cursor %d, filter %q",
			fast.reader != nil, fast.cursor, string(fast.filter), slow.cursor, string(slow.filter))
	}
	if got := tl.saved["k/lib/dir/002_乡村振兴汇编.txt"]; got.Offset != slowSaved.Offset {
		t.Errorf("Alt+j moved the reader before leaving: place %d, Esc j leaves it at %d", got.Offset, slowSaved.Offset)
	}
}

// In the list, Alt+q is Esc then q: with no filter, Esc quits.
func TestLibraryListAltQ(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(NewLibrary(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	if _, cmd := l.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}, Alt: true}); !quits(cmd) {
		t.Error("Alt+q in the list does not quit")
	}
}

// The last batch of an @ query's scan can arrive after the next key was
// typed; its matched texts are not offered for the new query.
func TestFormsNotStale(t *testing.T) {
	text := strings.Repeat("调查研究的重要讲话"+strings.Repeat("甲", 200), 3<<20/627) // debounced: over 2 MB
	m := sized(parse.Parse(text), 100, 30, Options{})
	m = keys(m, "/")
	nm, _ := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("@dcy")})
	m = nm.(Model)
	nm, cmd := m.Update(searchTickMsg{gen: m.search.gen})
	m = nm.(Model)
	var done *searchBatchMsg
	for cmd != nil && done == nil {
		bm, ok := cmd().(searchBatchMsg)
		if !ok {
			t.Fatal("the scan ended without its last batch")
		}
		if bm.done {
			done = &bm
			break
		}
		nm, cmd = m.Update(bm)
		m = nm.(Model)
	}
	// j typed while the last batch is on its way.
	nm, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
	m = nm.(Model)
	nm, _ = m.Update(*done)
	m = nm.(Model)
	if len(m.search.forms) != 0 {
		t.Errorf("@dcyj offers @dcy's texts: %v", m.search.forms)
	}
	nm, _ = m.Update(tea.KeyMsg{Type: tea.KeyTab})
	if v := nm.(Model).search.input.Value(); v != "@dcyj" {
		t.Errorf("Tab put %q in the prompt", v)
	}
}

// Ctrl-z suspends from the library's list and its search results as it
// does from the reader.
func TestLibrarySuspend(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(NewLibrary(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
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
	if s := libKeys(l, "/"); !s.search.active || !suspends(s) {
		t.Errorf("Ctrl-z in the search (active %v) does not suspend", s.search.active)
	}
}
