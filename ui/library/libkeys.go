package library

import (
	"strings"

	wtext "wenji/internal/text"
	"wenji/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// LibraryKeyMap is the library list's bindings. While the list or the
// search's results are browsed, keys are commands as in less and vim (j/k,
// g/G, q); while the filter or the query is typed (after f or /), every
// printable key is text: enable sets each binding's keys for the mode. It
// satisfies help.KeyMap: the ? help is generated from it.
type LibraryKeyMap struct {
	Down, Up         key.Binding
	PageDown, PageUp key.Binding
	// HalfDown and HalfUp are Ctrl-d and Ctrl-u where keys are commands
	// (the list or the results browsed), half a screen, as in the reader,
	// the basket page, less and vim: Ctrl-d did nothing and said nothing.
	// While the filter or the query is typed Ctrl-u empties it instead.
	HalfDown, HalfUp key.Binding
	Top, Bottom      key.Binding
	Open             key.Binding
	// Filter is f in the list browsed (ranger's and lf's find): the
	// filter typed (its text kept, the cursor at its end), until Enter or
	// Esc. A Han character (any non-ASCII letter) typed there starts it
	// too, with that character.
	Filter key.Binding
	// Requery is / in the results browsed: the query typed again.
	Requery key.Binding
	// Type stands for every printable key, typed into the filter or the
	// search; it is for the help only (keys are typed by their kind).
	Type key.Binding
	// Delete takes the last character off the filter or the search.
	Delete key.Binding
	// Edit stands for the line-editing keys of the filter and the search
	// (the prompt's: ←/→, ctrl+a/e, ctrl+w/k); for the help only.
	Edit key.Binding
	// Clear empties the filter; on an empty filter it says how to quit.
	Clear       key.Binding
	ClearFilter key.Binding
	// Search (/ in the list browsed, as in the reader, less and vim)
	// opens the library-wide search;
	// Headings stands for a query starting with # (the help only, as
	// Type).
	Search, Headings key.Binding
	// In the search results: open the document at the hit, back to the list.
	ResultOpen, ResultBack key.Binding
	// QueryType, QueryDelete, QueryEdit and QueryClear are Type, Delete,
	// Edit and Ctrl-u in the search, which edit its query: the help lists
	// them under the search, not under the filter (for the help only).
	QueryType, QueryDelete, QueryEdit, QueryClear key.Binding
	// QueryOlder and QueryNewer are Ctrl-p and Ctrl-n in the search: the
	// searches made before, here and in the reader's / prompt (fzf's
	// --history keys: ↑ and ↓ move in the results).
	QueryOlder, QueryNewer key.Binding
	// Back returns from the reader to the list (matched by the reader,
	// which knows when Esc clears a search instead).
	Back key.Binding
	// Help opens the help when the filter or the search is not being typed
	// (else ? is typed, as a query may hold one).
	Help key.Binding
	Quit key.Binding
	// Suspend hands the terminal back to the shell (fg returns).
	Suspend key.Binding
	// Redraw is Ctrl-l, in the help only: internal/app takes it.
	Redraw key.Binding
	// Reopen is Ctrl-^ (vim's alternate file): the document read last,
	// again where it was left.
	Reopen key.Binding
	// Basket is Tab (and B where keys are commands): the basket page
	// over the list, as B shows it over a document.
	Basket key.Binding

	// In the help: j/k and the page keys scroll it, any other key closes it.
	HelpDown, HelpUp, HelpPageDown, HelpPageUp key.Binding
	// HelpTop and HelpBottom are g and G in the help, as its last line
	// offers (（完）k 往回翻，g 回到开头): g closed it.
	HelpTop, HelpBottom key.Binding
}

// DefaultLibraryKeyMap returns the list's bindings, described in lang.
func DefaultLibraryKeyMap(lang string) LibraryKeyMap {
	t, rt, rdt := libTextFor(lang), wtext.SharedFor(lang), wtext.ReaderFor(lang)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return LibraryKeyMap{
		Down:         b("↓/ctrl+n", t.HDown, "down", "ctrl+n"),
		Up:           b("↑/ctrl+p", t.HUp, "up", "ctrl+p"),
		PageDown:     b("pgdn", t.HPageDown, "pgdown"),
		PageUp:       b("pgup", t.HPageUp, "pgup"),
		HalfDown:     b("ctrl+d", rdt.HHalfDown, "ctrl+d"),
		HalfUp:       b("ctrl+u", rdt.HHalfUp, "ctrl+u"),
		Top:          b("home", t.HTop, "home"),
		Bottom:       b("end", t.HBottom, "end"),
		Open:         b("enter", t.HOpen, "enter"),
		Type:         b(t.KType, t.HType, ""),
		Delete:       b("backspace", t.HDelete, "backspace"),
		Edit:         b(t.KEdit, t.HEdit, ""),
		Clear:        b("esc", t.HClear, "esc"),
		ClearFilter:  b("ctrl+u", t.HClearFilter, "ctrl+u"),
		Filter:       b("f", t.HFilter, "f"),
		Requery:      b("/", t.HRequery, "/"),
		Search:       b("/", t.HSearch, "/"),
		Headings:     b(t.KHeadings, t.HHeadings, ""),
		ResultOpen:   b("enter", t.HResultOpen, "enter"),
		QueryType:    b(t.KType, t.HTypeQuery, ""),
		QueryDelete:  b("backspace", t.HDeleteQuery, ""),
		QueryEdit:    b(t.KEdit, t.HEditQuery, ""),
		QueryClear:   b("ctrl+u", t.HClearQuery, ""),
		ResultBack:   b("esc", t.HResultBack, "esc"),
		QueryOlder:   b("ctrl+p/ctrl+n", t.HQueryHistory, "ctrl+p"), // the help names both
		QueryNewer:   b("ctrl+n", t.HQueryHistory, "ctrl+n"),
		Back:         b("esc/backspace", t.HBack, "esc", "backspace"),
		Help:         b("?", t.HHelp, "?"),
		Quit:         b("q/ctrl+c", rt.HQuit, "q", "Q", "ctrl+c"),
		Suspend:      b("ctrl+z", rt.HSuspend, "ctrl+z"),
		Redraw:       b("ctrl+l", rt.HRedraw, "ctrl+l"),
		Reopen:       b("ctrl+^", t.HReopen, "ctrl+^"),
		Basket:       b("tab/B", t.HBasket, "tab", "B"),
		HelpDown:     b("j/↓", rt.HDown, "j", "down", "ctrl+n"),
		HelpUp:       b("k/↑", rt.HUp, "k", "up", "ctrl+p"),
		HelpPageDown: b("space/pgdn", rt.HPageDown, " ", "pgdown", "ctrl+d"),
		HelpPageUp:   b("b/pgup", rt.HPageUp, "b", "pgup", "ctrl+u"),
		HelpTop:      b("g/home", t.HTop, "g", "home"),
		HelpBottom:   b("G/end", t.HBottom, "G", "end"),
	}
}

// ShortHelp returns the bindings of a one-line help.
func (k LibraryKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Open, k.Filter, k.Search, k.Help, k.Quit}
}

// FullHelp returns the bindings of the ? help, grouped as
// libHelpGroupTitles names them.
func (k LibraryKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.Open},
		{k.Filter, k.Type, k.Delete, k.Edit, k.ClearFilter, k.Clear},
		{k.Search, k.Requery, k.QueryType, k.QueryDelete, k.QueryEdit, k.QueryClear, k.QueryOlder, k.Headings, k.ResultOpen, k.ResultBack},
		{k.Back, k.Reopen, k.Basket, k.Help, k.Suspend, k.Redraw, k.Quit},
	}
}

func libHelpGroupTitles(t *libText) []string {
	return []string{t.GList, t.GFilter, t.GSearch, t.GOther}
}

// enable turns on the bindings that work in mode md (hasFilter: the
// filter holds text), and off the others, and gives each the keys it has
// there (j, q, G… only where keys are commands, not while a prompt is
// typed), so that the help generated from the map lists exactly what
// works where it was opened.
func (k *LibraryKeyMap) enable(md mode, hasFilter bool) {
	list, browse := !md.searching(), !md.typing()
	k.Top.SetEnabled(list || browse)
	k.Bottom.SetEnabled(list || browse)
	k.Open.SetEnabled(list)
	k.Clear.SetEnabled(list)
	// Typing in the search edits its query: the filter's keys are listed
	// there as the query's, under the search.
	k.Type.SetEnabled(list)
	// Ctrl-u empties the filter only while it is typed: browsed, the list
	// moves half a screen up on it (HalfUp), and Esc clears the filter.
	k.ClearFilter.SetEnabled(list && hasFilter && !browse)
	k.Delete.SetEnabled(list && hasFilter)
	k.Edit.SetEnabled(list && hasFilter)
	for _, b := range []*key.Binding{&k.QueryType, &k.QueryDelete, &k.QueryEdit, &k.QueryClear} {
		b.SetEnabled(!list)
	}
	// Ctrl-n and Ctrl-p go through the search's history while its query
	// is typed, not through the rows.
	k.QueryOlder.SetEnabled(!list && !browse)
	k.QueryNewer.SetEnabled(!list && !browse)
	history := !list && !browse
	setKeys(&k.Down, pick(browse, "j"), "down", pick(!history, "ctrl+n"))
	setKeys(&k.Up, pick(browse, "k"), "up", pick(!history, "ctrl+p"))
	setKeys(&k.PageDown, pick(browse, " "), "pgdown", pick(browse, "ctrl+f"))
	setKeys(&k.PageUp, pick(browse, "b"), "pgup", pick(browse, "ctrl+b"))
	k.HalfDown.SetEnabled(browse)
	k.HalfUp.SetEnabled(browse)
	setKeys(&k.Top, pick(browse, "g"), "home")
	setKeys(&k.Bottom, pick(browse, "G"), "end")
	setKeys(&k.Quit, pick(browse && list, "q"), pick(browse && list, "Q"), "ctrl+c")
	setKeys(&k.ResultBack, pick(browse, "q"), "esc")
	setKeys(&k.Basket, "tab", pick(browse, "B"))
	k.Filter.SetEnabled(list && browse)
	k.Search.SetEnabled(list && browse)
	k.Requery.SetEnabled(!list && browse)
	k.ResultOpen.SetEnabled(!list)
	k.ResultBack.SetEnabled(!list)
	// ? helps only when no query is typed; in the help itself it is
	// listed as what opened it.
	k.Help.SetEnabled(browse)
}

// pick is s when on, else "" (a key setKeys leaves out).
func pick(on bool, s string) string {
	if on {
		return s
	}
	return ""
}

// setKeys gives b the keys named (those not "") and the help's name of
// them: j/↓/ctrl+n.
func setKeys(b *key.Binding, keys ...string) {
	var ks []string
	for _, k := range keys {
		if k != "" {
			ks = append(ks, k)
		}
	}
	b.SetKeys(ks...)
	b.SetHelp(helpKeys(ks), b.Help().Desc)
}

// helpKeys names keys as the help shows them: j/↓/ctrl+n, space/pgdn.
// Q is left out beside q, as the reader's help names q alone.
func helpKeys(keys []string) string {
	names := make([]string, 0, len(keys))
	for _, k := range keys {
		switch k {
		case "Q":
			continue
		case " ":
			k = "space"
		case "down":
			k = "↓"
		case "up":
			k = "↑"
		case "pgdown":
			k = "pgdn"
		}
		names = append(names, k)
	}
	return strings.Join(names, "/")
}

func (LibraryKeyMap) matches(msg tea.KeyMsg, b ...key.Binding) bool { return key.Matches(msg, b...) }

// hits and docs put a count with its word: 1 hit, 2 hits, 3 处.
func hitsText(t *libText, n int) string { return common.Thousands(n) + " " + t.Hit[many(n)] }
func docsText(t *libText, n int) string { return common.Thousands(n) + " " + t.Doc[many(n)] }

// many is 0 for one, 1 for any other count.
func many(n int) int {
	if n == 1 {
		return 0
	}
	return 1
}

// libText is the interface text of this page (internal/text).
type libText = wtext.Library

var zhLibText, enLibText = &wtext.ZhLibrary, &wtext.EnLibrary

// libTextFor returns the text in lang.
func libTextFor(lang string) *libText { return wtext.LibraryFor(lang) }
