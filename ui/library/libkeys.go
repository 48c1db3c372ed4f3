package library

import (
	"wenji/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// LibraryKeyMap is the library list's bindings. Letters are typed into the
// filter, so moving is on the arrows and the control keys. It satisfies
// help.KeyMap: the ? help is generated from it.
type LibraryKeyMap struct {
	Down, Up         key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
	Open             key.Binding
	// Type stands for every printable key, typed into the filter or the
	// search; it is for the help only (keys are typed by their kind).
	Type key.Binding
	// Delete takes the last character off the filter or the search.
	Delete key.Binding
	// Clear empties the filter; on an empty filter it quits.
	Clear       key.Binding
	ClearFilter key.Binding
	// Search is kept for the library-wide search.
	Search key.Binding
	// In the search results: open the document at the hit, back to the list.
	ResultOpen, ResultBack key.Binding
	// Back returns from the reader to the list (matched by the reader,
	// which knows when Esc clears a search instead).
	Back key.Binding
	// Help opens the help when the filter or the search is not being typed
	// (else ? is typed, as a query may hold one).
	Help key.Binding
	Quit key.Binding
	// Suspend hands the terminal back to the shell (fg returns).
	Suspend key.Binding

	// In the help: j/k and the page keys scroll it, any other key closes it.
	HelpDown, HelpUp, HelpPageDown, HelpPageUp key.Binding
}

// DefaultLibraryKeyMap returns the list's bindings, described in lang.
func DefaultLibraryKeyMap(lang string) LibraryKeyMap {
	t, rt := libTextFor(lang), common.TextFor(lang)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return LibraryKeyMap{
		Down:         b("↓/ctrl+n", t.hDown, "down", "ctrl+n"),
		Up:           b("↑/ctrl+p", t.hUp, "up", "ctrl+p"),
		PageDown:     b("pgdn", t.hPageDown, "pgdown"),
		PageUp:       b("pgup", t.hPageUp, "pgup"),
		Top:          b("home", t.hTop, "home"),
		Bottom:       b("end", t.hBottom, "end"),
		Open:         b("enter", t.hOpen, "enter"),
		Type:         b(t.kType, t.hType, ""),
		Delete:       b("backspace", t.hDelete, "backspace"),
		Clear:        b("esc", t.hClear, "esc"),
		ClearFilter:  b("ctrl+u", t.hClearFilter, "ctrl+u"),
		Search:       b("/", t.hSearch, "/"),
		ResultOpen:   b("enter", t.hResultOpen, "enter"),
		ResultBack:   b("esc", t.hResultBack, "esc"),
		Back:         b("esc/backspace", t.hBack, "esc", "backspace"),
		Help:         b("?", t.hHelp, "?"),
		Quit:         b("ctrl+c", rt.HQuit, "ctrl+c"),
		Suspend:      b("ctrl+z", rt.HSuspend, "ctrl+z"),
		HelpDown:     b("j/↓", rt.HDown, "j", "down", "ctrl+n"),
		HelpUp:       b("k/↑", rt.HUp, "k", "up", "ctrl+p"),
		HelpPageDown: b("space/pgdn", rt.HPageDown, " ", "pgdown", "ctrl+d"),
		HelpPageUp:   b("b/pgup", rt.HPageUp, "b", "pgup", "ctrl+u"),
	}
}

// ShortHelp returns the bindings of a one-line help.
func (k LibraryKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Open, k.Search, k.Help, k.Quit}
}

// FullHelp returns the bindings of the ? help, grouped as
// libHelpGroupTitles names them.
func (k LibraryKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom, k.Open},
		{k.Type, k.Delete, k.ClearFilter, k.Clear},
		{k.Search, k.ResultOpen, k.ResultBack},
		{k.Back, k.Help, k.Suspend, k.Quit},
	}
}

func libHelpGroupTitles(t *libText) []string {
	return []string{t.gList, t.gFilter, t.gSearch, t.gOther}
}

func (LibraryKeyMap) matches(msg tea.KeyMsg, b ...key.Binding) bool { return key.Matches(msg, b...) }

// libText holds the library's words in one language.
type libText struct {
	filter, filterHint                                string
	colTitle, colFile, colSize, colChars, colArticles string
	parsingFmt, openingFmt, saveFailed                string
	noMatch, noDocs, keysHint                         string
	searchPrompt, searchingFmt, searchDoneFmt         string
	noHits, searchHint                                string
	hDown, hUp, hPageDown, hPageUp, hTop, hBottom     string
	hOpen, hClear, hClearFilter, hSearch              string
	kType, hType, hDelete, hResultOpen, hResultBack   string
	hBack, gList, gFilter, gSearch, gOther            string
	lastFmt, helpHint, hHelp                          string
	// The count words, one and many (English says 1 hit, 2 hits).
	hit, doc [2]string
}

// hits and docs put a count with its word: 1 hit, 2 hits, 3 处.
func (t *libText) hits(n int) string { return common.Thousands(n) + " " + t.hit[many(n)] }
func (t *libText) docs(n int) string { return common.Thousands(n) + " " + t.doc[many(n)] }

// many is 0 for one, 1 for any other count.
func many(n int) int {
	if n == 1 {
		return 0
	}
	return 1
}

var zhLibText = libText{
	filter: "筛选 ", filterHint: "输入标题或文件名；@ 开头按拼音首字母（@dcyj）",
	colTitle: "标题", colFile: "文件", colSize: "大小", colChars: "字数", colArticles: "篇",
	hit: [2]string{"处", "处"}, doc: [2]string{"份文档", "份文档"},
	parsingFmt: "正在读取 %s/%s", openingFmt: "正在打开 %s…",
	saveFailed: "无法记录阅读位置：%v",
	noMatch:    "没有匹配的文档", noDocs: "目录中没有可读的文档（.txt .md .html .docx）",
	searchPrompt: "全库搜索 /", searchingFmt: "已搜 %s/%s 份 · %s", searchDoneFmt: "%s，%s · %.2f 秒",
	noHits: "没有找到", searchHint: "↑↓ 选择 · Enter 打开到该处 · Esc 回到列表",
	keysHint: "↑↓ 选择 · Enter 打开 · 输入即筛选 · Esc 清除/退出 · 阅读中 Esc/退格 返回列表",
	hDown:    "下一项", hUp: "上一项", hPageDown: "下一页", hPageUp: "上一页", hTop: "第一项", hBottom: "最后一项",
	hOpen: "打开", hClear: "清除筛选（空时退出）", hClearFilter: "清除筛选", hSearch: "全库搜索（筛选为空时）",
	kType: "输入", hType: "筛选标题、文件名（@ 拼音首字母）", hDelete: "删去一个字",
	hResultOpen: "打开到该处（n/N 继续）", hResultBack: "回到列表",
	hBack: "阅读中：回到列表", gList: "列表", gFilter: "筛选", gSearch: "全库搜索", gOther: "其他",
	lastFmt: "上次打开的文档：%s", helpHint: "? 帮助", hHelp: "帮助（不在输入时）",
}

var enLibText = libText{
	filter: "filter ", filterHint: "type a title or file name; @ for pinyin initials (@dcyj)",
	colTitle: "Title", colFile: "File", colSize: "Size", colChars: "Chars", colArticles: "Art.",
	hit: [2]string{"hit", "hits"}, doc: [2]string{"document", "documents"},
	parsingFmt: "reading %s/%s", openingFmt: "opening %s…",
	saveFailed: "cannot remember the place: %v",
	noMatch:    "no document matches", noDocs: "no readable documents here (.txt .md .html .docx)",
	searchPrompt: "search all /", searchingFmt: "searched %s/%s · %s", searchDoneFmt: "%s in %s · %.2f s",
	noHits: "not found", searchHint: "↑↓ select · Enter open there · Esc back to the list",
	keysHint: "↑↓ select · Enter open · type to filter · Esc clear/quit · in a document Esc/Backspace: back",
	hDown:    "next", hUp: "previous", hPageDown: "page down", hPageUp: "page up", hTop: "first", hBottom: "last",
	hOpen: "open", hClear: "clear the filter; quit if none", hClearFilter: "clear the filter", hSearch: "search all (with no filter)",
	kType: "typing", hType: "filter titles, files (@: pinyin)", hDelete: "delete a character",
	hResultOpen: "open at the hit (n/N go on)", hResultBack: "back to the list",
	hBack: "in a document: back to the list", gList: "List", gFilter: "Filter", gSearch: "Search all", gOther: "Other",
	lastFmt: "last opened: %s", helpHint: "? help", hHelp: "help (when not typing)",
}

func libTextFor(lang string) *libText {
	if lang == "zh" {
		return &zhLibText
	}
	return &enLibText
}
