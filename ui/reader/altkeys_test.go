package reader

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/parse"
)

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
		if scanDone(bm) {
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
