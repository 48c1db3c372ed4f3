package parse

import (
	"strings"
	"testing"

	"wenji/model/export"
)

// TestTitleInTwoLines: a title printed in two lines (the government, then
// the report) over a date line and a byline is one title, and the first
// part sits right under it; a second line that is front matter itself
// stays front matter. An office over what it reports is one title
// whatever follows it; offices under a title and over its date are
// front matter.
func TestTitleInTwoLines(t *testing.T) {
	body := "各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n" +
		"一、2024年工作回顾\n过去一年，全区经济社会发展保持稳中有进、进中向好的良好态势。\n" +
		"二、2025年工作安排\n今年是“十四五”规划收官之年，做好政府工作意义重大。\n"
	for _, c := range []struct{ head, title string }{
		{"江州市江北区人民政府\n2025年政府工作报告\n（2025年1月10日在江北区第三届人民代表大会第五次会议上）\n区长　陈某某\n", "江州市江北区人民政府　2025年政府工作报告"},
		{"江州市江北区人民政府\n2025年政府工作报告\n区长　陈某某\n", "江州市江北区人民政府　2025年政府工作报告"},
		{"关于江州市2025年上半年经济社会发展情况\n和下半年工作安排的报告\n——2025年7月24日在江州市人大常委会第二十次会议上\n", "关于江州市2025年上半年经济社会发展情况和下半年工作安排的报告"},
		{"政府工作报告\n----2025年1月15日在某某市第十七届人民代表大会第四次会议上\n市长　XXX\n", "政府工作报告"},
		{"2025年某市政府工作报告\n政府工作报告\n——2025年1月15日在某某市第十七届人民代表大会第四次会议上\n", "2025年某市政府工作报告"},
		// An office over what it reports is one title with no front
		// line under it, or with a page's source line the chrome takes.
		{"江州市江北区人民政府\n2025年政府工作报告\n", "江州市江北区人民政府　2025年政府工作报告"},
		{"江州市江北区农业农村局\n2025年全面推进乡村振兴工作总结\n发布时间：2026-01-06　来源：江州市江北区农业农村局\n", "江州市江北区农业农村局　2025年全面推进乡村振兴工作总结"},
		// The offices a bulletin is issued by, under its title and
		// over its date, are front matter.
		{"江州市2025年国民经济和\n社会发展统计公报\n江州市统计局\n国家统计局江州调查队\n（2026年3月12日）\n", "江州市2025年国民经济和社会发展统计公报"},
		{"江州市2025年国民经济和社会发展统计公报\n江州市统计局\n（2026年3月12日）\n", "江州市2025年国民经济和社会发展统计公报"},
	} {
		// One title, its lines joined for the reader's header; the
		// outline prints it over the lines the head sets it on.
		doc := Parse(c.head + body)
		if doc.Root.Title != c.title {
			t.Errorf("%q: title %q, want %q", c.head, doc.Root.Title, c.title)
		}
		lines := strings.SplitN(c.head, "\n", 3)
		set := lines[0]
		if c.title != set {
			set += "\n" + lines[1]
		}
		want := set + "\n  一、2024年工作回顾\n  二、2025年工作安排\n"
		if got := export.Outline(doc.Root); got != want {
			t.Errorf("%q:\n%s\nwant:\n%s", c.head, got, want)
		}
	}
}

// TestHeadingBrokenAtJoin: a numbered heading broken where a joining
// word stands (聚焦科技创新 / 和产业升级, 聚焦科技创新和 / 产业升级) is one
// heading even when leads, not numbered children, follow: one node, the
// outline printing its two lines as set; a short line that joins nothing
// is a sub-heading, as before.
func TestHeadingBrokenAtJoin(t *testing.T) {
	leads := "建设科创走廊。推动江北科创走廊扩容提质，新建新型研发机构五家，引育科技型企业二百家。\n" +
		"壮大主导产业。做强智能制造、数字服务两大主导产业，力争规上工业产值增长百分之八。\n" +
		"培育未来产业。布局低空经济、人工智能等新赛道，建设未来产业先导区，抢占发展先机。\n"
	for _, head := range []string{"（一）聚焦科技创新\n和产业升级\n", "（一）聚焦科技创新和\n产业升级\n"} {
		text := "2025年某区政府工作报告\n\n" + head + leads + "（二）聚焦城市更新\n推进中央商务区建设，新开工保障性住房一千二百套。\n"
		first, _, _ := strings.Cut(head[len("（一）"):], "\n")
		checkBroken(t, head, Parse(text).Root, "（一）", "聚焦科技创新和产业升级", first)
		want := "2025年某区政府工作报告\n  " + strings.Replace(head, "\n", "\n  ", 1) + "    建设科创走廊\n    壮大主导产业\n    培育未来产业\n  （二）聚焦城市更新\n"
		if got := outlineOf(text); got != want {
			t.Errorf("%q:\n%s\nwant:\n%s", head, got, want)
		}
	}
	sub := "2025年某区政府工作报告\n\n（一）加强法治政府建设\n依法行政\n全面推进严格规范公正文明执法，行政复议纠错率稳步下降。\n（二）加强廉洁政府建设\n持续纠治“四风”，坚持过紧日子。\n"
	if got := outlineOf(sub); got != "2025年某区政府工作报告\n  （一）加强法治政府建设\n    依法行政\n  （二）加强廉洁政府建设\n" {
		t.Errorf("a sub-heading joined:\n%s", got)
	}
}

// TestBoldLeadsAreTheTruth: where the author bolded a part's leads, a
// paragraph left plain among them is text, though its first sentence is
// as short as theirs (成绩来之不易。同时…, the part's conclusion).
func TestBoldLeadsAreTheTruth(t *testing.T) {
	src := "{c}**2025年某省政府工作报告**\n" +
		"**一、2024年工作回顾**\n" +
		"　　**经济运行稳中有进，发展质量持续提升。**全省地区生产总值增长百分之五点三，规上工业增加值增长百分之六点八。\n" +
		"　　**创新动能加快集聚，产业体系更加完善。**全社会研发投入强度提高到百分之二点五，高新技术企业突破一万二千家。\n" +
		"　　**民生保障扎实有力，社会大局和谐稳定。**城镇新增就业七十二万人，新建改扩建中小学一百二十所。\n" +
		"　　成绩来之不易。同时我们也清醒看到，发展中还面临不少困难和挑战，我们将采取有力措施，认真加以解决。\n"
	want := "2025年某省政府工作报告\n  一、2024年工作回顾\n    经济运行稳中有进，发展质量持续提升\n    创新动能加快集聚，产业体系更加完善\n    民生保障扎实有力，社会大局和谐稳定\n"
	if got := docxOutline(t, src); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// TestCloseParenItems: 1） and 1) number items of a level of their own,
// under the part they follow, as in reports copied out of Word; a
// byline's office and name may be parted by a tab.
func TestCloseParenItems(t *testing.T) {
	text := "2025年某县政府工作报告\n县长\tXXX\n\n一、全力稳增长\n今年重点抓好以下工作。\n" +
		"1）扩大有效投资，实施重点项目一百个。\n2）促进消费升级，培育夜间经济集聚区。\n3）稳住外贸基本盘，进出口增长百分之五。\n" +
		"二、持续惠民生\n(1)新增城镇就业五千人。\n(2)新建幼儿园两所。\n"
	want := "2025年某县政府工作报告\n  一、全力稳增长\n    1）扩大有效投资，实施重点项目一百个\n    2）促进消费升级，培育夜间经济集聚区\n" +
		"    3）稳住外贸基本盘，进出口增长百分之五\n  二、持续惠民生\n    (1)新增城镇就业五千人\n    (2)新建幼儿园两所\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	if m, ok := parseMarker("2）促进消费"); !ok || m.style != styleNumClose || m.num != 2 || m.text != "2）" {
		t.Errorf("parseMarker(2）…) = %+v %v", m, ok)
	}
}

// TestDatelineOverHeading: a scraped page whose dateline stands over the
// title in an <h1> (or a Markdown #) takes that heading as its title, and
// the byline and the <h5> salutation under it are front matter, so the
// parts sit right under the title.
func TestDatelineOverHeading(t *testing.T) {
	page := `<html><body><p>新华社北京3月5日电</p><h1>政府工作报告</h1>` +
		`<p>——2025年3月5日在第十四届全国人民代表大会第三次会议上</p><p>国务院总理 李强</p><h5>各位代表：</h5>` +
		`<p>现在，我代表国务院，向大会报告政府工作，请予审议。</p><h3>一、2024年工作回顾</h3><p>过去一年，经济运行总体平稳。</p>` +
		`<h3>二、2025年政府工作任务</h3><p>今年要抓好以下几方面工作。</p></body></html>`
	md := "新华社北京3月5日电\n\n# 政府工作报告\n\n国务院总理 李强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n" +
		"## 一、2024年工作回顾\n\n过去一年，经济运行总体平稳。\n\n## 二、2025年政府工作任务\n\n今年要抓好以下几方面工作。\n"
	want := "政府工作报告\n  一、2024年工作回顾\n  二、2025年政府工作任务\n"
	for name, data := range map[string]string{"report.html": page, "report.md": md} {
		doc, err := Open(name, []byte(data), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := export.Outline(doc.Root); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", name, got, want)
		}
	}
}

// TestLabelsAboveTitle: a congress's file label, an office's red header and
// a document number printed above the title are root text, not the
// title's first words; a line ending 文件 that no title follows is still
// the title.
func TestLabelsAboveTitle(t *testing.T) {
	body := "各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n" +
		"一、2024年工作回顾\n过去一年，全县经济社会发展保持稳中有进、进中向好的良好态势。\n" +
		"二、2025年工作安排\n今年是“十四五”规划收官之年，做好政府工作意义重大。\n"
	for _, c := range []struct{ head, title string }{
		{"某某县第十八届人民代表大会第五次会议文件（1）\n政府工作报告\n——2025年1月8日在某某县第十八届人民代表大会第五次会议上\n", "政府工作报告"},
		{"某某市第十六届人民代表大会第四次会议文件之二\n2025年某某市政府工作报告\n", "2025年某某市政府工作报告"},
		{"某某市发展和改革委员会文件\n某发改发〔2025〕6号\n关于2024年工作情况的报告\n", "关于2024年工作情况的报告"},
		{"某某县人民政府文件\n某政发[2025]12号\n2025年某某县政府工作报告\n", "2025年某某县政府工作报告"},
		{"某某市人民政府办公室文件\n\n本文件自发布之日起施行，请各单位认真遵照执行。\n", "某某市人民政府办公室文件"},
	} {
		got := outlineOf(c.head + body)
		if first, _, _ := strings.Cut(got, "\n"); first != c.title {
			t.Errorf("%q: title %q, want %q\n%s", c.head, first, c.title, got)
		}
		if !strings.Contains(c.title, "文件") && !strings.Contains(got, "\n  一、2024年工作回顾\n  二、2025年工作安排\n") {
			t.Errorf("%q: the parts are not right under the title:\n%s", c.head, got)
		}
	}
}

// TestShiAloneIsHeading: a 一是 measure that is one short sentence alone on
// its line, ended by 。, heads the lead paragraphs that follow it, as an
// unpunctuated one does; a 一是 that opens a paragraph of prose stays a
// measure with the leads after it its siblings' text.
func TestShiAloneIsHeading(t *testing.T) {
	leads := "壮大工业经济。实施工业强县三年行动，新增规上工业企业二十八家，总数达到一百九十六家。\n" +
		"做强现代农业。粮食播种面积稳定在七十二万亩，总产量达到二十九万吨，新建高标准农田四万亩。\n" +
		"做旺文化旅游。云台山景区成功创建国家五A级旅游景区，全年接待游客八百五十万人次。\n"
	text := "2025年某县政府工作报告\n\n一、2024年工作回顾\n一是坚持产业立县，县域经济实力稳步提升。\n" + leads +
		"二是坚持项目为王，发展后劲持续增强。\n全年实施县级重点项目一百二十六个，完成投资一百零八亿元。\n"
	want := "2025年某县政府工作报告\n  一、2024年工作回顾\n    一是坚持产业立县，县域经济实力稳步提升\n      壮大工业经济\n      做强现代农业\n      做旺文化旅游\n    二是坚持项目为王，发展后劲持续增强\n"
	if got := outlineOf(text); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	prose := "2025年某县政府工作报告\n\n一、2024年工作回顾\n一是坚持产业立县，县域经济实力稳步提升。全县规上工业增加值增长百分之九。\n" + leads +
		"二是坚持项目为王，发展后劲持续增强。全年完成投资一百零八亿元。\n"
	if got := outlineOf(prose); strings.Contains(got, "      壮大工业经济") {
		t.Errorf("leads nested under a 一是 of prose:\n%s", got)
	}
}

// TestTwoLeadsCloseNode: two paragraphs of the lead shape that are all a
// heading holds, after at most an opening paragraph, are its leads; two
// such openings among more prose stay text.
func TestTwoLeadsCloseNode(t *testing.T) {
	two := "实施城市更新行动。改造城镇老旧小区一百个，推进城中村改造，新建口袋公园三十个，城市功能品质持续提升。\n" +
		"全面推进乡村振兴。稳定粮食播种面积，新建高标准农田十万亩，培育省级以上龙头企业八家，和美乡村加快建设。\n"
	intro := "坚持以人为本，统筹城乡发展，推动城乡融合发展取得新进展，城乡居民收入比进一步缩小。\n"
	next := "（五）加强生态文明建设\n持续打好蓝天、碧水、净土保卫战，空气质量优良天数比例保持在百分之九十以上。\n"
	for _, body := range []string{two, intro + two} {
		text := "2025年某市政府工作报告\n\n（四）推进城乡融合发展\n" + body + next
		want := "2025年某市政府工作报告\n  （四）推进城乡融合发展\n    实施城市更新行动\n    全面推进乡村振兴\n  （五）加强生态文明建设\n"
		if got := outlineOf(text); got != want {
			t.Errorf("got:\n%s\nwant:\n%s", got, want)
		}
	}
	prose := "2025年某市政府工作报告\n\n（四）推进城乡融合发展\n" + intro + two + intro + next
	if got := outlineOf(prose); strings.Contains(got, "实施城市更新行动") {
		t.Errorf("two short openings among prose became leads:\n%s", got)
	}
}

// TestIssuingNoticeSignature: the office's name over the date that signs
// a notice issuing a document is no heading: the title of the document it
// issues follows as an entry of its own, and the document's parts sit
// right under the notice's title beside it (see TestIssuedTitle).
func TestIssuingNoticeSignature(t *testing.T) {
	text := "关于印发《某某市民政局2025年工作要点》的通知\n局机关各处室、局属各单位：\n" +
		"现将《某某市民政局2025年工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。\n" +
		"某某市民政局\n2025年2月20日\n" +
		"某某市民政局2025年工作要点\n2025年全市民政工作的总体要求是：坚持以人民为中心的发展思想，兜牢民生底线。\n" +
		"一、健全分层分类社会救助体系\n完善低保、特困供养等基本生活救助制度，推进低收入人口动态监测。\n" +
		"二、提升养老服务质量\n新建社区嵌入式养老服务设施二十个，发展老年助餐服务。\n"
	want := "关于印发《某某市民政局2025年工作要点》的通知\n  某某市民政局2025年工作要点\n  一、健全分层分类社会救助体系\n  二、提升养老服务质量\n"
	if got := outlineOf(text); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestArticleFrontMatter: in a compilation of reports, each article's own
// front matter (a second title line, an occasion or date line, a byline)
// is its text, as a single report's is the title's: every article's first
// 一、 sits right under its title.
func TestArticleFrontMatter(t *testing.T) {
	body := "各位代表：\n现在，我代表政府向大会报告工作，请予审议。\n" +
		"一、2024年工作回顾\n过去一年，经济社会发展保持稳中有进、进中向好的良好态势。\n" +
		"二、2025年工作安排\n今年是“十四五”规划收官之年，做好政府工作意义重大。\n"
	heads := []string{
		"2025年甲省政府工作报告\n——2025年1月15日在甲省第十四届人民代表大会第三次会议上\n甲省省长　张三\n",
		"2025年乙市政府工作报告\n（2025年1月10日）\n市长　李四\n",
		"凝心聚力抓落实\n奋力谱写高质量发展新篇章\n——在全县经济工作会议上的讲话\n王五\n",
	}
	text := "工作报告汇编\n\n\n\n" + heads[0] + body + "\n\n\n" + heads[1] + body + "\n\n\n" + heads[2] + body
	parts := "    一、2024年工作回顾\n    二、2025年工作安排\n"
	want := "工作报告汇编\n  2025年甲省政府工作报告\n" + parts + "  2025年乙市政府工作报告\n" + parts +
		"  凝心聚力抓落实\n  奋力谱写高质量发展新篇章\n" + parts
	doc := Parse(text)
	if got := export.Outline(doc.Root); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := doc.Root.Children[2].Title; got != "凝心聚力抓落实　奋力谱写高质量发展新篇章" {
		t.Errorf("the third article's title: %q", got)
	}
}

// TestOfficeByline: an office signs what it submits (沅州市发展和改革委员会
// under the occasion line); a report submitted in writing carries a
// （书面） note under its title in two lines. Both are the title's front
// matter: the first 一、 sits right under the title, joined at 与.
func TestOfficeByline(t *testing.T) {
	body := "各位代表：\n受市人民政府委托，现将计划执行情况和计划草案提请大会审议。\n" +
		"一、2024年计划执行情况\n过去一年，全市经济运行稳中有进，主要指标好于预期。\n" +
		"二、2025年主要任务\n今年是“十四五”规划收官之年，做好经济工作意义重大。\n"
	for _, c := range []struct{ head, title string }{
		{"关于沅江市2024年计划执行情况\n与2025年计划草案的报告\n（书面）\n——2025年1月9日在沅江市第十六届人民代表大会第五次会议上\n沅江市发展和改革委员会\n",
			"关于沅江市2024年计划执行情况与2025年计划草案的报告"},
		{"关于2024年预算执行情况的报告\n——2025年1月9日在县第十八届人民代表大会第四次会议上\n县财政局\n", "关于2024年预算执行情况的报告"},
	} {
		doc := Parse(c.head + body)
		if doc.Root.Title != c.title {
			t.Errorf("%q: title %q, want %q", c.head, doc.Root.Title, c.title)
		}
		set := strings.Join(doc.Root.TitleLines(), "\n")
		if lines := strings.SplitN(c.head, "\n", 3); set != lines[0] && set != lines[0]+"\n"+lines[1] {
			t.Errorf("%q: the title's lines %q", c.head, set)
		}
		want := set + "\n  一、2024年计划执行情况\n  二、2025年主要任务\n"
		if got := export.Outline(doc.Root); got != want {
			t.Errorf("%q:\n%s\nwant:\n%s", c.head, got, want)
		}
	}
	for s, want := range map[string]bool{"沅江市发展和改革委员会": true, "市人民政府办公室": true, "县财政局": true,
		"加强作风建设": false, "局": false, "市委、市政府高度重视，成立领导小组": false} {
		if got := isOfficeLine(s); got != want {
			t.Errorf("isOfficeLine(%q) = %v", s, got)
		}
	}
}

// TestFigureCells: a table of indicators copied out of Word, one cell a
// line, mixes names with figures (5.6, 6左右, —, %): none of it is a
// heading, and 7.2 after an item 6. is a figure, not item 7.
func TestFigureCells(t *testing.T) {
	text := "关于计划执行情况的报告\n一、2024年计划执行情况\n过去一年，全市经济运行稳中有进，主要指标好于预期。\n" +
		"指标\n单位\n完成\n地区生产总值增长\n%\n5.6\n规上工业增加值增长\n%\n7.4\n固定资产投资增长\n—\n6左右\n" +
		"（一）经济运行稳中有进\n全市地区生产总值增长百分之五点六，增速高于全省平均水平。\n" +
		"1.工业生产较快增长。规上工业增加值增长百分之七点四。\n2.投资结构持续优化。\n3.消费市场稳步恢复。\n4.外贸外资逆势增长。\n5.财政收入稳中有升。\n6.民生保障有力。\n" +
		"规上工业增加值\n%\n7.2\n7\n"
	want := "关于计划执行情况的报告\n  一、2024年计划执行情况\n    （一）经济运行稳中有进\n" +
		"      1.工业生产较快增长\n      2.投资结构持续优化\n      3.消费市场稳步恢复\n      4.外贸外资逆势增长\n      5.财政收入稳中有升\n      6.民生保障有力\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	for s, want := range map[string]bool{"5.6": true, "-2.3%": true, "≥95%": true, "6左右": true, "10万人以上": true, "—": true, "亿元": true,
		"1.": true, "2024年": false, "5.6个百分点": false, "规上工业": false, "": false} {
		if got := isFigure(s); got != want {
			t.Errorf("isFigure(%q) = %v", s, got)
		}
	}
	// Outside a numbered part too, a figure alone is never a heading.
	if got := outlineOf("主要预期目标\n" + body + "地区生产总值增长\n6.5左右\n" + body); strings.Contains(got, "6.5") {
		t.Errorf("a figure is a heading:\n%s", got)
	}
	if isBareFigure("1.") || !isBareFigure("7.2") {
		t.Error("isBareFigure: 1. alone is a marker, 7.2 a figure")
	}
}

// TestStyledSubPartsUnderTypedParts: a template that styles its
// sub-parts (二级标题, outline level 2) but leaves its parts plain bold
// (一、 typed) nests them as typed: （一） under 一、, and 二、 back at the
// top, not every sub-part beside the part above it.
func TestStyledSubPartsUnderTypedParts(t *testing.T) {
	lines := []string{"关于计划执行情况的报告",
		"一、2024年计划执行情况", "过去一年，全市经济运行稳中有进，主要指标好于预期。",
		"（一）经济运行稳中有进", "全市地区生产总值增长百分之五点六，增速高于全省平均水平。",
		"（二）创新动能不断增强", "新增国家级高新技术企业一百二十家。",
		"1.建强创新平台。支持高新区争先进位，新建省级以上创新平台10个。", "2.壮大创新主体。新认定高新技术企业200家以上。",
		"（三）深化重点领域改革。持续优化营商环境，推进“高效办成一件事”扩面增效。",
		"二、2025年主要任务", "今年是“十四五”规划收官之年，做好经济工作意义重大。",
		"（一）全方位扩大有效需求", "推动消费扩容提质，扩大有效投资。"}
	hints := []Hint{{Line: 4, Heading: 2}, {Line: 6, Heading: 2}, {Line: 11, Heading: 2}}
	// The typed （三）, an office's slip in its template, stands where
	// the styled （二） does.
	want := "关于计划执行情况的报告\n  一、2024年计划执行情况\n    （一）经济运行稳中有进\n    （二）创新动能不断增强\n" +
		"      1.建强创新平台\n      2.壮大创新主体\n    （三）深化重点领域改革\n" +
		"  二、2025年主要任务\n    （一）全方位扩大有效需求\n"
	if got := export.Outline(ParseHinted(strings.Join(lines, "\n")+"\n", hints).Root); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}
