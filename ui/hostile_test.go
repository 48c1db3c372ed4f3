package ui

import (
	"fmt"
	"strings"
	"testing"

	"wenji/parse"
)

// hostileDocs are the pathological shapes, as the reader gets them
// from the parser.
func hostileDocs() map[string]string {
	var nested, climb, oneChar strings.Builder
	for range 10000 {
		nested.WriteString("（一）（一）（一）标题\n")
	}
	for i := range 2000 {
		climb.WriteString([]string{"一、甲\n", "（一）乙\n", "1.丙\n", "（1）丁\n", "①戊\n", "（二）己\n", "二、庚\n"}[i%7])
		climb.WriteString("正文内容。\n")
	}
	for i := range 200000 {
		oneChar.WriteString(string(rune('一' + i%100)))
		oneChar.WriteByte('\n')
	}
	return map[string]string{
		"nested numbering": nested.String(),
		"climbing":         climb.String(),
		"one-char lines":   oneChar.String(),
		"long heading":     "标题\n一、" + strings.Repeat("很长的标题", 2000) + "\n正文。\n二、短标题\n正文。\n",
		"long line":        "标题\n" + strings.Repeat("这是没有换行也没有标点的正文", 40000),
		"rtl and zw":       "标题\u200f\u202e反向\u202c\n\u200b\u200d一、零宽\u2066隔离\u2069\n正文\u061c。שלום עולם مرحبا\n",
		"emoji":            "👨‍👩‍👧‍👦家庭👍🏽点赞\n一、🇨🇳国旗👩🏻‍💻\n正文👩🏻‍💻。" + strings.Repeat("👨‍👩‍👧‍👦👍🏿🇯🇵", 50) + "\n",
	}
}

// TestHostileDocsInReader: each shape opens in the reader at small and
// large sizes, every navigation key and a search keep the view the size
// asked and free of controls, and G reaches 100%. (fuzzDrive: the status
// message's timers would make each key wait.)
func TestHostileDocsInReader(t *testing.T) {
	for name, text := range hostileDocs() {
		doc := parse.Parse(text)
		for _, sz := range [][2]int{{20, 5}, {41, 12}, {120, 40}} {
			t.Run(fmt.Sprintf("%s/%dx%d", name, sz[0], sz[1]), func(t *testing.T) {
				m := sized(doc, sz[0], sz[1], Options{ShowChars: true})
				checkSize(t, m, sz[0], sz[1])
				for _, k := range []string{"j", " ", "]", "}", "G", "[", "{", "g", "tab", "G", "l", "enter", "h", "tab", "p", "o", "o"} {
					m = fuzzDrive(m, keyPress(k))
					checkSize(t, m, sz[0], sz[1])
					checkViewClean(t, m.View(), false, name+" after "+k)
				}
				m = fuzzDrive(m, keyPress("G"))
				if m.reader.Percent() != 100 {
					t.Errorf("G: %d%%", m.reader.Percent())
				}
				for _, k := range []string{"/", "标", "enter", "n", "N", "ctrl+n", "esc"} {
					m = fuzzDrive(m, keyPress(k))
					checkSize(t, m, sz[0], sz[1])
				}
			})
		}
	}
}
