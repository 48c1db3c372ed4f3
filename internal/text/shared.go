package text

// Shared is the interface text both pages show (the reader's and the
// library's tables embed it), in one language.
type Shared struct {
	TooSmall string // the terminal is below the minimum size
	// TooSmallNeedFmt says the size the page needs, on the line under
	// TooSmall: %d columns, %d lines.
	TooSmallNeedFmt string
	// The help overlay: its title, and the line under a help that does not
	// fit, scrolled or at its end.
	HelpTitle, HelpMore, HelpEnd string
	// HelpTitleFits is the title of a help the screen holds whole:
	// nothing to scroll, so any key closes it.
	HelpTitleFits string
	// Keys' descriptions both pages' helps share.
	HUp, HDown, HPageUp, HPageDown, HQuit, HSuspend string
	// HRedraw is Ctrl-l's: the screen drawn again whole (internal/app
	// takes the key for every page).
	HRedraw string
}

// ZhShared is Shared in Chinese.
var ZhShared = Shared{
	TooSmall:        "终端太小",
	TooSmallNeedFmt: "至少 %d×%d",
	HelpTitle:       "按键  ·  j/k 滚动  ·  按其他任意键关闭",
	HelpTitleFits:   "按键  ·  按任意键关闭",
	HelpMore:        "… j/k 翻看其余按键",
	HelpEnd:         "（完）k 往回翻，g 回到开头",
	HUp:             "上一行",
	HDown:           "下一行",
	HPageUp:         "上一页",
	HPageDown:       "下一页",
	HQuit:           "退出",
	HSuspend:        "挂起（fg 回来）",
	HRedraw:         "重画屏幕",
}

// EnShared is Shared in English.
var EnShared = Shared{
	TooSmall:        "terminal too small",
	TooSmallNeedFmt: "needs %d×%d",
	HelpTitle:       "Keys  ·  j/k scroll  ·  any other key closes",
	HelpTitleFits:   "Keys  ·  any key closes",
	HelpMore:        "… j/k for the other keys",
	HelpEnd:         "(end) k scrolls back, g to the top",
	HUp:             "line up",
	HDown:           "line down",
	HPageUp:         "page up",
	HPageDown:       "page down",
	HQuit:           "quit",
	HSuspend:        "suspend (fg resumes)",
	HRedraw:         "redraw the screen",
}

// SharedFor returns the shared text in lang ("zh" or anything else: English).
func SharedFor(lang string) *Shared { return pick(lang, &ZhShared, &EnShared) }
