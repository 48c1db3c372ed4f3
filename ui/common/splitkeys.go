package common

import tea "github.com/charmbracelet/bubbletea"

// SplitKeys returns the keys a key message stands for. Keys typed faster
// than the terminal is read (a slow link, key repeat, keys sent at once)
// arrive as one message of several runes: they are the runes typed one by
// one, so "/调查" opens a prompt and types 调查 rather than typing "/调查".
// A bracketed paste is text, not keys, and stays whole; Alt is kept on
// each rune (the page decides what Esc+key means).
func SplitKeys(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return []tea.KeyMsg{msg}
	}
	keys := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		keys[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return keys
}
