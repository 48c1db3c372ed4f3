package basket

import (
	"github.com/charmbracelet/bubbles/key"

	wtext "wenji/internal/text"
)

// KeyMap is every key binding of the basket page. It satisfies
// help.KeyMap, so the help overlay is generated from the bindings Update
// matches.
type KeyMap struct {
	Down, Up         key.Binding
	Top, Bottom      key.Binding
	MoveUp, MoveDown key.Binding
	Delete, Undo     key.Binding
	Open, CopyAll    key.Binding
	Write            key.Binding
	Back, Help, Quit key.Binding
}

// DefaultKeyMap returns the page's bindings, with help text in lang.
func DefaultKeyMap(lang string) KeyMap {
	t, sh := wtext.BasketFor(lang), wtext.SharedFor(lang)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Down:     b("j/↓", t.HNext, "j", "down"),
		Up:       b("k/↑", t.HPrev, "k", "up"),
		Top:      b("g/home", t.HFirst, "g", "home"),
		Bottom:   b("G/end", t.HLast, "G", "end"),
		MoveUp:   b("K/ctrl+↑", t.HUp, "K", "ctrl+up"),
		MoveDown: b("J/ctrl+↓", t.HDown, "J", "ctrl+down"),
		Delete:   b("d/x", t.HDelete, "d", "x", "delete"),
		Undo:     b("u", t.HUndo, "u"),
		Open:     b("enter", t.HEnter, "enter"),
		CopyAll:  b("y", t.HCopyAll, "y"),
		Write:    b("w", t.HWrite, "w"),
		Back:     b("q/esc/B", t.HBack, "q", "esc", "B"),
		Help:     b("?", wtext.ReaderFor(lang).HHelp, "?"),
		Quit:     b("ctrl+c", sh.HQuit, "ctrl+c"),
	}
}

// ShortHelp returns the bindings of the one-line help, those most used
// first: a narrow status line ends after the ones that fit, and ? lists
// them all.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Open, k.Delete, k.CopyAll, k.Write, k.Back, k.MoveUp, k.MoveDown}
}

// FullHelp returns the bindings of the help overlay, in one group.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Down, k.Up, k.Top, k.Bottom, k.MoveUp, k.MoveDown, k.Delete, k.Undo, k.Open, k.CopyAll, k.Write, k.Back, k.Help, k.Quit}}
}
