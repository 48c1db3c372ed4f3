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
// (法治是最好的营商环境。), a sentence of two clauses, or a part without such
// siblings stays text, and so does a plain paragraph in a Word document
// whose author bolded the leads.
func TestLoneLead(t *testing.T) {
	const head = "2025年某区政府工作报告\n  二、2025年工作安排\n    （一）着力扩大有效需求\n      大力提振消费\n      扩大有效投资\n      稳住外贸外资\n"
	got := outlineOf(loneDoc(false, "做强新能源产业。", "开放是最好的发展动力。", "深化国资国企改革，推进整合重组。"))
	want := head + "    （二）着力构建现代化产业体系\n      做强新能源产业\n    （三）着力深化改革扩大开放\n    （四）着力保障和改善民生\n"
	if got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	// Without the leads of （一）, the lone paragraph is text.
	alone := strings.Replace(loneDoc(false, "做强新能源产业。", "", ""), "大力提振消费。", "", 1)
	alone = strings.Replace(alone, "扩大有效投资。", "", 1)
	if got := outlineOf(alone); strings.Contains(got, "做强新能源产业") {
		t.Errorf("a lone paragraph without sibling leads became one:\n%s", got)
	}
	// A Word author who bolds the leads leaves a plain paragraph text.
	text, hints := evalDocx(t, "lone", familyDocx(t, loneDoc(true, "做强新能源产业。", "", "")))
	if got := export.Outline(ParseHinted(text, hints).Root); strings.Contains(got, "做强新能源产业") || !strings.Contains(got, "大力提振消费") {
		t.Errorf("docx:\n%s", got)
	}
}
