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

// TypedKeys returns the keys msg stands for, to be taken one at a time:
// the runes read together one by one (SplitKeys) and, when altIsEsc (the
// page binds no Alt key in its mode now), an Alt+key as what it is: Esc
// and the key after it, read together (as vim takes them).
func TypedKeys(msg tea.KeyMsg, altIsEsc bool) []tea.KeyMsg {
	if !altIsEsc || !msg.Alt || msg.Paste {
		return SplitKeys(msg)
	}
	msg.Alt = false
	return append([]tea.KeyMsg{{Type: tea.KeyEsc}}, SplitKeys(msg)...)
}

// HandleKeys takes the keys msg stands for (TypedKeys) one at a time
// through handle, and batches what they ask for: the rule both pages
// follow for keys that arrive in one read.
func HandleKeys(msg tea.KeyMsg, altIsEsc bool, handle func(tea.KeyMsg) tea.Cmd) tea.Cmd {
	keys := TypedKeys(msg, altIsEsc)
	if len(keys) == 1 {
		return handle(keys[0])
	}
	cmds := make([]tea.Cmd, 0, len(keys))
	for _, k := range keys {
		cmds = append(cmds, handle(k))
	}
	return tea.Batch(cmds...)
}

// AtOnce reports whether k acts at once even while a document is read
// and the keys typed meanwhile wait for its reader: Ctrl-C and Ctrl-Z,
// which a terminal turns into signals in less and vim (waiting, Ctrl-Z
// suspended only once the document was on screen).
func AtOnce(k tea.KeyMsg) bool { return k.Type == tea.KeyCtrlC || k.Type == tea.KeyCtrlZ }
