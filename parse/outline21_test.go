package parse

import (
	"strings"
	"testing"
)

// TestColonItems: in plain text whose prose is set in, three or more short
// lines at the margin after a paragraph closed by ： or set in, or right
// under a heading's line, are the items of a list Word numbered (their
// numbers lost with the copy): children of the node that owns the
// paragraph before them, or of the heading when that paragraph is a lead
// set in, and of the lead when it stands at the margin (an item itself)
// or its paragraph announces them, closed by ： (TestListsUnderLeads).
// Set in, two of them, inside one paragraph, or in a text that sets
// nothing in, they stay text.
func TestColonItems(t *testing.T) {
	const prose = "　　过去一年，全市上下坚持稳中求进工作总基调，经济运行稳中向好，发展质量稳步提升，各项事业取得新的进展。\n"
	head := "某市政府工作报告\n\n一、2025年工作回顾\n" + strings.Repeat(prose, 8) + "二、2026年主要任务\n"
	const tail = "三、全面加强政府自身建设\n" + prose
	items := []string{"新增城镇就业六万人以上", "新建改扩建中小学、幼儿园二十所", "新增普惠托育托位一千个", "改造城镇老旧小区一百个"}
	lines := func(indent, end string, n int) string {
		s := ""
		for _, it := range items[:n] {
			s += indent + it + end + "\n"
		}
		return s
	}
	const sub = "（一）用心用情保障改善民生\n"
	const wantHead = "某市政府工作报告\n  一、2025年工作回顾\n  二、2026年主要任务\n    （一）用心用情保障改善民生\n"
	const wantTail = "  三、全面加强政府自身建设\n"
	kids := func(indent string, n int) string {
		s := ""
		for _, it := range items[:n] {
			s += indent + it + "\n"
		}
		return s
	}
	const colon = "　　今年，我们将继续实施十件民生实事，确保件件落地、事事见效，主要是：\n"
	const lead = "　　扩大有效投资。坚持项目为王，实施市级重点项目一百八十个，今年重点推进以下项目：\n"
	const lead2 = "　　提振消费活力。落实消费品以旧换新政策，培育夜间经济集聚区，社会消费品零售总额增长百分之六。\n"
	const lead3 = "　　稳住外贸基本盘。支持企业开拓新兴市场，推动跨境电商综合试验区建设，外贸进出口总额增长百分之五。\n"
	const atMargin = "抓要素保障。会同相关部门为企业解决用工、用地、融资等问题一百四十余个，其中：\n"
	cases := []struct {
		name, text, want string
	}{
		{"after a paragraph closed by ：", head + sub + colon + lines("", "。", 4) + tail, wantHead + kids("      ", 4) + wantTail},
		{"closed by ；", head + sub + colon + lines("", "；", 4) + tail, wantHead + kids("      ", 4) + wantTail},
		{"three", head + sub + colon + lines("", "。", 3) + tail, wantHead + kids("      ", 3) + wantTail},
		{"after a lead set in", head + sub + lead3 + lead2 + lead + lines("", "；", 4) + tail,
			wantHead + "      稳住外贸基本盘\n      提振消费活力\n      扩大有效投资\n" + kids("        ", 4) + wantTail},
		{"after a lead set in, closed by 。", head + sub + lead3 + lead + lead2 + lines("", "；", 4) + tail,
			wantHead + "      稳住外贸基本盘\n      扩大有效投资\n      提振消费活力\n" + kids("      ", 4) + wantTail},
		{"under a lead at the margin", head + sub + lead3 + lead2 + atMargin + lines("", "；", 4) + tail,
			wantHead + "      稳住外贸基本盘\n      提振消费活力\n      抓要素保障\n" + kids("        ", 4) + wantTail},
		{"two", head + sub + colon + lines("", "。", 2) + tail, wantHead + wantTail},
		{"set in", head + sub + colon + lines("　　", "。", 4) + tail, wantHead + wantTail},
		{"after prose set in", head + sub + strings.Replace(colon, "主要是：", "主要是这些。", 1) + lines("", "。", 4) + tail, wantHead + kids("      ", 4) + wantTail},
		{"right under a heading", head + sub + lines("", "。", 4) + tail, wantHead + kids("      ", 4) + wantTail},
		{"one paragraph", head + sub + strings.TrimSuffix(colon, "\n") + strings.ReplaceAll(lines("", "。", 4), "\n", "") + "\n" + tail, wantHead + wantTail},
		{"nothing set in", strings.ReplaceAll(head+sub+colon, "　　", "") + lines("", "。", 4) + strings.ReplaceAll(tail, "　　", ""), wantHead + wantTail},
	}
	for _, c := range cases {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestRunOnItems: in plain text, among items numbered alike whose titles
// are one short clause over text of their own, an item of one paragraph
// whose title sentence runs on past a comma is titled by its first clause
// (3.兜牢基本民生底线，健全…). Beside items of one sentence each, or where
// the item is a heading over paragraphs of its own, or the clause holds a
// figure, the title is the whole sentence.
func TestRunOnItems(t *testing.T) {
	head := "某市2025年国民经济和社会发展计划\n\n一、2025年主要任务\n（一）持续保障和改善民生\n"
	const one = "　　1.稳定和扩大就业。落实就业优先政策，重点做好高校毕业生、退役军人、农民工等群体就业工作。\n"
	const two = "　　2.提升公共服务水平。新增公办学位八千个，推进紧密型县域医共体建设，提升基层医疗服务能力。\n"
	const four = "　　4.繁荣发展文化事业。实施文化惠民工程，建成城市书房二十个，开展送戏下乡演出五百场。\n"
	want := func(third string) string {
		return "某市2025年国民经济和社会发展计划\n  一、2025年主要任务\n    （一）持续保障和改善民生\n" +
			"      1.稳定和扩大就业\n      2.提升公共服务水平\n      3." + third + "\n      4.繁荣发展文化事业\n"
	}
	const runOn = "兜牢基本民生底线，健全分层分类社会救助体系，按时足额发放各类救助补助资金"
	const figure = "新增养老床位3000张，健全分层分类社会救助体系，按时足额发放各类救助补助资金"
	cases := []struct {
		name, text, want string
	}{
		{"run on", head + one + two + "　　3." + runOn + "。\n" + four, want("兜牢基本民生底线")},
		{"a figure", head + one + two + "　　3." + figure + "。\n" + four, want(figure)},
	}
	for _, c := range cases {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
	// Beside items of one sentence each, the item is all of its sentence.
	list := head + "　　1.新增城镇就业七十万人以上。\n　　2.新建改扩建公办幼儿园二百所。\n　　3." + runOn + "。\n　　4.新改建农村公路八千公里。\n"
	wantList := "某市2025年国民经济和社会发展计划\n  一、2025年主要任务\n    （一）持续保障和改善民生\n" +
		"      1.新增城镇就业七十万人以上\n      2.新建改扩建公办幼儿园二百所\n      3." + runOn + "\n      4.新改建农村公路八千公里\n"
	if got := outlineOf(list); got != wantList {
		t.Errorf("one-sentence items:\n%s\nwant:\n%s", got, wantList)
	}
}

// TestRunOnTitleKept: an item whose text follows its title sentence keeps
// a title of two clauses, beside items titled by one.
func TestRunOnTitleKept(t *testing.T) {
	text := "某县整改工作情况报告\n\n一、整改工作开展情况\n" +
		"（一）靶向施策抓整改。通过热线、网上信访等渠道收集问题线索，逐项建立台账，明确责任单位和完成时限。\n" +
		"（二）建章立制促长效。实践证明，只有始终坚持人民至上，才能把整改成果转化为制度成果。\n" +
		"（三）开门整治晒成果。通过政务公众号定期发布整改清单和办理进度，接受群众监督。\n" +
		"（四）坚持高位推动，压紧压实工作责任。各乡镇、各部门结合实际细化工作方案，层层传导压力。\n" +
		"二、下一步工作打算\n　　坚持问题导向，持续巩固整改成果，推动各项工作取得新成效。\n"
	want := "某县整改工作情况报告\n  一、整改工作开展情况\n    （一）靶向施策抓整改\n    （二）建章立制促长效\n    （三）开门整治晒成果\n" +
		"    （四）坚持高位推动，压紧压实工作责任\n  二、下一步工作打算\n"
	if got := outlineOf(text); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
