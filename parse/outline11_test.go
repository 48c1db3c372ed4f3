package parse

import (
	"strings"
	"testing"
)

// TestColonClosesShapeRun: in plain text a part whose leads its author
// closed with 。 but the last with ： (用地保障有力。… / 资金争取成效明显。… /
// 用工服务更加便捷：…) has all three as leads, after an opening paragraph
// too; a clause closed by ： that is not the part's last paragraph is one
// of them as well (session 13: blind13i's reports close leads in the
// middle of a run with ：, 组织开展各类培训：…), unless a list opens after its
// colon (重点抓好三件事：一是…), which makes it the list's lead-in.
func TestColonClosesShapeRun(t *testing.T) {
	for _, c := range []struct {
		name  string
		opens []string
		want  string
	}{
		{"two and the last by ：",
			[]string{"用地保障有力。", "资金争取成效明显。", "用工服务更加便捷："},
			mixOutline("用地保障有力", "资金争取成效明显", "用工服务更加便捷")},
		{"after an opening paragraph",
			[]string{"全县上下坚持农业农村优先发展，统筹推进乡村发展、乡村建设和乡村治理，", "部分产业项目效益不佳。", "联农带农机制不够健全。", "部分资金使用不合规："},
			mixOutline("部分产业项目效益不佳", "联农带农机制不够健全", "部分资金使用不合规")},
		{"three and the last by ：",
			[]string{"大力提振消费。", "扩大有效益的投资。", "激发民间投资活力。", "用工服务更加便捷："},
			mixOutline("大力提振消费", "扩大有效益的投资", "激发民间投资活力", "用工服务更加便捷")},
		{"the ： clause not the last",
			[]string{"用地保障有力。", "资金争取成效明显。", "用工服务更加便捷：", "各乡镇要结合本地实际细化落实措施，明确责任分工和完成时限，"},
			mixOutline("用地保障有力", "资金争取成效明显", "用工服务更加便捷")},
		{"the ： clause opening a list",
			[]string{"用地保障有力。", "资金争取成效明显。", "重点抓好三件事：一是", "各乡镇要结合本地实际细化落实措施，明确责任分工和完成时限，"},
			mixOutline()},
	} {
		if got := outlineOf(mixPart(c.opens...)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestLoneLeadAfterTitlingParagraph: a part titled by its paragraph's
// first sentence （二）坚持科技创新引领。以… whose next paragraph opens with a
// lone lead (加强人才引育。实施…) has it as a lead where its siblings, titled
// so too, hold leads inferred from the shape; without them the paragraph
// is the part's text.
func TestLoneLeadAfterTitlingParagraph(t *testing.T) {
	const prose = "实施人才计划，引进急需紧缺人才二百名，建设人才公寓三百套，新增技能人才一千二百名。"
	part := func(n, title, body string, leads ...string) string {
		s := "　　" + n + title + "。" + body + "\n"
		for _, l := range leads {
			s += "　　" + l + "。" + prose + "\n"
		}
		return s
	}
	const body = "以工业园区为主战场，全年规模以上工业增加值增长百分之八点二，新增规上企业二十家。"
	head := "2025年某县政府工作报告\n一、2025年工作回顾\n"
	withSiblings := head +
		part("（一）", "坚持产业立县", body, "强化链主企业培育", "推进园区提档升级") +
		part("（二）", "坚持科技创新引领", body, "加强人才引育") +
		part("（三）", "坚持项目为王", body, "优化项目服务", "拓宽融资渠道") +
		"二、2026年工作安排\n　　" + body + "\n"
	want := "2025年某县政府工作报告\n  一、2025年工作回顾\n" +
		"    （一）坚持产业立县\n      强化链主企业培育\n      推进园区提档升级\n" +
		"    （二）坚持科技创新引领\n      加强人才引育\n" +
		"    （三）坚持项目为王\n      优化项目服务\n      拓宽融资渠道\n  二、2026年工作安排\n"
	if got := outlineOf(withSiblings); got != want {
		t.Errorf("with siblings:\n%s\nwant:\n%s", got, want)
	}
	alone := head + part("（一）", "坚持产业立县", body) + part("（二）", "坚持科技创新引领", body, "加强人才引育") +
		part("（三）", "坚持项目为王", body) + "二、2026年工作安排\n　　" + body + "\n"
	want = "2025年某县政府工作报告\n  一、2025年工作回顾\n    （一）坚持产业立县\n    （二）坚持科技创新引领\n    （三）坚持项目为王\n  二、2026年工作安排\n"
	if got := outlineOf(alone); got != want {
		t.Errorf("alone:\n%s\nwant:\n%s", got, want)
	}
}

// sentencePart is a report copied out of Word with its list numbers gone:
// a part whose sub-parts are one-sentence lines, each over paragraphs
// that open with leads, after a table whose cells come one a line.
func sentencePart(heads ...string) string {
	var b strings.Builder
	b.WriteString("某市2025年度国有资产管理情况的综合报告\n全市国有资产总体情况\n")
	b.WriteString("　　2025年末，全市国有企业资产总额四千三百八十六亿元，负债总额二千七百六十四亿元，国有资本权益一千三百二十八亿元。\n")
	b.WriteString("资产类别\n资产总额（亿元）\n负债总额（亿元）\n企业国有资产\n4386\n2764\n金融企业国有资产\n1860\n1652\n")
	b.WriteString("国有资产管理工作情况\n")
	leads := [][]string{{"国有资本布局持续优化。", "现代企业制度更加健全。", "科技创新投入加大。"}, {"公司治理持续完善。", "风险防控不断加强。", "资本实力稳步提升。"}}
	for k, h := range heads {
		b.WriteString(h + "\n")
		for _, l := range leads[k%len(leads)] {
			b.WriteString("　　" + l + "聚焦先进制造、城市基础设施和现代服务业，完成市属国有企业战略性重组，推动国有资本向主责主业集中。\n")
		}
	}
	b.WriteString("存在的主要问题\n　　全市国有资产管理虽取得积极成效，但仍存在一些问题和不足，部分企业盈利能力偏弱，资产负债率偏高。\n")
	return b.String()
}

// TestSentenceHeads: in plain text, two or more one-sentence lines under
// one heading, each over a paragraph of prose, are its sub-parts and hold
// the leads below them; the title line right after a table, over such a
// sentence, is a heading, not the table's last cell. One such line alone
// is a paragraph of the part, and so is a statement (…是…) or a line of
// figures.
func TestSentenceHeads(t *testing.T) {
	const top = "某市2025年度国有资产管理情况的综合报告\n  全市国有资产总体情况\n  国有资产管理工作情况\n"
	got := outlineOf(sentencePart("深化国资国企改革，企业国有资产管理持续加强。", "规范金融企业管理，金融企业国有资产运营稳健。"))
	want := top + "    深化国资国企改革，企业国有资产管理持续加强\n      国有资本布局持续优化\n      现代企业制度更加健全\n      科技创新投入加大\n" +
		"    规范金融企业管理，金融企业国有资产运营稳健\n      公司治理持续完善\n      风险防控不断加强\n      资本实力稳步提升\n  存在的主要问题\n"
	if got != want {
		t.Errorf("two sentence heads:\n%s\nwant:\n%s", got, want)
	}
	for _, heads := range [][]string{
		{"深化国资国企改革，企业国有资产管理持续加强。"},
		{"深化国资国企改革是企业国有资产管理的关键。", "规范金融企业管理是金融企业国有资产运营的基础。"},
		{"全市国有企业资产总额增长百分之6。", "全市国有金融企业利润总额增长百分之8。"},
	} {
		got := outlineOf(sentencePart(heads...))
		for _, line := range strings.Split(got, "\n") {
			if strings.TrimSpace(line) == strings.TrimSuffix(heads[0], "。") {
				t.Errorf("%q made a heading:\n%s", heads, got)
			}
		}
	}
}

// TestClauseRunOpener: a part's first paragraph of the 。 shape, the rest
// of the part a run of leads closed by ：, is their first lead though it
// opens with no measure verb (自然资源资产底数更加清晰。…), unless it states
// (法治是最好的营商环境。…), which opens the part as its text.
func TestClauseRunOpener(t *testing.T) {
	colons := []string{"耕地保护责任全面落实：", "生态保护修复有序推进：", "资源有偿使用制度不断完善："}
	got := outlineOf(mixPart(append([]string{"自然资源资产底数更加清晰。"}, colons...)...))
	if want := mixOutline("自然资源资产底数更加清晰", "耕地保护责任全面落实", "生态保护修复有序推进", "资源有偿使用制度不断完善"); got != want {
		t.Errorf("opener:\n%s\nwant:\n%s", got, want)
	}
	got = outlineOf(mixPart(append([]string{"法治是最好的营商环境。"}, colons...)...))
	if want := mixOutline("耕地保护责任全面落实", "生态保护修复有序推进", "资源有偿使用制度不断完善"); got != want {
		t.Errorf("statement:\n%s\nwant:\n%s", got, want)
	}
}

// TestSentenceHeadsInStep: two one-sentence lines under one heading are
// sub-parts only when titled alike, both of one clause or both of two;
// one of each is prose.
func TestSentenceHeadsInStep(t *testing.T) {
	got := outlineOf(sentencePart("深化国资国企改革，企业国有资产管理持续加强。", "金融企业国有资产运营总体稳健。"))
	for _, line := range strings.Split(got, "\n") {
		if strings.TrimSpace(line) == "金融企业国有资产运营总体稳健" {
			t.Errorf("a clause and two made headings:\n%s", got)
		}
	}
	got = outlineOf(sentencePart("企业国有资产管理持续加强。", "金融企业国有资产运营总体稳健。"))
	if !strings.Contains(got, "\n    金融企业国有资产运营总体稳健\n      公司治理持续完善\n") {
		t.Errorf("two of one clause:\n%s", got)
	}
}

// TestTwoLeadsAfterList: two paragraphs of the lead shape that close a
// part after its opening and a list of one-sentence lines (a list Word
// numbered, its numbers gone in the text) are its leads; after two
// paragraphs of prose instead of the list they stay text.
func TestTwoLeadsAfterList(t *testing.T) {
	const head = "某市人大常委会工作报告\n提高立法质量，更好发挥立法引领和推动作用\n" +
		"　　今年计划审议法规案七件，其中继续审议项目一件、初次审议项目六件，另安排调研项目若干件，具体是：\n"
	const leads = "　　健全立法工作机制。加强立法规划计划统筹，完善立法项目征集论证和立项机制，拓宽公众参与立法渠道。\n" +
		"　　加强立法队伍建设。充实立法工作力量，建立立法专家顾问库，加强立法干部培训和实践锻炼，提高立法能力。\n" +
		"增强监督实效，推动全市高质量发展\n　　围绕经济发展开展监督，听取审议计划执行情况报告和预算执行情况报告。\n"
	list := "审议《某市数据要素市场促进条例》，推动数字经济高质量发展。\n审议《某市历史文化名城保护条例》，加强历史文化遗产保护。\n审议《某市物业管理条例（修订）》，提升物业服务水平。\n"
	got := outlineOf(head + list + leads)
	want := "某市人大常委会工作报告\n  提高立法质量，更好发挥立法引领和推动作用\n    健全立法工作机制\n    加强立法队伍建设\n  增强监督实效，推动全市高质量发展\n"
	if got != want {
		t.Errorf("after a list:\n%s\nwant:\n%s", got, want)
	}
	prose := "　　全年召开常委会会议八次，审议法规案、工作报告和议案三十二件，作出决议决定十二项，开展执法检查四次。\n" +
		"　　坚持民主立法、依法立法，健全立法工作格局，全年制定修订地方性法规九件，做好立法协调和备案审查工作。\n"
	got = outlineOf(head + prose + leads)
	want = "某市人大常委会工作报告\n  提高立法质量，更好发挥立法引领和推动作用\n  增强监督实效，推动全市高质量发展\n"
	if got != want {
		t.Errorf("after prose:\n%s\nwant:\n%s", got, want)
	}
}
