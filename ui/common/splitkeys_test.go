package common

import (
	"reflect"
	"strings"
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

// An Alt+key is Esc and the key when the page binds no Alt key, the key
// as read otherwise; a paste is never split; runes read together are
// taken one at a time.
func TestTypedKeys(t *testing.T) {
	str := func(ks []tea.KeyMsg) string {
		var out []string
		for _, k := range ks {
			out = append(out, k.String())
		}
		return strings.Join(out, " ")
	}
	for _, tt := range []struct {
		msg      tea.KeyMsg
		altIsEsc bool
		want     string
	}{
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q"), Alt: true}, true, "esc q"},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q"), Alt: true}, false, "alt+q"},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ab"), Alt: true}, true, "esc a b"},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/调"), Paste: true, Alt: true}, true, "alt+[/调]"},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/调")}, true, "/ 调"},
		{tea.KeyMsg{Type: tea.KeyEnter}, true, "enter"},
	} {
		if got := str(TypedKeys(tt.msg, tt.altIsEsc)); got != tt.want {
			t.Errorf("%q (alt is esc %v): %q, want %q", tt.msg.String(), tt.altIsEsc, got, tt.want)
		}
	}
	var seen []string
	HandleKeys(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jk"), Alt: true}, true, func(k tea.KeyMsg) tea.Cmd {
		seen = append(seen, k.String())
		return nil
	})
	if strings.Join(seen, " ") != "esc j k" {
		t.Errorf("HandleKeys took %v", seen)
	}
}
