package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestHeadingBrokenAfterComma: a numbered heading whose line ends with a
// comma goes on on the next line, whatever follows it (leads, prose or
// numbered items): one node, its title read with its comma (三、坚持公正与
// 效率相统一，全力推动…) and broken after it (TitleBreak), so the outline
// prints its two lines as set, both at its depth; from text and from a
// .docx whose two bold lines are two paragraphs. A short line under a
// heading that ends without a comma stays a sub-heading.
func TestHeadingBrokenAfterComma(t *testing.T) {
	const title = "2025年某县人民法院工作报告\n\n"
	const joined = "（一）紧扣全县中心工作，在服务发展大局上彰显担当"
	for _, c := range []struct{ name, after string }{
		{"leads", "　　围绕产业发展强化监督。重点跟踪农产品加工园二期、茶旅融合示范带等项目建设，推动项目早建成。\n" +
			"　　围绕乡村振兴深化调研。就农村集体经济发展、农村人居环境整治开展专题调研，提出意见建议。\n" +
			"　　围绕营商环境开展评议。组织代表对便民服务中心、市场监管所等站所开展工作评议，推动提升。\n"},
		{"prose", "　　过去一年，我们坚持围绕中心、服务大局，依法履职尽责，各项工作取得新的成效。\n"},
		{"items", "　　1.组织代表视察全县春耕生产和农村饮水安全工作。\n　　2.听取和审议县政府关于民生实事项目实施情况的报告。\n"},
	} {
		text := title + "（一）紧扣全县中心工作，\n在服务发展大局上彰显担当\n" + c.after + "（二）加强自身建设\n　　健全学习制度，提高履职能力。\n"
		checkBroken(t, c.name, Parse(text).Root, "（一）", joined[len("（一）"):], "紧扣全县中心工作，")
		if got, want := outlineOf(text), "  （一）紧扣全县中心工作，\n  在服务发展大局上彰显担当\n"; !containsLine(got, want) {
			t.Errorf("%s: the heading not printed as set:\n%s", c.name, got)
		}
	}
	docx := "{c}**2025年某县人民法院工作报告**\n**三、坚持公正与效率相统一，**\n**全力推动审判执行工作提质增效**\n" +
		"　　过去一年，我们坚持围绕中心、服务大局，依法履职尽责，各项工作取得新的成效。\n" +
		"**（一）更加有力服务高质量发展**\n　　依法平等保护各类市场主体合法权益，服务保障县域经济发展。\n"
	want := "2025年某县人民法院工作报告\n  三、坚持公正与效率相统一，\n  全力推动审判执行工作提质增效\n    （一）更加有力服务高质量发展\n"
	text, hints, err := docxText(familyDocx(t, docx))
	if err != nil {
		t.Fatal(err)
	}
	checkBroken(t, ".docx", ParseHinted(text, hints).Root, "三、", "坚持公正与效率相统一，全力推动审判执行工作提质增效", "坚持公正与效率相统一，")
	if got := docxOutline(t, docx); got != want {
		t.Errorf(".docx:\n%s\nwant:\n%s", got, want)
	}
	sub := title + "（一）加强法治政府建设\n依法行政\n全面推进严格规范公正文明执法，行政复议纠错率稳步下降。\n（二）加强廉洁政府建设\n持续纠治“四风”，坚持过紧日子。\n"
	if got := outlineOf(sub); !containsLine(got, "    依法行政\n") {
		t.Errorf("a sub-heading joined:\n%s", got)
	}
}

// checkBroken asserts that root holds one child numbered marker, titled
// title, broken after first (TitleBreak) and holding no child that is
// the broken line's second half: one heading, not parent and child.
func checkBroken(t *testing.T, name string, root *model.Node, marker, title, first string) {
	t.Helper()
	var n *model.Node
	model.Walk(root, func(x *model.Node) bool {
		if x.Marker == marker && n == nil {
			n = x
		}
		return true
	})
	switch {
	case n == nil:
		t.Errorf("%s: no node numbered %s", name, marker)
	case n.Title != title || int(n.TitleBreak) != len(first):
		t.Errorf("%s: %s title %q break %d, want %q break %d", name, marker, n.Title, n.TitleBreak, title, len(first))
	default:
		for _, k := range n.Children {
			if strings.HasPrefix(title[len(first):], k.Title) {
				t.Errorf("%s: the second line %q is a child of the heading", name, k.Title)
			}
		}
	}
}

// containsLine reports whether outline holds line, a whole line with its
// indent and newline.
func containsLine(outline, line string) bool {
	return strings.Contains("\n"+outline, "\n"+line)
}

// TestIssuedTitle: a notice that issues a document (…关于印发2026年工作要点的
// 通知) prints its number, addressees, text, signature and a note, then the
// issued document's title: those lines are the notice title's text, the
// issued title an entry of its own holding the text up to the first part
// (a target table too, its cells a line each in text), and the document's
// 一、 sit right under the notice's title, from text and from .docx. The
// name matches the notice's title with its issuer or without, as its
// text quotes it in 《》, or as its 附件 line lists it; a notice with no such title keeps its lines as
// before, and so does one whose parts are its own.
func TestIssuedTitle(t *testing.T) {
	notice := "{c}**栖梧市人民政府关于印发2026年工作要点的通知**\n{c}栖政发〔2026〕3号\n各县（市、区）人民政府，市政府各部门：\n" +
		"　　现将《栖梧市人民政府2026年工作要点》印发给你们，请结合实际认真抓好贯彻落实。\n" +
		"　　　　　　　　栖梧市人民政府\n　　　　　　　　2026年2月18日\n　　（此件公开发布）\n"
	intro := "　　2026年是“十五五”规划开局之年，市政府工作的总体要求是坚持稳中求进工作总基调。全市主要预期目标是：\n" +
		"{tbl}指标|2026年预期目标\n{tbl}地区生产总值增长|6%左右\n{tbl}规上工业增加值增长|7%以上\n{tbl}固定资产投资增长|6%左右\n" +
		"　　围绕上述目标，重点抓好以下两个方面工作。\n"
	parts := "**一、聚焦扩大有效需求，推动经济持续回升向好**\n　　**1.全力扩大有效投资。**全年实施市重点项目680个，年度计划投资1260亿元。\n" +
		"**二、聚焦产业转型升级，加快构建现代化产业体系**\n　　**2.推进工业技改扩能。**实施技改项目300个，工业技改投资增长10%以上。\n"
	parted := "  一、聚焦扩大有效需求，推动经济持续回升向好\n    1.全力扩大有效投资\n  二、聚焦产业转型升级，加快构建现代化产业体系\n    2.推进工业技改扩能\n"
	for _, c := range []struct{ name, issued string }{
		{"with its issuer", "栖梧市人民政府2026年工作要点"},
		{"as quoted", "栖梧市人民政府2026年工作要点"},
		{"without its issuer", "2026年工作要点"},
	} {
		src := notice
		if c.name == "as quoted" {
			src = strings.Replace(src, "关于印发2026年工作要点的通知", "关于印发工作要点的通知", 1)
		}
		src += "{c}**" + c.issued + "**\n" + intro + parts
		title := strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(src, "\n", 2)[0], "{c}**"), "**")
		want := title + "\n  " + c.issued + "\n" + parted
		if got := docxOutline(t, src); got != want {
			t.Errorf("%s, .docx:\n%s\nwant:\n%s", c.name, got, want)
		}
		if got := outlineOf(plainDump(src)); got != want {
			t.Errorf("%s, text:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
	// Named by the notice's 附件 line only: the line is the notice's text.
	listed := "关于印发工作要点的通知\n局机关各处室、局属各单位：\n　　现将今年工作要点印发给你们，请认真抓好贯彻落实。\n" +
		"　　附件：某某市民政局2025年工作要点\n某某市民政局\n2025年2月20日\n某某市民政局2025年工作要点\n" +
		"　　2025年全市民政工作的总体要求是：坚持以人民为中心的发展思想，兜牢民生底线。\n" +
		"一、健全分层分类社会救助体系\n　　完善低保、特困供养等基本生活救助制度，推进低收入人口动态监测。\n" +
		"二、提升养老服务质量\n　　新建社区嵌入式养老服务设施二十个，发展老年助餐服务。\n"
	if got, want := outlineOf(listed), "关于印发工作要点的通知\n  某某市民政局2025年工作要点\n  一、健全分层分类社会救助体系\n  二、提升养老服务质量\n"; got != want {
		t.Errorf("named by its 附件 line:\n%s\nwant:\n%s", got, want)
	}
	// Not the name: the notice's own parts, numbered at once.
	own := "关于做好2026年春节期间安全生产工作的通知\n各县（市、区）人民政府，市政府各部门：\n" +
		"　　春节将至，为切实做好节日期间安全生产工作，现就有关事项通知如下。\n" +
		"一、加强组织领导\n　　各地各部门要把安全生产摆在突出位置，压实责任，严防事故发生。\n" +
		"二、强化隐患排查\n　　开展一次全面的安全隐患排查整治，确保不留死角、不留盲区。\n"
	if got := outlineOf(own); got != "关于做好2026年春节期间安全生产工作的通知\n  一、加强组织领导\n  二、强化隐患排查\n" {
		t.Errorf("a notice's own parts:\n%s", got)
	}
	if n := issuedNames("关于做好2026年春节期间安全生产工作的通知"); n != nil {
		t.Errorf("issuedNames of a notice that issues nothing: %q", n)
	}
}

// TestDigitLedRunFromOne: a list whose items all open with a digit (a
// plan by the month, 1.3月份，… / 2.4月份，… / 8.12月份，…) is a run of items
// from its first, with no item before it to continue; a line that opens
// with a decimal stays text where the next lines do not count on from it
// (1.5万吨… then prose, or two such lines only).
func TestDigitLedRunFromOne(t *testing.T) {
	head := "2026年某镇人大主席团工作报告\n\n（三）突出监督重点，按计划开展全年工作\n　　主席团2026年主要监督工作安排如下：\n"
	months := []string{"3月份，组织代表视察全镇春耕生产和农村饮水安全工作。", "4月份，听取和审议镇政府关于民生实事项目实施情况的报告。",
		"6月份，组织代表视察重点项目建设和招商引资工作。", "11月份，组织代表对镇属站所开展工作评议。"}
	text, want := head, "2026年某镇人大主席团工作报告\n  （三）突出监督重点，按计划开展全年工作\n"
	for k, m := range months {
		n := string(rune('1' + k))
		text += "　　" + n + "." + m + "\n"
		want += "    " + n + "." + strings.TrimSuffix(m, "。") + "\n"
	}
	if got := outlineOf(text + "（四）提升代表履职水平\n　　组织代表集中培训不少于2次，提高代表依法履职能力。\n"); got != want+"  （四）提升代表履职水平\n" {
		t.Errorf("months:\n%s\nwant:\n%s", got, want+"  （四）提升代表履职水平\n")
	}
	for _, body := range []string{
		"　　1.5万吨粮食仓储设施年内建成，全镇粮食储备能力进一步提升。\n　　全年完成高标准农田建设任务，粮食生产保持稳定。\n",
		"　　1.5万吨粮食仓储设施年内建成，全镇粮食储备能力进一步提升。\n　　2.3万亩高标准农田完成建设，粮食生产保持稳定。\n",
	} {
		if got := outlineOf(head + body); got != "2026年某镇人大主席团工作报告\n  （三）突出监督重点，按计划开展全年工作\n" {
			t.Errorf("decimals as items:\n%s", got)
		}
	}
}

// TestLeadsBeforeClosingAddress: a report's closing address (各位代表！新的一
// 年，…), which the last part holds as the text runs on, does not hide the
// part's last two leads from plain text: they are its last paragraphs all
// the same. Two short openings followed by more prose stay text.
func TestLeadsBeforeClosingAddress(t *testing.T) {
	head := "2026年某镇人大主席团工作报告\n\n（五）加强主席团自身建设，在提升履职能力上取得新成效\n" +
		"　　坚持用党的创新理论武装头脑，健全主席团会议制度，加强人大工作信息宣传，努力建设政治坚定、勤勉尽责的工作机构。\n" +
		"　　加强思想政治建设。坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要任务，健全主席团成员学习制度。\n" +
		"　　加强工作制度建设。修订主席团工作规则，完善代表建议督办、民生实事项目监督等制度，推动人大工作规范化。\n"
	want := "2026年某镇人大主席团工作报告\n  （五）加强主席团自身建设，在提升履职能力上取得新成效\n    加强思想政治建设\n    加强工作制度建设\n"
	for _, closing := range []string{"各位代表！", "同志们，朋友们！"} {
		text := head + "　　" + closing + "新的一年，镇人大主席团将在镇党委的坚强领导下，紧紧依靠全体代表和全镇人民，开拓进取，扎实工作！\n"
		if got := outlineOf(text); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", closing, got, want)
		}
	}
	prose := head + "　　新的一年，镇人大主席团将在镇党委的坚强领导下，紧紧依靠全体代表和全镇人民，开拓进取，扎实工作，作出新的贡献。\n"
	if got := outlineOf(prose); got != "2026年某镇人大主席团工作报告\n  （五）加强主席团自身建设，在提升履职能力上取得新成效\n" {
		t.Errorf("two openings among prose:\n%s", got)
	}
}

// TestTableEndsWithPercent: a table copied out as text under a bare
// heading, its last cell a value with a percentage (增长6.8%) right before
// the prose after it, is the heading's text: no heading holds a figure
// so, while a heading after a table (第四季度 / 存在的问题和不足) stays one.
func TestTableEndsWithPercent(t *testing.T) {
	src := "沧屿省政府工作报告\n\n2025年工作回顾\n" +
		"过去一年，全省经济运行稳中有进，主要指标完成情况如下：\n" +
		"指标\n2025年\n地区生产总值增长\n5.6%\n一般公共预算收入\n2986亿元\n居民消费价格\n上涨0.3%\n农村居民人均可支配收入增长\n增长6.8%\n" +
		"经济运行稳中有进。全省地区生产总值达到3.42万亿元，增长5.6%；一般公共预算收入2986亿元，增长4.1%。\n" +
		"存在的问题和不足\n" +
		"我们也清醒认识到，政府工作还存在一些问题和不足，我们将采取有力措施，认真加以解决。\n"
	want := "沧屿省政府工作报告\n  2025年工作回顾\n  存在的问题和不足\n"
	if got := outlineOf(src); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// TestNoticeTitleInTwoLines: a notice's title printed in two lines over
// its document number (…关于印发 / 2026年工作要点的通知 / 栖政发〔2026〕3号) is
// one title, joined where the phrase broke, with no space; the issued
// title printed in 《》 is the issued document's entry all the same.
func TestNoticeTitleInTwoLines(t *testing.T) {
	src := "栖梧市人民政府关于印发\n2026年工作要点的通知\n栖政发〔2026〕3号\n各县（市、区）人民政府，市政府各部门：\n" +
		"　　现将《栖梧市人民政府2026年工作要点》印发给你们，请结合实际认真抓好贯彻落实。\n栖梧市人民政府\n2026年2月18日\n" +
		"《栖梧市人民政府2026年工作要点》\n　　2026年是“十五五”规划开局之年，市政府工作的总体要求是坚持稳中求进工作总基调。\n" +
		"一、聚焦扩大有效需求\n　　全年实施市重点项目680个，年度计划投资1260亿元。\n" +
		"二、聚焦产业转型升级\n　　实施技改项目300个，工业技改投资增长百分之十以上。\n"
	if got := Parse(src).Root.Title; got != "栖梧市人民政府关于印发2026年工作要点的通知" {
		t.Errorf("title %q", got)
	}
	want := "栖梧市人民政府关于印发\n2026年工作要点的通知\n  《栖梧市人民政府2026年工作要点》\n  一、聚焦扩大有效需求\n  二、聚焦产业转型升级\n"
	if got := outlineOf(src); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}
