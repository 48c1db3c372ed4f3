package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestForeignSlogan: a short standalone line of parallel phrases between
// separators, no word of a signal, whose wording the text around it never
// writes, is a site's slogan, banner or motto (bareSlogan, foreignWeight),
// between paragraphs or after the last; a heading of the same shape in
// its document's words, the genre's slogans, a heading with brackets, a
// line of that shape before the first prose (a title and its subtitle as
// often) and any line of a short text (too little to compare with) stay.
// Written for this test, none of them from a set.
func TestForeignSlogan(t *testing.T) {
	const (
		title = "关于推进基层治理现代化的工作报告"
		para1 = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，网格化管理覆盖全部村（社区），各项工作取得明显成效。"
		head  = "网格管理提质增效　基层治理走深走实"
		para2 = "二要持续深化网格化管理改革创新，着力破解制约基层治理的体制机制障碍，推动各项政策措施落地见效。"
	)
	for _, c := range []struct {
		line string
		pos  string // head, in, foot
		junk bool
	}{
		{"笔砚轩·守拙·求新·致远", "in", true},
		{"青藤书屋十五周年｜2010—2025｜与君同行", "in", true},
		{"青藤书屋十五周年｜2010—2025｜与君同行", "head", false}, // before the prose: a title's place
		{"本站理念：博采众长　精益求精　薪火相传", "in", true},
		{"晴耕雨读 · 妙笔生花", "foot", true},
		{"本群宗旨：交流互鉴　取长补短　携手前行", "in", true},
		{"翰墨书院创办八周年｜2016—2024｜感谢陪伴", "head", true},
		{"以文会友　以友辅仁", "foot", true},

		{head, "in", false}, // the document's own words
		{"凝心聚力抓落实　奋勇争先谋跨越", "head", false}, // the genre's slogan title
		{"附录A（资料性）　典型做法", "foot", false},   // a heading with brackets
		{"守正创新　行稳致远", "in", false},         // the genre's wording (genreWeight)
		{"突出示范引领，放大典型带动效应", "in", false},   // a couplet heading: commas part no slogan
	} {
		// A section's length of text on each side: the comparison needs
		// the document (localMinText).
		body1, body2 := strings.Repeat(para1+"\n", 12), strings.Repeat(para2+"\n", 12)
		var text string
		switch c.pos {
		case "head":
			text = c.line + "\n\n" + title + "\n\n" + body1 + head + "\n" + body2
		case "in":
			text = title + "\n\n" + body1 + "\n" + c.line + "\n\n" + head + "\n" + body2
		default:
			text = title + "\n\n" + body1 + head + "\n" + body2 + "\n" + c.line + "\n"
		}
		if c.line == head {
			text = title + "\n\n" + body1 + "\n" + head + "\n\n" + body2
		}
		doc := Parse(text)
		i := strings.LastIndex(doc.Text, c.line)
		if got := len(doc.JunkIn(model.Span{Start: i, End: i + len(c.line)})) > 0; got != c.junk {
			t.Errorf("%q (%s): filtered %v, want %v", c.line, c.pos, got, c.junk)
		}
	}
	short := "关于推进基层治理现代化的工作报告\n\n" + para1 + "\n\n以文会友　以友辅仁\n\n" + para2 + "\n"
	if doc := Parse(short); len(doc.Junk) > 0 {
		t.Errorf("in a short text a slogan's shape is filtered: %v", doc.Junk)
	}
	if sloganShape("坚持校准靶向，确保调查研究选题精准。有关单位要抓好落实") || !sloganShape("诚信·专业·高效·共赢") {
		t.Error("sloganShape: a sentence is no slogan, four parallel words are")
	}
}

// TestLocalOverlap counts the line's bigrams the text around it writes.
func TestLocalOverlap(t *testing.T) {
	text := "加强网格管理，提升治理效能。\n网格治理\n青藤书屋\n"
	s := strings.Index(text, "网格治理")
	if f, n := localOverlap(text, s, s+len("网格治理")); f != 2 || n != 3 {
		t.Errorf("网格治理: %d of %d bigrams around, want 2 of 3 (网格, 治理)", f, n)
	}
	s = strings.Index(text, "青藤书屋")
	if f, n := localOverlap(text, s, s+len("青藤书屋")); f != 0 || n != 3 {
		t.Errorf("青藤书屋: %d of %d bigrams around, want 0 of 3", f, n)
	}
}
