package prompt

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"wenji/ui/cjk"
)

func keys(p *Model, ks ...tea.KeyMsg) {
	for _, k := range ks {
		p.Update(k)
	}
}

var (
	left = tea.KeyMsg{Type: tea.KeyLeft}
	home = tea.KeyMsg{Type: tea.KeyCtrlA}
)

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// The cursor moves by characters, a Chinese one too, and typing goes in
// at the cursor; the view draws the character under the cursor as the
// cursor cell, each in the columns the terminal gives it.
func TestPromptCJKCursor(t *testing.T) {
	p := New(cjk.New(1))
	keys(&p, runes("调查研究"), left, left, runes("x"))
	if p.Value() != "调查x研究" || p.Position() != 3 {
		t.Fatalf("value %q, cursor %d", p.Value(), p.Position())
	}
	cur := lipgloss.NewStyle() // no colour in tests: the cell is its text
	if s, w := p.View(40, cur); s != "调查x研究" || w != 9 {
		t.Errorf("view %q, %d columns", s, w)
	}
	keys(&p, home)
	if s, w := p.View(40, cur); s != "调查x研究" || w != 9 {
		t.Errorf("at the start: view %q, %d columns", s, w)
	}
	// At the end the cursor is a space after the text.
	keys(&p, tea.KeyMsg{Type: tea.KeyCtrlE})
	if s, w := p.View(40, cur); s != "调查x研究 " || w != 10 {
		t.Errorf("at the end: view %q, %d columns", s, w)
	}
	// Too narrow: the end stays in view with the cursor, never wider.
	for width := 1; width < 12; width++ {
		s, w := p.View(width, cur)
		if w > width || cjk.New(1).String(s) != w {
			t.Errorf("width %d: %q is %d columns (said %d)", width, s, cjk.New(1).String(s), w)
		}
	}
	// Back to 研, in a narrow view: the cursor's character is shown.
	keys(&p, left, left)
	if s, _ := p.View(5, cur); s == "" || !containsRune(s, '研') {
		t.Errorf("narrow view with the cursor on 研: %q", s)
	}
	// Ambiguous characters take the columns the terminal gives them.
	q := New(cjk.New(2))
	keys(&q, runes("“调查”"))
	if _, w := q.View(40, cur); w != 9 {
		t.Errorf("“调查” at ambiguous width 2: %d columns, want 9", w)
	}
}

// Control characters and newlines are not typed; a space is.
func TestPromptUnsafeRunes(t *testing.T) {
	p := New(cjk.New(1))
	keys(&p, runes("a\x1b[31m\nb"), tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}, runes("c"))
	if p.Value() != "a[31mb c" {
		t.Errorf("value %q", p.Value())
	}
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
