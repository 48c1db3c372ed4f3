package parse

import (
	"strings"
	"testing"
)

// TestTitleOverBody: a document's first line over its body (a part's
// heading or a paragraph) is its title, kept though its words are a
// site's (另一份材料: 材料 and 一份); a line of strong signals there is
// still a notice, and a line above another title line is weighed as a
// line before the title is.
func TestTitleOverBody(t *testing.T) {
	for _, c := range []struct {
		doc, line string
		junk      bool
	}{
		{"另一份材料\n\n一、总体情况\n\n今年以来……\n", "另一份材料", false},
		{"另一份材料\n一、总体情况\n今年以来……\n", "另一份材料", false},
		{"\ufeff另一份材料\n\n今年以来，我们坚持问题导向，推动各项工作落地见效。\n", "另一份材料", false},
		{"一份材料的分享\n\n第一章　总则\n\n第一条　为了规范管理，制定本办法。\n", "一份材料的分享", false},
		// strong signals: a notice wherever it stands
		{"关注公众号“笔杆子”，回复888免费领取全套材料\n\n一、总体情况\n\n今年以来……\n", "关注公众号“笔杆子”，回复888免费领取全套材料", true},
		// not over the body: before the title, weighed as before
		{"另一份材料\n\n关于某某工作的报告\n\n一、总体情况\n\n今年以来……\n", "另一份材料", true},
	} {
		doc := Parse(c.doc)
		hidden := false
		for _, j := range doc.Junk {
			if strings.Contains(doc.Text[j.Span.Start:j.Span.End], c.line) {
				hidden = true
			}
		}
		if hidden != c.junk {
			t.Errorf("%q in %q: hidden %v, want %v", c.line, c.doc, hidden, c.junk)
		}
	}
}

func TestTitleLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"另一份材料\n\n一、总体情况\n", 0},
		{"\n\n标题\n第一条　为了规范管理，制定本办法。\n", 2},
		{"标题\n副标题\n一、总体情况\n", -1},
		{"今年以来，我们推动工作落地。\n一、总体情况\n", -1}, // a sentence, no title
		{"一、总体情况\n二、主要做法\n", -1},
		{"入群须知\n1. 进群先改备注\n2. 群文件只许自用\n", -1}, // a list's first item opens no body
		{"标题\n", -1},
	} {
		lines := splitLines(c.text)
		if got := titleLine(c.text, lines); got != c.want {
			t.Errorf("titleLine(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
