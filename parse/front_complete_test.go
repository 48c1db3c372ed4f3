package parse

import "testing"

// TestTitleCompletedByKind: a title set over two lines whose first names
// no kind of document and whose second does (…提升行动 / 推进情况的汇报)
// is one title, though a salutation or the text follows it rather than
// front matter: the report's parts sit right under it. A second line that
// is a section's title is not the title's end.
func TestTitleCompletedByKind(t *testing.T) {
	const body = "尊敬的各位领导：\n　　现将我县有关工作推进情况汇报如下。\n" +
		"一、基本情况\n　　全县共有行政村126个，已完成整治提升的村98个。\n" +
		"二、主要做法\n　　坚持规划先行，分类推进，确保整治成效。\n"
	for _, c := range []struct{ src, want string }{
		{"岚溪县农村人居环境整治提升行动\n推进情况的汇报\n" + body,
			"岚溪县农村人居环境整治提升行动\n推进情况的汇报\n  一、基本情况\n  二、主要做法\n"},
		{"关于进一步加强县域医共体建设\n的实施意见\n" + body[len("尊敬的各位领导：\n"):],
			"关于进一步加强县域医共体建设\n的实施意见\n  一、基本情况\n  二、主要做法\n"},
	} {
		if got := outlineOf(c.src); got != c.want {
			t.Errorf("%s\n%s\nwant:\n%s", c.src[:40], got, c.want)
		}
	}
	for _, s := range []string{"下一步工作打算", "2026年工作安排", "存在的问题和建议", "三、下步工作计划"} {
		if (&parser{}).completesTitle("岚溪县农村人居环境整治提升行动", s) {
			t.Errorf("%s: a section's title, not the title's end", s)
		}
	}
}
