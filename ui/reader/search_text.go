package reader

import (
	wtext "wenji/internal/text"

	"github.com/charmbracelet/bubbles/key"
)

// SearchKeyMap is the search's part of the KeyMap: the keys of normal mode
// and those of the open prompt.
type SearchKeyMap struct {
	Search, NextHit, PrevHit key.Binding
	NextHitNode, PrevHitNode key.Binding
	HitsOnly, ClearSearch    key.Binding

	// In the prompt.
	PromptConfirm, PromptCancel, PromptOlder, PromptNewer key.Binding
	PromptNextForm, PromptPrevForm                        key.Binding
}

func defaultSearchKeys(lang string) SearchKeyMap {
	t := searchTextFor(lang)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return SearchKeyMap{
		Search:         b("/", t.HSearch, "/"),
		NextHit:        b("n", t.HNextHit, "n"),
		PrevHit:        b("N", t.HPrevHit, "N"),
		NextHitNode:    b("ctrl+n", t.HNextHitNode, "ctrl+n"),
		PrevHitNode:    b("ctrl+p", t.HPrevHitNode, "ctrl+p"),
		HitsOnly:       b("f", t.HHitsOnly, "f"),
		ClearSearch:    b("esc", t.HClear, "esc"),
		PromptConfirm:  b("enter", t.HConfirm, "enter"),
		PromptCancel:   b("esc", t.HCancel, "esc", "ctrl+c", "ctrl+g"),
		PromptOlder:    b("↑/↓", t.HHistory, "up"),
		PromptNewer:    b("↓", t.HHistory, "down"),
		PromptNextForm: b("tab/shift+tab", t.HForms, "tab"), // the help names both (PromptPrevForm is not listed)
		PromptPrevForm: b("shift+tab", t.HForms, "shift+tab"),
	}
}

// searchHelp is the help overlay's search group.
func (k SearchKeyMap) searchHelp() []key.Binding {
	return []key.Binding{k.Search, k.NextHit, k.PrevHit, k.NextHitNode, k.PrevHitNode, k.HitsOnly, k.ClearSearch, k.PromptOlder, k.PromptNextForm}
}

// searchTextOf returns the search's words in the language of t.
func searchTextOf(t *text) *searchText {
	if t == zhText {
		return zhSearchText
	}
	return enSearchText
}

func (m *Model) stx() *searchText { return searchTextOf(m.tx) }

// searchText is the interface text of this page (internal/text).
type searchText = wtext.Search

var zhSearchText, enSearchText = &wtext.ZhSearch, &wtext.EnSearch

// searchTextFor returns the text in lang.
func searchTextFor(lang string) *searchText { return wtext.SearchFor(lang) }
