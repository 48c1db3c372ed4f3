package parse

import (
	"strings"
	"testing"
)

// TestColonItemsAmongMarginLists: a report whose lists Word numbered
// throughout leaves, copied out as text, nearly as many paragraphs at the
// margin (the problems' 就业总量压力较大。… ×4) as of prose set in. Shaped as
// a list's items (a title sentence running into its text, or one short
// sentence), they are no prose at the margin: the text still sets its
// prose in, and the three lines after 主要做法是： are the sub-part's items.
// Paragraphs of prose at the margin (a long first sentence, more after
// it) say the text sets nothing in, and the lines stay text.
func TestColonItemsAmongMarginLists(t *testing.T) {
	const prose = "　　过去一年，全市上下坚持稳中求进工作总基调，经济运行稳中向好，发展质量稳步提升，各项事业取得新的进展。\n"
	problems := []string{
		"就业总量压力较大。高校毕业生人数创历史新高，加上外出务工人员返乡，就业岗位供给与求职需求之间仍有缺口。",
		"结构性就业矛盾突出。制造业一线普工、技术工人招工难与高校毕业生就业难并存，人岗匹配效率有待提升。",
		"部分企业稳岗压力加大。受外部需求减弱影响，纺织服装等外向型企业订单下降，企业裁员备案人数有所增加。",
		"就业服务能力存在短板。基层就业服务人员数量不足、专业化程度不高，新就业形态劳动者权益保障机制还不够健全。",
	}
	items := []string{"围绕主导产业开展订单式、定向式培训二万人次", "推行企业新型学徒制，支持四十家重点企业开展学徒培训",
		"新建国家级技能大师工作室一个、省级高技能人才培训基地三个"}
	text := func(problems []string) string {
		s := "某市政府工作报告\n\n一、2025年工作回顾\n" + strings.Repeat(prose, 8) + "二、存在的主要问题\n"
		s += strings.Join(problems, "\n") + "\n"
		s += "三、2026年主要任务\n（一）加强技能培训\n　　深入实施技能强市行动，全年开展各类职业技能培训六万人次，新增技能人才两万人。主要做法是：\n"
		s += strings.Join(items, "。\n") + "。\n"
		return s + "四、全面加强政府自身建设\n" + prose
	}
	const want = "某市政府工作报告\n  一、2025年工作回顾\n  二、存在的主要问题\n" +
		"    就业总量压力较大\n    结构性就业矛盾突出\n    部分企业稳岗压力加大\n    就业服务能力存在短板\n" +
		"  三、2026年主要任务\n    （一）加强技能培训\n"
	const tail = "  四、全面加强政府自身建设\n"
	if got, w := outlineOf(text(problems)), want+"      "+strings.Join(items, "\n      ")+"\n"+tail; got != w {
		t.Errorf("lists at the margin:\n%s\nwant:\n%s", got, w)
	}
	var prosy []string
	for _, p := range problems {
		prosy = append(prosy, "受外部需求减弱和产业结构调整等多重因素的影响，"+strings.Replace(p, "。", "，", 1)+"此外仍有不少困难。")
	}
	if got := outlineOf(text(prosy)); strings.Contains(got, items[0]) {
		t.Errorf("prose at the margin: the lines became items:\n%s", got)
	}
}
