// Package hostile makes the pathological documents the robustness tests of
// several packages feed to wenji: the parser's, the reader's, the command's.
// Each is small enough for a unit test and shaped like the real thing.
package hostile

import "strings"

// Docs returns the documents by name.
func Docs() map[string]string {
	var nested, climb, oneChar strings.Builder
	for range 10000 {
		nested.WriteString("（一）（一）（一）标题\n")
	}
	for i := range 2000 {
		// 一、 → （一） → 1. → （1） → ① and back up, over and over.
		climb.WriteString([]string{"一、甲\n", "（一）乙\n", "1.丙\n", "（1）丁\n", "①戊\n", "（二）己\n", "二、庚\n"}[i%7])
		climb.WriteString("正文内容。\n")
	}
	for i := range 200000 {
		oneChar.WriteString(string(rune('一' + i%100)))
		oneChar.WriteByte('\n')
	}
	return map[string]string{
		"empty":            "",
		"whitespace":       " \n\t\n\u3000\u3000\n\r\n",
		"only junk":        "##paidbegin##\n【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！\n##paidend##\n",
		"invalid utf-8":    "标题\n\n正文\xff\xfe开始。\x9b中间\xe4\xb8。结束。\n一、标题\xc3\n正文。\n",
		"no newline":       strings.Repeat("这是没有换行也没有标点的正文", 40000),
		"one-char lines":   oneChar.String(),
		"nested numbering": nested.String(),
		"climbing":         climb.String(),
		"long title":       strings.Repeat("很长的标题", 2000) + "\n正文。\n",
		"long heading":     "标题\n一、" + strings.Repeat("很长的标题", 2000) + "\n正文。\n二、短标题\n正文。\n",
		"rtl and zw":       "标题\u200f\u202e反向\u202c\n\u200b\u200d一、零宽\u2066隔离\u2069\n正文\u061c。שלום עולם مرحبا\n",
		"emoji":            "👨‍👩‍👧‍👦家庭👍🏽点赞\n一、🇨🇳国旗👩🏻‍💻\n正文👩🏻‍💻。" + strings.Repeat("👨‍👩‍👧‍👦👍🏿🇯🇵", 50) + "\n",
		"controls":         "标题\x1b]0;PWN\x07\n一、\x1b[2J清屏\n\x00正文\x7f。\n",
		"crlf only":        strings.Repeat("\r\n", 1000),
		// Shapes that once took seconds (found by a search for
		// superlinear paths): markers glued to a line's end, a line of
		// ## with no marker, fragments leading up to an advertisement,
		// runs of inline measures with no sentence end, one with a
		// clause longer than a title is read for.
		"glued markers":      "正文" + strings.Repeat("##paid##", 4000) + "\n",
		"many hashes":        strings.Repeat("正文##x", 20000) + "\n",
		"fragments to ad":    strings.Repeat("关注公众号\n", 8000) + "【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！\n",
		"runs, no stops":     "标题\n\n" + strings.Repeat("一是加强领导，二是完善制度，三是狠抓落实，", 3000) + "\n",
		"ordinals, no stops": "标题\n\n" + strings.Repeat("第一，加强领导，第二，完善制度，首先，抓落实，其次，重实效，", 2000) + "\n",
		"long clause":        "标题\n\n一是" + strings.Repeat("加强领导", 3000) + "，二是" + strings.Repeat("完善制度", 3000) + "。\n",
	}
}
