package parse

import (
	"strings"
	"testing"
)

// TestLeadAfterSentenceList: in plain text, a node's lead whose paragraph
// introduces a list of one-sentence items (扩大有效投资。…重点推进以下工作：
// over 1.… 2.… 3.…) and a paragraph after the list that opens with a lead
// of the shape (提振居民消费。…, and the leads after it) are siblings under the node, as the .docx has
// them where both are bold: the lead after the list is not the last item's
// text, and so where prose comes before the list, or a sentence
// announcing the leads stands between (在扩大有效投资的同时，着力抓好以下工作。).
// Where the paragraph
// before the list states (…是…), or the items hold text of their own, the
// paragraph after the list stays the last item's.
func TestLeadAfterSentenceList(t *testing.T) {
	const head = "岚山市人民政府工作报告\n\n一、2026年主要任务\n（一）坚持扩内需稳增长，推动经济回升向好。\n"
	const list = "　　1.加快岚山至云川城际铁路、岚江航运枢纽等重大基础设施建设。\n" +
		"　　2.谋划储备重大项目一百二十个以上，争取各类上级资金一百亿元以上。\n" +
		"　　3.推动民间投资项目扩容，向民间资本推介项目总投资三百亿元以上。\n"
	const after = "　　增强消费活力。持续实施消费品以旧换新，培育首发经济、银发经济，打造两个市级夜间消费集聚区。\n"
	const tail = "（二）坚持创新引领，加快构建现代化产业体系。\n　　实施重点产业链提升行动，全年新增规上工业企业一百五十家以上。\n"
	items := "      1.加快岚山至云川城际铁路、岚江航运枢纽等重大基础设施建设\n" +
		"      2.谋划储备重大项目一百二十个以上，争取各类上级资金一百亿元以上\n" +
		"      3.推动民间投资项目扩容，向民间资本推介项目总投资三百亿元以上\n"
	under := strings.ReplaceAll(items, "      ", "        ") // the list the lead's paragraph announces (TestListsUnderLeads)
	const after2 = "　　优化营商环境。深化“高效办成一件事”改革，开展清理拖欠企业账款专项行动，全年新登记经营主体四万户以上。\n"
	for _, c := range []struct{ name, before, list, after, want string }{
		{"a measure before the list", "　　扩大有效投资。安排市级重点项目四百三十个，年度计划投资八百五十亿元。重点推进以下工作：\n", list, after,
			"      扩大有效投资\n" + under + "      增强消费活力\n"},
		{"two leads after the list", "　　扩大有效投资。安排市级重点项目四百三十个，年度计划投资八百五十亿元。重点推进以下工作：\n", list, after + after2,
			"      扩大有效投资\n" + under + "      增强消费活力\n      优化营商环境\n"},
		{"prose before the list", "　　全年安排市级重点项目四百三十个，年度计划投资八百五十亿元，重点推进以下工作：\n", list, after,
			items + "      增强消费活力\n"},
		{"a statement before the list", "　　项目是发展的生命线。全市上下要树牢项目为王的导向，年度计划投资八百五十亿元。重点推进以下工作：\n", list, after + after2,
			items + "        增强消费活力\n        优化营商环境\n"},
		{"an announcement after the list", "　　扩大有效投资。安排市级重点项目四百三十个，年度计划投资八百五十亿元。重点推进以下工作：\n", list,
			"　　在扩大有效投资的同时，着力抓好以下工作。\n" + after + after2,
			"      扩大有效投资\n" + under + "      增强消费活力\n      优化营商环境\n"},
		{"items with text", "　　扩大有效投资。安排市级重点项目四百三十个，年度计划投资八百五十亿元。重点推进以下工作：\n",
			"　　1.加快岚山至云川城际铁路、岚江航运枢纽等重大基础设施建设。\n　　其中，城际铁路年内完成投资四十亿元，航运枢纽主体工程开工建设。\n" +
				"　　2.谋划储备重大项目一百二十个以上，争取各类上级资金一百亿元以上。\n", after,
			"      1.加快岚山至云川城际铁路、岚江航运枢纽等重大基础设施建设\n      2.谋划储备重大项目一百二十个以上，争取各类上级资金一百亿元以上\n"},
	} {
		want := "岚山市人民政府工作报告\n  一、2026年主要任务\n    （一）坚持扩内需稳增长，推动经济回升向好\n" + c.want + "    （二）坚持创新引领，加快构建现代化产业体系\n"
		if got := outlineOf(head + c.before + c.list + c.after + tail); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// TestColonPairFillsNode: in plain text, two paragraphs in a row that
// open with a short clause closed by ： (引才要有新突破：… / 育才要有新机制：…)
// are a part's two leads when they are all the part holds after at most
// one paragraph that opens it, as two closed by ； are. Among the part's
// prose, or where a clause is a list's lead-in (…：一是…) or longer than an
// opening, they stay text.
func TestColonPairFillsNode(t *testing.T) {
	const head = "云岭县人民医院2025年工作总结\n\n一、主要工作\n（一）医疗质量持续提升\n　　全年门急诊一百二十万人次，出院病人五万人次，三、四级手术占比提高到百分之四十五。\n（二）加强人才队伍建设\n"
	const tail = "（三）推进新院区建设\n　　加快推进城东新院区建设，确保年内主体结构封顶，明年投入使用。\n"
	const a = "　　引才要有新突破：全年引进博士二十人、学科带头人五人，柔性引进省级专家十二名。\n"
	const b = "　　育才要有新机制：实施青年医师培优计划，每年选派五十名骨干到上级医院进修。\n"
	const prose = "　　人才是医院发展的第一资源，医院坚持把人才工作摆在突出位置，全年人才投入二千万元。\n"
	pair := "      引才要有新突破\n      育才要有新机制\n"
	// A table of figures copied out of Word, a cell a line: no prose.
	const table = "类别\n人数（人）\n增长\n博士\n20\n25%\n硕士\n86\n12%\n"
	for _, c := range []struct{ name, body, want string }{
		{"the pair alone", a + b, pair},
		{"after an opening", prose + a + b, pair},
		{"among prose", prose + a + b + prose, ""},
		{"beside a table", a + b + table, pair},
		{"a table before", table + a + b, pair},
		{"a table amid the pair", a + table + b, pair},
		{"a list's lead-in", a + "　　培育骨干人才队伍：一是选派五十名骨干到上级医院进修，二是实施青年医师培优计划，三是设立人才培养专项经费。\n", ""},
		{"too long for a lead", "　　坚持引育并举加强高层次人才和青年骨干队伍建设：全年引进博士二十人、学科带头人五人，柔性引进省级专家十二名，选派骨干到上级医院进修。\n" + b, ""},
	} {
		want := "云岭县人民医院2025年工作总结\n  一、主要工作\n    （一）医疗质量持续提升\n    （二）加强人才队伍建设\n" + c.want + "    （三）推进新院区建设\n"
		if got := outlineOf(head + c.body + tail); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// TestOutcomeAfterAlikeGroup: in plain text, a paragraph of the lead
// shape right after a group of leads tied by their wording is one of
// them when it names an outcome as they do (…关爱服务持续加强。 after
// 公共服务更加优质。 / 教育服务不断完善。 / 退役军人服务保障有力。), and
// stays text when it judges (…关爱服务任重道远。) or states (…的关键是持续加强。).
func TestOutcomeAfterAlikeGroup(t *testing.T) {
	const head = "枫林街道办事处工作报告\n\n一、2025年工作回顾\n（三）坚持民生为本，群众幸福指数不断提升。\n" +
		"　　公共服务更加优质。社区卫生服务中心完成提标改造，家庭医生签约服务覆盖率达到百分之七十五。\n" +
		"　　教育服务不断完善。配合完成东湖小学扩建，新增学位五百四十个，建设社区四点半课堂六个。\n" +
		"　　养老服务保障有力。新建社区嵌入式养老服务站两个，为辖区老年人提供助餐服务三万人次。\n"
	const tail = "（四）坚持党建引领，基层治理效能持续提升。\n　　深化红色物业建设，推动物业服务企业党组织全覆盖。\n"
	group := "      公共服务更加优质\n      教育服务不断完善\n      养老服务保障有力\n"
	for _, c := range []struct{ name, last, want string }{
		{"an outcome", "　　辖区残疾人和未成年人关爱服务持续加强。建成社区儿童之家十四个，实现社区全覆盖，开展关爱活动一百二十场次。\n",
			group + "      辖区残疾人和未成年人关爱服务持续加强\n"},
		{"a judgement", "　　辖区残疾人和未成年人关爱服务任重道远。街道将持续聚焦群众急难愁盼问题，把每一件民生实事办实办好办到群众心坎上。\n", group},
		{"a copula", "　　辖区未成年人关爱工作的关键是持续加强。建成社区儿童之家十四个，实现社区全覆盖，开展关爱活动一百二十场次。\n", group},
	} {
		want := "枫林街道办事处工作报告\n  一、2025年工作回顾\n    （三）坚持民生为本，群众幸福指数不断提升\n" + c.want + "    （四）坚持党建引领，基层治理效能持续提升\n"
		if got := outlineOf(head + c.last + tail); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// TestClauseRunAfterList: in plain text, leads closed by ： on either side
// of a list of one-sentence items, opening alike (聚焦…，…：), are one run
// of the node's: those after the list are the node's, as the .docx has
// them in bold, not the last item's text. A clause that does not go on
// from the one before the list stays the item's.
func TestClauseRunAfterList(t *testing.T) {
	const head = "琅川市人民检察院工作报告\n\n三、2026年工作安排\n" +
		"　　2026年是“十五五”规划开局之年。全市检察机关将坚持以习近平新时代中国特色社会主义思想为指导，重点做好以下工作。\n" +
		"　　聚焦平安琅川建设，依法履行刑事检察职责：依法惩治危害国家安全犯罪和严重暴力犯罪，深化“两卡”治理，常态化开展扫黑除恶斗争。\n" +
		"　　聚焦高质量发展，服务保障经济社会大局：落实民营经济促进法，依法惩治侵害企业合法权益犯罪，深化涉案企业合规改革。\n" +
		"　　聚焦监督主责主业，做优做实法律监督：全面深化刑事、民事、行政检察监督，重点推进以下工作：\n" +
		"　　1.开展“检护民生”专项行动，重点办理侵害老年人、农民工权益案件。\n" +
		"　　2.推进大数据法律监督模型建设，新建并推广应用监督模型十个。\n" +
		"　　3.开展检察官“以案释法”活动，全年发布典型案例不少于二十个。\n"
	const after = "　　聚焦检务公开，主动接受各方面监督：自觉接受人大监督、民主监督和社会监督，完善人民监督员制度，拓展检察听证范围。\n" +
		"　　聚焦过硬队伍建设，推动检察工作行稳致远：坚持党对检察工作的绝对领导，深化全员培训，锻造忠诚干净担当的检察铁军。\n"
	const other = "　　检察队伍建设方面，坚持党对检察工作的绝对领导：深化全员培训，锻造忠诚干净担当的检察铁军，全年培训干警一千二百人次。\n"
	// The list is the lead's whose paragraph announces it (TestListsUnderLeads).
	const leads = "琅川市人民检察院工作报告\n  三、2026年工作安排\n    聚焦平安琅川建设，依法履行刑事检察职责\n    聚焦高质量发展，服务保障经济社会大局\n    聚焦监督主责主业，做优做实法律监督\n" +
		"      1.开展“检护民生”专项行动，重点办理侵害老年人、农民工权益案件\n      2.推进大数据法律监督模型建设，新建并推广应用监督模型十个\n" +
		"      3.开展检察官“以案释法”活动，全年发布典型案例不少于二十个\n"
	for _, c := range []struct{ name, tail, want string }{
		{"the run goes on", after, leads + "    聚焦检务公开，主动接受各方面监督\n    聚焦过硬队伍建设，推动检察工作行稳致远\n"},
		{"another clause", other, leads},
	} {
		if got := outlineOf(head + c.tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestCommaClauseToColon: in plain text, a lead clause closed by ， that
// runs on to a ： closing the clause after it (聚焦平安琅川建设，依法履行刑事
// 检察职责：…) is titled to the ：, its two halves one lead as a Word author
// bolds them; where the ： opens a list (…重点抓好：一是…) the title stops
// at the comma.
func TestCommaClauseToColon(t *testing.T) {
	const head = "琅川市人民检察院工作报告\n\n三、2026年工作安排\n"
	const a = "　　聚焦平安琅川建设，依法履行刑事检察职责：依法惩治危害国家安全犯罪和严重暴力犯罪，深化“两卡”治理，常态化开展扫黑除恶斗争。\n"
	const b = "　　聚焦高质量发展，服务保障经济社会大局：落实民营经济促进法，依法惩治侵害企业合法权益犯罪，深化涉案企业合规改革。\n"
	const c = "　　聚焦群众急难愁盼，持续增进民生福祉：深化未成年人检察工作，依法支持农民工讨薪，全年办理民生领域案件一千二百件。\n"
	const list = "　　聚焦群众急难愁盼，重点抓好：一是深化未成年人检察工作，二是依法支持农民工讨薪，全年办理民生领域案件一千二百件。\n"
	const top = "琅川市人民检察院工作报告\n  三、2026年工作安排\n"
	for _, k := range []struct{ name, text, want string }{
		{"to the colon", head + a + b + c, top + "    聚焦平安琅川建设，依法履行刑事检察职责\n    聚焦高质量发展，服务保障经济社会大局\n    聚焦群众急难愁盼，持续增进民生福祉\n"},
		{"a list after the colon", head + a + b + list, top + "    聚焦平安琅川建设，依法履行刑事检察职责\n    聚焦高质量发展，服务保障经济社会大局\n    聚焦群众急难愁盼\n"},
	} {
		if got := outlineOf(k.text); got != k.want {
			t.Errorf("%s:\n%s\nwant:\n%s", k.name, got, k.want)
		}
	}
}
