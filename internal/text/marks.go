package text

// Marks holds the words of marks in one language.
type Marks struct {
	HMark, HGotoMark                             string
	SetFmt, UnsetFmt, NoBack, Cancelled, WaitFmt string
}

// ZhMarks is Marks in Chinese.
var ZhMarks = Marks{
	HMark: "设标记", HGotoMark: "回到标记",
	SetFmt: "已设标记 %s", UnsetFmt: "没有标记 %s", NoBack: "还没有跳转过",
	Cancelled: "已取消", WaitFmt: "%s：请按字母",
}

// EnMarks is Marks in English.
var EnMarks = Marks{
	HMark: "set a mark", HGotoMark: "go to a mark",
	SetFmt: "mark %s set", UnsetFmt: "no mark %s", NoBack: "no jump to go back from",
	Cancelled: "cancelled", WaitFmt: "%s: press a letter",
}

// MarksFor returns Marks in lang: "zh", or English for the rest.
func MarksFor(lang string) *Marks { return pick(lang, &ZhMarks, &EnMarks) }
