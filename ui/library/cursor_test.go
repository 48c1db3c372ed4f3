package library

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// TestLibraryCursorOnPrompt: Cursor names the cell where the filter or
// the search draws its cursor (the reversed cell on the prompt's line),
// for the terminal's cursor, which an input method places what is being
// composed by: after typed Chinese by its width, on the character Left
// went back to; none under the help or on the basket page; the reader's
// own in a document.
func TestLibraryCursorOnPrompt(t *testing.T) {
	old := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(old)
	_, opt := newTestLibrary(12)
	for _, w := range []int{100, 60} {
		l := libStart(opt, w, 20)
		drawn := func(l Library) (x int, ok bool) {
			line := strings.Split(l.View(), "\n")[1]
			i := strings.Index(line, "\x1b[7m")
			if i < 0 {
				return 0, false
			}
			return l.W.String(ansi.Strip(line[:i])), true
		}
		for _, step := range []struct {
			name string
			keys []string
		}{
			{"empty filter", []string{"f"}},
			{"乡村", []string{"乡", "村"}},
			{"left", []string{"left"}},
			{"the search", []string{"esc", "/"}},
			{"its query", []string{"调", "研"}},
		} {
			l = libKeys(l, step.keys...)
			x, y, ok := l.Cursor()
			dx, shown := drawn(l)
			if !ok || !shown || x != dx || y != 1 || x < 2 {
				t.Errorf("%d, %s: Cursor (%d, %d, %v), drawn at column %d (%v)", w, step.name, x, y, ok, dx, shown)
			}
		}
		// Browsed, the list and the results have no cursor to type at:
		// their keys are commands.
		for _, keys := range [][]string{nil, {"esc"}, {"f", "乡", "enter", "esc"}} {
			b := libKeys(libStart(opt, w, 20), keys...)
			if _, _, ok := b.Cursor(); ok || b.mode.typing() {
				t.Errorf("%d, %q: a cursor in the list browsed (mode %d)", w, keys, b.mode)
			}
			if _, shown := drawn(b); shown {
				t.Errorf("%d, %q: a cursor drawn in the list browsed", w, keys)
			}
		}
		if _, _, ok := libKeys(l, "esc", "?").Cursor(); ok {
			t.Errorf("%d: a cursor under the help", w)
		}
		if _, _, ok := libKeys(l, "esc", "tab").Cursor(); ok {
			t.Errorf("%d: a cursor on the basket page", w)
		}
		r := libKeys(l, "esc", "enter")
		if r.reader == nil {
			t.Fatalf("%d: no document opened", w)
		}
		if _, _, ok := r.Cursor(); ok {
			t.Errorf("%d: a cursor in a document with no prompt", w)
		}
		x, y, ok := libKeys(r, "/").Cursor()
		if rx, ry, rok := libKeys(r, "/").reader.Cursor(); !ok || x != rx || y != ry || !rok || y != 19 {
			t.Errorf("%d: in a document's prompt the cursor is (%d, %d, %v), the reader's (%d, %d, %v)", w, x, y, ok, rx, ry, rok)
		}
	}
}
