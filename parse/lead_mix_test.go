package parse

import (
	"strings"
	"testing"
)

// mixPart is a report with one part, （四）, whose paragraphs open with the
// given sentences or clauses, each followed by prose, and a part after it.
func mixPart(opens ...string) string {
	prose := []string{
		"稳定播种面积七十二万亩以上，新建高标准农田三万亩，坚决遏制耕地“非农化”。",
		"落实动态监测和帮扶机制，脱贫人口人均纯收入增长百分之八以上，守住底线。",
		"推广“千万工程”经验，创建美丽乡村示范村十个，完成农村户厕改造三千户。",
		"实施城市更新项目十五个，新建城区停车位一千五百个，完善县城公共服务设施。",
		"围绕主导产业招引项目，新签约亿元以上项目四十个，实际到位资金九十亿元。",
		"深化农村集体产权制度改革，全县村集体经济收入全部达到十五万元以上水平。",
	}
	var b strings.Builder
	b.WriteString("2025年某县政府工作报告\n二、2025年工作安排\n（四）聚焦乡村振兴，推动城乡融合发展\n")
	for i, o := range opens {
		b.WriteString("　　" + o + prose[i%len(prose)] + "\n")
	}
	b.WriteString("（五）聚焦民生改善，增进群众福祉\n　　坚持尽力而为、量力而行，集中财力办好十件民生实事。\n")
	return b.String()
}

// mixOutline is mixPart's outline with titles as the leads of （四）.
func mixOutline(titles ...string) string {
	var b strings.Builder
	b.WriteString("2025年某县政府工作报告\n  二、2025年工作安排\n    （四）聚焦乡村振兴，推动城乡融合发展\n")
	for _, t := range titles {
		b.WriteString("      " + t + "\n")
	}
	b.WriteString("    （五）聚焦民生改善，增进群众福祉\n")
	return b.String()
}

// TestSemicolonJoinsShapeRun: in plain text a lead its author closed with
// ； among leads closed with 。 joins their run, where the 。 ones make a
// run of three, the run fills the part, or two closed by ； stand in it
// one after the other; a clause closed by ： joins too, while a thesis
// (法治是最好的营商环境。) before such a mixed run opens the part; and a run
// with a paragraph of neither shape in it that has only two of the 。
// shape and one ； is prose.
func TestSemicolonJoinsShapeRun(t *testing.T) {
	for _, c := range []struct {
		name  string
		opens []string
		want  string
	}{
		{"two of each filling the part",
			[]string{"守牢粮食安全底线；", "巩固拓展脱贫攻坚成果；", "建设宜居宜业和美乡村。", "提升县城综合承载能力。"},
			mixOutline("守牢粮食安全底线", "巩固拓展脱贫攻坚成果", "建设宜居宜业和美乡村", "提升县城综合承载能力")},
		{"one among four",
			[]string{"创新平台体系不断完善。", "企业创新主体地位进一步强化。", "先进制造业集群加快壮大；", "数字经济量质齐升。", "现代服务业提速发展。"},
			mixOutline("创新平台体系不断完善", "企业创新主体地位进一步强化", "先进制造业集群加快壮大", "数字经济量质齐升", "现代服务业提速发展")},
		{"one between two filling the part",
			[]string{"大力提振消费。", "扩大有效益的投资；", "激发民间投资活力。"},
			mixOutline("大力提振消费", "扩大有效益的投资", "激发民间投资活力")},
		{"two closed by ； in a row, then two of the shape and prose after",
			[]string{"守牢粮食安全底线；", "巩固拓展脱贫攻坚成果；", "建设宜居宜业和美乡村。", "提升县城综合承载能力。", "各乡镇要结合实际，"},
			mixOutline("守牢粮食安全底线", "巩固拓展脱贫攻坚成果", "建设宜居宜业和美乡村", "提升县城综合承载能力")},
		{"one closed by ；, two of the shape and prose after",
			[]string{"守牢粮食安全底线；", "建设宜居宜业和美乡村。", "提升县城综合承载能力。", "各乡镇要结合实际，"},
			mixOutline()},
		{"a thesis before 。, ： and ；",
			[]string{"法治是最好的营商环境。", "要深化包容审慎监管。", "要坚决整治拖欠企业账款问题：", "推行“综合查一次”；"},
			mixOutline("要深化包容审慎监管", "要坚决整治拖欠企业账款问题", "推行“综合查一次”")},
		{"two of neither shape before",
			[]string{"全县上下坚持农业农村优先发展，统筹推进乡村发展、乡村建设和乡村治理，", "各乡镇要结合本地实际细化落实措施，明确责任分工和完成时限，", "守牢粮食安全底线；", "建设宜居宜业和美乡村。", "提升县城综合承载能力。"},
			mixOutline()},
		{"a clause repeated",
			[]string{"守牢粮食安全底线；", "守牢粮食安全底线；", "建设宜居宜业和美乡村。", "提升县城综合承载能力。"},
			mixOutline()},
	} {
		if got := outlineOf(mixPart(c.opens...)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestMeasureAtWordingGroupEdge: a paragraph of the shape just after a
// group its neighbours' wording ties (three short leads) is a lead when
// it opens with a measure verb, and stays the group's conclusion when it
// states (成效来之不易。).
func TestMeasureAtWordingGroupEdge(t *testing.T) {
	group := []string{"扛牢粮食安全责任。", "巩固拓展脱贫攻坚成果。", "建设宜居宜业和美乡村。"}
	if got, want := outlineOf(mixPart(append(group, "推进以县城为重要载体的新型城镇化。")...)),
		mixOutline("扛牢粮食安全责任", "巩固拓展脱贫攻坚成果", "建设宜居宜业和美乡村", "推进以县城为重要载体的新型城镇化"); got != want {
		t.Errorf("a measure after the group:\n%s\nwant:\n%s", got, want)
	}
	if got, want := outlineOf(mixPart(append(group, "全县乡村面貌发生了历史性的深刻变化。")...)),
		mixOutline("扛牢粮食安全责任", "巩固拓展脱贫攻坚成果", "建设宜居宜业和美乡村"); got != want {
		t.Errorf("a conclusion after the group:\n%s\nwant:\n%s", got, want)
	}
}

// TestThreeCharLeads: leads of three Han characters (稳工业。… / 强农业。… /
// 兴文旅。…) make a run in plain text as longer ones do; three characters
// that are not all Han (建5G。) are no lead, and two such paragraphs are
// no run.
func TestThreeCharLeads(t *testing.T) {
	if got, want := outlineOf(mixPart("稳工业。", "强农业。", "兴文旅。")), mixOutline("稳工业", "强农业", "兴文旅"); got != want {
		t.Errorf("three-character leads:\n%s\nwant:\n%s", got, want)
	}
	if got, want := outlineOf(mixPart("建5G。", "强农业。", "兴文旅。", "全县上下坚持农业农村优先发展，统筹推进乡村发展、乡村建设和乡村治理，")), mixOutline(); got != want {
		t.Errorf("a lead of a digit and a letter:\n%s\nwant:\n%s", got, want)
	}
	if got, want := outlineOf(mixPart("稳工业。", "强农业。", "全县上下坚持农业农村优先发展，统筹推进乡村发展、乡村建设和乡村治理，")), mixOutline(); got != want {
		t.Errorf("two are no run:\n%s\nwant:\n%s", got, want)
	}
}

// TestParallelCommaClauses: under a numbered heading, paragraphs that open
// with a ，-clause of no measure verb are leads when the clauses run in
// step, sharing two characters of opening or closing at lengths within two
// characters (从全国看，/ 从全省看，/ 从我市看，); not when one falls out of step
// (对这些问题，), when they hold a time (到2020年，), or under a law's 第X条.
// Clauses that each name an outcome, a subject, a word of degree and a
// predicate of progress (就业形势总体稳定，/ 教育事业加快发展，/ 医疗卫生服务能力
// 明显提升，), run in step however their words differ (outcomeClause); one
// without its word of degree (教育事业发展，) or statements that end on no
// predicate of progress (全区上下团结一心，…) do not.
func TestParallelCommaClauses(t *testing.T) {
	const head = "2025年某区政府工作报告\n  （一）聚焦产业升级\n"
	const tail = "  （二）聚焦民生改善\n"
	for _, c := range []struct{ name, a, b, c, want string }{
		{"a frame", "从全国看，", "从全省看，", "从我市看，", head + "    从全国看\n    从全省看\n    从我市看\n" + tail},
		{"a shared ending", "第一类是审批不畅的问题，", "第二类是政策兑现的问题，", "第三类是执法检查的问题，",
			head + "    第一类是审批不畅的问题\n    第二类是政策兑现的问题\n    第三类是执法检查的问题\n" + tail},
		{"out of step", "第一类是审批不畅的问题，", "第二类是政策兑现的问题，", "对这些问题，", head + tail},
		{"times", "到2027年，", "到2030年，", "到2035年，", head + tail},
		{"outcomes", "就业形势总体稳定，", "教育事业加快发展，", "医疗卫生服务能力明显提升，",
			head + "    就业形势总体稳定\n    教育事业加快发展\n    医疗卫生服务能力明显提升\n" + tail},
		{"an outcome without its degree", "就业形势总体稳定，", "教育事业发展，", "医疗卫生服务能力明显提升，", head + tail},
		{"statements", "全区上下团结一心，", "各项事业蓬勃发展，", "人民群众安居乐业，", head + tail},
	} {
		if got := outlineOf(clauseDoc(c.a, c.b, c.c)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
	law := "中华人民共和国某某法\n第二十条 常务委员会审议法律案的程序\n" +
		"常务委员会会议第一次审议法律案，在全体会议上听取提案人的说明，由分组会议进行初步审议。\n" +
		"常务委员会会议第二次审议法律案，在全体会议上听取法律委员会关于草案修改情况的汇报。\n" +
		"常务委员会会议第三次审议法律案，在全体会议上听取法律委员会关于审议结果的报告。\n"
	if got := outlineOf(law); got != "中华人民共和国某某法\n  第二十条 常务委员会审议法律案的程序\n" {
		t.Errorf("a law's clauses:\n%s", got)
	}
	md := strings.Replace(law, "第二十条", "## 第二十条", 1)
	if got := outlineOf(md); got != "中华人民共和国某某法\n  第二十条 常务委员会审议法律案的程序\n" {
		t.Errorf("a law's clauses under a Markdown 第X条:\n%s", got)
	}
}

// TestThreeCharClauses: a clause lead of three Han characters (碳达峰；…,
// 促消费：…) stands in a run of clauses as a longer one does; three
// characters not all Han (建5G；) do not.
func TestThreeCharClauses(t *testing.T) {
	const head = "2025年某区政府工作报告\n  （一）聚焦产业升级\n"
	const tail = "  （二）聚焦民生改善\n"
	if got, want := outlineOf(clauseDoc("能耗双控；", "碳达峰；", "循环经济；")), head+"    能耗双控\n    碳达峰\n    循环经济\n"+tail; got != want {
		t.Errorf("three Han characters:\n%s\nwant:\n%s", got, want)
	}
	if got, want := outlineOf(clauseDoc("能耗双控；", "建5G；", "循环经济；")), head+tail; got != want {
		t.Errorf("建5G；:\n%s\nwant:\n%s", got, want)
	}
}

// TestShortCommaLeadsUnderPlainHeading: in a report whose part headings
// Word numbered, copied out as text, the parts are plain lines; under one,
// paragraphs that open with a short clause (at most eight characters)
// opening with a measure verb, closed by ，, are leads. A statement
// (外贸稳中提质，), a longer measure (an 经验材料's body: TestCommaLeadsUnder
// NumberedHeadings) or paragraphs under the title alone are not.
func TestShortCommaLeadsUnderPlainHeading(t *testing.T) {
	doc := func(head, a, b, c string) string {
		return "2025年某市政府工作报告\n\n" + head +
			a + "实施市级重点项目一百九十个，年度计划投资四百五十亿元，其中产业项目占比六成以上。\n" +
			b + "举办购物节、采购季等活动六十场，培育夜间经济集聚区四个，社会消费品零售总额增长百分之六。\n" +
			c + "支持企业参加境外展会一百二十场次，新增外贸实绩企业一百五十家，进出口总额稳中有升。\n" +
			"全面加强政府自身建设\n坚持依法行政，严格执行市人大及其常委会的决议决定。\n"
	}
	const head = "全力以赴扩大有效需求\n"
	want := "2025年某市政府工作报告\n  全力以赴扩大有效需求\n    扩大有效投资\n    提振消费活力\n    稳住外贸基本盘\n  全面加强政府自身建设\n"
	if got := outlineOf(doc(head, "扩大有效投资，", "提振消费活力，", "稳住外贸基本盘，")); got != want {
		t.Errorf("short measures:\n%s\nwant:\n%s", got, want)
	}
	plain := "2025年某市政府工作报告\n  全力以赴扩大有效需求\n  全面加强政府自身建设\n"
	if got := outlineOf(doc(head, "投资稳中有进，", "消费持续回暖，", "外贸稳中提质，")); got != plain {
		t.Errorf("statements:\n%s\nwant:\n%s", got, plain)
	}
	if got := outlineOf(doc(head, "扩大重大产业项目有效投资，", "提振城乡居民消费活力，", "稳住外贸外资基本盘，")); got != plain {
		t.Errorf("longer measures:\n%s\nwant:\n%s", got, plain)
	}
	if got := outlineOf(doc("", "扩大有效投资，", "提振消费活力，", "稳住外贸基本盘，")); strings.Contains(got, "扩大有效投资") {
		t.Errorf("under the title alone:\n%s", got)
	}
}

// TestClauseRunEdge: a paragraph right after a run of clause leads whose
// first sentence has the 。 shape and opens with a measure verb is a lead
// of the run (培育新增长极。… after three closed by ：); a statement there
// (新兴产业前景十分广阔。…) stays text.
func TestClauseRunEdge(t *testing.T) {
	doc := func(last string) string {
		return "2025年某市政府工作报告\n（二）坚定不移推进产业强市\n" +
			"做强新能源电池产业：推动动力电池二期、三期项目建设，引进配套企业二十家，产值突破一千亿元。\n" +
			"做优半导体材料产业：加快半导体产业园建设，推动电子特气、湿化学品项目投产达效。\n" +
			"做大高端装备产业：支持工程机械、智能农机龙头企业做大做强，培育专精特新企业三十家。\n" +
			last + "抢抓低空经济发展机遇，建设通用航空产业园，开通短途运输航线三条。\n" +
			"（三）深化改革扩大开放\n深化国资国企改革，推动市属国企市场化转型，落实民营经济发展政策。\n"
	}
	const head = "2025年某市政府工作报告\n  （二）坚定不移推进产业强市\n    做强新能源电池产业\n    做优半导体材料产业\n    做大高端装备产业\n"
	const tail = "  （三）深化改革扩大开放\n"
	if got, want := outlineOf(doc("培育新增长极。")), head+"    培育新增长极\n"+tail; got != want {
		t.Errorf("a measure after the run:\n%s\nwant:\n%s", got, want)
	}
	if got, want := outlineOf(doc("新兴产业前景十分广阔。")), head+tail; got != want {
		t.Errorf("a statement after the run:\n%s\nwant:\n%s", got, want)
	}
}

// TestMeasureVerbsOfThisSession: the verbs added to measureVerbs for the
// leads a blind set showed open a measure (提振消费活力, 稳住外贸基本盘,
// 锻造忠诚干净担当的干部队伍, 树立比学赶超的鲜明导向); a subject or a time does not.
func TestMeasureVerbsOfThisSession(t *testing.T) {
	for _, s := range []string{"提振消费活力", "稳住外贸基本盘", "锻造忠诚干净担当的干部队伍", "树立比学赶超的鲜明导向"} {
		if !opensWithMeasureVerb(s) {
			t.Errorf("opensWithMeasureVerb(%q) = false", s)
		}
	}
	for _, s := range []string{"外贸外资稳中提质", "今年以来", "干部队伍"} {
		if opensWithMeasureVerb(s) {
			t.Errorf("opensWithMeasureVerb(%q) = true", s)
		}
	}
}

// TestCommaBesideSemicolonRun: a paragraph opening with a short ，-clause
// just before or after a run of leads closed by ； is one of them (the
// author's bold ended at the comma there); a clause that sets a scene, or
// enumerates, opens prose.
func TestCommaBesideSemicolonRun(t *testing.T) {
	after := "同时，康养产业加快布局，建成康养小镇一个，引进康养机构五家，研学线路入选全省精品线路。"
	for _, c := range []struct {
		name  string
		opens []string
		want  string
	}{
		{"before", []string{"煤炭产业高端化发展，", "非煤产业加速壮大；", "文旅康养成为新增长点；", after},
			mixOutline("煤炭产业高端化发展", "非煤产业加速壮大", "文旅康养成为新增长点")},
		{"after", []string{"非煤产业加速壮大；", "文旅康养成为新增长点；", "煤炭产业高端化发展，", after},
			mixOutline("非煤产业加速壮大", "文旅康养成为新增长点", "煤炭产业高端化发展")},
		{"a scene set before", []string{"过去一年，", "非煤产业加速壮大；", "文旅康养成为新增长点；", after},
			mixOutline("非煤产业加速壮大", "文旅康养成为新增长点")},
		{"an enumeration before", []string{"围绕文旅、康养等领域，", "非煤产业加速壮大；", "文旅康养成为新增长点；", after},
			mixOutline("非煤产业加速壮大", "文旅康养成为新增长点")},
	} {
		if got := outlineOf(mixPart(c.opens...)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
