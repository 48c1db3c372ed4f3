package parse

import (
	"strings"
	"testing"

	"wenji/model"
	"wenji/model/export"
)

// TestTitleLinesPrinted: a title the document sets over two lines (an
// issuer over what it reports, one long title broken in two) is one title
// for the reader's header, and --outline prints it as set, each line on
// its own at the title's depth; in Markdown one item, its lines parted by
// a hard break. A title of one line prints as before. From text and from
// the .docx alike.
func TestTitleLinesPrinted(t *testing.T) {
	const body = "同志们：\n　　现在，我代表市人民政府报告工作，请予审议。\n" +
		"一、2025年工作回顾\n　　过去一年，全市经济社会发展保持稳中有进的良好态势，主要指标好于预期。\n" +
		"二、2026年工作安排\n　　今年是“十五五”规划开局之年，做好政府工作意义重大。\n"
	const parts = "  一、2025年工作回顾\n  二、2026年工作安排\n"
	const mdParts = "  - 一、2025年工作回顾\n  - 二、2026年工作安排\n"
	for _, c := range []struct {
		name  string
		lines []string // the title's lines as the document sets them
		front string   // the front matter under them
		title string   // the one title they make
		md    string
	}{
		{"one line", []string{"沣口市2025年政府工作报告"}, "——2026年1月10日在沣口市第十七届人民代表大会第五次会议上\n",
			"沣口市2025年政府工作报告", "- 沣口市2025年政府工作报告\n"},
		{"an issuer over the title", []string{"沣口市人民政府", "关于全市2025年安全生产工作情况的报告"}, "——2026年1月10日在沣口市人大常委会第二十次会议上\n",
			"沣口市人民政府　关于全市2025年安全生产工作情况的报告", "- 沣口市人民政府\\\n  关于全市2025年安全生产工作情况的报告\n"},
		{"an office over its year's work", []string{"某市市场监督管理局", "2026年工作总结和2027年工作计划"}, "",
			"某市市场监督管理局　2026年工作总结和2027年工作计划", "- 某市市场监督管理局\\\n  2026年工作总结和2027年工作计划\n"},
		{"a long title in two", []string{"坚定不移听党话跟党走　团结带领全市青年", "在奋进中国式现代化新征程上勇当先锋"}, "——在共青团沣口市第十六次代表大会上的报告\n",
			"坚定不移听党话跟党走　团结带领全市青年　在奋进中国式现代化新征程上勇当先锋", "- 坚定不移听党话跟党走　团结带领全市青年\\\n  在奋进中国式现代化新征程上勇当先锋\n"},
		{"one phrase broken", []string{"关于沣口市2025年上半年经济社会发展情况", "和下半年工作安排的报告"}, "——2025年7月24日在沣口市人大常委会第二十次会议上\n",
			"关于沣口市2025年上半年经济社会发展情况和下半年工作安排的报告", "- 关于沣口市2025年上半年经济社会发展情况\\\n  和下半年工作安排的报告\n"},
	} {
		src := strings.Join(c.lines, "\n") + "\n" + c.front + body
		// In the .docx the title's lines are centred and bold.
		bold := "{c}**" + strings.Join(c.lines, "**\n{c}**") + "**\n" + c.front + body
		text, hints, err := docxText(familyDocx(t, bold))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Join(c.lines, "\n") + "\n" + parts
		for kind, doc := range map[string]*model.Document{"text": Parse(src), "docx": ParseHinted(text, hints)} {
			if doc.Root.Title != c.title {
				t.Errorf("%s, %s: title %q, want %q", c.name, kind, doc.Root.Title, c.title)
			}
			if got := export.Outline(doc.Root); got != want {
				t.Errorf("%s, %s:\n%s\nwant:\n%s", c.name, kind, got, want)
			}
			if got := export.OutlineMarkdown(doc.Root); got != c.md+mdParts {
				t.Errorf("%s, %s, Markdown:\n%s\nwant:\n%s", c.name, kind, got, c.md+mdParts)
			}
		}
	}
}
