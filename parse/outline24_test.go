package parse

import (
	"strings"
	"testing"

	"wenji/model/export"
)

// The rules of session 24 (issue 13), each on a text of its own written
// for it in the genre: a joint byline of issuing bodies, a lone opening
// 首先， courtesy, a party group over its report's title, a Word list's
// items under a sub-part standing alone, the problems' title after a
// table, a lead naming a term that opens with a digit, parallel labels
// closed by mixed marks, a plain part's lone lead, and the line that
// lists an appendix printed after.

// TestOfficesByline: a line of issuing bodies set apart by spaces (中共某县委
// 某县人民政府) under a title's date line is the title's text, as one office
// is; the first 一、 sits right under the title.
func TestOfficesByline(t *testing.T) {
	for _, byline := range []string{"中共禾川县委　禾川县人民政府", "中共禾川县委 禾川县人民政府"} {
		text := "禾川县2026年度推进乡村全面振兴\n实绩考核工作汇报\n（2026年12月5日）\n" + byline + "\n尊敬的考核组各位领导：\n" +
			"　　禾川县辖9个乡镇、124个行政村，全年农村居民人均可支配收入增长7.1%，各项工作扎实推进。\n" +
			"一、巩固拓展脱贫攻坚成果\n　　全年新识别监测对象218户，风险消除率达到76%，守住了不发生规模性返贫的底线。\n" +
			"二、发展乡村特色产业\n　　新建茶叶、食用菌等产业基地18个，带动脱贫户一万余户增收。\n"
		want := "禾川县2026年度推进乡村全面振兴\n实绩考核工作汇报\n  一、巩固拓展脱贫攻坚成果\n  二、发展乡村特色产业\n"
		if got := outlineOf(text); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", byline, got, want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"中共杉口县委　杉口县人民政府", true},
		{"市教育局党组　市教育局", true},
		{"中共杉口县委", false},    // one office: isOfficeLine's
		{"县长　张某某", false},    // a person
		{"全面推进　乡村振兴", false}, // two phrases, no office
		{"中共杉口县委　杉口县人民政府　县委办　县政府办　县人大办", false}, // five
	} {
		if got := isOfficesLine(c.s); got != c.want {
			t.Errorf("isOfficesLine(%q) = %v", c.s, got)
		}
	}
}

// TestLoneFirstly: a paragraph opening with 首先， that no 其次， follows (首先，
// 我代表县委、县政府，对考核组…表示热烈欢迎！) is text, not a level the report
// hangs under; 首先，… / 其次，… stay a run of measures.
func TestLoneFirstly(t *testing.T) {
	const title = "禾川县2026年乡村振兴工作汇报\n\n"
	const parts = "一、巩固拓展脱贫攻坚成果\n　　全年新识别监测对象218户，风险消除率达到76%，守住了不发生规模性返贫的底线。\n" +
		"二、发展乡村特色产业\n　　新建茶叶、食用菌等产业基地18个，带动脱贫户一万余户增收。\n"
	text := title + "　　首先，我代表县委、县政府，对考核组莅临禾川检查指导工作表示热烈欢迎！下面，我将有关情况汇报如下。\n" + parts
	if got, want := outlineOf(text), "禾川县2026年乡村振兴工作汇报\n  一、巩固拓展脱贫攻坚成果\n  二、发展乡村特色产业\n"; got != want {
		t.Errorf("a lone 首先，:\n%s\nwant:\n%s", got, want)
	}
	run := title + "一、巩固拓展脱贫攻坚成果\n" +
		"首先，压实帮扶责任\n　　县级领导包保重点村全覆盖，落实帮扶措施2860条，确保责任到人。\n" +
		"其次，强化产业帮扶\n　　新建产业基地24个，带动脱贫户1.36万户，衔接资金用于产业的比例达到62%。\n"
	got := outlineOf(run)
	if !containsLine(got, "    首先，压实帮扶责任\n") || !containsLine(got, "    其次，强化产业帮扶\n") {
		t.Errorf("a 首先/其次 run:\n%s", got)
	}
}

// TestPartyGroupOverTitle: an office's party group over the title of what
// it reports (中共某市住房和城乡建设局党组 / 关于…整改情况的报告) is the title's
// first line, as an office is, with an addressee after it.
func TestPartyGroupOverTitle(t *testing.T) {
	text := "中共禾川市住房和城乡建设局党组\n关于市委第二巡察组巡察反馈意见整改情况的报告\n市委巡察工作领导小组：\n" +
		"　　根据市委统一部署，市委第二巡察组对我局党组开展了常规巡察，现将整改情况报告如下。\n" +
		"一、提高政治站位\n　　局党组第一时间召开专题会议，传达学习巡察反馈意见，班子成员逐一表态。\n" +
		"二、整改落实情况\n　　反馈的11个问题已完成整改9个，其余2个正在按计划推进。\n"
	want := "中共禾川市住房和城乡建设局党组\n关于市委第二巡察组巡察反馈意见整改情况的报告\n  一、提高政治站位\n  二、整改落实情况\n"
	if got := outlineOf(text); got != want {
		t.Errorf("\n%s\nwant:\n%s", got, want)
	}
	if !isPartyGroup("中共禾川市住房和城乡建设局党组") || !isPartyGroup("市教育局党委") || isPartyGroup("全面从严治党组") {
		t.Error("isPartyGroup")
	}
}

// wordListReport is a report whose parts, sub-parts and items Word's list
// numbered, as text copies it: the numbers gone, the prose set in, the
// list's paragraphs at the margin.
func wordListReport(sub2 string) string {
	return "禾川市水利局2026年防汛抗旱工作报告\n同志们：\n" +
		"　　受市防汛抗旱指挥部委托，现将2026年全市防汛抗旱工作情况和2027年工作安排报告如下。\n" +
		"2026年防汛抗旱工作基本情况\n" +
		"　　今年汛期，我市遭遇了近二十年来最为复杂的汛情旱情，全市上下坚持人民至上、生命至上，成功防御了多轮强降雨过程。\n" +
		"雨情水情特点\n" +
		"　　入汛早、汛期长。全市于3月28日入汛，较常年提前12天，汛期长达207天，为有完整记录以来第三长。\n" +
		"　　降雨集中、强度大。汛期全市平均降雨量1486毫米，较常年偏多27%，最大24小时降雨量突破当地历史极值。\n" +
		"　　江河涨势猛、超警多。干流先后出现3次编号洪水，全市有14条中小河流发生超警洪水，其中5条超保证水位。\n" +
		sub2 +
		"压紧压实防汛责任。市防指年初即印发防汛抗旱责任人名单，明确市、县、乡、村四级防汛责任人6820名，接受社会监督。\n" +
		"全面开展汛前检查。组织6个检查组对全市水库、堤防、在建涉水工程开展拉网式排查，发现隐患问题237处，全部完成整改。\n" +
		"强化监测预报预警。新建雨量站46个、水位站28个，汛期累计发布洪水预警41期，通过叫应机制直达基层责任人。\n" +
		"抢险救灾和应急处置\n" +
		"　　抢险力量前置到位。汛期在重点区域预置市级抢险队伍14支，协调驻市部队、消防救援队伍建立联动机制。\n" +
		"　　险情处置及时有效。全市共发生各类水利工程险情63处，均在第一时间得到有效处置，未发生溃堤垮坝事件。\n" +
		"　　群众生活妥善安置。设置临时避灾安置点218处，下拨市级救灾资金2860万元，受灾群众基本生活得到保障。\n" +
		"抗旱保供水工作\n" +
		"　　科学调配水源。通过水库放水、跨流域调水等方式累计调水1.36亿立方米，保障了35万亩晚稻灌溉用水。\n" +
		"　　保障群众饮水。采取应急送水、打井取水、管网延伸等措施，累计送水2.4万吨，新打抗旱水井86眼。\n" +
		"　　加强节约用水。在城区实施阶梯水价和公共机构节水管控，旱期城市日供水量较上年同期下降6.3%。\n"
}

// TestRunInUnderBareHeading: in such a text, the list's paragraphs right
// under a sub-part's line standing alone (主要工作措施 / 压紧压实防汛责任。…)
// are that sub-part's, not siblings it stands beside with nothing under
// it; after a sub-part with text of its own they still read as its
// siblings' level where they are titled alike (runInSibling).
func TestRunInUnderBareHeading(t *testing.T) {
	got := outlineOf(wordListReport("主要工作措施\n"))
	want := "  主要工作措施\n    压紧压实防汛责任\n    全面开展汛前检查\n    强化监测预报预警\n  抢险救灾和应急处置\n"
	if !containsLine(got, want) {
		t.Errorf("\n%s\nwant inside:\n%s", got, want)
	}
}

// TestProblemsTitleEndsTable: the problems' title right after a table
// copied out of Word one cell a line (… / 合计 / 1426 / 1108 / 77.7 / 16200 /
// 存在的主要问题) is a part, not a cell, however short the paragraph under it.
func TestProblemsTitleEndsTable(t *testing.T) {
	text := "禾川市水利局2026年工作总结\n" +
		"2026年工作开展情况\n" +
		"　　汛后，全市共发生水毁水利工程1426处，已完成修复1108处，修复率77.7%，其余工程将于明年汛前全部完成。\n" +
		"　　水毁工程修复情况见下表。\n" +
		"工程类别\n水毁数量（处）\n已修复（处）\n修复率（%）\n堤防护岸\n386\n302\n78.2\n合计\n1426\n1108\n77.7\n" +
		"存在的主要问题\n" +
		"　　总结今年工作，我们也要清醒看到，全市防汛抗旱工作还存在不少薄弱环节。\n" +
		"　　部分县城防洪标准不足二十年一遇，城区内涝点尚未彻底消除，山区小流域监测站点密度偏低。\n" +
		"2027年工作安排\n" +
		"　　坚持底线思维、极限思维，坚持防汛抗旱两手抓，全力保障人民群众生命财产安全。\n"
	want := "禾川市水利局2026年工作总结\n  2026年工作开展情况\n  存在的主要问题\n  2027年工作安排\n"
	if got := outlineOf(text); got != want {
		t.Errorf("\n%s\nwant:\n%s", got, want)
	}
}

// TestTermLead: a lead naming a term that opens with a digit (5G+智慧商圈示范
// 建设) is one of its run's leads; a sentence opening with a figure
// (2026年…) is not, and hasFigure tells them.
func TestTermLead(t *testing.T) {
	text := "禾川市商务局2027年工作要点\n\n一、培育壮大消费新场景\n" +
		"　　打造城市消费地标。推动滨江路步行街改造提升，引进品牌首店30家以上，争创省级示范步行街。\n" +
		"　　5G+智慧商圈示范建设。在两大商圈推进5G网络、智能导购、无感支付全覆盖，建设商圈客流监测平台。\n" +
		"　　丰富消费促进活动。全年举办各类促消费活动100场以上，发放消费券3000万元，撬动消费20亿元以上。\n" +
		"二、推动外贸稳规模优结构\n　　全年货物进出口总额增长5%左右，外贸主体稳步增加。\n"
	got := outlineOf(text)
	if !containsLine(got, "    5G+智慧商圈示范建设\n") || !containsLine(got, "    丰富消费促进活动\n") {
		t.Errorf("\n%s", got)
	}
	for s, want := range map[string]bool{"5G+智慧商圈": false, "G20峰会保障": false, "4K超高清": false, "2026年工作": true, "新建3所": true, "１２": true} {
		if hasFigure(s) != want {
			t.Errorf("hasFigure(%q) = %v", s, !want)
		}
	}
}

// TestParallelLabels: a run of paragraphs that open with labels of one
// length closed by ：, ； and 。 as they came (稳面积：… / 提单产：… / 强设施；… /
// 守红线。…) are leads; two labels and a longer lead-in are not a run.
func TestParallelLabels(t *testing.T) {
	const title = "禾川县2026年乡村振兴工作汇报\n\n"
	text := title + "（一）全力保障粮食安全\n" +
		"　　稳面积：全年粮食播种面积稳定在86.3万亩，总产量达到35.6万吨，连续五年稳定在35万吨以上。\n" +
		"　　提单产：实施粮油作物大面积单产提升行动，建设千亩示范片12个，水稻亩产较上年提高18公斤。\n" +
		"　　强设施；新建高标准农田6.8万亩，改造提升4.2万亩，累计建成高标准农田52.6万亩。\n" +
		"　　守红线。严格落实耕地保护党政同责，完成耕地流出整改1860亩，坚决遏制耕地非农化。\n" +
		"（二）做强乡村特色产业\n　　全县农业产业化龙头企业达到86家，特色产业综合产值达到118.6亿元。\n"
	want := "禾川县2026年乡村振兴工作汇报\n  （一）全力保障粮食安全\n    稳面积\n    提单产\n    强设施\n    守红线\n  （二）做强乡村特色产业\n"
	if got := outlineOf(text); got != want {
		t.Errorf("\n%s\nwant:\n%s", got, want)
	}
	unlike := title + "（一）全力保障粮食安全\n" +
		"　　稳面积：全年粮食播种面积稳定在86.3万亩，总产量达到35.6万吨，连续五年稳定在35万吨以上。\n" +
		"　　提单产；实施粮油作物大面积单产提升行动，建设千亩示范片12个，水稻亩产较上年提高18公斤。\n" +
		"　　全县高标准农田建设：新建高标准农田6.8万亩，改造提升4.2万亩，累计建成52.6万亩。\n" +
		"（二）做强乡村特色产业\n　　全县农业产业化龙头企业达到86家，特色产业综合产值达到118.6亿元。\n"
	if got, want := outlineOf(unlike), "禾川县2026年乡村振兴工作汇报\n  （一）全力保障粮食安全\n  （二）做强乡村特色产业\n"; got != want {
		t.Errorf("labels of unlike length:\n%s\nwant:\n%s", got, want)
	}
}

// TestPlainLoneLead: in a report whose parts Word numbered, copied out as
// text, a sub-part's line holding one paragraph that opens with a short
// measure (稳步推进对外投资合作 / 支持企业“走出去”。…) has it as a lead where
// its siblings hold runs of leads; one that opens with a count of targets
// (办好二十件民生实事。新增学位六千个；…) stays text.
func TestPlainLoneLead(t *testing.T) {
	lone := func(first string) string {
		return "禾川市商务局2027年工作要点\n" +
			"　　2027年全市商务工作的总体要求是，坚持稳中求进工作总基调，推动商务高质量发展。\n" +
			"提升利用外资和对外合作水平\n" +
			"加大招商引资力度\n" +
			"开展精准招商。聚焦新能源汽车零部件、电子信息等产业链，绘制招商图谱，全年举办招商活动20场以上。\n" +
			"抓好重大项目落地。建立重大外资项目专班服务机制，推动总投资1亿美元的智能装备项目开工建设。\n" +
			"优化外资服务。落实外资企业国民待遇，常态化开展外资企业圆桌会议，协调解决问题诉求。\n" +
			"稳步推进对外投资合作\n" + first +
			"建设现代商贸流通体系\n" +
			"完善城乡商业网络\n" +
			"推进县域商业体系建设。支持3个县区建设县级物流配送中心，实现乡镇商贸中心全覆盖，补齐农村商业短板。\n" +
			"建设便民生活圈。新建15分钟便民生活圈10个，引导连锁企业进社区，满足居民日常消费需求。\n" +
			"发展农村电商。培育农村电商带头人500名，打造农产品网销品牌20个，带动农产品网络零售额增长。\n"
	}
	got := outlineOf(lone("支持企业“走出去”。引导企业有序参与“一带一路”建设，重点支持工程机械、纺织服装企业在东南亚布局生产基地。\n"))
	if !containsLine(got, "    支持企业“走出去”\n") {
		t.Errorf("the lone lead:\n%s", got)
	}
	got = outlineOf(lone("办好二十件对外合作实事。新增境外经贸合作区两个；新设境外企业十家；对外承包工程营业额增长百分之十。\n"))
	if strings.Contains(got, "办好二十件") {
		t.Errorf("a count of targets made a lead:\n%s", got)
	}
}

// TestAppendixListing: the line at the body's end that lists an appendix
// (附件：title, or 附件：1．… / 2．…) is the body's text where the appendix
// follows under that title after the signature: one node for it, not two.
// A listing with no appendix after it is still the appendix's node, and so
// is an appendix followed by more than a signature before the next.
func TestAppendixListing(t *testing.T) {
	const body = "禾川县教育局2026年工作总结\n" +
		"一、主要工作\n　　全年新建学校3所，改扩建校舍12万平方米，全县教育事业稳步发展，群众满意度持续提升。\n" +
		"二、下一步打算\n　　继续推进教育优质均衡发展，加强教师队伍建设，办好人民满意的教育。\n"
	const sign = "禾川县教育局\n2026年12月4日\n"
	const table1 = "序号\n项目名称\n总投资（万元）\n1\n县城第三实验小学新建工程\n12600\n"
	for _, c := range []struct{ name, text, want string }{
		{"one", body + "　　附件：2026年禾川县教育重点项目建设情况表\n" + sign + "附件\n2026年禾川县教育重点项目建设情况表\n" + table1,
			"  附件 2026年禾川县教育重点项目建设情况表\n"},
		{"two", body + "　　附件：1．2026年禾川县教育重点项目建设情况表\n　　　　　2．2026年禾川县教育经费情况表\n" + sign +
			"附件1\n2026年禾川县教育重点项目建设情况表\n" + table1 + "附件2\n2026年禾川县教育经费情况表\n" + table1,
			"  附件1 2026年禾川县教育重点项目建设情况表\n  附件2 2026年禾川县教育经费情况表\n"},
		{"only", body + "附件：2026年禾川县教育重点项目建设情况表\n" + table1 + sign,
			"  附件 2026年禾川县教育重点项目建设情况表\n"},
	} {
		want := "禾川县教育局2026年工作总结\n  一、主要工作\n  二、下一步打算\n" + c.want
		if got := outlineOf(c.text); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
	// In a compilation, an appendix titled as a later article's lists
	// nothing: its table and that article follow it, not a signature.
	art := func(org string) string {
		return org + "2026年工作总结\n" + body[strings.Index(body, "\n")+1:] + org + "\n2026年12月4日\n附件1：重点项目建设情况表\n" + table1
	}
	want := "  禾川县教育局2026年工作总结\n    一、主要工作\n    二、下一步打算\n    附件1 重点项目建设情况表\n" +
		"  禾川县卫健局2026年工作总结\n    一、主要工作\n    二、下一步打算\n    附件1 重点项目建设情况表\n"
	if got := outlineOf("2026年各局工作总结汇编\n\n\n" + art("禾川县教育局") + "\n\n\n" + art("禾川县卫健局")); !containsLine(got, want) {
		t.Errorf("a compilation's appendices titled alike:\n%s\nwant inside:\n%s", got, want)
	}
	doc := Parse(body + "　　附件：2026年禾川县教育重点项目建设情况表\n" + sign + "附件\n2026年禾川县教育重点项目建设情况表\n" + table1)
	if last := doc.Root.Children[1]; !strings.Contains(export.PlainText(doc, last, false), "附件：2026年禾川县教育重点项目建设情况表") {
		t.Errorf("the listing is not the body's text: %q", export.PlainText(doc, last, false))
	}
}
