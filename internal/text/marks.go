package text

// Marks holds the words of marks in one language.
type Marks struct {
	HMark, HGotoMark, HBack           string // HBack: '' in the help
	SetFmt, UnsetFmt, NoBack, WaitFmt string
	// Invalid and InvalidFmt answer a key after m or ' that is no mark
	// letter, as less's "Invalid mark letter": InvalidFmt names a
	// printable key, Invalid stands for the rest (Esc, Enter, an arrow).
	Invalid, InvalidFmt string
	// HAlternate is Ctrl-^ in the help (vim's alternate file): back to
	// the document read before; NoAlternate answers it when there is none.
	HAlternate, NoAlternate string
}

// ZhMarks is Marks in Chinese.
var ZhMarks = Marks{
	HMark: "设标记", HGotoMark: "回到标记", HBack: "回到上次跳转前",
	SetFmt: "已设标记 %s", UnsetFmt: "没有标记 %s", NoBack: "还没有跳转过",
	WaitFmt: "%s：请按字母",
	Invalid: "无效的标记字母（可用 a–z、A–Z）", InvalidFmt: "无效的标记字母 %s（可用 a–z、A–Z）",
	HAlternate: "回到上一个文档（再按回来）", NoAlternate: "没有上一个文档可回",
}

// EnMarks is Marks in English.
var EnMarks = Marks{
	HMark: "set a mark", HGotoMark: "go to a mark", HBack: "back from the last jump",
	SetFmt: "mark %s set", UnsetFmt: "no mark %s", NoBack: "no jump to go back from",
	WaitFmt: "%s: press a letter",
	Invalid: "invalid mark letter (a–z, A–Z)", InvalidFmt: "invalid mark letter %s (a–z, A–Z)",
	HAlternate: "the document read before (again: back)", NoAlternate: "no document read before this one",
}

// MarksFor returns Marks in lang: "zh", or English for the rest.
func MarksFor(lang string) *Marks { return pick(lang, &ZhMarks, &EnMarks) }
