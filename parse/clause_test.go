package parse

import (
	"strings"
	"testing"
)

// clauseDoc is a part of a report whose three paragraphs open with the
// given clauses, each followed by prose, then a closing paragraph.
func clauseDoc(a, b, c string) string {
	return "2025年某区政府工作报告\n\n（一）聚焦产业升级\n" +
		a + "推动重点企业技术改造，新建智能工厂五家，规上工业产值增长百分之八以上。\n" +
		b + "布局低空经济、人工智能等新赛道，建设未来产业先导区，抢占发展先机。\n" +
		c + "深化“亩均论英雄”改革，盘活低效用地二千亩，提高土地利用效率。\n" +
		"（二）聚焦民生改善\n坚持在发展中保障和改善民生，集中力量办好十件民生实事。\n"
}

// TestClauseLeads: in plain text, a run of three paragraphs that open
// with a short clause closed by ； or ： (the same mark), or by ， when the
// clause opens with a measure verb, is a run of leads, and so are two in
// a row closed by ；, each of at most 16 characters; prose whose
// paragraphs open with a time, a subject or a list's colon, or repeat
// their opening clause, is not.
func TestClauseLeads(t *testing.T) {
	const head = "2025年某区政府工作报告\n  （一）聚焦产业升级\n"
	const tail = "  （二）聚焦民生改善\n"
	leads := head + "    做强主导产业\n    培育未来产业\n    提高要素效率\n" + tail
	plain := head + tail
	for _, c := range []struct {
		name, a, b, c, want string
	}{
		{"semicolons", "做强主导产业；", "培育未来产业；", "提高要素效率；", leads},
		{"colons", "做强主导产业：", "培育未来产业：", "提高要素效率：", leads},
		{"commas after measure verbs", "做强主导产业，", "培育未来产业，", "提高要素效率，", leads},
		{"marks mixed", "做强主导产业；", "培育未来产业：", "提高要素效率；", plain},
		{"commas after statements", "主导产业稳中有升，", "未来产业加快布局，", "要素效率持续提高，", plain},
		{"commas after time words", "今年以来，", "过去一年，", "下一步，", plain},
		{"colons announcing lists", "主要做法是：", "具体措施包括：", "重点任务如下：", plain},
		{"a repeated clause", "坚持项目为王，", "做强主导产业，", "坚持项目为王，", plain},
		{"two closed by ；", "做强主导产业；", "培育未来产业；", "过去一年，", head + "    做强主导产业\n    培育未来产业\n" + tail},
		{"two closed by ：", "做强主导产业：", "培育未来产业：", "过去一年，", plain},
		{"two closed by ， after measure verbs", "做强主导产业，", "培育未来产业，", "过去一年，", plain},
		{"two closed by ；, one long", "做强主导产业；", "培育壮大低空经济和人工智能等未来产业；", "过去一年，", plain},
	} {
		if got := outlineOf(clauseDoc(c.a, c.b, c.c)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestClauseLeadText: clauseLead reads the clause and its mark, and
// refuses one that is too long, stands after a sentence, sits inside a
// quotation or is followed by too little prose.
func TestClauseLeadText(t *testing.T) {
	const prose = "推动重点企业技术改造，新建智能工厂五家，规上工业产值增长百分之八以上。"
	for _, c := range []struct {
		s, title string
		mark     rune
	}{
		{"做强主导产业；" + prose, "做强主导产业", '；'},
		{"加快建设“智造强区”，" + prose, "加快建设“智造强区”", '，'},
		{"聚焦“稳链，强链”行动：" + prose, "", 0},
		{"做强主导产业。" + prose, "", 0},
		{"加快推进江北科创走廊扩容提质和智能制造产业园建设，" + prose, "", 0},
		{"做强主导产业；推动技术改造。", "", 0},
		{"——做强主导产业；" + prose, "", 0},
		{"2025年重点任务：" + prose, "", 0},
		{"推进（试点，示范）工作：" + prose, "", 0},
		{"做强　主导产业；" + prose, "", 0},
		{"壮大《江州制造》品牌；" + prose, "壮大《江州制造》品牌", '；'},
		{"打造“一刻钟”生活圈，" + prose, "打造“一刻钟”生活圈", '，'},
	} {
		l, ok := clauseLead(c.s, true)
		mark := l.mark
		title := ""
		if ok {
			title = c.s[l.start:l.end]
		}
		if title != c.title || mark != c.mark {
			t.Errorf("clauseLead(%q) = %q %q, want %q %q", c.s, title, mark, c.title, c.mark)
		}
	}
}

// TestTurnEndsShape: a short first sentence followed by a turn (成绩来之不易。
// 同时…, 成绩来之不易。我们也清醒看到…, 成绩来之不易。这是…的结果) closes the part's
// argument: the shape rule leaves it text, as a Word author leaves it
// plain, while the leads before it stay.
func TestTurnEndsShape(t *testing.T) {
	text := "2025年某省政府工作报告\n一、2024年工作回顾\n" +
		"　　经济运行稳中有进，发展质量持续提升。全省地区生产总值增长百分之五点三，规上工业增加值增长百分之六点八。\n" +
		"　　创新动能加快集聚，产业体系更加完善。全社会研发投入强度提高到百分之二点五，高新技术企业突破一万二千家。\n" +
		"　　民生保障扎实有力，社会大局和谐稳定。城镇新增就业七十二万人，新建改扩建中小学一百二十所。\n" +
		"　　成绩来之不易。同时我们也清醒看到，发展中还面临不少困难和挑战，我们将采取有力措施，认真加以解决。\n"
	want := "2025年某省政府工作报告\n  一、2024年工作回顾\n    经济运行稳中有进，发展质量持续提升\n    创新动能加快集聚，产业体系更加完善\n    民生保障扎实有力，社会大局和谐稳定\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	// Two leads and the turn make no run of three: none is a lead.
	short := "2025年某省政府工作报告\n一、2024年工作回顾\n" +
		"　　经济运行稳中有进，发展质量持续提升。全省地区生产总值增长百分之五点三，规上工业增加值增长百分之六点八。\n" +
		"　　创新动能加快集聚，产业体系更加完善。全社会研发投入强度提高到百分之二点五，高新技术企业突破一万二千家。\n" +
		"　　成绩来之不易。但我们也清醒看到，发展中还面临不少困难和挑战，我们将采取有力措施，认真加以解决。\n"
	if got := outlineOf(short); got != "2025年某省政府工作报告\n  一、2024年工作回顾\n" {
		t.Errorf("a turn made a run:\n%s", got)
	}
	// A part's lead and its conclusion, which turns to what else is seen
	// or to what the results owe: the conclusion is no lead.
	for _, turn := range []string{"我们也清醒看到，全县经济总量小、产业链条短，县域经济实力不强，我们将认真加以解决。", "这是县委坚强领导的结果，是全县各族干部群众团结奋斗的结果。"} {
		part := "2025年某县政府工作报告\n一、2024年工作回顾\n（四）社会事业全面加强\n" +
			"　　民族团结进步创建深入推进。成功创建全国民族团结进步示范县，建成民族团结进步教育基地五个。\n" +
			"　　成绩来之不易。" + turn + "\n（五）政府建设持续加强\n　　全面推进依法行政，办理人大代表建议一百二十件，办结率百分之百。\n"
		if got := outlineOf(part); strings.Contains(got, "成绩来之不易") {
			t.Errorf("a conclusion became a lead:\n%s", got)
		}
	}
}

// TestShapeRunSpansAContinuation: a lead whose text runs on into a second
// paragraph does not end the run of leads (大力提振消费。… / its second
// paragraph / 积极扩大有效投资。… / 稳住外贸外资基本盘。…); two such paragraphs in
// a row do, and a run of fewer than three leads is prose.
func TestShapeRunSpansAContinuation(t *testing.T) {
	const on = "　　围绕文旅、体育、养老等重点领域，培育一批消费新场景，推动服务消费提质扩容，力争社会消费品零售总额增长百分之六。\n"
	part := func(gaps int) string {
		return "2025年某市政府工作报告\n一、2025年重点任务\n" +
			"　　大力提振消费，激发内需潜力。开展“江州消费季”系列活动，落实大规模设备更新和消费品以旧换新政策，培育夜间经济集聚区五个。\n" +
			strings.Repeat(on, gaps) +
			"　　积极扩大有效投资，夯实发展后劲。谋划实施重大项目四百个，年度完成投资一千二百亿元以上，争取专项债券资金一百亿元。\n" +
			"　　稳住外贸外资基本盘，提升开放水平。支持企业参加境外展会一百场次，推动跨境电商综试区扩容提质，实际使用外资稳中有升。\n"
	}
	leads := "2025年某市政府工作报告\n  一、2025年重点任务\n    大力提振消费，激发内需潜力\n    积极扩大有效投资，夯实发展后劲\n    稳住外贸外资基本盘，提升开放水平\n"
	if got := outlineOf(part(1)); got != leads {
		t.Errorf("a continuation ended the run:\n%s\nwant:\n%s", got, leads)
	}
	if got := outlineOf(part(2)); got != "2025年某市政府工作报告\n  一、2025年重点任务\n" {
		t.Errorf("two continuations in a row kept the run:\n%s", got)
	}
}

// TestIntroductionIsNoLead: a short first sentence set in time or
// announcing what follows (今年重点抓好以下工作。) introduces the part's leads
// and is not one of them, though it has their shape.
func TestIntroductionIsNoLead(t *testing.T) {
	text := "2025年某市政府工作报告\n一、2025年重点任务\n" +
		"　　今年重点抓好以下工作。做好今年政府工作，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n" +
		"　　大力提振消费，激发内需潜力。开展“江州消费季”系列活动，落实大规模设备更新和消费品以旧换新政策，培育夜间经济集聚区五个。\n" +
		"　　积极扩大有效投资，夯实发展后劲。谋划实施重大项目四百个，年度完成投资一千二百亿元以上，争取专项债券资金一百亿元。\n" +
		"　　稳住外贸外资基本盘，提升开放水平。支持企业参加境外展会一百场次，推动跨境电商综试区扩容提质，实际使用外资稳中有升。\n"
	want := "2025年某市政府工作报告\n  一、2025年重点任务\n    大力提振消费，激发内需潜力\n    积极扩大有效投资，夯实发展后劲\n    稳住外贸外资基本盘，提升开放水平\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	for _, s := range []string{"今年重点抓好以下工作", "过去一年", "主要做法如下", "下面，我讲三点意见"} {
		if !introduces(s) {
			t.Errorf("introduces(%q) = false", s)
		}
	}
	for _, s := range []string{"大力提振消费", "培育未来产业", "成绩来之不易"} {
		if introduces(s) {
			t.Errorf("introduces(%q) = true", s)
		}
	}
}

// TestCommaLeadsUnderNumberedHeadings: paragraphs that open with a measure
// and a comma are leads under a numbered heading only; under a plain
// sub-heading line (健全运行机制，激发治理活力), the lowest title level of an
// 经验材料, they are its body.
func TestCommaLeadsUnderNumberedHeadings(t *testing.T) {
	paras := "建立网格吹哨工作机制，赋予网格党组织对职能部门工作的评价权，评价结果纳入年度绩效考核。\n" +
		"推行网格事务公开制度，通过政务公众号发布整改清单和办理进度，接受群众监督。\n" +
		"健全网格员专业化队伍，实行统一招聘、统一培训、统一考核，落实薪酬待遇动态调整机制。\n"
	plain := "党建引领网格治理　打通服务群众“最后一米”\n\n近年来，XX市坚持把党建引领基层治理作为固本之举，推动治理重心下移，取得明显成效。\n" +
		"织密组织网络，夯实治理根基\n按照“地域相近、规模适度、便于管理”的原则，科学划分网格一千二百个。\n" +
		"健全运行机制，激发治理活力\n" + paras
	want := "党建引领网格治理　打通服务群众“最后一米”\n  织密组织网络，夯实治理根基\n  健全运行机制，激发治理活力\n"
	if got := outlineOf(plain); got != want {
		t.Errorf("under a plain sub-heading:\n%s\nwant:\n%s", got, want)
	}
	numbered := "2025年某区政府工作报告\n\n（一）健全运行机制\n" + paras + "（二）聚焦民生改善\n坚持在发展中保障和改善民生，集中力量办好十件民生实事。\n"
	want = "2025年某区政府工作报告\n  （一）健全运行机制\n    建立网格吹哨工作机制\n    推行网格事务公开制度\n    健全网格员专业化队伍\n  （二）聚焦民生改善\n"
	if got := outlineOf(numbered); got != want {
		t.Errorf("under a numbered heading:\n%s\nwant:\n%s", got, want)
	}
}
