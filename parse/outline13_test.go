package parse

import "testing"

// TestBoldLeadAlone: among leads a Word author bolded at the head of their
// paragraphs, a lead standing alone on its line, bold whole, is a lead
// too, over the plain paragraph or the items after it; a bold line alone
// where no lead opens a paragraph is emphasis, and so is a long one.
func TestBoldLeadAlone(t *testing.T) {
	head := "{c}**2025年某市法院工作报告**\n**一、2025年工作回顾**\n" +
		"　　**妥善化解民生纠纷。**审结婚姻家庭、劳动争议等案件八千余件，调解撤诉率百分之四十二。\n"
	for _, c := range []struct{ name, src, want string }{
		{"over a paragraph", head +
			"　　**推进诉源治理。**\n" +
			"　　深化多元解纷机制，与四十六家单位建立诉调对接机制，诉前成功调解纠纷三千六百件。\n" +
			"　　**提升诉讼服务质效。**全面推行跨域立案、网上立案，网上立案率达到百分之八十二。\n",
			"2025年某市法院工作报告\n  一、2025年工作回顾\n    妥善化解民生纠纷\n    推进诉源治理\n    提升诉讼服务质效\n"},
		{"over items", head +
			"　　**聚焦民生福祉加强监督。**\n" +
			"1.听取审议义务教育优质均衡发展情况报告，推动新建改扩建中小学校十六所。\n" +
			"2.开展养老服务体系建设专题询问，询问问题全部交办整改。\n",
			"2025年某市法院工作报告\n  一、2025年工作回顾\n    妥善化解民生纠纷\n    聚焦民生福祉加强监督\n    1.听取审议义务教育优质均衡发展情况报告，推动新建改扩建中小学校十六所\n    2.开展养老服务体系建设专题询问，询问问题全部交办整改\n"},
		{"too long", head +
			"　　**我们坚持把群众满意作为检验工作的根本标准，一件一件抓落实。**\n" +
			"　　深化多元解纷机制，与四十六家单位建立诉调对接机制，诉前成功调解纠纷三千六百件。\n",
			"2025年某市法院工作报告\n  一、2025年工作回顾\n    妥善化解民生纠纷\n"},
		{"no lead beside it", "{c}**2025年某市法院工作报告**\n**一、2025年工作回顾**\n" +
			"　　**推进诉源治理。**\n" +
			"　　深化多元解纷机制，与四十六家单位建立诉调对接机制，诉前成功调解纠纷三千六百件。\n",
			"2025年某市法院工作报告\n  一、2025年工作回顾\n"},
	} {
		if got := docxOutline(t, c.src); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestLeadsAfterItems: a bold lead after a list of numbered items is the
// part's, as the leads before the list are, or where the items are
// sentences; under items titled like headings the bold leads are theirs.
func TestLeadsAfterItems(t *testing.T) {
	head := "{c}**2025年某市人大常委会工作报告**\n**一、过去一年的主要工作**\n"
	for _, c := range []struct{ name, src, want string }{
		{"after the part's leads", head +
			"　　**聚焦高质量发展加强立法。**全年审议通过地方性法规三件，分别是：\n" +
			"1.《某市优化营商环境条例》\n2.《某市城市绿化条例》\n" +
			"　　**健全立法工作机制。**坚持党委领导、人大主导、政府依托、各方参与的立法工作格局。\n" +
			"　　**加强备案审查。**依法审查市政府规章和规范性文件四十六件，纠正四件。\n",
			"2025年某市人大常委会工作报告\n  一、过去一年的主要工作\n    聚焦高质量发展加强立法\n    1.《某市优化营商环境条例》\n    2.《某市城市绿化条例》\n    健全立法工作机制\n    加强备案审查\n"},
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
