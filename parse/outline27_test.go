package parse

import (
	"strings"
	"testing"
)

// TestColonItemsAmongMarginLists: a report whose lists Word numbered
// throughout leaves, copied out as text, nearly as many paragraphs at the
// margin (the problems' 就业总量压力较大。… ×4) as of prose set in. Shaped as
// a list's items (a title sentence running into its text, or one short
// sentence), they are no prose at the margin: the text still sets its
// prose in, and the three lines after 主要做法是： are the sub-part's items.
// Paragraphs of prose at the margin (a long first sentence, more after
// it) say the text sets nothing in, and the lines stay text.
func TestColonItemsAmongMarginLists(t *testing.T) {
	const prose = "　　过去一年，全市上下坚持稳中求进工作总基调，经济运行稳中向好，发展质量稳步提升，各项事业取得新的进展。\n"
	problems := []string{
		"就业总量压力较大。高校毕业生人数创历史新高，加上外出务工人员返乡，就业岗位供给与求职需求之间仍有缺口。",
		"结构性就业矛盾突出。制造业一线普工、技术工人招工难与高校毕业生就业难并存，人岗匹配效率有待提升。",
		"部分企业稳岗压力加大。受外部需求减弱影响，纺织服装等外向型企业订单下降，企业裁员备案人数有所增加。",
		"就业服务能力存在短板。基层就业服务人员数量不足、专业化程度不高，新就业形态劳动者权益保障机制还不够健全。",
	}
	items := []string{"围绕主导产业开展订单式、定向式培训二万人次", "推行企业新型学徒制，支持四十家重点企业开展学徒培训",
		"新建国家级技能大师工作室一个、省级高技能人才培训基地三个"}
	text := func(problems []string) string {
		s := "某市政府工作报告\n\n一、2025年工作回顾\n" + strings.Repeat(prose, 8) + "二、存在的主要问题\n"
		s += strings.Join(problems, "\n") + "\n"
		s += "三、2026年主要任务\n（一）加强技能培训\n　　深入实施技能强市行动，全年开展各类职业技能培训六万人次，新增技能人才两万人。主要做法是：\n"
		s += strings.Join(items, "。\n") + "。\n"
		return s + "四、全面加强政府自身建设\n" + prose
	}
	const want = "某市政府工作报告\n  一、2025年工作回顾\n  二、存在的主要问题\n" +
		"    就业总量压力较大\n    结构性就业矛盾突出\n    部分企业稳岗压力加大\n    就业服务能力存在短板\n" +
		"  三、2026年主要任务\n    （一）加强技能培训\n"
	const tail = "  四、全面加强政府自身建设\n"
	if got, w := outlineOf(text(problems)), want+"      "+strings.Join(items, "\n      ")+"\n"+tail; got != w {
		t.Errorf("lists at the margin:\n%s\nwant:\n%s", got, w)
	}
	var prosy []string
	for _, p := range problems {
		prosy = append(prosy, "受外部需求减弱和产业结构调整等多重因素的影响，"+strings.Replace(p, "。", "，", 1)+"此外仍有不少困难。")
	}
	if got := outlineOf(text(prosy)); strings.Contains(got, items[0]) {
		t.Errorf("prose at the margin: the lines became items:\n%s", got)
	}
}

// TestRunInAfterSetInLeads: in a report whose sub-parts Word numbered,
// copied out as text, a sub-part standing alone (强化政策支撑，稳住就业基本盘)
// holds its leads set in; the paragraph at the margin after them that
// opens with a title sentence (突出抓好重点群体就业。…, one sentence of text
// after it, the line shorter than prose) is the next sub-part, titled
// unlike it, and the paragraphs at the margin after that are its own.
// Right under the heading's line, with no leads set in before it, such a
// paragraph stays the heading's (a list Word numbered under it).
func TestRunInAfterSetInLeads(t *testing.T) {
	const prose = "　　今年以来，我市坚持把稳就业作为最大的民生工程，全面落实就业优先战略，全市就业形势总体稳定，重点群体就业保持稳定。\n"
	setIn := "　　落实减负稳岗政策。延续实施阶段性降低失业保险、工伤保险费率政策，全年为企业减负三亿元。\n" +
		"　　扩大就业补贴覆盖。对吸纳高校毕业生、就业困难人员的企业给予社会保险补贴和一次性吸纳就业补贴。\n" +
		"　　强化重大项目就业带动。建立重大项目用工清单管理机制，对重点项目实施用工“一对一”服务。\n"
	const runIn = "突出抓好重点群体就业。坚持分类施策、精准帮扶，确保重点群体就业总体稳定。\n"
	margin := "高校毕业生就业。实施“留皋就业”专项行动，开发政策性岗位三千八百个，募集就业见习岗位五千二百个。\n" +
		"农村劳动力转移就业。建立劳务协作站点四十八个，组织“春风行动”专场招聘会一百二十六场。\n" +
		"困难人员就业援助。开展“就业援助月”活动，对零就业家庭实行动态清零，开发公益性岗位六千二百个。\n"
	head := "某市人社局稳就业工作汇报\n\n2026年以来稳就业工作进展情况\n" + strings.Repeat(prose, 6)
	tail := "优化就业服务，提升供需匹配效率\n" + prose + prose + "下一步工作打算\n" + "全力稳定和扩大就业岗位\n" + prose + prose
	const wantTail = "    优化就业服务，提升供需匹配效率\n  下一步工作打算\n    全力稳定和扩大就业岗位\n"
	got := outlineOf(head + "强化政策支撑，稳住就业基本盘\n" + setIn + runIn + margin + tail)
	want := "某市人社局稳就业工作汇报\n  2026年以来稳就业工作进展情况\n    强化政策支撑，稳住就业基本盘\n" +
		"      落实减负稳岗政策\n      扩大就业补贴覆盖\n      强化重大项目就业带动\n" +
		"    突出抓好重点群体就业\n      高校毕业生就业\n      农村劳动力转移就业\n      困难人员就业援助\n" + wantTail
	if got != want {
		t.Errorf("after leads set in:\n%s\nwant:\n%s", got, want)
	}
	got = outlineOf(head + "强化政策支撑，稳住就业基本盘\n" + runIn + margin + tail)
	if strings.Contains(got, "\n    突出抓好") {
		t.Errorf("right under the heading's line, the run-in line became its sibling:\n%s", got)
	}
}

// TestMarginListOddItems: in a text copied out of a report whose lists
// Word numbered, the list's items stand at the margin among prose set in,
// found as a run of leads by their title sentences. An item whose title
// opens with a year (2027年全省职业技能大赛部分赛项在本市承办。…, （3）2027年…
// in the .docx) is one of them, as is one at the margin between two of
// them that has no title sentence (12家市、县两级零工市场实现规范化运营，…).
// A year set off as a time (2027年，…), or a line between them set in,
// stays text.
func TestMarginListOddItems(t *testing.T) {
	const prose = "　　今年以来，我市坚持把稳就业作为最大的民生工程，全面落实就业优先战略，全市就业形势总体稳定，重点群体就业保持稳定。\n"
	head := "某市人社局稳就业工作汇报\n\n一、稳就业工作进展情况\n" + strings.Repeat(prose, 8) + "二、重点群体就业\n"
	items := "高校毕业生就业。实施“留皋就业”专项行动，开发政策性岗位三千八百个，募集就业见习岗位五千二百个。\n" +
		"农村劳动力转移就业。建立劳务协作站点四十八个，组织“春风行动”专场招聘会一百二十六场。\n" +
		"%s" +
		"困难人员就业援助。开展“就业援助月”活动，对零就业家庭实行动态清零，开发公益性岗位六千二百个。\n"
	const gap = "12家市、县两级零工市场实现规范化运营，建成“家门口”就业服务站286个，累计服务灵活就业人员3.7万人次，帮助5800人实现就近就业。\n"
	asks := "三、几点建议\n　　为更好地推动稳就业工作，恳请省人力资源社会保障厅在以下方面给予支持：\n" +
		"加大就业补助资金倾斜力度。建议对我市等就业压力较大、外向型企业集中的地区，在资金分配上给予适当倾斜。\n" +
		"支持建设高技能人才培训基地。建议将本市新能源汽车产业高技能人才培训基地纳入省级项目库给予资金支持。\n" +
		"%s建议将相关赛项放在我市举办，以赛促训、以赛促学，带动技能人才队伍建设。\n" + prose
	const wantHead = "某市人社局稳就业工作汇报\n  一、稳就业工作进展情况\n  二、重点群体就业\n    高校毕业生就业\n    农村劳动力转移就业\n"
	const wantGap = "    12家市、县两级零工市场实现规范化运营\n"
	const wantAsks = "  三、几点建议\n    加大就业补助资金倾斜力度\n    支持建设高技能人才培训基地\n    2027年全省职业技能大赛部分赛项在本市承办\n"
	for _, c := range []struct{ name, gap, ask, want string }{
		{"both", gap, "2027年全省职业技能大赛部分赛项在本市承办。", wantHead + wantGap + "    困难人员就业援助\n" + wantAsks},
		{"set in, a time", "　　" + gap, "2027年，全省职业技能大赛部分赛项在本市承办。",
			wantHead + "    困难人员就业援助\n  三、几点建议\n"},
	} {
		got := outlineOf(head + strings.Replace(items, "%s", c.gap, 1) + strings.Replace(asks, "%s", c.ask, 1))
		if got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestBoxLinesStayText: a plan's box (专栏1　…, a table of one cell in the
// .docx) holds its lines as text, in the .docx and in the text copied out
// of it, where they stand at the margin under the caption as a list Word
// numbered would; under a heading's line such lines are that list's items.
func TestBoxLinesStayText(t *testing.T) {
	const prose = "　　加快构建现代化综合交通运输体系，推动各种运输方式深度融合，提升综合交通网络覆盖和服务水平。\n"
	head := "{c}**某市“十五五”综合交通运输发展规划**\n{s:a1}第一章　发展基础\n" + strings.Repeat(prose, 8) +
		"{s:a1}第二章　构建综合立体交通网\n" + prose
	box := []string{"铁路：临溆至沅阳高铁、溆江铁路电气化改造、临溆港区铁路专用线。", "公路：溆南至石梁高速、临溆绕城高速东段、临溆至青岑高速。",
		"水运：溆江航道整治工程、临港作业区二期工程。"}
	tail := "{s:a1}第三章　保障措施\n" + prose
	src := head + "{tbl1}专栏1　“十五五”综合交通重大工程\n{tbl1}" + strings.Join(box, "\n{tbl1}") + "\n" + tail
	const want = "某市“十五五”综合交通运输发展规划\n  第一章 发展基础\n  第二章 构建综合立体交通网\n    专栏1　“十五五”综合交通重大工程\n  第三章 保障措施\n"
	if got := docxOutline(t, src); got != want {
		t.Errorf("docx:\n%s\nwant:\n%s", got, want)
	}
	if got := outlineOf(plainDump(src)); got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	heading := outlineOf(plainDump(strings.Replace(src, "专栏1　“十五五”综合交通重大工程", "综合交通重大工程", 1)))
	if !strings.Contains(heading, "      "+strings.TrimSuffix(box[0], "。")+"\n") {
		t.Errorf("under a heading's line, the lines are no items:\n%s", heading)
	}
}

// TestLoneLeadAfterList: in plain text, a paragraph after a list of
// one-sentence items that opens with a lead of the shape (创新投融资机制。…)
// is the part's next measure, as its .docx bolds it, though it is the
// part's only lead and the paragraph before the list announces (今年重点
// 推进了以下工程：); one that opens with prose stays the last item's text.
func TestLoneLeadAfterList(t *testing.T) {
	const head = "某省水利厅厅长述职报告\n\n一、聚焦主责主业，推动水利高质量发展\n（一）加快推进重大水利工程建设\n　　今年重点推进了以下工程：\n" +
		"1.三座大型水库主体工程开工建设，完成投资九十二亿元；\n2.楠江引水工程二期全线通水，惠及人口二百六十万；\n3.八个大型灌区续建配套与现代化改造全面完工。\n"
	const tail = "（二）持续提升农村供水保障水平\n　　坚持城乡供水一体化方向，新建改造规模化供水工程一百二十处，农村自来水普及率达到百分之九十二。\n"
	const items = "      1.三座大型水库主体工程开工建设，完成投资九十二亿元\n      2.楠江引水工程二期全线通水，惠及人口二百六十万\n      3.八个大型灌区续建配套与现代化改造全面完工\n"
	const want = "某省水利厅厅长述职报告\n  一、聚焦主责主业，推动水利高质量发展\n    （一）加快推进重大水利工程建设\n" + items
	const wantTail = "    （二）持续提升农村供水保障水平\n"
	for _, c := range []struct{ name, after, want string }{
		{"a lead", "　　创新投融资机制。争取中央水利投资一百零八亿元，落实地方政府专项债券和金融信贷资金二百亿元。\n", want + "      创新投融资机制\n" + wantTail},
		{"prose", "　　全年争取中央水利投资一百零八亿元，落实地方政府专项债券和金融信贷资金二百亿元，创新投融资机制。\n", want + wantTail},
	} {
		if got := outlineOf(head + c.after + tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
