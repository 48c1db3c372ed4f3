package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestYearsSetOffLeads: paragraphs opening alike with 这一年，我们…。 are a
// run of leads in plain text, as 今年，我们…。 would be (这 sets off a span
// of years, no back reference); 这是…。 openings stay prose.
func TestYearsSetOffLeads(t *testing.T) {
	const head = "在县委经济工作会议上的讲话\n\n一、充分肯定今年经济工作取得的成绩\n　　今年以来，全县上下坚决贯彻中央和省委、市委决策部署，经济运行总体平稳、稳中有进。\n"
	const body = "稳住了发展基本盘。面对需求收缩的压力，我们及时出台稳经济政策，全县地区生产总值增长百分之六。\n" +
		"　　%s打通了改革开放堵点。县属国企完成战略性重组，营商环境评价进入全省前列，新增经营主体一万二千户。\n" +
		"　　%s兜住了民生保障底线。全县民生支出占一般公共预算支出的八成以上，十件民生实事全部完成。\n"
	const tail = "二、突出重点，抓好明年经济工作\n　　明年是关键之年，做好经济工作意义重大，要把握好三个方面的要求。\n"
	for _, c := range []struct{ name, open, want string }{
		{"这一年", "这一年，我们", "    这一年，我们稳住了发展基本盘\n    这一年，我们打通了改革开放堵点\n    这一年，我们兜住了民生保障底线\n"},
		{"这五年来", "这五年来，我们", "    这五年来，我们稳住了发展基本盘\n    这五年来，我们打通了改革开放堵点\n    这五年来，我们兜住了民生保障底线\n"},
		{"这是", "这是因为我们", ""},
	} {
		src := head + "　　" + c.open + sprintf2(body, c.open) + tail
		want := "在县委经济工作会议上的讲话\n  一、充分肯定今年经济工作取得的成绩\n" + c.want + "  二、突出重点，抓好明年经济工作\n"
		if got := outlineOf(src); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// sprintf2 puts w in both places of f.
func sprintf2(f, w string) string { return fmt.Sprintf(f, w, w) }

// TestOutcomeClausePair: in plain text, a sub-part whose two paragraphs
// open with a ，-clause naming an outcome (制造业根基更加牢固，… / 现代服务业提速
// 发展，…) holds them as its leads, as its .docx's bold does; a pair with
// prose after it in the node, or clauses naming no outcome, stays text.
func TestOutcomeClausePair(t *testing.T) {
	const head = "某市政府工作报告\n\n一、2024年工作回顾\n　　一年来，我们主要做了以下几方面工作：\n（一）实体经济稳中提质\n"
	const a = "　　制造业根基更加牢固，全年规上工业总产值突破三千二百亿元，增长百分之八点六，纺织服装、智能家居产业集群加快壮大。\n"
	const b = "　　现代服务业提速发展，服务业增加值增长百分之六点四，国际五金城交易额突破八百亿元，直播电商交易额增长三成。\n"
	const prose = "　　全市上下团结一心，克服外部需求收缩等不利影响，经济运行总体平稳、稳中有进，主要指标好于预期。\n"
	const plain = "　　全年规上工业总产值突破三千二百亿元，增长百分之八点六，纺织服装、智能家居产业集群加快壮大。\n"
	const tail = "（二）项目投资有力有效\n　　坚持项目为王，实施市级重点项目一百八十个，完成投资四百二十亿元。\n"
	const top = "某市政府工作报告\n  一、2024年工作回顾\n    （一）实体经济稳中提质\n"
	const end = "    （二）项目投资有力有效\n"
	for _, c := range []struct{ name, body, want string }{
		{"a pair", a + b, top + "      制造业根基更加牢固\n      现代服务业提速发展\n" + end},
		{"after an opening", prose + a + b, top + "      制造业根基更加牢固\n      现代服务业提速发展\n" + end},
		{"prose after", a + b + prose, top + end},
		{"no outcome", plain + b, top + end},
	} {
		if got := outlineOf(head + c.body + tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestThesisNotEdgeLead: a part's opening sentence that says where the
// key lies (做好明年经济工作，关键在抓落实。) is its thesis, no lead at the edge
// of the run of leads after it, though it opens with a measure verb.
func TestThesisNotEdgeLead(t *testing.T) {
	const head = "在县委经济工作会议上的讲话\n\n一、真抓实干，确保各项决策部署落地见效\n"
	const run = "　　要在加强领导上更进一步。各级党委要把经济工作放在突出位置，主要负责同志要亲自研究、亲自部署、亲自推动。\n" +
		"　　要在狠抓落实上更进一步。县委、县政府确定的重点任务，要逐项细化分解，建立清单、明确时限、压实责任。\n" +
		"　　要在转变作风上更进一步。要大兴调查研究之风，坚决整治形式主义、官僚主义，切实为基层减负。\n"
	const tail = "二、加强党的全面领导\n　　各级党组织要把党的领导贯穿经济社会发展各领域全过程，确保各项工作沿着正确方向推进。\n"
	const leads = "    要在加强领导上更进一步\n    要在狠抓落实上更进一步\n    要在转变作风上更进一步\n"
	const top = "在县委经济工作会议上的讲话\n  一、真抓实干，确保各项决策部署落地见效\n"
	const end = "  二、加强党的全面领导\n"
	for _, c := range []struct{ name, first, want string }{
		{"thesis", "做好明年经济工作，关键在抓落实。全县各级各部门要切实把思想和行动统一到县委决策部署上来，以钉钉子精神抓好落实。", top + leads + end},
		{"measure", "做好重大项目服务保障。全县各级各部门要切实把思想和行动统一到县委决策部署上来，以钉钉子精神抓好落实。", top + "    做好重大项目服务保障\n" + leads + end},
	} {
		if got := outlineOf(head + "　　" + c.first + "\n" + run + tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestHeadingGoesOnOverOpening: a part's heading broken over two lines
// whose part opens with a paragraph before its first numbered sub-part
// (四、下一步推进养老服务体系 / 建设的工作打算 / 下一步，… / （一）…) is one heading,
// its sub-parts under it; a short line after which the part's text goes
// on with no numbered sub-part stays a line of its own.
func TestHeadingGoesOnOverOpening(t *testing.T) {
	const head = "关于养老服务体系建设情况的专题汇报\n\n一、基本情况\n　　全区共有60周岁以上户籍老年人十二万三千人，占户籍总人口的百分之二十二点六。\n四、下一步推进养老服务体系\n建设的工作打算\n" +
		"　　下一步，我们将认真落实本次会议审议意见，以建设“老有颐养”幸福家园为目标，重点抓好以下工作。\n"
	const subs = "（一）优化设施布局，提升养老服务供给质量。\n　　推动床位结构调整，新增护理型床位五百张，盘活闲置资源，发展普惠养老。\n" +
		"（二）完善居家社区服务，打造养老服务圈。\n　　推进嵌入式养老服务综合体建设，实现街道全覆盖，优化老年助餐服务。\n"
	const prose = "　　推动床位结构调整，新增护理型床位五百张，盘活闲置资源，发展普惠养老。\n"
	for _, c := range []struct{ name, body, want string }{
		{"sub-parts", subs, "  四、下一步推进养老服务体系\n  建设的工作打算\n    （一）优化设施布局，提升养老服务供给质量\n    （二）完善居家社区服务，打造养老服务圈\n"},
		{"prose", prose, "  四、下一步推进养老服务体系\n    建设的工作打算\n"},
	} {
		want := "关于养老服务体系建设情况的专题汇报\n  一、基本情况\n" + c.want
		if got := outlineOf(head + c.body); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// TestItemPairUnderHeading: in plain text whose prose is set in, two
// lines at the margin right under a heading's line, all it holds, are
// the items of a list Word numbered (1. and 2. in the .docx); with prose
// after them in the node they stay text, as two after a paragraph do
// (TestColonItems).
func TestItemPairUnderHeading(t *testing.T) {
	const prose = "　　过去一年，全市上下坚持稳中求进工作总基调，经济运行稳中向好，发展质量稳步提升，各项事业取得新的进展。\n"
	head := "某市住建局工作总结\n\n一、2026年工作开展情况\n" + strings.Repeat(prose, 8) + "二、2027年工作思路\n（一）着力推动历史文化保护传承\n"
	const two = "完成第二批历史建筑测绘建档，新公布历史建筑不少于四十处。\n启动鼓楼、南关两个历史地段保护利用项目，打造城市文化街区。\n"
	const tail = "（二）着力加强队伍能力建设\n" + prose
	const wantHead = "某市住建局工作总结\n  一、2026年工作开展情况\n  二、2027年工作思路\n    （一）着力推动历史文化保护传承\n"
	const wantTail = "    （二）着力加强队伍能力建设\n"
	for _, c := range []struct{ name, text, want string }{
		{"two", head + two + tail, wantHead + "      完成第二批历史建筑测绘建档，新公布历史建筑不少于四十处\n      启动鼓楼、南关两个历史地段保护利用项目，打造城市文化街区\n" + wantTail},
		{"prose after", head + two + prose + tail, wantHead + wantTail},
	} {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestPlanPeriodInTitle: the period a plan covers, in brackets under its
// title (…三年行动方案 / （2026—2028年）), is the title's second line, as
// its .docx's bold title shows; a date in brackets (（2026年12月5日）) stays
// front matter.
func TestPlanPeriodInTitle(t *testing.T) {
	const body = "泊川县科学技术局\n2026年3月\n　　为深入实施创新驱动发展战略，加快推进创新型县建设，制定本方案。\n第一章　总体要求\n　　坚持创新在现代化建设全局中的核心地位。\n第二章　重点任务\n　　实施创新主体梯次培育行动。\n"
	const parts = "  第一章 总体要求\n  第二章 重点任务\n"
	for _, c := range []struct{ name, second, want string }{
		{"period", "（2026—2028年）", "泊川县创新型县建设三年行动方案\n（2026—2028年）\n" + parts},
		{"period with a hyphen", "(2026-2028年)", "泊川县创新型县建设三年行动方案\n(2026-2028年)\n" + parts},
		{"date", "（2026年3月5日）", "泊川县创新型县建设三年行动方案\n" + parts},
	} {
		if got := outlineOf("泊川县创新型县建设三年行动方案\n" + c.second + "\n" + body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestClosingOutcome: in plain text, the node's last paragraph, right
// after a run of three leads, opening with a ，-clause naming an outcome
// (外贸外资稳中提质，…) is the run's last lead, its author's ， for 。; a
// ，-clause naming none (全省上下团结一心，…) stays text.
func TestClosingOutcome(t *testing.T) {
	const head = "东川省政府工作报告\n\n一、2025年工作回顾\n（一）着力稳增长扩内需，经济回升向好态势持续巩固\n" +
		"　　精准有效实施宏观政策。出台推动经济持续回升向好一揽子政策，落实减税降费和缓缴社保费等政策。\n" +
		"　　有效投资保持较快增长。实施省重点项目一千六百个，完成投资一万二千亿元，基础设施投资增长百分之九。\n" +
		"　　消费市场加快恢复。开展系列促消费活动，社会消费品零售总额增长百分之六点八，文旅消费持续升温。\n"
	const tail = "（二）着力推进科技创新和产业升级，发展新动能加快成长\n　　东川实验室首批四个研究方向全面启动，新建省级重点实验室二十个，研发投入强度达到百分之二点五。\n"
	const want = "东川省政府工作报告\n  一、2025年工作回顾\n    （一）着力稳增长扩内需，经济回升向好态势持续巩固\n      精准有效实施宏观政策\n      有效投资保持较快增长\n      消费市场加快恢复\n"
	const wantTail = "    （二）着力推进科技创新和产业升级，发展新动能加快成长\n"
	for _, c := range []struct{ name, last, want string }{
		{"outcome", "　　外贸外资稳中提质，进出口总额增长百分之八点七，实际使用外资增长百分之五，新设外资企业四百家。\n", want + "      外贸外资稳中提质\n" + wantTail},
		{"prose", "　　全省上下团结一心，进出口总额增长百分之八点七，实际使用外资增长百分之五，新设外资企业四百家。\n", want + wantTail},
	} {
		if got := outlineOf(head + c.last + tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
