package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// LibraryKeyMap is the library list's bindings. Letters are typed into the
// filter, so moving is on the arrows and the control keys.
type LibraryKeyMap struct {
	Down, Up         key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
	Open             key.Binding
	// Clear empties the filter; on an empty filter it quits.
	Clear       key.Binding
	ClearFilter key.Binding
	// Search is kept for the library-wide search.
	Search key.Binding
}

// DefaultLibraryKeyMap returns the list's bindings, described in lang.
func DefaultLibraryKeyMap(lang string) LibraryKeyMap {
	t := libTextFor(lang)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return LibraryKeyMap{
		Down:        b("↓/ctrl+n", t.hDown, "down", "ctrl+n"),
		Up:          b("↑/ctrl+p", t.hUp, "up", "ctrl+p"),
		PageDown:    b("pgdn", t.hPageDown, "pgdown"),
		PageUp:      b("pgup", t.hPageUp, "pgup"),
		Top:         b("home", t.hTop, "home"),
		Bottom:      b("end", t.hBottom, "end"),
		Open:        b("enter", t.hOpen, "enter"),
		Clear:       b("esc", t.hClear, "esc"),
		ClearFilter: b("ctrl+u", t.hClearFilter, "ctrl+u"),
		Search:      b("/", t.hSearch, "/"),
	}
}

func (LibraryKeyMap) matches(msg tea.KeyMsg, b key.Binding) bool { return key.Matches(msg, b) }

// libText holds the library's words in one language.
type libText struct {
	filter, filterHint                                string
	colTitle, colFile, colSize, colChars, colArticles string
	countFmt, parsingFmt, openingFmt, saveFailed      string
	noMatch, noDocs, keysHint                         string
	searchPrompt, searchingFmt, searchDoneFmt         string
	hitsFmt, noHits, searchHint                       string
	hDown, hUp, hPageDown, hPageUp, hTop, hBottom     string
	hOpen, hClear, hClearFilter, hSearch              string
}

var zhLibText = libText{
	filter: "筛选 ", filterHint: "输入标题或文件名；@ 开头按拼音首字母（@dcyj）",
	colTitle: "标题", colFile: "文件", colSize: "大小", colChars: "字数", colArticles: "篇",
	countFmt: "%s 份文档", parsingFmt: "正在读取 %s/%s", openingFmt: "正在打开 %s…",
	saveFailed: "无法记录阅读位置：%v",
	noMatch:    "没有匹配的文档", noDocs: "目录中没有可读的文档（.txt .md .html .docx）",
	searchPrompt: "全库搜索 /", searchingFmt: "已搜 %s/%s 份 · %s 处", searchDoneFmt: "%s 处，%s 份文档 · %.2f 秒",
	hitsFmt: "%s 处", noHits: "没有找到", searchHint: "↑↓ 选择 · Enter 打开到该处 · Esc 回到列表",
	keysHint: "↑↓ 选择 · Enter 打开 · 输入即筛选 · Esc 清除/退出 · 阅读中 Esc/退格 返回列表",
	hDown:    "下一项", hUp: "上一项", hPageDown: "下一页", hPageUp: "上一页", hTop: "第一项", hBottom: "最后一项",
	hOpen: "打开", hClear: "清除筛选（空时退出）", hClearFilter: "清除筛选", hSearch: "全库搜索",
}

var enLibText = libText{
	filter: "filter ", filterHint: "type a title or file name; @ for pinyin initials (@dcyj)",
	colTitle: "Title", colFile: "File", colSize: "Size", colChars: "Chars", colArticles: "Art.",
	countFmt: "%s documents", parsingFmt: "reading %s/%s", openingFmt: "opening %s…",
	saveFailed: "cannot remember the place: %v",
	noMatch:    "no document matches", noDocs: "no readable documents here (.txt .md .html .docx)",
	searchPrompt: "search all /", searchingFmt: "searched %s/%s · %s hits", searchDoneFmt: "%s hits in %s documents · %.2f s",
	hitsFmt: "%s hits", noHits: "not found", searchHint: "↑↓ select · Enter open there · Esc back to the list",
	keysHint: "↑↓ select · Enter open · type to filter · Esc clear/quit · in a document Esc/Backspace: back",
	hDown:    "next", hUp: "previous", hPageDown: "page down", hPageUp: "page up", hTop: "first", hBottom: "last",
	hOpen: "open", hClear: "clear the filter (quit when empty)", hClearFilter: "clear the filter", hSearch: "search the library",
}

func libTextFor(lang string) *libText {
	if lang == "zh" {
		return &zhLibText
	}
	return &enLibText
}
