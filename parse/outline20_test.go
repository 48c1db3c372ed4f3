package parse

import (
	"strings"
	"testing"
)

// TestPairedOutcomeEnds: in plain text, a short sentence that ends on a
// paired predicate of progress (…走深走实, …提质扩面, …提质增效, …落实落细)
// names an outcome as …扎实开展 does: the last lead of a part after its
// prose, and a lead right after a group its neighbours' wording ties.
func TestPairedOutcomeEnds(t *testing.T) {
	head := "某市总工会工作报告\n\n一、过去五年的工作回顾\n"
	const prose = "　　五年来，市总工会团结动员全市职工群众，围绕中心、服务大局，各项工作取得新的进展，为全市经济社会发展作出了积极贡献。\n"
	const text = "出台实施方案，建立联席会议制度，推动八十六家重点企业建立产业工人技能提升机制，培养高技能人才一万二千人。\n"
	const tail = "二、今后五年的主要任务\n　　今后五年，市总工会将坚持以职工为中心，团结引领广大职工建功新时代。\n"
	want := func(leads ...string) string {
		s := "某市总工会工作报告\n  一、过去五年的工作回顾\n"
		for _, l := range leads {
			s += "    " + l + "\n"
		}
		return s + "  二、今后五年的主要任务\n"
	}
	for _, end := range []string{"走深走实", "提质扩面", "提质增效", "落实落细"} {
		lead := "产业工人队伍建设改革" + end
		if got := outlineOf(head + prose + "　　" + lead + "。" + text + tail); got != want(lead) {
			t.Errorf("last lead %s:\n%s\nwant:\n%s", end, got, want(lead))
		}
		group := "　　重点工程劳动竞赛全面铺开。" + text + "　　职业技能竞赛全面铺开。" + text
		if got := outlineOf(head + group + "　　" + lead + "。" + text + tail); got != want("重点工程劳动竞赛全面铺开", "职业技能竞赛全面铺开", lead) {
			t.Errorf("after a group %s:\n%s", end, got)
		}
	}
	// A statement in the lead's place stays text.
	if got := outlineOf(head + prose + "　　产业工人是工人阶级的主体力量。" + text + tail); got != want() {
		t.Errorf("a statement:\n%s", got)
	}
}

// TestLeadsBeforeYearOutlook: in plain text, the two leads of a report's
// last part are its leads when what follows them is the report's closing
// outlook (2027年是…的重要一年。…), signed by the office and a date or not,
// as they are before a closing address. yearOutlook takes a year said to
// be something, not a year that sets the time of a sentence or a date.
func TestLeadsBeforeYearOutlook(t *testing.T) {
	head := "某市税务局2026年工作总结\n\n一、2026年主要工作情况\n　　全年累计组织各项税费收入四百六十二亿元，同比增长百分之四点二。\n" +
		"二、2027年工作打算\n（一）聚力组织收入，确保税费收入质量\n　　健全收入分析预测机制，提高预测的准确性和前瞻性，为组织收入提供依据。\n" +
		"（二）聚力从严治党，锻造过硬税务铁军\n" +
		"　　加强政治建设和作风建设。巩固深化主题教育成果，驰而不息纠治“四风”，持续推进“清廉税务”建设。\n" +
		"　　加强干部队伍建设。完善干部培养选拔机制，加大青年干部和数字人才培养力度，打造忠诚干净担当的税务干部队伍。\n"
	const outlook = "　　2027年是实施“十五五”规划承上启下的重要一年。全市税务系统将坚持稳中求进工作总基调，为全市经济社会高质量发展作出新的更大贡献。\n"
	const signed = "某市税务局\n2026年12月4日\n"
	want := func(leads ...string) string {
		s := "某市税务局2026年工作总结\n  一、2026年主要工作情况\n  二、2027年工作打算\n    （一）聚力组织收入，确保税费收入质量\n    （二）聚力从严治党，锻造过硬税务铁军\n"
		for _, l := range leads {
			s += "      " + l + "\n"
		}
		return s
	}
	both := want("加强政治建设和作风建设", "加强干部队伍建设")
	for _, c := range []struct{ name, tail, want string }{
		{"an outlook, signed", outlook + signed, both},
		{"an outlook", outlook, both},
	} {
		if got := outlineOf(head + c.tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"2027年是实施“十五五”规划承上启下的重要一年。", true},
		{"　　明年是全面完成“十五五”规划目标任务的关键一年。", true},
		{"2027年，全市税务系统将坚持稳中求进。", false},
		{"2027年1月5日", false},
	} {
		if got := yearOutlook(c.s); got != c.want {
			t.Errorf("yearOutlook(%q) = %v", c.s, got)
		}
	}
}

// TestLongTwinLead: in plain text, a subpart's two paragraphs that open
// with the same measure verb (坚持把学习贯彻…作为首要政治任务。… / 坚持重大事项
// 请示报告制度。…) are its two leads though the first is longer than a
// lead's shape allows, with blank lines between paragraphs or not; with
// no twin (the second opening otherwise), or a comma in the long one, the
// long sentence stays text.
func TestLongTwinLead(t *testing.T) {
	head := "某市人大常委会工作报告\n\n一、2025年主要工作\n（一）坚持党的全面领导，确保人大工作正确政治方向\n"
	const long = "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务。"
	const text1 = "常委会党组坚持“第一议题”制度，及时跟进学习党的最新理论成果，全年开展集体学习十二次，举办专题读书班两期。\n"
	const text2 = "常委会工作要点、重要会议、重大立项和人事任免等事项，均及时向市委请示报告，确保市委决策部署在人大工作中全面落实。\n"
	const tail = "（二）聚焦高质量发展，依法履行监督职责\n　　听取审议国民经济和社会发展计划执行情况的报告，提出审议意见十二条。\n"
	want := func(leads ...string) string {
		s := "某市人大常委会工作报告\n  一、2025年主要工作\n    （一）坚持党的全面领导，确保人大工作正确政治方向\n"
		for _, l := range leads {
			s += "      " + l + "\n"
		}
		return s + "    （二）聚焦高质量发展，依法履行监督职责\n"
	}
	twins := want("坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务", "坚持重大事项请示报告制度")
	for _, c := range []struct{ name, body, want string }{
		{"twins", "　　" + long + text1 + "　　坚持重大事项请示报告制度。" + text2, twins},
		{"twins, blank lines", "\n　　" + long + text1 + "\n　　坚持重大事项请示报告制度。" + text2 + "\n", twins},
		{"no twin", "　　" + long + text1 + "　　严格执行重大事项请示报告制度。" + text2, want("严格执行重大事项请示报告制度")},
		{"a comma", "　　坚持把学习贯彻习近平新时代中国特色社会主义思想，作为首要政治任务。" + text1 + "　　坚持重大事项请示报告制度。" + text2,
			want("坚持重大事项请示报告制度")},
	} {
		if got := outlineOf(head + c.body + tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestClauseParts: in the text of a 述职报告 whose parts Word numbered, the
// parts titled by two clauses (聚焦主责主业，全力推动分管工作取得新成效) hold the
// one-clause lines after them (工业经济稳中有进, 商贸流通加快发展) up to the next
// part, before the problems and the plan, when one such part holds no
// text before its first subpart; where every part has its text, or a
// line is of neither form, the lines stay side by side.
func TestClauseParts(t *testing.T) {
	const prose = "　　认真学习贯彻党的二十届三中全会精神，坚持把理论学习作为履职尽责的基础，全年参加区政府党组理论学习中心组学习十二次。\n"
	const sub = "　　全区规模以上工业增加值增长百分之七点二，新增规上工业企业二十八家，工业经济保持平稳增长。\n"
	doc := func(second, third string) string {
		return "2024年度述职述廉报告\n\n坚持政治引领，持续加强理论武装\n" + prose +
			"聚焦主责主业，全力推动分管工作取得新成效\n" + second +
			"工业经济稳中有进\n" + sub + third + "商贸流通加快发展\n" + sub +
			"严格落实“一岗双责”，坚守廉洁自律底线\n" + prose +
			"存在的问题和不足\n" + prose + "2025年工作打算\n" + prose
	}
	const flat = "2024年度述职述廉报告\n  坚持政治引领，持续加强理论武装\n  聚焦主责主业，全力推动分管工作取得新成效\n  工业经济稳中有进\n  商贸流通加快发展\n" +
		"  严格落实“一岗双责”，坚守廉洁自律底线\n  存在的问题和不足\n  2025年工作打算\n"
	nested := "2024年度述职述廉报告\n  坚持政治引领，持续加强理论武装\n  聚焦主责主业，全力推动分管工作取得新成效\n    工业经济稳中有进\n    商贸流通加快发展\n" +
		"  严格落实“一岗双责”，坚守廉洁自律底线\n  存在的问题和不足\n  2025年工作打算\n"
	flat3 := strings.Replace(flat, "  商贸", "  推动服务业提质增效和对外开放扩大规模\n  商贸", 1)
	for _, c := range []struct{ name, text, want string }{
		{"a part over its subparts", doc("", ""), nested},
		{"every part with its text", doc(prose, ""), flat},
		{"a line of neither form", doc("", "推动服务业提质增效和对外开放扩大规模\n"+sub), flat3},
	} {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
