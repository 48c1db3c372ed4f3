package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile returns the inputs the robustness issue lists, each small enough
// for a unit test but shaped like the real thing.
func hostile() map[string]string {
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
		"rtl and zw":       "标题\u200f\u202e反向\u202c\n\u200b\u200d一、零宽\u2066隔离\u2069\n正文\u061c。\n",
		"emoji":            "👨‍👩‍👧‍👦家庭👍🏽点赞\n一、🇨🇳国旗\n正文👩🏻‍💻。\n",
		"controls":         "标题\x1b]0;PWN\x07\n一、\x1b[2J清屏\n\x00正文\x7f。\n",
		"crlf only":        strings.Repeat("\r\n", 1000),
	}
}

// TestHostileInputs: no panic, the invariants hold, and titles are text.
func TestHostileInputs(t *testing.T) {
	for name, in := range hostile() {
		t.Run(name, func(t *testing.T) {
			doc := Parse(in)
			checkInvariants(t, doc)
			valid := utf8.ValidString(in)
			for n := range doc.Root.All() {
				if valid && !utf8.ValidString(n.Title) {
					t.Fatalf("title %q not valid UTF-8", n.Title)
				}
			}
			// Clean text is derived without loss of anything but junk.
			_ = doc.PlainText(doc.Root, false)
		})
	}
}

// TestHostileShapes checks what the outline does with the pathological
// shapes, beyond not failing.
func TestHostileShapes(t *testing.T) {
	in := hostile()
	if d := Parse(in["only junk"]); len(d.Root.Children) != 0 || len(d.Junk) != 3 {
		t.Errorf("only junk: %d children, %d junk spans, want 0 and 3", len(d.Root.Children), len(d.Junk))
	}
	if d := Parse(in["invalid utf-8"]); !strings.Contains(d.PlainText(d.Root, false), "结束。") {
		t.Error("text after invalid bytes lost")
	}
	d := Parse(in["climbing"])
	// Every 二、 is back at depth 1 however deep the numbering went.
	for n := range d.Root.All() {
		if n.Marker == "二、" && n.Depth() != 1 {
			t.Fatalf("二、 at depth %d", n.Depth())
		}
		if n.Marker == "①" && n.Depth() != 5 {
			t.Fatalf("① at depth %d", n.Depth())
		}
	}
	d = Parse(in["nested numbering"])
	if got := len(d.Root.Children); got != 10000 {
		t.Errorf("nested numbering: %d top-level nodes, want 10000 siblings", got)
	}
	d = Parse(in["long title"])
	for n := range d.Root.All() {
		if n.Parent != nil {
			t.Errorf("a 10,000-character line became a heading: %.20q", n.Title)
		}
	}
}

// BenchmarkHostile keeps an eye on the pathological shapes' cost
// (quadratic behaviour would show here, not as a timed assertion).
func BenchmarkHostile(b *testing.B) {
	for name, in := range hostile() {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for range b.N {
				Parse(in)
			}
		})
	}
}
