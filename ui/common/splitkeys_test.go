package common

import (
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func TestSplitKeys(t *testing.T) {
	r := func(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
	for _, tc := range []struct {
		in   tea.KeyMsg
		want []tea.KeyMsg
	}{
		{r("/@x"), []tea.KeyMsg{r("/"), r("@"), r("x")}},
		{r("/调查"), []tea.KeyMsg{r("/"), r("调"), r("查")}},
		{r("j"), []tea.KeyMsg{r("j")}},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ab"), Paste: true}, []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune("ab"), Paste: true}}},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("qj"), Alt: true}, []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune("q"), Alt: true}, {Type: tea.KeyRunes, Runes: []rune("j"), Alt: true}}},
		{tea.KeyMsg{Type: tea.KeyEnter}, []tea.KeyMsg{{Type: tea.KeyEnter}}},
	} {
		if got := SplitKeys(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.in.String(), got, tc.want)
		}
	}
}
