package text

// Library holds the library's words in one language.
type Library struct {
	Filter, FilterHint                                string
	ColTitle, ColFile, ColSize, ColChars, ColArticles string
	ParsingFmt, OpeningFmt, SaveFailed                string
	NoMatch, NoDocs, KeysHint                         string
	SearchPrompt, SearchingFmt, SearchDoneFmt         string
	// SearchNoneFmt is SearchDoneFmt when nothing matched: the documents
	// searched, the seconds.
	SearchNoneFmt                                 string
	NoHits, SearchHint                            string
	HDown, HUp, HPageDown, HPageUp, HTop, HBottom string
	HOpen, HClear, HClearFilter, HSearch          string
	// HFilter is f in the list (the filter typed), HRequery / in the
	// search's results (the query typed again).
	HFilter, HRequery string
	// TypingFilterHint follows an empty filter while it is typed (after
	// f); FilterHint follows it while the list is browsed.
	TypingFilterHint string
	// FilterTypingKeys is the status bar's hint while the filter is
	// typed; ResultsHint while the search's results are browsed.
	FilterTypingKeys, ResultsHint string
	// TypeHow answers a letter that is no command in the list browsed
	// (it was typed into the filter; f does that now, and a Han
	// character starts it), ResultsTypeHow one in the results browsed.
	TypeHow, ResultsTypeHow                         string
	KType, HType, HDelete, HResultOpen, HResultBack string
	// KEdit and HEdit describe the line-editing keys of the filter (the
	// help only).
	KEdit, HEdit string
	// HTypeQuery, HDeleteQuery, HEditQuery and HClearQuery are typing,
	// Backspace, the editing keys and Ctrl-u in the search, which edit
	// its query, not the filter.
	HTypeQuery, HDeleteQuery, HEditQuery, HClearQuery string
	HBack, GList, GFilter, GSearch, GOther            string
	LastFmt, HelpHint, HHelp                          string
	// UnreadableDirsFmt is the header's note of folders that could not
	// be read; KHeadings and HHeadings describe a # query in the help.
	UnreadableDirsFmt, KHeadings, HHeadings string
	// SearchEmptyHint follows an empty search prompt.
	SearchEmptyHint string
	// SearchNoHitsHint is SearchHint while the results have no row to
	// select or open; KeysNoMatchHint is KeysHint while the filter shows
	// no document, KeysEmptyHint while the folder has none: each offers
	// only the keys that do something there.
	SearchNoHitsHint, KeysNoMatchHint, KeysEmptyHint string
	// KeysNoFilterHint is KeysHint while the filter is empty: Esc has
	// nothing to clear there (it says how to quit instead).
	KeysNoFilterHint string
	// The count words, one and many (English says 1 Hit, 2 hits).
	Hit, Doc [2]string
	// ListedFmt follows a document's count of hits in the search's
	// results when only its first %d are listed (n in the reader goes on).
	ListedFmt string
	// HReopen is Ctrl-^ in the list's help (vim's alternate file: the
	// document read last, again where it was left); NoReopen answers it
	// before any document was read.
	HReopen, NoReopen string
	// GoneDropped follows what opening a file said when the file is no
	// longer there: its row has left the list.
	GoneDropped string
	// GoneFmt says the list found a file deleted and took its row off
	// (%s its name); GoneManyFmt says it of several (%s their number).
	GoneFmt, GoneManyFmt string
	// AddedFmt says the list found a file added to the folder and took
	// it in (%s its name); AddedManyFmt says it of several.
	AddedFmt, AddedManyFmt string
	// HBasket is Tab and B in the help: the basket page, over the list.
	HBasket string
	// TitleCrumb is the breadcrumb of a search hit in the document's
	// title, which its snippet shows: nothing is above it.
	TitleCrumb string
	// QuitHow answers Esc with no filter to clear: the list does not
	// quit on it (Esc pressed once too often, or three times from a
	// document, lost the program), and says which key does.
	QuitHow string
	// HQueryHistory is Ctrl-p/Ctrl-n in the search (the history the
	// reader's / prompt shares); SearchHistoryHint and
	// SearchNoHitsHistoryHint are SearchHint and SearchNoHitsHint when
	// that history holds a search, its clause last: a narrow bar drops
	// it before Esc's, the way back to the list.
	HQueryHistory, SearchHistoryHint, SearchNoHitsHistoryHint string
}

// ZhLibrary is Library in Chinese.
var ZhLibrary = Library{
	Filter: "筛选 ", FilterHint: "汉字或 f 筛选标题、文件名；/ 搜索全部正文；f@dcyj 拼音首字母",
	TypingFilterHint: "输入标题或文件名；@ 开头按拼音首字母（@dcyj）；Enter 确定，Esc 取消",
	FilterTypingKeys: "Enter 确定筛选 · Esc 取消 · ↑↓ 选择",
	ResultsHint:      "j/k 选择 · Enter 打开到该处 · / 修改搜索词 · q/Esc 回到列表",
	TypeHow:          "按 f 筛选标题或文件名（汉字可直接输入），/ 搜索全部正文，? 帮助", ResultsTypeHow: "按 / 修改搜索词，q 回到列表，? 帮助",
	HFilter: "开始筛选（输入至 Enter/Esc 为止；汉字直接输入即筛选）", HRequery: "修改搜索词",
	ColTitle: "标题", ColFile: "文件", ColSize: "大小", ColChars: "字数", ColArticles: "篇",
	Hit: [2]string{"处", "处"}, Doc: [2]string{"份文档", "份文档"}, ListedFmt: "（列出前 %d 处）",
	ParsingFmt: "正在读取 %s/%s", OpeningFmt: "正在打开 %s…",
	SaveFailed: "无法记录阅读位置：%v",
	NoMatch:    "没有匹配的文档", NoDocs: "文件夹中没有可读的文档（.txt .md .html .mht .docx .doc .odt .rtf .pdf .epub）",
	SearchPrompt: "全库搜索 /", SearchingFmt: "已搜 %s/%s 份 · %s", SearchDoneFmt: "%s，%s · %.2f 秒",
	SearchNoneFmt: "0 处（共搜 %s） · %.2f 秒",
	NoHits:        "没有找到", SearchHint: "↑↓ 选择 · Enter 打开到该处 · Esc 回到列表",
	SearchNoHitsHint: "Esc 回到列表", KeysNoMatchHint: "退格 修改筛选 · Esc 清除筛选", KeysEmptyHint: "q 退出",
	KeysHint:         "j/k 选择 · Enter 打开 · f 筛选 · / 全库搜索 · B 素材篮 · q 退出 · Esc 清除筛选 · 阅读中 Esc/退格 返回列表",
	KeysNoFilterHint: "j/k 选择 · Enter 打开 · f 筛选 · / 全库搜索 · B 素材篮 · q 退出 · 阅读中 Esc/退格 返回列表",
	HDown:            "下一项", HUp: "上一项", HPageDown: "下一页", HPageUp: "上一页", HTop: "第一项", HBottom: "最后一项",
	HOpen: "打开", HClear: "清除筛选（不退出）", HClearFilter: "清除筛选", HSearch: "全库搜索",
	KType: "f 之后输入", HType: "筛选标题、文件名（@ 拼音首字母）", HDelete: "删去一个字",
	KEdit: "←/→ ctrl+a/e/w/k", HEdit: "移动光标；行首、行尾；删去前一词、删至行尾",
	HTypeQuery: "修改搜索词（边输边搜）", HDeleteQuery: "删去搜索词的一个字（空时回到列表）",
	HEditQuery: "搜索词中：移动光标；行首、行尾；删去前一词、删至行尾", HClearQuery: "清空搜索词",
	HResultOpen: "打开到该处（n/N 继续）", HResultBack: "回到列表",
	HBack: "阅读中：回到列表", GList: "列表", GFilter: "筛选", GSearch: "全库搜索", GOther: "其他",
	LastFmt: "上次打开的文档：%s", HelpHint: "? 帮助", HHelp: "帮助（不在输入时）",
	UnreadableDirsFmt: "%s 个文件夹无法读取", KHeadings: "#词语", HHeadings: "只搜标题：列出含该词的各级标题",
	SearchEmptyHint: "搜索全部文档的正文；# 开头只搜标题（#调查研究）",
	HReopen:         "回到刚读的文档（原处）", NoReopen: "还没有读过文档", GoneDropped: "（已从列表移除）",
	GoneFmt: "%s 已不在（已从列表移除）", GoneManyFmt: "%s 个文件已不在（已从列表移除）",
	AddedFmt: "新文件 %s 已加入列表", AddedManyFmt: "%s 个新文件已加入列表",
	HBasket: "素材篮（摘录的段落）", TitleCrumb: "文档标题",
	QuitHow:       "没有要清除的筛选；按 q 退出",
	HQueryHistory: "搜索历史（与文档中的 / 共用）", SearchHistoryHint: "↑↓ 选择 · Enter 打开到该处 · Esc 回到列表 · Ctrl-P/N 搜索历史",
	SearchNoHitsHistoryHint: "Esc 回到列表 · Ctrl-P/N 搜索历史",
}

// EnLibrary is Library in English.
var EnLibrary = Library{
	Filter: "filter ", FilterHint: "f filter (or type Chinese); / search all text; f@dcyj pinyin",
	TypingFilterHint: "type a title or file name; @ pinyin (@dcyj); Enter keeps it, Esc cancels",
	FilterTypingKeys: "Enter keep the filter · Esc cancel · ↑↓ select",
	ResultsHint:      "j/k select · Enter open there · / edit the query · q/Esc back to the list",
	TypeHow:          "f or Chinese: filter titles and files; / search all text; ? help", ResultsTypeHow: "/ edits the query, q goes back to the list, ? help",
	HFilter: "start the filter (typed till Enter/Esc; Chinese typed starts it)", HRequery: "edit the query",
	ColTitle: "Title", ColFile: "File", ColSize: "Size", ColChars: "Chars", ColArticles: "Art.",
	Hit: [2]string{"hit", "hits"}, Doc: [2]string{"document", "documents"}, ListedFmt: " (first %d listed)",
	ParsingFmt: "reading %s/%s", OpeningFmt: "opening %s…",
	SaveFailed: "cannot remember the place: %v",
	NoMatch:    "no document matches", NoDocs: "no readable documents here (.txt .md .html .mht .docx .doc .odt .rtf .pdf .epub)",
	SearchPrompt: "search all /", SearchingFmt: "searched %s/%s · %s", SearchDoneFmt: "%s in %s · %.2f s",
	SearchNoneFmt: "0 hits (searched %s) · %.2f s",
	NoHits:        "not found", SearchHint: "↑↓ select · Enter open there · Esc back to the list",
	SearchNoHitsHint: "Esc back to the list", KeysNoMatchHint: "Backspace edit the filter · Esc clear it", KeysEmptyHint: "q quit",
	KeysHint:         "j/k select · Enter open · f filter · / search all · B basket · q quit · Esc clear · in a document Esc/Backspace: back",
	KeysNoFilterHint: "j/k select · Enter open · f filter · / search all · B basket · q quit · in a document Esc/Backspace: back",
	HDown:            "next", HUp: "previous", HPageDown: "page down", HPageUp: "page up", HTop: "first", HBottom: "last",
	HOpen: "open", HClear: "clear the filter (never quits)", HClearFilter: "clear the filter", HSearch: "search all",
	KType: "typing after f", HType: "filter titles, files (@: pinyin)", HDelete: "delete a character",
	KEdit: "←/→ ctrl+a/e/w/k", HEdit: "move; line start, end; delete a word, to the end",
	HTypeQuery: "edit the query (searched as typed)", HDeleteQuery: "delete a character of the query; back to the list when empty",
	HEditQuery: "in the query: move; line start, end; delete a word, to the end", HClearQuery: "clear the query",
	HResultOpen: "open at the hit (n/N go on)", HResultBack: "back to the list",
	HBack: "in a document: back to the list", GList: "List", GFilter: "Filter", GSearch: "Search all", GOther: "Other",
	LastFmt: "last opened: %s", HelpHint: "? help", HHelp: "help (when not typing)",
	UnreadableDirsFmt: "unreadable folders: %s", KHeadings: "#words", HHeadings: "headings only: every heading naming them",
	SearchEmptyHint: "every document's text; # first for headings only (#调查研究)",
	HReopen:         "back to the document read last, where it was", NoReopen: "no document read yet", GoneDropped: " (removed from the list)",
	GoneFmt: "%s is gone (removed from the list)", GoneManyFmt: "%s files gone (removed from the list)",
	AddedFmt: "%s is new (added to the list)", AddedManyFmt: "%s new files added to the list",
	HBasket: "the basket of excerpts", TitleCrumb: "the title",
	QuitHow:       "no filter to clear; q quits",
	HQueryHistory: "search history (shared with / in a document)", SearchHistoryHint: "↑↓ select · Enter open there · Esc back to the list · Ctrl-P/N history",
	SearchNoHitsHistoryHint: "Esc back to the list · Ctrl-P/N search history",
}

// LibraryFor returns Library in lang: "zh", or English for the rest.
func LibraryFor(lang string) *Library { return pick(lang, &ZhLibrary, &EnLibrary) }
