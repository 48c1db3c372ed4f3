package parse

import (
	"strings"
	"testing"

	"wenji/model/export"
)

// docxOutlineOf is the outline of a .docx built from fixture markup
// (familyDocx: {s:ID} styles, {num:ID:LVL} lists, **bold**).
func docxOutlineOf(t *testing.T, src string) string {
	t.Helper()
	text, hints, err := docxText(familyDocx(t, src))
	if err != nil {
		t.Fatal(err)
	}
	return export.Outline(ParseHinted(text, hints).Root)
}

// TestStyledHeadingEndsAtSentence: a heading by paragraph style (the
// custom 二级标题 with an outline level, Heading 2 numbered by its style)
// or by outline level that runs into its text ends at its first sentence,
// as a typed （一）坚持…。全年… does; the rest is its text, where measures
// are still found (一是…二是…三是…). A styled heading that is one
// sentence, closed by 。 or by nothing, stays whole.
func TestStyledHeadingEndsAtSentence(t *testing.T) {
	head := "{c}**峪山县人民政府工作报告**\n各位代表：\n　　现在，我代表县人民政府，向大会报告工作，请予审议。\n{s:a1}**一、2025年工作回顾**\n　　过去一年，全县上下团结奋斗，较好完成了县十八届人大五次会议确定的目标任务。\n"
	for _, c := range []struct{ name, body, want string }{
		{"二级标题 running on", "{s:a2}（一）坚持项目带动，经济运行稳中向好。全年实施县级重点项目一百二十六个，完成投资八十八亿元，新开工项目四十个。\n" +
			"{s:a2}（二）坚持产业强县，发展基础更加坚实。\n",
			"    （一）坚持项目带动，经济运行稳中向好\n    （二）坚持产业强县，发展基础更加坚实\n"},
		{"Heading 2 numbered by its style", "{s:Heading2}坚持改革创新，发展活力不断释放。深化“放管服”改革，县政务服务中心实现“一窗通办”，新增经营主体三千户。\n",
			"    （一）坚持改革创新，发展活力不断释放\n"},
		{"outline level, measures inside", "{s:a2}（一）坚持民生为本，群众生活持续改善。一是就业更加充分，城镇新增就业二千八百六十人。二是教育更加优质，新建改扩建学校六所。三是医疗更加便捷，乡镇卫生院全部达标。\n",
			"    （一）坚持民生为本，群众生活持续改善\n      一是就业更加充分，城镇新增就业二千八百六十人\n      二是教育更加优质，新建改扩建学校六所\n      三是医疗更加便捷，乡镇卫生院全部达标\n"},
		{"one sentence", "{s:a2}（一）坚持守牢底线，社会大局和谐稳定。\n　　巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，全县没有发生较大以上安全事故。\n",
			"    （一）坚持守牢底线，社会大局和谐稳定\n"},
		{"no stop", "{s:a2}（一）坚持项目带动，经济运行稳中向好\n　　全年实施县级重点项目一百二十六个，完成投资八十八亿元。\n",
			"    （一）坚持项目带动，经济运行稳中向好\n"},
	} {
		want := "峪山县人民政府工作报告\n  一、2025年工作回顾\n" + c.want
		if got := docxOutlineOf(t, head+c.body); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
	// In Markdown as in Word: ### （一）坚持…。全年… ends at its sentence.
	md := "# 峪山县人民政府工作报告\n\n## 一、2025年工作回顾\n\n### （一）坚持项目带动，经济运行稳中向好。全年实施县级重点项目一百二十六个，完成投资八十八亿元。\n\n全年新开工项目四十个，竣工项目三十二个。\n"
	if got := outlineOf(md); !strings.Contains(got, "    （一）坚持项目带动，经济运行稳中向好\n") {
		t.Errorf("markdown:\n%s", got)
	}
}

// TestSemicolonListClosedByStop: in plain text, leads whose author
// separates them with ； as the members of one list close the last with
// 。: a 。 lead right after a run of ；-clause leads that opens the node,
// the node's last paragraph, is the run's last member (服务业稳步回升。…),
// whatever its verb. A statement there (…是…) closes the list as text, and
// one followed by more of the node's prose is no list's end.
func TestSemicolonListClosedByStop(t *testing.T) {
	head := "苍山自治区政府工作报告\n\n一、2025年工作回顾\n（二）坚持转型升级，产业结构持续优化。\n" +
		"　　能源产业更加壮大；全年煤炭产量十二亿吨，外送电量突破三千亿千瓦时，新能源装机规模历史性超过火电装机。\n" +
		"　　制造业加快延链补链；新能源装备、稀土新材料、现代煤化工三大产业链产值分别增长百分之三十二、二十一和九。\n" +
		"　　农牧业基础更加稳固；粮食总产量达到八百三十亿斤，牛奶产量八百二十万吨，新认定国家级龙头企业十二家。\n"
	const tail = "（三）坚持改革开放，发展动力不断增强。\n　　深化国资国企改革，完成自治区直属企业专业化整合，新增经营主体二十六万户。\n"
	runs := "    （二）坚持转型升级，产业结构持续优化\n      能源产业更加壮大\n      制造业加快延链补链\n      农牧业基础更加稳固\n"
	for _, c := range []struct{ name, body, want string }{
		{"the list's last", "　　服务业稳步回升。物流、金融、文旅等服务业增加值增长百分之五点六，新建边境口岸物流园区三个。\n",
			runs + "      服务业稳步回升\n"},
		{"a statement", "　　成绩来之不易的根本在于团结。全区各族干部群众同心协力、接续奋斗，才有了今天的局面。\n",
			runs},
		{"not the node's last", "　　服务业稳步回升。物流、金融、文旅等服务业增加值增长百分之五点六，新建边境口岸物流园区三个。\n" +
			"　　总的看，全区产业结构持续优化，三次产业结构调整为十一比四十八比四十一，发展的协调性进一步增强。\n",
			runs},
	} {
		want := "苍山自治区政府工作报告\n  一、2025年工作回顾\n" + c.want + "    （三）坚持改革开放，发展动力不断增强\n"
		if got := outlineOf(head + c.body + tail); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// TestOfficeOverYearTitle: an office over a line naming its year's work
// (泓江市发展和改革委员会 / 2025年工作总结和2026年工作打算, in Chinese
// numerals too) or a kind of document (…工作思路) is one title, with no
// salutation or front matter after it, so the first 一、 sits right under
// it; a date under an office is front matter, not the title's end.
func TestOfficeOverYearTitle(t *testing.T) {
	const body = "　　2025年，市发展改革委在市委、市政府的坚强领导下，扎实推进各项工作，较好完成了全年目标任务。\n" +
		"一、2025年工作总结\n　　全市地区生产总值增长百分之五点八，固定资产投资增长百分之六点二，经济运行总体平稳。\n" +
		"二、2026年工作打算\n　　坚持稳中求进工作总基调，扎实推动高质量发展。\n"
	for _, c := range []struct{ name, second, title string }{
		{"a year's work", "2025年工作总结和2026年工作打算", "泓江市发展和改革委员会　2025年工作总结和2026年工作打算"},
		{"the year in numerals", "二〇二五年工作总结和二〇二六年工作打算", "泓江市发展和改革委员会　二〇二五年工作总结和二〇二六年工作打算"},
		{"a kind of document", "关于推动经济高质量发展的工作思路", "泓江市发展和改革委员会　关于推动经济高质量发展的工作思路"},
	} {
		// One title for the reader's header, printed over its two lines
		// in the outline.
		if got := Parse("泓江市发展和改革委员会\n" + c.second + "\n" + body).Root.Title; got != c.title {
			t.Errorf("%s: title %q, want %q", c.name, got, c.title)
		}
		want := "泓江市发展和改革委员会\n" + c.second + "\n  一、2025年工作总结\n  二、2026年工作打算\n"
		if got := outlineOf("泓江市发展和改革委员会\n" + c.second + "\n" + body); got != want {
			t.Errorf("%s, text:\n%s\nwant:\n%s", c.name, got, want)
		}
		if got := docxOutlineOf(t, "{c}**泓江市发展和改革委员会**\n{c}**"+c.second+"**\n"+body); got != want {
			t.Errorf("%s, docx:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
	// A date under the office is no title.
	got := outlineOf("泓江市发展和改革委员会\n2026年1月8日\n" + body)
	if strings.Contains(got, "2026年1月8日") {
		t.Errorf("a date joined the title:\n%s", got)
	}
}

// TestPageTitleOverDateline: a scraped page's own title over a news
// dateline (沣源日报1月13日讯, a paper's 讯 as a news agency's 电) is the page's
// chrome: the story's title is the line after the dateline, and its
// occasion line, date and author's name are front matter, so the first
// 一、 sits right under it.
func TestPageTitleOverDateline(t *testing.T) {
	const story = "坚定不移推进全面从严治党　以有力监督保障沣源高质量发展\n" +
		"——在中国共产党沣源县第十五届纪律检查委员会第五次全体会议上的工作报告\n（2026年1月9日）\n某某某\n同志们：\n" +
		"　　我代表县纪委常委会向全会报告工作，请予审议。\n一、2025年工作回顾\n" +
		"　　2025年，在市纪委监委和县委的坚强领导下，县纪委监委坚定履行党章和宪法赋予的职责。\n二、2026年主要任务\n" +
		"　　做好2026年纪检监察工作，要坚持以习近平新时代中国特色社会主义思想为指导。\n"
	const want = "坚定不移推进全面从严治党　以有力监督保障沣源高质量发展\n  一、2025年工作回顾\n  二、2026年主要任务\n"
	for _, c := range []struct{ name, above string }{
		{"a page title over a paper's dateline", "沣源县纪委十五届五次全会工作报告\n沣源日报1月13日讯\n"},
		{"a paper's dateline alone", "沣源日报1月13日讯（记者 李某）\n"},
		{"a page title over an agency's dateline", "沣源县纪委十五届五次全会工作报告\n新华社沣源1月13日电\n"},
	} {
		if got := outlineOf(c.above + story); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// TestNumberAloneOverTitle: a heading's number alone on its line over its
// title (（一） / 兜底保障更加有力, a heading Word split into two paragraphs) is
// one heading, as 附件 / its title is; a number over prose keeps the prose
// as its text.
func TestNumberAloneOverTitle(t *testing.T) {
	src := "{c}**某县民政局2025年工作总结**\n　　2025年，县民政局在县委、县政府的坚强领导下，扎实推进各项工作，取得了明显成效。\n**一、主要工作成效**\n" +
		"**（一）**\n**兜底保障更加有力**\n　　全年发放城乡低保金一亿二千万元，惠及困难群众二万三千人，特困人员供养标准提高百分之八。\n" +
		"**（二）**\n**养老服务持续改善**\n　　新建乡镇养老服务中心三个，新增养老床位四百张，建成老年助餐点二十个。\n" +
		"**二、2026年工作打算**\n1.\n　　坚持以人民为中心，兜牢民生底线，推动民政事业高质量发展，全年新增养老床位三百张。\n"
	want := "某县民政局2025年工作总结\n  一、主要工作成效\n    （一）兜底保障更加有力\n    （二）养老服务持续改善\n  二、2026年工作打算\n"
	if got := docxOutlineOf(t, src); !strings.HasPrefix(got, want) {
		t.Errorf("docx:\n%s\nwant:\n%s", got, want)
	}
	if got := outlineOf(plainDump(src)); !strings.HasPrefix(got, want) {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	if got := outlineOf(plainDump(src)); strings.Contains(got, "1.坚持") {
		t.Errorf("a number over prose took the prose as its title:\n%s", got)
	}
}

// TestGlossaryLabel: a glossary's label alone on its line (名词解释,
// 相关用语说明：) after a report's last words heads the terms it explains,
// at the top level as an appendix, whether or not a 附件 stands over it (附件2
// / 名词解释 stays one heading); a sentence that opens with the words is
// prose.
func TestGlossaryLabel(t *testing.T) {
	const head = "汀川省政府工作报告\n一、2025年工作回顾\n　　过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。\n（一）坚持依法行政\n" +
		"　　自觉接受人大监督，认真办理人大代表建议和政协委员提案，办结率百分之百。\n" +
		"　　各位代表！新征程上，让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！\n"
	const terms = "　　1.“两重”：指国家重大战略实施和重点领域安全能力建设。\n　　2.“新三样”：指电动载人汽车、锂离子蓄电池、太阳能电池三类产品。\n"
	const items = "    1.“两重”：指国家重大战略实施和重点领域安全能力建设\n    2.“新三样”：指电动载人汽车、锂离子蓄电池、太阳能电池三类产品\n"
	const parts = "汀川省政府工作报告\n  一、2025年工作回顾\n    （一）坚持依法行政\n"
	for _, c := range []struct{ name, label, want string }{
		{"alone", "名词解释\n", parts + "  名词解释\n" + items},
		{"with a colon", "相关用语说明：\n", parts + "  相关用语说明\n" + items},
		{"under 附件2", "附件2\n名词解释\n", parts + "  附件2 名词解释\n" + items},
		{"prose", "　　名词解释是为了帮助代表理解报告中的专业用语，以下按出现顺序列出。\n", parts + "      1.“两重”：指国家重大战略实施和重点领域安全能力建设\n      2.“新三样”：指电动载人汽车、锂离子蓄电池、太阳能电池三类产品\n"},
	} {
		if got := outlineOf(head + c.label + terms); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestSpeakerOpeningIsNoLead: in plain text a part's one paragraph that
// opens with the speaker (我们将继续办好民生实事。一是…) announces the measures
// inside it and titles none, though its siblings' leads vouch for lone
// ones; a run of parallel leads that open so (我们始终把稳增长放在突出位置：…)
// stays leads.
func TestSpeakerOpeningIsNoLead(t *testing.T) {
	src := "苍原自治区政府工作报告\n二、2026年主要工作\n一是聚焦扩大有效需求，着力推动经济稳定增长\n" +
		"　　全力扩大有效投资。实施重大项目一千二百个，完成投资五千亿元以上，推动一批交通水利能源项目开工。\n" +
		"　　大力提振消费。开展消费提振年活动，推动汽车、家电等大宗消费，培育一批特色消费街区和夜间经济集聚区。\n" +
		"二是聚焦保障和改善民生，着力增进各族群众福祉\n" +
		"　　我们将继续办好民生实事。一是稳就业，开发公益性岗位一万二千个；二是办教育，新建改扩建寄宿制学校六十所；三是强医疗，提升旗县医院服务能力。\n" +
		"三是聚焦统筹发展和安全，着力建设平安苍原\n" +
		"　　防范化解重点领域风险。稳妥化解地方政府债务，守住不发生系统性风险底线，保持金融秩序总体稳定。\n" +
		"　　抓好安全生产和应急管理。深化安全生产治本攻坚三年行动，加强防灾减灾救灾能力建设，确保人民群众生命安全。\n"
	got := outlineOf(src)
	if strings.Contains(got, "我们将继续办好民生实事") {
		t.Errorf("the speaker's opening became a lead:\n%s", got)
	}
	if !strings.Contains(got, "    二是聚焦保障和改善民生，着力增进各族群众福祉\n      一是稳就业") {
		t.Errorf("the measures are not the part's:\n%s", got)
	}
	run := "汀川省政府工作报告\n一、“十四五”时期工作回顾\n" +
		"　　我们始终把稳增长放在突出位置：五年累计完成固定资产投资十万亿元，一大批重大项目建成投用。\n" +
		"　　我们坚定不移走创新驱动之路：研发经费投入强度五年提高零点六个百分点，高新技术企业数量翻番。\n" +
		"　　我们持之以恒抓生态保护：五年削减煤炭消费总量二千一百万吨，优良天数比例提高八个百分点。\n"
	if got := outlineOf(run); !strings.Contains(got, "    我们坚定不移走创新驱动之路\n") {
		t.Errorf("a run of 我们… leads lost:\n%s", got)
	}
}

// TestDashRunLinksNoPlainSentence: a run of leads marked by dashes
// (——经济实力跃上新台阶。…) takes no plain paragraph into its group for text
// that opens alike after it (…十件民生实事全面完成。城镇新增就业… before
// ——人民生活得到新改善。城镇新增就业…).
func TestDashRunLinksNoPlainSentence(t *testing.T) {
	src := "汀川省政府工作报告\n一、工作回顾\n（六）用心用情保障民生，群众获得感不断提升。\n" +
		"　　全省民生支出比重保持在较高水平，十件民生实事全面完成。城镇新增就业七十一万人，新建改扩建中小学一百八十所。\n" +
		"　　——经济实力跃上新台阶。全省地区生产总值连续跨越两个万亿元台阶，人均地区生产总值突破九万元。\n" +
		"　　——创新发展实现新突破。研发经费投入强度提高零点六个百分点，高新技术企业数量实现翻番。\n" +
		"　　——人民生活得到新改善。城镇新增就业累计三百五十万人，城乡居民收入增长与经济增长基本同步。\n"
	want := "汀川省政府工作报告\n  一、工作回顾\n    （六）用心用情保障民生，群众获得感不断提升\n" +
		"      ——经济实力跃上新台阶\n      ——创新发展实现新突破\n      ——人民生活得到新改善\n"
	if got := outlineOf(src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestFiguresAreNoShapeLead: in plain text a paragraph that opens with a
// sentence of figures (全年安排市级重点项目412个，完成投资876亿元。一是…) states a
// part's results and is no lead of the run of leads after it.
func TestFiguresAreNoShapeLead(t *testing.T) {
	src := "泓城市发展和改革委员会2025年工作总结\n一、2025年工作总结\n（二）突出项目建设主抓手，有效投资稳步扩大\n" +
		"　　全年安排市级重点项目412个，完成投资876亿元。项目谋划储备、要素争取和推进落实三个环节全面加强，重点项目完成率居全省前列。\n" +
		"　　民间投资项目推介机制初步建立。在全省率先建立向民间资本推介项目常态化机制，分两批推介交通、能源等领域项目。\n" +
		"　　大规模设备更新扎实推进。组织实施设备更新项目一百八十六个，带动投资九十二亿元，惠及企业三百余家。\n"
	want := "泓城市发展和改革委员会2025年工作总结\n  一、2025年工作总结\n    （二）突出项目建设主抓手，有效投资稳步扩大\n" +
		"      民间投资项目推介机制初步建立\n      大规模设备更新扎实推进\n"
	if got := outlineOf(src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
