package reader

import (
	"fmt"
	"strings"

	"wenji/model"
	"wenji/ui/common"
)

// text holds every string the UI shows, in one language.
type text struct {
	common.Text
	empty     string // a document with nothing to read
	emptyJunk string // ... but with filtered text behind p
	noOutline string
	stdin     string // the file name of standard input (-)
	resumed   string // opened where it was left

	outlineNone, outlineNarrowFmt, outlineHidden string    // why no outline pane
	junkLabel                                    [3]string // by model.JunkKind
	junkUnit                                     [3]string // counted noun, by model.JunkKind
	hiddenFmt                                    string    // "已隐藏 %s"
	loading                                      string    // while the whole of a large file is being read
	loadFailed                                   string    // "%v": why it could not be
	shownFmt                                     string    // "显示已过滤的 %s"
	listSep                                      string
	noNext                                       string
	noPrev                                       string
	noArticle                                    string
	crumbSep                                     string
	charsOn                                      string
	charsOff                                     string

	// help descriptions
	hHalfUp, hHalfDown, hTop, hBottom                string
	hNextNode, hPrevNode, hNextArticle, hPrevArticle string
	hJunk, hOutline, hFocus, hHelp, hChars           string
	hPercent, countFmt                               string
	hJump, hCollapse, hExpand, hClose                string
	gMove, gStructure, gView, gOutline               string
}

var zhText = text{
	Text: common.ZhText,

	empty:     "这份文档没有可读的正文。",
	emptyJunk: "正文全部被过滤；按 p 显示已过滤的内容。",
	noOutline: "（无目录）",

	stdin:       "标准输入",
	resumed:     "接着上次读到的地方（g 回到开头）",
	outlineNone: "本文档没有提纲", outlineNarrowFmt: "终端太窄，目录至少要 %d 列", outlineHidden: "目录已隐藏（按 o 显示）",
	junkLabel:  [3]string{"〔已过滤：付费标记〕", "〔已过滤：广告〕", "〔已过滤：网页杂项〕"},
	junkUnit:   [3]string{"%d 处付费标记", "%d 处广告", "%d 处网页杂项"},
	hiddenFmt:  "已隐藏 %s（按 p 显示）",
	loading:    "正在读取全文…",
	loadFailed: "无法读取全文：%v",
	shownFmt:   "显示已过滤的 %s",
	listSep:    "、",
	noNext:     "已是最后一个标题",
	noPrev:     "已是第一个标题",
	noArticle:  "没有更多文章",
	crumbSep:   " › ",
	charsOn:    "目录显示字数",
	charsOff:   "目录隐藏字数",

	hHalfUp: "上半页", hHalfDown: "下半页",
	hTop: "开头", hBottom: "结尾",
	hNextNode: "下一个标题", hPrevNode: "上一个标题",
	hNextArticle: "下一篇文章", hPrevArticle: "上一篇文章",
	hJunk: "显示/隐藏过滤内容", hOutline: "显示/隐藏目录", hFocus: "切换目录/正文",
	hHelp: "帮助", hChars: "目录字数",
	hPercent: "到全文 N% 处", countFmt: "%d（后接移动键）",
	hJump: "跳到所选", hCollapse: "折叠", hExpand: "展开", hClose: "关闭帮助",
	gMove: "移动", gStructure: "结构", gView: "视图", gOutline: "目录",
}

var enText = text{
	Text: common.EnText,

	empty:     "This document has no text to read.",
	emptyJunk: "All of the text was filtered; press p to show it.",
	noOutline: "(no outline)",

	stdin:       "stdin",
	resumed:     "back where you left off (g for the top)",
	outlineNone: "this document has no outline", outlineNarrowFmt: "too narrow for the outline (%d columns)", outlineHidden: "the outline is hidden (o shows it)",
	junkLabel:  [3]string{"[filtered: paid marker] ", "[filtered: ad] ", "[filtered: web page] "},
	junkUnit:   [3]string{"%d paid marker(s)", "%d ad block(s)", "%d web-page block(s)"},
	hiddenFmt:  "hid %s (p shows)",
	loading:    "reading the whole file…",
	loadFailed: "could not read the whole file: %v",
	shownFmt:   "showing %s filtered",
	listSep:    ", ",
	noNext:     "no next heading",
	noPrev:     "no previous heading",
	noArticle:  "no more articles",
	crumbSep:   " › ",
	charsOn:    "outline shows character counts",
	charsOff:   "outline hides character counts",

	hHalfUp: "half page up", hHalfDown: "half page down",
	hTop: "top", hBottom: "bottom",
	hNextNode: "next heading", hPrevNode: "previous heading",
	hNextArticle: "next article", hPrevArticle: "previous article",
	hJunk: "show/hide filtered", hOutline: "show/hide outline", hFocus: "outline/text focus",
	hHelp: "help", hChars: "outline char counts",
	hPercent: "go N% in", countFmt: "%d (then a move)",
	hJump: "jump to entry", hCollapse: "collapse", hExpand: "expand", hClose: "close help",
	gMove: "Move", gStructure: "Structure", gView: "View", gOutline: "Outline",
}

func textFor(lang string) *text {
	if lang == "zh" {
		return &zhText
	}
	return &enText
}

// junkSummary counts the filtered spans by kind: "3 处广告、1 处付费标记".
func (t *text) junkSummary(junk []model.Junk) string {
	var n [3]int
	for _, j := range junk {
		if int(j.Kind) < len(n) {
			n[j.Kind]++
		}
	}
	var parts []string
	for _, k := range []model.JunkKind{model.JunkPromo, model.JunkPaidMarker, model.JunkWebChrome} {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf(t.junkUnit[k], n[k]))
		}
	}
	return strings.Join(parts, t.listSep)
}
