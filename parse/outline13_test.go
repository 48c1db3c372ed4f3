package parse

import "testing"

// TestLeadsAfterItems: a bold lead after a list of numbered items is the
// part's, as the leads before the list are, or where the items are
// sentences; under items titled like headings the bold leads are theirs.
// (The list a lead's paragraph announces, …分别是：, is the lead's:
// TestListsUnderLeads.)
func TestLeadsAfterItems(t *testing.T) {
	head := "{c}**2025年某市人大常委会工作报告**\n**一、过去一年的主要工作**\n"
	for _, c := range []struct{ name, src, want string }{
		{"after the part's leads", head +
			"　　**聚焦高质量发展加强立法。**全年审议通过地方性法规三件，分别是：\n" +
			"1.《某市优化营商环境条例》\n2.《某市城市绿化条例》\n" +
			"　　**健全立法工作机制。**坚持党委领导、人大主导、政府依托、各方参与的立法工作格局。\n" +
			"　　**加强备案审查。**依法审查市政府规章和规范性文件四十六件，纠正四件。\n",
			"2025年某市人大常委会工作报告\n  一、过去一年的主要工作\n    聚焦高质量发展加强立法\n      1.《某市优化营商环境条例》\n      2.《某市城市绿化条例》\n    健全立法工作机制\n    加强备案审查\n"},
		{"after items that are sentences", head +
			"　　今年计划审议法规案三件：\n" +
			"1.审议《某市数据要素市场促进条例》，推动数字经济发展。\n2.做好预备审议项目的调研论证工作。\n" +
			"　　**健全立法工作机制。**加强立法规划计划统筹，完善立法项目征集论证制度。\n" +
			"　　**加强立法队伍建设。**充实立法工作力量，建立立法专家库，提高专业化水平。\n",
			"2025年某市人大常委会工作报告\n  一、过去一年的主要工作\n    1.审议《某市数据要素市场促进条例》，推动数字经济发展\n    2.做好预备审议项目的调研论证工作\n    健全立法工作机制\n    加强立法队伍建设\n"},
		{"under items that are headings", head +
			"1.工业经济\n" +
			"　　**规上工业稳步增长。**规上工业增加值增长百分之六，新增规上企业八十家。\n" +
			"　　**新兴产业加快发展。**战略性新兴产业产值占比提高到百分之三十二。\n",
			"2025年某市人大常委会工作报告\n  一、过去一年的主要工作\n    1.工业经济\n      规上工业稳步增长\n      新兴产业加快发展\n"},
	} {
		if got := docxOutline(t, c.src); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestBareAppendix: 附 alone on its line (or 附：) heads an appendix as 附件
// does, titled by the line after it, so the glossary under it is not the
// 附件 table's before it; 附 opening prose is no marker.
func TestBareAppendix(t *testing.T) {
	body := "2025年某市预算执行情况的报告\n\n一、2025年预算执行情况\n全市一般公共预算收入完成二百八十亿元，增长百分之四。\n" +
		"附近区县的收入增幅普遍低于全市水平。\n" +
		"附件\n某市2026年十项民生实事资金安排表\n序号\n民生实事项目\n金额\n"
	for _, mark := range []string{"附", "附：", "附　"} {
		src := body + mark + "\n名词解释\n一般公共预算：是对以税收为主体的财政收入安排用于保障和改善民生的收支预算。\n"
		want := "2025年某市预算执行情况的报告\n  一、2025年预算执行情况\n  附件 某市2026年十项民生实事资金安排表\n  附 名词解释\n"
		if got := outlineOf(src); got != want {
			t.Errorf("%q:\n%s\nwant:\n%s", mark, got, want)
		}
	}
}

// TestProseShortSentences: the rule 6. Short sentences inside a
// paragraph, none at its start and tied by no shared wording, stay text
// where their lengths differ or one follows another; in step, each with
// text of its own, they are leads run on. A paragraph that opens with a
// statement (X是Y。) has no leads of the opening shape, and two paragraphs
// that open so are a heading's text, not its two leads.
func TestProseShortSentences(t *testing.T) {
	head := "某省关于推进乡村振兴的实施意见\n\n一、推进乡村绿色发展\n"
	for _, c := range []struct{ name, body, want string }{
		{"lengths differ", "把山水林田湖草作为一个生命共同体，进行统一保护、统一修复。实施重要生态系统保护和修复工程。健全耕地草原森林河流湖泊休养生息制度，分类有序退出超载的边际产能。扩大耕地轮作休耕制度试点。科学划定江河湖海限捕、禁捕区域，健全水生生态保护修复制度。实行水资源消耗总量和强度双控行动。开展河湖水系连通和农村河塘清淤整治，全面推行河长制、湖长制。\n",
			"某省关于推进乡村振兴的实施意见\n  一、推进乡村绿色发展\n"},
		{"one after another", "加强农村水环境治理和农村饮用水水源保护，实施农村生态清洁小流域建设。扩大地下水超采区综合治理范围。推进重金属污染耕地防控和修复，开展土壤污染治理与修复技术应用试点。实施流域环境和近岸海域综合治理。严禁工业和城镇污染向农业农村转移。加强农村环境监管能力建设，落实县乡两级农村环境保护主体责任。\n",
			"某省关于推进乡村振兴的实施意见\n  一、推进乡村绿色发展\n"},
		{"in step", "全省坚持边学习、边检视、边整改，靶向破题，精准施策，让群众看到实实在在的成果。真招实招推动问题整顿销号。在省级层面上，按照一个问题一套专班进行任务分解，先后组织召开调度会、推进会。在厅局层面上，健全完善层层压实责任的工作机制。专项整治解决突出问题。在中央确定的专项整治基础上，结合实际增加了人居环境突出问题整治。开展营商环境问题专项清理行动。抓住要害纾民困解民忧。聚焦解决就业、医疗、交通等民生领域急难愁盼问题。民生实事项目总体进展顺利。\n",
			"某省关于推进乡村振兴的实施意见\n  一、推进乡村绿色发展\n    真招实招推动问题整顿销号\n    专项整治解决突出问题\n    抓住要害纾民困解民忧\n"},
		{"a statement opens", "就业是最大的民生。要坚持就业优先战略和积极就业政策，实现更高质量和更充分就业。坚持在经济增长的同时实现居民收入同步增长。拓宽居民劳动收入和财产性收入渠道。履行好政府再分配调节职能，加快推进基本公共服务均等化，缩小收入分配差距。\n",
			"某省关于推进乡村振兴的实施意见\n  一、推进乡村绿色发展\n"},
		{"two statements open", "党的干部是党和国家事业的中坚力量。要坚持党管干部原则，坚持德才兼备、以德为先，坚持五湖四海、任人唯贤。\n人才是实现民族振兴的战略资源。要坚持党管人才原则，聚天下英才而用之，加快建设人才强国。\n",
			"某省关于推进乡村振兴的实施意见\n  一、推进乡村绿色发展\n"},
	} {
		if got := outlineOf(head + c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestTableUnderPlainHeadings: a report whose parts Word numbered, copied
// out as text, has bare headings; a table copied out under one (its cells
// a line each, six or more in a row) is the heading's text, not headings,
// and the heading after it, over its prose, stays one.
func TestTableUnderPlainHeadings(t *testing.T) {
	src := "清河市中级人民法院工作报告\n\n2025年工作回顾\n" +
		"2025年，全市法院在市委坚强领导下，共受理各类案件十二万件，审结执结十一万件，同比分别上升百分之五和百分之六。\n" +
		"全市法院受理案件情况如下：\n案件类别\n受理数（件）\n同比变化\n刑事案件\n2856\n5.3%\n民商事案件\n40211\n-2.1%\n" +
		"坚持服务大局，护航经济社会高质量发展\n" +
		"全市法院坚持把服务高质量发展作为首要任务，审结买卖合同、金融借款等商事案件一万余件，依法平等保护各类经营主体。\n" +
		"监督工作安排\n监督形式\n监督项目\n安排时间\n执法检查\n固体废物污染环境防治法实施情况\n第三季度\n专题询问\n住房保障工作情况\n第四季度\n" +
		"存在的问题和不足\n" +
		"我们也清醒认识到，法院工作还存在一些问题和不足，我们将采取有力措施，认真加以解决。\n"
	// The review and the problems are two sections (nestHalves): the
	// subpart between them is the review's.
	want := "清河市中级人民法院工作报告\n  2025年工作回顾\n    坚持服务大局，护航经济社会高质量发展\n  存在的问题和不足\n"
	if got := outlineOf(src); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	// A list Word numbered, its numbers gone, its last item over the
	// prose after it: the list is the part's text.
	list := "南屏市人大常委会工作报告\n\n过去一年的主要工作\n" +
		"全年审议通过地方性法规六件，经省人大常委会批准施行，分别是：\n" +
		"《南屏市优化营商环境条例》\n《南屏市科技创新促进条例》\n《南屏市南屏湖保护条例（修订）》\n" +
		"《南屏市城市绿化条例》\n《南屏市养老服务条例》\n《南屏市文明行为促进条例（修正）》\n" +
		"坚持党委领导、人大主导、政府依托、各方参与的立法工作格局，完善立法项目征集和论证制度。\n" +
		"今年的主要任务\n今年，常委会将紧扣全市中心工作，依法履职尽责，推动各项工作再上新台阶。\n"
	if got := outlineOf(list); got != "南屏市人大常委会工作报告\n  过去一年的主要工作\n  今年的主要任务\n" {
		t.Errorf("a list:\n%s", got)
	}
}

// TestBoldShiRun: a paragraph whose bold 一是…, 二是…, 三是… leads run on in
// it has all three as the part's measures, not the first alone.
func TestBoldShiRun(t *testing.T) {
	src := "{c}**关于某市2025年预算执行情况的报告**\n**三、扎实做好2026年财政改革发展工作**\n" +
		"**（三）深化财政体制改革，提升财政治理效能**\n" +
		"　　**一是深化预算管理制度改革。**全面推行零基预算，完善支出标准体系。**二是完善市与区县财政体制。**合理划分财政事权和支出责任，加大转移支付力度。**三是全面实施预算绩效管理。**对新增重大政策和项目开展事前绩效评估。\n" +
		"**（四）严格防范财政风险，守牢安全底线**\n" +
		"　　**加强“三保”运行监控。**建立县区“三保”预算审核机制，确保不留硬缺口。\n" +
		"　　**稳妥化解政府债务风险。**严格落实化债方案，坚决遏制新增隐性债务。\n"
	want := "关于某市2025年预算执行情况的报告\n  三、扎实做好2026年财政改革发展工作\n" +
		"    （三）深化财政体制改革，提升财政治理效能\n      一是深化预算管理制度改革\n      二是完善市与区县财政体制\n      三是全面实施预算绩效管理\n" +
		"    （四）严格防范财政风险，守牢安全底线\n      加强“三保”运行监控\n      稳妥化解政府债务风险\n"
	if got := docxOutline(t, src); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// TestSemicolonRunLastInStep: leads closed by ； whose last is closed by 。,
// as an author closes a list's last, have that one too when it is written
// in step with them, though it opens with no measure verb; a conclusion
// after them stays text.
func TestSemicolonRunLastInStep(t *testing.T) {
	head := "某县人民检察院工作报告\n\n一、2025年主要工作\n（三）坚持依法监督，维护司法公正\n" +
		"　　侦查活动监督更加有力；监督立案、撤案三十件，纠正漏捕、漏诉十六人，提出抗诉六件。\n" +
		"　　审判活动监督更加精准；办理民事生效裁判监督案件四十件，提出再审检察建议九件。\n" +
		"　　公益诉讼办案更加有效；办理公益诉讼案件八十件，督促修复受损林地三百亩。\n"
	for _, c := range []struct{ last, want string }{
		{"执行活动监督更加规范。开展财产刑执行专项监督，纠正执行不当案件十八件。\n", "      执行活动监督更加规范\n"},
		{"以上成绩来之不易。这是全县检察干警共同努力的结果，我们将倍加珍惜。\n", ""},
	} {
		want := "某县人民检察院工作报告\n  一、2025年主要工作\n    （三）坚持依法监督，维护司法公正\n      侦查活动监督更加有力\n      审判活动监督更加精准\n      公益诉讼办案更加有效\n" + c.want
		if got := outlineOf(head + "　　" + c.last); got != want {
			t.Errorf("%q:\n%s\nwant:\n%s", c.last, got, want)
		}
	}
}
