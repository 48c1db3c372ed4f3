package reader

import (
	"strings"
	"testing"

	"wenji/parse"
)

// A law's articles are indented as its text is, each one alike: 第二条,
// whose title the parser takes whole (its sentence ends the paragraph),
// was drawn flush left as a heading between 第一条 and 第三条, whose titles
// it cuts inside their sentences. A list's items stay as they are, the
// last (ending on 。 after items ending on ；) with them, and so do the
// chapters.
func TestLawArticlesAlike(t *testing.T) {
	text := "中华人民共和国某某法\n\n第一章 总则\n\n" +
		"第一条 为了规范立法活动，健全国家立法制度，提高立法质量，根据宪法，制定本法。\n\n" +
		"第二条 授权决定应当明确授权的目的、事项、范围、期限以及被授权机关实施授权决定应当遵循的原则等。\n\n" +
		"授权的期限不得超过五年。\n\n" +
		"第三条 本法第十一条规定的事项尚未制定法律的，全国人民代表大会及其常务委员会有权作出决定。\n\n" +
		"第四条 下列事项只能制定法律：\n\n（一）国家主权的事项；\n\n（二）民事基本制度；\n\n（三）必须由全国人民代表大会制定法律的其他事项。\n"
	m := sized(parse.Parse(text), 100, 30, Options{HideOutline: true})
	s := screen(m)
	indent := func(prefix string) string {
		for _, l := range s {
			if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, prefix) {
				return l[:len(l)-len(t)]
			}
		}
		t.Fatalf("%q not on screen:\n%s", prefix, strings.Join(s, "\n"))
		return ""
	}
	body := indent("第一条")
	if len(body) < 2 {
		t.Fatalf("第一条 is not indented: %q", body)
	}
	for _, p := range []string{"第二条", "第三条", "授权的期限"} {
		if got := indent(p); got != body {
			t.Errorf("%s indented %q, want %q as 第一条:\n%s", p, got, body, strings.Join(s, "\n"))
		}
	}
	flush := indent("第一章")
	for _, p := range []string{"第四条", "（一）", "（三）"} {
		if got := indent(p); got != flush {
			t.Errorf("%s indented %q, want %q as the heading 第一章:\n%s", p, got, flush, strings.Join(s, "\n"))
		}
	}
}
