// Package prompt is a one-line text entry for the pages' filters and
// search prompts: editing is bubbles' textinput (cursor moves, word
// deletes, Ctrl+A/E…), drawing is wenji's, measured by ui/cjk so that a
// Chinese query keeps its cursor on the character it is on (textinput
// measures with go-runewidth, which does not know the terminal's
// ambiguous width, and scrolls by runes, not columns).
package prompt

import (
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"wenji/ui/cjk"
	"wenji/ui/common"
)

// Model is a prompt's text and cursor. The zero value is not usable: build
// it with New.
type Model struct {
	input textinput.Model
	w     cjk.Width
}

// New returns an empty prompt measured with w.
func New(w cjk.Width) Model {
	in := textinput.New()
	in.Prompt = ""
	// The pages bind up/down and Ctrl+N/P to their lists; the input's
	// suggestion keys would take them.
	in.KeyMap.NextSuggestion.SetEnabled(false)
	in.KeyMap.PrevSuggestion.SetEnabled(false)
	in.KeyMap.AcceptSuggestion.SetEnabled(false)
	in.Focus()
	return Model{input: in, w: w}
}

// Value returns the text typed.
func (p Model) Value() string { return p.input.Value() }

// SetValue replaces the text, the cursor at its end.
func (p *Model) SetValue(s string) {
	p.input.SetValue(s)
	p.input.CursorEnd()
}

// Position is the cursor's index in the text's runes.
func (p Model) Position() int { return p.input.Position() }

// Update edits the text with a key. Runes that are not safe to draw (a
// control character, a newline in a paste) are left out: the text is
// one line of what the user typed. changed reports whether the text
// changed (a cursor move does not).
func (p *Model) Update(msg tea.KeyMsg) (changed bool, cmd tea.Cmd) {
	if msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace {
		var keep []rune
		for _, r := range msg.Runes {
			if _, unsafe := cjk.SanitizeRune(r); !unsafe && r != '\n' {
				keep = append(keep, r)
			}
		}
		if msg.Type == tea.KeySpace && len(keep) == 0 {
			keep = []rune{' '}
		}
		if len(keep) == 0 {
			return false, nil
		}
		msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: keep, Paste: msg.Paste}
	}
	before := p.input.Value()
	p.input, cmd = p.input.Update(msg)
	return p.input.Value() != before, cmd
}

// View draws the text in at most width columns with the cursor as a cell
// in cursor's style: the end of a text too long for its room is shown,
// or, with the cursor moved back, the part around the cursor. It returns
// the line and its width in columns.
func (p Model) View(width int, cursor lipgloss.Style) (string, int) {
	line, used, _ := p.ViewAt(width, cursor)
	return line, used
}

// ViewAt is View, with the column of the cursor's cell in the line.
func (p Model) ViewAt(width int, cursor lipgloss.Style) (line string, used, col int) {
	if width <= 0 {
		return "", 0, 0
	}
	runes := []rune(p.input.Value())
	pos := min(p.input.Position(), len(runes))
	before, under, after := string(runes[:pos]), " ", ""
	if pos < len(runes) {
		under, after = string(runes[pos]), string(runes[pos+1:])
	}
	cw := p.w.String(under)
	// Keep the cursor in view: as much of the text before it as fits,
	// then what follows it.
	b := common.FitLeft(p.w, before, max(0, width-cw))
	col = p.w.String(b)
	used = col + cw
	a := common.Fit(p.w, after, max(0, width-used))
	if used > width { // a wide cell in one column
		return strings.Repeat(" ", width), width, 0
	}
	return b + cursor.Render(under) + a, used + p.w.String(a), col
}
