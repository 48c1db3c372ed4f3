package reader

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"wenji/ui/internal/uitest"
)

// drawnCursor returns the cell where view draws the prompt's cursor (the
// reversed cell on its last line: hits are reversed above) as column and
// row, ok false when it draws none.
func drawnCursor(view string, w func(string) int) (x, y int, ok bool) {
	lines := strings.Split(view, "\n")
	y = len(lines) - 1
	if i := strings.Index(lines[y], "\x1b[7m"); i >= 0 {
		return w(ansi.Strip(lines[y][:i])), y, true
	}
	return 0, 0, false
}

// TestCursorOnPrompt: Cursor names the cell the prompt draws its cursor
// on, for the terminal's cursor that an input method places its
// candidate box by: after the typed Chinese by its width, on the
// character Left went back to, in a query cut from the left; none while
// no prompt is open.
func TestCursorOnPrompt(t *testing.T) {
	old := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(old)
	for _, size := range [][2]int{{80, 24}, {40, 10}} {
		w, h := size[0], size[1]
		m := sized(uitest.SeedDoc(t), w, h, Options{})
		if _, _, ok := m.Cursor(); ok {
			t.Errorf("%dx%d: a cursor with no prompt open", w, h)
		}
		m = keys(m, "/")
		for _, step := range []struct {
			name string
			msgs []tea.Msg
		}{
			{"/", nil},
			{"/调查研究", []tea.Msg{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("调查研究"), Paste: true}}},
			{"two lefts", []tea.Msg{uitest.KeyPress("left"), uitest.KeyPress("left")}},
			{"a long query", []tea.Msg{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("调查研究", 8)), Paste: true}}},
		} {
			m = drive(m, step.msgs...)
			x, y, ok := m.Cursor()
			dx, dy, drawn := drawnCursor(m.View(), m.w.String)
			if !ok || !drawn || x != dx || y != dy || y != h-1 {
				t.Errorf("%dx%d, %s: Cursor (%d, %d, %v), drawn at (%d, %d, %v)", w, h, step.name, x, y, ok, dx, dy, drawn)
			}
		}
		if x, _, _ := m.Cursor(); x == 0 || x >= w {
			t.Errorf("%dx%d: the cursor at column %d", w, h, x)
		}
		if _, _, ok := keys(m, "enter").Cursor(); ok {
			t.Errorf("%dx%d: a cursor after Enter closed the prompt", w, h)
		}
		if _, _, ok := keys(m, "esc").Cursor(); ok {
			t.Errorf("%dx%d: a cursor after Esc closed the prompt", w, h)
		}
	}
}
