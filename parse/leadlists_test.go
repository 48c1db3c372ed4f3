package parse

import (
	"strings"
	"testing"
)

// TestListsUnderLeads: a lead whose paragraph closes with ： (**强化要素保障。**
// …主要措施如下：) holds the items after it, numbered by hand or by Word's
// list (whose numbers the text copied out of Word has lost), in the .docx
// and in its text; a bold line of its own closed by ： (**重点抓好以下工作：**)
// over a list is a lead holding it. A paragraph of its own after the
// leads (今年，市政府将继续办好十件民生实事，具体如下：) announces its list for
// the part: the items stay beside the leads.
func TestListsUnderLeads(t *testing.T) {
	head := "{c}**江陵市2026年政府工作报告**\n**一、2025年工作回顾**\n" +
		"　　过去一年，全市经济社会发展取得了新的成绩，地区生产总值增长百分之五点八，一般公共预算收入增长百分之六。\n" +
		"**（一）产业转型步伐加快**\n" +
		"　　**做强先进制造业。**全市规上工业增加值增长百分之八，新增规上工业企业一百二十家，智能制造示范工厂达到十五家。\n" +
		"　　**壮大现代服务业。**服务业增加值增长百分之六，社会消费品零售总额增长百分之五，新增限上商贸企业八十家。\n" +
		"　　**强化要素保障。**全年新增工业用地二千亩，为企业解决融资需求八十亿元，主要措施如下：\n"
	items := []string{"设立产业发展基金二十亿元，撬动社会资本八十亿元", "建成标准厂房一百万平方米，保障项目落地需求",
		"开展银企对接活动十二场，新增企业贷款一百亿元"}
	part := "**（二）城乡面貌持续改善**\n" +
		"　　**推进城市更新。**改造老旧小区八十个，新建城市道路三十公里，新增停车泊位八千个，城市功能不断完善。\n" +
		"　　**建设美丽乡村。**新建美丽乡村示范村二十个，农村生活污水治理率提高到百分之四十五，人居环境持续改善。\n" +
		"　　**提升治理水平。**全面推行网格化管理，建成智慧社区一百个，基层治理体系不断完善，群众满意度持续提升。\n" +
		"　　今年，市政府将继续办好十件民生实事，具体如下：\n"
	shishi := []string{"新增城镇就业六万人以上", "新建改扩建公办幼儿园二十所", "完成老旧小区改造六十个"}
	tail := "**二、2026年工作安排**\n" +
		"　　今年是“十五五”规划开局之年，做好政府工作意义重大，全市经济社会发展的主要预期目标已经确定。\n" +
		"　　我们将坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。\n"
	list := func(open string, xs []string) string { return open + strings.Join(xs, "。\n"+open) + "。\n" }
	lines := func(ind string, marks []string, xs []string) string {
		var b strings.Builder
		for k, x := range xs {
			b.WriteString(ind + marks[k] + x + "\n")
		}
		return b.String()
	}
	wantHead := "江陵市2026年政府工作报告\n  一、2025年工作回顾\n    （一）产业转型步伐加快\n      做强先进制造业\n      壮大现代服务业\n      强化要素保障\n"
	wantPart := "    （二）城乡面貌持续改善\n      推进城市更新\n      建设美丽乡村\n      提升治理水平\n"
	const wantTail = "  二、2026年工作安排\n"
	src := head + list("{num:7:0}", items) + part + list("{num:6:0}", shishi) + tail
	want := wantHead + lines("        ", []string{"1、", "2、", "3、"}, items) + wantPart + lines("      ", []string{"（1）", "（2）", "（3）"}, shishi) + wantTail
	if got := docxOutline(t, src); got != want {
		t.Errorf("docx:\n%s\nwant:\n%s", got, want)
	}
	want = wantHead + lines("        ", []string{"", "", ""}, items) + wantPart + lines("      ", []string{"", "", ""}, shishi) + wantTail
	if got := outlineOf(plainDump(src)); got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	typed := head + list("　　1.", items[:1]) + list("　　2.", items[1:2]) + list("　　3.", items[2:]) + part + list("{num:6:0}", shishi) + tail
	want = wantHead + lines("        ", []string{"1.", "2.", "3."}, items) + wantPart + lines("      ", []string{"（1）", "（2）", "（3）"}, shishi) + wantTail
	if got := docxOutline(t, typed); got != want {
		t.Errorf("typed items, docx:\n%s\nwant:\n%s", got, want)
	}
	bold := strings.Replace(part, "　　今年，市政府将继续办好十件民生实事，具体如下：", "　　**重点抓好以下工作：**", 1)
	src = head + list("{num:7:0}", items) + bold + list("　　（1）", shishi[:1]) + list("　　（2）", shishi[1:2]) + list("　　（3）", shishi[2:]) + tail
	want = wantHead + lines("        ", []string{"1、", "2、", "3、"}, items) + wantPart + "      重点抓好以下工作\n" +
		lines("        ", []string{"（1）", "（2）", "（3）"}, shishi) + wantTail
	if got := docxOutline(t, src); got != want {
		t.Errorf("a bold line closed by ：, docx:\n%s\nwant:\n%s", got, want)
	}
}
