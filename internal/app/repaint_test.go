package app

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// keyCounter is a page that counts the keys it gets.
type keyCounter struct{ keys int }

func (k keyCounter) Init() tea.Cmd { return nil }
func (k keyCounter) View() string  { return "" }
func (k keyCounter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		k.keys++
	}
	return k, nil
}

// Ctrl-L clears the screen for the renderer to draw whole, on every page
// (less's and vim's redraw); other keys, Alt-Ctrl-L too, are the page's,
// and the page a program ends with is there to save from.
func TestRepaint(t *testing.T) {
	var m tea.Model = repaint{Model: keyCounter{}}
	m, cmd := m.Update(tea.KeyMsg{Type: tea.KeyCtrlL})
	if cmd == nil || fmt.Sprintf("%T", cmd()) != fmt.Sprintf("%T", tea.ClearScreen()) {
		t.Fatalf("Ctrl-L: Cmd %v, want tea.ClearScreen", cmd)
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyCtrlL, Alt: true})
	if k, ok := unwrapRepaint(m).(keyCounter); !ok || k.keys != 2 {
		t.Errorf("the page got %+v (%T), want 2 keys", unwrapRepaint(m), unwrapRepaint(m))
	}
	if l := (&lateModel{}); unwrapLate(unwrapRepaint(repaint{Model: l})) != nil {
		t.Error("a program ended before its page was built has none to save")
	}
}
