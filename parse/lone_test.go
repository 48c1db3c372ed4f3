package parse

import (
	"strings"
	"testing"

	"wenji/model/export"
)

// loneDoc is a report whose （一） holds three leads and whose （二）, （三）
// and （四） hold one paragraph each, opening as given; bold marks the
// leads of （一） with ** as a Word fixture does.
func loneDoc(bold bool, two, three, four string) string {
	b := func(s string) string {
		if bold {
			return "**" + s + "**"
		}
		return s
	}
	return strings.Join([]string{
		"2025年某区政府工作报告",
		"二、2025年工作安排",
		"（一）着力扩大有效需求",
		"　　" + b("大力提振消费。") + "开展系列促消费活动，落实消费品以旧换新政策，培育夜间经济集聚区五个。",
		"　　" + b("扩大有效投资。") + "谋划实施重大项目四百个，年度完成投资一千二百亿元以上，争取专项债券资金。",
		"　　" + b("稳住外贸外资。") + "支持企业参加境外展会一百场次，推动跨境电商综试区扩容提质，外资稳中有升。",
		"（二）着力构建现代化产业体系",
		"　　" + two + "新增新能源装机八百万千瓦，建设大型风电光伏基地，推进新型储能和绿氢规模化发展。",
		"（三）着力深化改革扩大开放",
		"　　" + three + "推进市属国有企业整合重组，深化“放管服”改革，推行“高效办成一件事”。",
		"（四）着力保障和改善民生",
		"　　" + four + "城镇新增就业八万人以上，新建改扩建公办幼儿园四十所，改造城镇老旧小区三百个。",
	}, "\n") + "\n"
}

// TestLoneLead: in plain text, a part whose one paragraph opens with a
// short sentence of one clause that opens with a measure verb is a lead
// of its own where a sibling part holds a run of leads; a statement
// (法治是最好的营商环境。) or a sentence of two clauses stays text, and so
// does, without such siblings, one that names an outcome or is longer
// than 16 characters, and a plain paragraph in a Word document whose
// author bolded the leads.
func TestLoneLead(t *testing.T) {
	const head = "2025年某区政府工作报告\n  二、2025年工作安排\n    （一）着力扩大有效需求\n      大力提振消费\n      扩大有效投资\n      稳住外贸外资\n"
	got := outlineOf(loneDoc(false, "做强新能源产业。", "开放是最好的发展动力。", "深化国资国企改革，推进整合重组。"))
	want := head + "    （二）着力构建现代化产业体系\n      做强新能源产业\n    （三）着力深化改革扩大开放\n    （四）着力保障和改善民生\n"
	if got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	// Without the leads of （一）, a lone opening is a lead only with a
	// measure verb and at most 16 characters.
	for _, c := range []struct {
		two  string
		lead bool
	}{
		{"做强新能源产业。", true},
		{"新能源产业加快壮大。", false},
		{"做强做优做大新能源和新材料两大主导产业。", false},
	} {
		alone := strings.Replace(loneDoc(false, c.two, "", ""), "大力提振消费。", "", 1)
		alone = strings.Replace(alone, "扩大有效投资。", "", 1)
		if got := outlineOf(alone); strings.Contains(got, strings.TrimSuffix(c.two, "。")) != c.lead {
			t.Errorf("%s without sibling leads, lead %v:\n%s", c.two, c.lead, got)
		}
	}
	// A Word author who bolds the leads leaves a plain paragraph text.
	text, hints := evalDocx(t, "lone", familyDocx(t, loneDoc(true, "做强新能源产业。", "", "")))
	if got := export.Outline(ParseHinted(text, hints).Root); strings.Contains(got, "做强新能源产业") || !strings.Contains(got, "大力提振消费") {
		t.Errorf("docx:\n%s", got)
	}
}

// openersDoc is a report whose parts （一）–（四） open as given, each
// opening followed by prose; （二） also holds 一是… measures after its
// prose, and （三） numbered items after its paragraph.
func openersDoc(one, two, three, four string) string {
	return strings.Join([]string{
		"2025年某市政府工作报告",
		"二、2025年工作安排",
		"（一）推动煤炭产业延链升级",
		"　　" + one + "推进剩余煤矿智能化改造全覆盖，建设充填开采示范矿井五座，原煤产量稳定。",
		"（二）持续推进生态修复和绿色转型",
		"　　" + two + "今年完成治理面积二十平方公里，新建光伏电站五十万千瓦。一是推进矿山生态修复，完成修复八百公顷；二是深化大气污染治理，推动焦化行业深度治理；三是加强水资源保护，提高矿井水利用率。",
		"（三）全力保障改善民生",
		"　　" + three + "今年市政府将集中财力办好十件民生实事，确保件件有着落、事事有回音。",
		"（1）稳定和扩大就业，开展转岗职工技能培训一万人次；",
		"（2）新建改扩建公办幼儿园十所、中小学八所。",
		"（四）防范化解重大风险",
		"　　" + four + "深入开展煤矿安全生产治本攻坚三年行动，严格落实煤矿风险管控措施。",
	}, "\n") + "\n"
}

// TestPartOpeningLeads: in plain text, sibling parts that each open with a
// short sentence of one clause before longer prose, two of them with a
// measure verb, have those sentences as leads, however many paragraphs,
// measures or items the parts hold besides (the measures inside the
// lead's paragraph are the lead's, the items stay the part's); a lead
// without a measure verb joins them unless it states (…是…) or sums up
// an enumeration (、), and only one part opening with a measure verb
// vouches for none but itself; a Word document whose author bolded leads
// elsewhere has none.
func TestPartOpeningLeads(t *testing.T) {
	got := outlineOf(openersDoc("做强现代煤化工。", "实施沉陷区综合治理三年攻坚行动。", "用心用力办好民生实事。", "统筹发展和安全，坚决守牢安全生产底线。"))
	want := "2025年某市政府工作报告\n  二、2025年工作安排\n" +
		"    （一）推动煤炭产业延链升级\n      做强现代煤化工\n" +
		"    （二）持续推进生态修复和绿色转型\n      实施沉陷区综合治理三年攻坚行动\n" +
		"        一是推进矿山生态修复，完成修复八百公顷\n        二是深化大气污染治理，推动焦化行业深度治理\n        三是加强水资源保护，提高矿井水利用率\n" +
		"    （三）全力保障改善民生\n      用心用力办好民生实事\n" +
		"      （1）稳定和扩大就业，开展转岗职工技能培训一万人次\n      （2）新建改扩建公办幼儿园十所、中小学八所\n" +
		"    （四）防范化解重大风险\n"
	if got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	for _, c := range []struct{ name, three string }{
		{"a statement", "民生是最大的政治。"},
		{"a summary", "一体推进教育、医疗、养老建设。"},
	} {
		if got := outlineOf(openersDoc("做强现代煤化工。", "实施沉陷区综合治理三年攻坚行动。", c.three, "")); strings.Contains(got, strings.TrimSuffix(c.three, "。")) || !strings.Contains(got, "做强现代煤化工") {
			t.Errorf("%s:\n%s", c.name, got)
		}
	}
	if got := outlineOf(openersDoc("", "实施沉陷区综合治理三年攻坚行动。", "用心用力办好民生实事。", "")); !strings.Contains(got, "实施沉陷区") || strings.Contains(got, "用心用力") {
		t.Errorf("one part opening with a measure verb vouched for another:\n%s", got)
	}
	bold := strings.Replace(openersDoc("做强现代煤化工。", "实施沉陷区综合治理三年攻坚行动。", "", ""), "（四）防范化解重大风险\n", "（四）防范化解重大风险\n　　**守牢安全生产底线。**严格落实煤矿风险管控措施，深入开展治本攻坚三年行动，杜绝重大事故。\n", 1)
	text, hints := evalDocx(t, "openers", familyDocx(t, bold))
	if got := export.Outline(ParseHinted(text, hints).Root); strings.Contains(got, "做强现代煤化工") || !strings.Contains(got, "守牢安全生产底线") {
		t.Errorf("docx with bold leads:\n%s", got)
	}
}
