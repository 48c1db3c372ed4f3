package text

// Search holds the search's words in one language.
type Search struct {
	GSearch                                                 string
	HSearch, HNextHit, HPrevHit, HNextHitNode, HPrevHitNode string
	HHitsOnly, HClear, HConfirm, HCancel, HHistory          string
	BadPattern, NotFound, NoHits, NoSearch, Searching       string
	EmptyQuery                                              string
	// InJunk follows NotFound where the hidden filtered text (ads…)
	// holds a match: p shows it, and searches it.
	InJunk                                       string
	WrapBottom, WrapTop, HitsOnlyOn, HitsOnlyOff string
	NoNextHitNode, NoPrevHitNode                 string
	HForms, FormHint                             string
}

// ZhSearch is Search in Chinese.
var ZhSearch = Search{
	GSearch: "搜索",
	HSearch: "\\正则 #标题 @拼音", HNextHit: "下一处匹配", HPrevHit: "上一处匹配",
	HNextHitNode: "下一个含匹配的标题", HPrevHitNode: "上一个含匹配的标题",
	HHitsOnly: "大纲只列含匹配的标题", HClear: "清除搜索高亮",
	HConfirm: "确定", HCancel: "取消", HHistory: "搜索历史",
	BadPattern: "正则有误：", NotFound: "未找到：", NoHits: "无匹配", EmptyQuery: "没有要找的内容",
	InJunk:   "（过滤掉的内容里有：按 p 显示）",
	NoSearch: "还没有搜索（按 / 搜索）", Searching: "仍在搜索…",
	WrapBottom: "已到末尾，从开头继续", WrapTop: "已到开头，从末尾继续",
	HitsOnlyOn: "大纲只列含匹配的标题", HitsOnlyOff: "大纲列出全部标题",
	NoNextHitNode: "后面没有含匹配的标题", NoPrevHitNode: "前面没有含匹配的标题",
	HForms: "搜索框中选@匹配词", FormHint: "Tab→%s %d处（%d/%d）",
}

// EnSearch is Search in English.
var EnSearch = Search{
	GSearch: "Search",
	HSearch: "search, \\ regexp, # headings, @ pinyin initials", HNextHit: "next match", HPrevHit: "previous match",
	HNextHitNode: "next heading with a match", HPrevHitNode: "previous heading with a match",
	HHitsOnly: "outline: only headings with a match", HClear: "clear highlights",
	HConfirm: "confirm", HCancel: "cancel", HHistory: "search history",
	BadPattern: "bad pattern: ", NotFound: "not found: ", NoHits: "no matches", EmptyQuery: "nothing to search for",
	InJunk:   " (the filtered text has it: p shows it)",
	NoSearch: "no previous search (/ searches)", Searching: "still searching…",
	WrapBottom: "search hit BOTTOM, continuing at TOP", WrapTop: "search hit TOP, continuing at BOTTOM",
	HitsOnlyOn: "the outline lists only headings with a match", HitsOnlyOff: "the outline lists every heading",
	NoNextHitNode: "no later heading with a match", NoPrevHitNode: "no earlier heading with a match",
	HForms: "in the / prompt: pick an @ match", FormHint: "Tab→%s ×%d (%d/%d)",
}

// SearchFor returns Search in lang: "zh", or English for the rest.
func SearchFor(lang string) *Search { return pick(lang, &ZhSearch, &EnSearch) }
