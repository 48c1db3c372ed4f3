package reader

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	wtext "wenji/internal/text"
)

// KeyMap is every key binding of the reader. It satisfies help.KeyMap, so
// the help overlay is generated from the same bindings that Update matches.
type KeyMap struct {
	Down, Up                 key.Binding
	HalfDown, HalfUp         key.Binding
	PageDown, PageUp         key.Binding
	Top, Bottom              key.Binding
	NextNode, PrevNode       key.Binding
	NextArticle, PrevArticle key.Binding
	Junk                     key.Binding
	Outline                  key.Binding
	Focus                    key.Binding
	Chars                    key.Binding
	// Info is = and Ctrl-G (less, vim): the file and where one is.
	Info              key.Binding
	Copy, CopyOutline key.Binding
	Mark, GotoMark    key.Binding
	// Back is '' in the help: GotoMark's key, then ' again (markKey).
	Back key.Binding
	// Alternate is Ctrl-^, vim's alternate file: the program that opened
	// another document in place of this one takes it (AlternateKey).
	Alternate key.Binding
	// ToList is Esc and Backspace in a document opened from the library,
	// in the help only (the reader sends BackMsg; see escLeaves).
	ToList key.Binding
	Help   key.Binding
	// Quit is q, less's Q and Ctrl-C; QuitZZ is the Z of less's and
	// vim's ZZ, whose second Z quits (markKey), in the help under Quit.
	Quit, QuitZZ key.Binding
	Suspend      key.Binding
	// Redraw is Ctrl-l, in the help only: the program around the pages
	// takes it (internal/app's repaint), whatever the page shows.
	Redraw key.Binding
	// Percent is N% (less): N per cent of the way through.
	Percent key.Binding
	// Reload is R (less's): the file read again after it changed on
	// disk (disk.go).
	Reload key.Binding

	// The basket of excerpts and paragraph selection (basket.go, select.go).
	AddBasket, Select, OpenBasket key.Binding

	// Outline pane only (Down/Up/Top/Bottom move its cursor there).
	Jump, Collapse, Expand key.Binding

	// Help overlay only.
	Close key.Binding

	// The / prompt, n/N and the rest of search (search.go).
	SearchKeyMap
}

// DefaultKeyMap returns the less/vim-style bindings, with help text in lang
// ("zh" or "en").
func DefaultKeyMap(lang string) KeyMap {
	t, ct, bt, dt := textFor(lang), copyTextFor(lang), basketTextFor(lang), wtext.DiskFor(lang)
	mt := marksTextOf(t)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		// less and vim spell the moves several ways: each is here.
		Down:        b("j/↓/ctrl+e", t.HDown, "j", "e", "down", "ctrl+e"),
		Up:          b("k/↑/ctrl+y", t.HUp, "k", "up", "ctrl+y"),
		HalfDown:    b("d/ctrl+d", t.HHalfDown, "d", "ctrl+d"),
		HalfUp:      b("u/ctrl+u", t.HHalfUp, "u", "ctrl+u"),
		PageDown:    b("space/pgdn", t.HPageDown, " ", "z", "pgdown", "ctrl+f"),
		PageUp:      b("b/pgup", t.HPageUp, "b", "w", "pgup", "ctrl+b"),
		Top:         b("g/home", t.HTop, "g", "home"),
		Bottom:      b("G/end", t.HBottom, "G", "end"),
		NextNode:    b("]", t.HNextNode, "]"),
		PrevNode:    b("[", t.HPrevNode, "["),
		NextArticle: b("}", t.HNextArticle, "}"),
		PrevArticle: b("{", t.HPrevArticle, "{"),
		Junk:        b("p", t.HJunk, "p"),
		Outline:     b("o", t.HOutline, "o"),
		Focus:       b("tab", t.HFocus, "tab", "shift+tab"),
		Chars:       b("#", t.HChars, "#"),
		Info:        b("=/ctrl+g", t.HInfo, "=", "ctrl+g"),
		Copy:        b("y", ct.HCopy, "y"),
		CopyOutline: b("Y", ct.HCopyOutline, "Y"),
		Mark:        b("m a–z A–Z", mt.HMark, "m"),
		GotoMark:    b("' a–z A–Z", mt.HGotoMark, "'"),
		Back:        b("''", mt.HBack, "'"),
		Alternate:   b("ctrl+^", mt.HAlternate, "ctrl+^"),
		ToList:      b("esc/backspace", t.HToList, "esc", "backspace"),
		Help:        b("?", t.HHelp, "?"),
		Quit:        b("q/Q/ZZ", t.HQuit, "q", "Q", "ctrl+c"),
		QuitZZ:      b("ZZ", t.HQuit, "Z"),
		Suspend:     b("ctrl+z", t.HSuspend, "ctrl+z"),
		Redraw:      b("ctrl+l", t.HRedraw, "ctrl+l"),
		Percent:     b("N%", t.HPercent, "%"),
		Reload:      b("R", dt.HReload, "R"),
		AddBasket:   b("a", bt.HAdd, "a"),
		Select:      b("v", bt.HSelect, "v"),
		OpenBasket:  b("B", bt.HOpen, "B"),
		Jump:        b("enter", t.HJump, "enter"),
		Collapse:    b("h/←", t.HCollapse, "h", "left"),
		Expand:      b("l/→", t.HExpand, "l", "right"),
		Close:       b("esc/?", t.HClose, "esc", "?", "q"),

		SearchKeyMap: defaultSearchKeys(lang),
	}
}

// ShortHelp returns the bindings of the one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.PageDown, k.NextNode, k.Outline, k.Help, k.Quit}
}

// FullHelp returns the bindings of the help overlay, grouped as the groups
// returned by helpGroupTitles name them.
func (k KeyMap) FullHelp() [][]key.Binding {
	// A binding whose keys would widen its column is shown as two rows:
	// space/pgdn, then less's z and ctrl+f. The help fits a 100×30
	// screen whole (TestGoldenViews' sample_100x30_help).
	pageDown, zCtrlF := split(k.PageDown, "z", "ctrl+f")
	pageUp, wCtrlB := split(k.PageUp, "w", "ctrl+b")
	focus, backTab := split(k.Focus, "shift+tab")
	quit, ctrlC := split(k.Quit, "ctrl+c")
	// Enter in the reading pane is a line down, as less's RETURN; it is
	// the outline's Jump (keys_handle's readerKey takes it), listed here
	// with less's e, a line down too.
	down, e := split(k.Down, "e")
	enter := key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter/e", k.Down.Help().Desc))
	enter.SetEnabled(e.Enabled())
	return [][]key.Binding{
		{down, enter, k.Up, k.HalfDown, k.HalfUp, pageDown, zCtrlF, pageUp, wCtrlB, k.Top, k.Bottom, k.Percent},
		{k.NextNode, k.PrevNode, k.NextArticle, k.PrevArticle, k.Mark, k.GotoMark, k.Back, k.Alternate, k.Info},
		{k.Junk, k.Outline, focus, backTab, k.Chars, k.ToList, k.Reload, k.Help, k.Suspend, k.Redraw, quit, ctrlC},
		{k.Jump, k.Collapse, k.Expand},
		k.searchHelp(),
		// y and Y take the section as a does, to the clipboard: with the
		// basket's keys, a row left for q's less and vim spellings.
		{k.Copy, k.CopyOutline, k.Select, k.AddBasket, k.OpenBasket},
	}
}

// split returns b for the help as two rows: without the keys alts, and
// alts alone (written a/b), both with b's description, enabled as b is.
func split(b key.Binding, alts ...string) (rest, only key.Binding) {
	keys := slices.DeleteFunc(slices.Clone(b.Keys()), func(k string) bool { return slices.Contains(alts, k) })
	rest = key.NewBinding(key.WithKeys(keys...), key.WithHelp(b.Help().Key, b.Help().Desc))
	only = key.NewBinding(key.WithKeys(alts...), key.WithHelp(strings.Join(alts, "/"), b.Help().Desc))
	rest.SetEnabled(b.Enabled())
	only.SetEnabled(b.Enabled())
	return rest, only
}

func helpGroupTitles(t *text) []string {
	return []string{t.GMove, t.GStructure, t.GView, t.GOutline, searchTextOf(t).GSearch, t.GCopy}
}

// action is what a key asks for, independent of which pane has focus.
type action int

const (
	actNone action = iota
	actDown
	actUp
	actHalfDown
	actHalfUp
	actPageDown
	actPageUp
	actTop
	actBottom
	actNextNode
	actPrevNode
	actNextArticle
	actPrevArticle
	actJunk
	actOutline
	actFocus
	actChars
	actHelp
	actQuit
	actQuitZZ
	actJump
	actCollapse
	actExpand
	actCopy
	actCopyOutline
	actMark
	actGotoMark
	actSuspend
	actPercent
	actAddBasket
	actSelect
	actOpenBasket
	actAlternate
	actReload
	actInfo
)

// boundAction is a binding and what it asks for.
type boundAction struct {
	b *key.Binding
	a action
}

// actions lists k's bindings with their actions, once per Model (New):
// key presses look their action up here. Order matters only where
// bindings share keys; they do not.
func (k *KeyMap) actions() []boundAction {
	return []boundAction{
		{&k.Down, actDown}, {&k.Up, actUp},
		{&k.HalfDown, actHalfDown}, {&k.HalfUp, actHalfUp},
		{&k.PageDown, actPageDown}, {&k.PageUp, actPageUp},
		{&k.Top, actTop}, {&k.Bottom, actBottom},
		{&k.NextNode, actNextNode}, {&k.PrevNode, actPrevNode},
		{&k.NextArticle, actNextArticle}, {&k.PrevArticle, actPrevArticle},
		{&k.Junk, actJunk}, {&k.Outline, actOutline}, {&k.Focus, actFocus},
		{&k.Chars, actChars}, {&k.Help, actHelp}, {&k.Quit, actQuit}, {&k.QuitZZ, actQuitZZ},
		{&k.Jump, actJump}, {&k.Collapse, actCollapse}, {&k.Expand, actExpand},
		{&k.Search, actSearch}, {&k.NextHit, actNextHit}, {&k.PrevHit, actPrevHit},
		{&k.NextHitNode, actNextHitNode}, {&k.PrevHitNode, actPrevHitNode},
		{&k.HitsOnly, actHitsOnly}, {&k.ClearSearch, actClearSearch},
		{&k.Copy, actCopy}, {&k.CopyOutline, actCopyOutline},
		{&k.Mark, actMark}, {&k.GotoMark, actGotoMark},
		{&k.Suspend, actSuspend}, {&k.Percent, actPercent},
		{&k.AddBasket, actAddBasket}, {&k.Select, actSelect}, {&k.OpenBasket, actOpenBasket},
		{&k.Alternate, actAlternate}, {&k.Reload, actReload}, {&k.Info, actInfo},
	}
}

// matchAction returns what msg asks for in table; a disabled binding
// matches nothing (key.Matches).
func matchAction(table []boundAction, msg tea.KeyMsg) action {
	for _, e := range table {
		if key.Matches(msg, *e.b) {
			return e.a
		}
	}
	return actNone
}
