package text

// Copy holds what copying says, in one language.
type Copy struct {
	HCopy, HCopyOutline string
	What                [2]string // by copyKind: 「title」 and its count (Plural)
	Count               [2]string // by copyKind: the count alone (Plural)
	Copying             string
	Copied              string // what
	ViaTerminal         string // what
	ViaTerminalSaved    string // What, path
	ViaTerminalNoFile   string // the file's name, error: OSC 52 sent, the file not written
	Saved               string // Count, path
	Failed              string // error
	// Failed's causes: ToolFailed a tool and what it said (or its
	// error), ToolExit a tool and its exit status, ToolMissing a tool,
	// ToolTimeout a tool (or Clipboard) and seconds; NoTool: none is
	// installed; TooLong: too long for OSC 52.
	ToolFailed, ToolExit, ToolMissing, ToolTimeout, Clipboard, NoTool, TooLong string
	Nothing                                                                    string
	// Loading answers y and Y on a section that may run past the part of
	// a large file shown while it is read whole (the preview, the window
	// G or N% read): its copy would end, or start, where that part does.
	Loading string
}

// ZhCopy is Copy in Chinese.
var ZhCopy = Copy{
	HCopy:             "复制本节正文",
	HCopyOutline:      "复制本节大纲",
	What:              [2]string{"「%s」%s 字", "「%s」大纲 %s 行"},
	Count:             [2]string{"正文 %s 字", "大纲 %s 行"},
	Copying:           "正在复制…",
	Loading:           "全文还在读取，这一节可能不全：读完后再复制",
	Copied:            "已复制%s",
	ViaTerminal:       "已复制%s（OSC 52）",
	ViaTerminalSaved:  "已复制%s（OSC 52；另存 %s）",
	ViaTerminalNoFile: "已用 OSC 52 发送（无法确认）；%s 未保存：%v",
	Saved:             "剪贴板不可用：%s已存到 %s",
	Failed:            "复制失败：%v",
	ToolFailed:        "%s：%s",
	ToolExit:          "%s：退出码 %d",
	ToolMissing:       "找不到 %s",
	ToolTimeout:       "%s：%s 秒无响应",
	Clipboard:         "剪贴板",
	NoTool:            "没有 xclip、xsel 或 wl-copy",
	TooLong:           "超出 OSC 52 长度",
	Nothing:           "没有可复制的内容",
}

// EnCopy is Copy in English.
var EnCopy = Copy{
	HCopy:             "copy this section",
	HCopyOutline:      "copy its outline",
	What:              [2]string{"“%s” (%s {char|chars})", "the outline of “%s” (%s {line|lines})"},
	Count:             [2]string{"%s {char|chars}", "the outline (%s {line|lines})"},
	Copying:           "copying…",
	Loading:           "still reading the whole file: copy once it is in",
	Copied:            "Copied %s",
	ViaTerminal:       "Copied %s via OSC 52",
	ViaTerminalSaved:  "Copied %s via OSC 52; saved to %s",
	ViaTerminalNoFile: "OSC 52 sent (unconfirmed); %s not saved: %v",
	Saved:             "No clipboard: %s saved to %s",
	Failed:            "Copy failed: %v",
	ToolFailed:        "%s: %s",
	ToolExit:          "%s: exit status %d",
	ToolMissing:       "%s not found",
	ToolTimeout:       "%s: no answer in %s s",
	Clipboard:         "the clipboard",
	NoTool:            "no xclip, xsel or wl-copy",
	TooLong:           "too long for OSC 52",
	Nothing:           "nothing to copy",
}

// CopyFor returns Copy in lang: "zh", or English for the rest.
func CopyFor(lang string) *Copy { return pick(lang, &ZhCopy, &EnCopy) }
