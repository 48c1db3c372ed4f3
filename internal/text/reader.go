package text

// Reader holds every string the UI shows, in one language.
type Reader struct {
	Shared
	Empty     string // a document with nothing to read
	EmptyJunk string // ... but with filtered Reader behind p
	NoOutline string
	Stdin     string // the file name of standard input (-)
	Resumed   string // opened where it was left
	// NotSaved is the first failure of a run to save the place and the
	// marks as they change (the error): a mark said set and lost to a
	// crash later was never said unsaved till quitting.
	NotSaved string
	// NothingHidden is what p says when nothing was filtered.
	NothingHidden string

	OutlineNone, OutlineNarrowFmt, OutlineHidden string // why no outline pane
	// NotAKeyFmt answers a key that is no command (%s the key, as
	// Bubble Tea names it: x, ctrl+a, f1); OutlineKeyFmt a key of the
	// outline's typed in the reading pane (h, l, ←, →).
	NotAKeyFmt, OutlineKeyFmt string
	// OutlineFolded says why below 60 columns: the reading pane keeps
	// the width, and o shows the outline.
	OutlineFolded string
	// Zh picks the language of model.JunkKind.Label, which names the
	// kinds of filtered text (广告, 声明, 节选提示…): the model holds them so
	// that --json, the reader and the library name them alike.
	Zh           bool
	JunkLabelFmt string // before a filtered span p shows: "〔已过滤：%s〕", %s its kind
	JunkCountFmt string // a kind and its count in a summary: "%s%d" (广告3)
	// JunkCounts, by the kind's name (model.JunkKind.String), count that
	// kind in a summary where the language counts otherwise (Plural):
	// "3 ads", not "ad 3". A kind without one takes JunkCountFmt.
	JunkCounts map[string]string
	HiddenFmt  string // "已隐藏 %s"
	PagesFmt   string // a paged format and its pages in the status bar: "PDF 34页" (Plural)
	Loading    string // while the whole of a large file is being read
	LoadFailed string // "%v": why it could not be
	ShownFmt   string // "显示已过滤的 %s"
	ListSep    string
	NoNext     string
	NoPrev     string
	NoArticle  string
	CrumbSep   string
	CharsOn    string
	CharsOff   string
	// The parts of = and Ctrl-G's report (less's =, vim's Ctrl-G): the
	// document's 字数 (%s, with thousands), its articles (%d, Plural),
	// the outline path of the section read, as --print takes it (%s).
	InfoCharsFmt, InfoArticlesFmt, InfoPathFmt string

	// help descriptions
	HHalfUp, HHalfDown, HTop, HBottom                string
	HNextNode, HPrevNode, HNextArticle, HPrevArticle string
	HJunk, HOutline, HFocus, HHelp, HChars           string
	HInfo                                            string
	HPercent, CountFmt                               string
	// PercentAlone answers % typed with no count before it.
	PercentAlone string
	// QuitWait is said after Z, waiting for the second Z of ZZ (less's
	// and vim's quit).
	QuitWait                           string
	HJump, HCollapse, HExpand, HClose  string
	HToList                            string // Esc, Backspace in a document opened from the library
	GMove, GStructure, GView, GOutline string
	// GCopy is the group of copying and the basket (y, Y, v, a, B).
	GCopy string
}

// ZhReader is Reader in Chinese.
var ZhReader = Reader{
	Shared: ZhShared,

	Empty:     "这份文档没有可读的正文。",
	EmptyJunk: "正文全部被过滤；按 p 显示已过滤的内容。",
	NoOutline: "（无大纲）",

	Stdin:         "标准输入",
	Resumed:       "接着上次读到的地方（g 回到开头）",
	NotSaved:      "标记和阅读位置未能保存：%v",
	NothingHidden: "没有隐藏的内容",
	OutlineNone:   "本文档没有大纲", OutlineNarrowFmt: "终端太窄，大纲至少要 %d 列", OutlineHidden: "大纲已隐藏（按 o 显示）",
	NotAKeyFmt: "%s 不是命令（按 ? 查看按键）", OutlineKeyFmt: "%s 用于大纲（按 Tab 进入大纲）",
	OutlineFolded: "终端较窄，大纲已收起，正文占满全宽（按 o 显示大纲）",
	Zh:            true,
	JunkLabelFmt:  "〔已过滤：%s〕",
	JunkCountFmt:  "%s%d",
	PagesFmt:      "%s %d页",
	HiddenFmt:     "已隐藏 %s（按 p 显示）",
	Loading:       "正在读取全文…",
	LoadFailed:    "无法读取全文：%v",
	ShownFmt:      "显示已过滤的 %s",
	ListSep:       " · ",
	NoNext:        "后面没有标题了",
	NoPrev:        "前面没有标题了",
	NoArticle:     "没有更多文章",
	CrumbSep:      " › ",
	InfoCharsFmt:  "共 %s 字", InfoArticlesFmt: "%d 篇", InfoPathFmt: "大纲路径 %[1]s（--print %[1]s）",
	CharsOn:  "大纲显示字数",
	CharsOff: "大纲隐藏字数",

	HHalfUp: "上半页", HHalfDown: "下半页",
	HTop: "开头", HBottom: "结尾",
	HNextNode: "下一个标题", HPrevNode: "上一个标题",
	HNextArticle: "下一篇文章", HPrevArticle: "上一篇文章",
	HJunk: "显示/隐藏过滤内容", HOutline: "显示/隐藏大纲", HFocus: "切换大纲/正文",
	HHelp: "帮助", HChars: "显示/隐藏大纲字数", HInfo: "文件信息与所在位置",
	HPercent: "到全文 N% 处", CountFmt: "%d（后接移动键）",
	PercentAlone: "% 前面要有数字：50% 到全文一半处",
	QuitWait:     "Z：再按 Z 退出",
	HJump:        "跳到所选", HCollapse: "折叠", HExpand: "展开", HClose: "关闭帮助",
	HToList: "回到文库列表",
	GMove:   "移动", GStructure: "结构", GView: "视图", GOutline: "大纲",
	GCopy: "复制与素材篮",
}

// EnReader is Reader in English.
var EnReader = Reader{
	Shared: EnShared,

	Empty:     "This document has no text to read.",
	EmptyJunk: "All of the text was filtered; press p to show it.",
	NoOutline: "(no outline)",

	Stdin:         "stdin",
	Resumed:       "back where you left off (g: top)",
	NotSaved:      "marks and place not saved: %v",
	NothingHidden: "nothing was hidden",
	OutlineNone:   "this document has no outline", OutlineNarrowFmt: "too narrow for the outline (%d columns)", OutlineHidden: "the outline is hidden (o shows it)",
	NotAKeyFmt: "%s is not a command (? lists the keys)", OutlineKeyFmt: "%s works in the outline (Tab goes there)",
	OutlineFolded: "narrow: the outline is folded away for the text (o shows it)",
	JunkLabelFmt:  "[filtered: %s] ",
	JunkCountFmt:  "%s %d",
	JunkCounts: map[string]string{
		"promo": "%d {ad|ads}", "paid-marker": "%d {paid marker|paid markers}",
		"web-chrome": "%d {web page item|web page items}", "disclaimer": "%d {disclaimer|disclaimers}",
		"truncation": "%d {truncation note|truncation notes}", "navigation": "%d {navigation line|navigation lines}",
	},
	PagesFmt:     "%s %d {page|pages}",
	HiddenFmt:    "hid %s (p shows)",
	Loading:      "reading the whole file…",
	LoadFailed:   "could not read the whole file: %v",
	ShownFmt:     "showing %s filtered",
	ListSep:      " · ",
	NoNext:       "no next heading",
	NoPrev:       "no previous heading",
	NoArticle:    "no more articles",
	CrumbSep:     " › ",
	InfoCharsFmt: "%s {char|chars}", InfoArticlesFmt: "%d {article|articles}", InfoPathFmt: "outline path %[1]s (--print %[1]s)",
	CharsOn:  "outline shows character counts",
	CharsOff: "outline hides character counts",

	HHalfUp: "half page up", HHalfDown: "half page down",
	HTop: "top", HBottom: "bottom",
	HNextNode: "next heading", HPrevNode: "previous heading",
	HNextArticle: "next article", HPrevArticle: "previous article",
	HJunk: "show/hide filtered", HOutline: "show/hide outline", HFocus: "switch outline/text",
	HHelp: "help", HChars: "show/hide character counts", HInfo: "file info, where you are",
	HPercent: "go to N% of the document", CountFmt: "%d (then a move)",
	PercentAlone: "% wants a number before it: 50% goes half way",
	QuitWait:     "Z: Z again quits",
	HJump:        "jump to entry", HCollapse: "collapse", HExpand: "expand", HClose: "close help",
	HToList: "back to the library's list",
	GMove:   "Move", GStructure: "Structure", GView: "View", GOutline: "Outline",
	GCopy: "Copy and basket",
}

// ReaderFor returns Reader in lang: "zh", or English for the rest.
func ReaderFor(lang string) *Reader { return pick(lang, &ZhReader, &EnReader) }
