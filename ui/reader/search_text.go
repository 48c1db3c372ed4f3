package reader

import "github.com/charmbracelet/bubbles/key"

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
		Search:         b("/", t.hSearch, "/"),
		NextHit:        b("n", t.hNextHit, "n"),
		PrevHit:        b("N", t.hPrevHit, "N"),
		NextHitNode:    b("ctrl+n", t.hNextHitNode, "ctrl+n"),
		PrevHitNode:    b("ctrl+p", t.hPrevHitNode, "ctrl+p"),
		HitsOnly:       b("f", t.hHitsOnly, "f"),
		ClearSearch:    b("esc", t.hClear, "esc"),
		PromptConfirm:  b("enter", t.hConfirm, "enter"),
		PromptCancel:   b("esc", t.hCancel, "esc", "ctrl+c", "ctrl+g"),
		PromptOlder:    b("↑/↓", t.hHistory, "up"),
		PromptNewer:    b("↓", t.hHistory, "down"),
		PromptNextForm: b("tab", t.hForms, "tab"),
		PromptPrevForm: b("shift+tab", t.hForms, "shift+tab"),
	}
}

// searchHelp is the help overlay's search group.
func (k SearchKeyMap) searchHelp() []key.Binding {
	return []key.Binding{k.Search, k.NextHit, k.PrevHit, k.NextHitNode, k.PrevHitNode, k.HitsOnly, k.ClearSearch, k.PromptOlder, k.PromptNextForm}
}

// searchText holds the search's words in one language.
type searchText struct {
	gSearch                                                 string
	hSearch, hNextHit, hPrevHit, hNextHitNode, hPrevHitNode string
	hHitsOnly, hClear, hConfirm, hCancel, hHistory          string
	badPattern, notFound, noHits, noSearch, searching       string
	emptyQuery                                              string
	wrapBottom, wrapTop, hitsOnlyOn, hitsOnlyOff            string
	noNextHitNode, noPrevHitNode                            string
	hForms, formHint                                        string
}

var zhSearchText = searchText{
	gSearch: "搜索",
	hSearch: "搜索，\\开头用正则", hNextHit: "下一处匹配", hPrevHit: "上一处匹配",
	hNextHitNode: "下一个有匹配的节点", hPrevHitNode: "上一个有匹配的节点",
	hHitsOnly: "目录仅列含匹配节点", hClear: "清除搜索高亮",
	hConfirm: "确定", hCancel: "取消", hHistory: "搜索历史",
	badPattern: "正则有误：", notFound: "未找到：", noHits: "无匹配", emptyQuery: "没有要找的内容",
	noSearch: "还没有搜索（按 / 搜索）", searching: "仍在搜索…",
	wrapBottom: "已到末尾，从开头继续", wrapTop: "已到开头，从末尾继续",
	hitsOnlyOn: "目录只列有匹配的节点", hitsOnlyOff: "目录列出全部节点",
	noNextHitNode: "后面没有含匹配的节点", noPrevHitNode: "前面没有含匹配的节点",
	hForms: "搜索框中选@匹配词", formHint: "Tab→%s %d处（%d/%d）",
}

var enSearchText = searchText{
	gSearch: "Search",
	hSearch: "search, \\ regexp", hNextHit: "next match", hPrevHit: "previous match",
	hNextHitNode: "next node w/ match", hPrevHitNode: "prev node w/ match",
	hHitsOnly: "outline: hit nodes", hClear: "clear highlights",
	hConfirm: "confirm", hCancel: "cancel", hHistory: "search history",
	badPattern: "bad pattern: ", notFound: "not found: ", noHits: "no matches", emptyQuery: "nothing to search for",
	noSearch: "no previous search (/ searches)", searching: "still searching…",
	wrapBottom: "search hit BOTTOM, continuing at TOP", wrapTop: "search hit TOP, continuing at BOTTOM",
	hitsOnlyOn: "outline lists only nodes with matches", hitsOnlyOff: "outline lists all nodes",
	noNextHitNode: "no later node with matches", noPrevHitNode: "no earlier node with matches",
	hForms: "in /: pick an @ match", formHint: "Tab→%s ×%d (%d/%d)",
}

func searchTextFor(lang string) *searchText {
	if lang == "zh" {
		return &zhSearchText
	}
	return &enSearchText
}

// searchTextOf returns the search's words in the language of t.
func searchTextOf(t *text) *searchText {
	if t == &zhText {
		return &zhSearchText
	}
	return &enSearchText
}

func (m *Model) stx() *searchText { return searchTextOf(m.tx) }
