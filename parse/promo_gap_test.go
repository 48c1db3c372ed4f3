package parse

import (
	"strings"
	"testing"
)

// TestHiddenNoticeKeepsTheGap: a notice hidden between blank lines is
// taken out with its separators (closeGaps), so the outline is the one of
// the text without it. Inside an article (text, blank, notice, blank,
// heading) the two blank lines around it made the heading an article of
// its own; between articles set off by two blank lines, the break stays
// whichever side of the notice holds it; and a notice glued to the text
// leaves it as it was.
func TestHiddenNoticeKeepsTheGap(t *testing.T) {
	const notice = "欢迎关注本号，后台留言“年终总结”即可领取全套Word原稿"
	art := func(title, head1, head2 string) string {
		return title + "\n\n" +
			"一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。\n" +
			head1 + "\n" +
			"围绕中心工作科学选题，组织全市各级单位深入基层开展调查研究，形成调研报告一百二十余篇。\n" +
			"@IN@" +
			head2 + "\n" +
			"坚持把调研成果转化为解决问题的实际成效，推动出台政策措施四十余项，群众满意度持续提升。\n"
	}
	base := "2024年调查研究工作经验汇编\n\n\n" +
		art("以调查研究推动工作落实", "坚持校准靶向，确保选题精准", "坚持加强统筹，推动调研走深走实") + "\n\n@GAP@" +
		art("把调查研究贯穿决策全过程", "坚持问题导向，找准调研切口", "坚持成果转化，提升调研质效")
	for _, c := range []struct{ name, in, gap string }{
		{"between paragraphs, alone", "\n" + notice + "\n\n", ""},
		{"between paragraphs, glued", notice + "\n", ""},
		{"between articles, before the break", "", notice + "\n\n\n"},
		{"between articles, after the break", "", "\n" + notice + "\n\n"},
		{"between articles, two notices", "", "\n" + notice + "\n\n" + notice + "\n\n"},
	} {
		clean := Parse(strings.NewReplacer("@IN@", "", "@GAP@", "").Replace(base))
		with := Parse(strings.NewReplacer("@IN@", c.in, "@GAP@", c.gap).Replace(base))
		if len(with.Junk) == 0 {
			t.Errorf("%s: the notice was not hidden", c.name)
			continue
		}
		if got, want := strings.Join(outlineShape(with), "\n"), strings.Join(outlineShape(clean), "\n"); got != want {
			t.Errorf("%s: outline\n%s\nwant\n%s", c.name, got, want)
		}
	}
}
