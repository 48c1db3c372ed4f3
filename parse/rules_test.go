package parse

import (
	"strings"
	"testing"
	"wenji/model/export"
)

// outlineOf parses text and returns its outline, two spaces a level.
func outlineOf(text string) string { return export.Outline(Parse(text).Root) }

func TestFrontMatterLines(t *testing.T) {
	cases := []struct {
		s                       string
		salute, byline, newsDay bool
	}{
		{s: "各位代表：", salute: true},
		{s: "各位代表！", salute: true},
		{s: "同志们：", salute: true},
		{s: "同志们，朋友们：", salute: true},
		{s: "各位代表，我们要坚定信心。", salute: false},
		{s: "各地区各部门要抓好落实：", salute: false},
		{s: "省长　张某某", byline: true},
		{s: "自治区主席 XXX", byline: true},
		{s: "市长　×××", byline: true},
		{s: "市长\tXXX", byline: true},
		{s: "广东省省长 王伟中　", byline: true},
		{s: "第一部分 总体要求", byline: false},
		{s: "一、主要成绩 显著", byline: false},
		{s: "新华社北京10月27日电", newsDay: true},
		{s: "新华社北京3月5日电（记者 王某）", newsDay: true},
		{s: "本报讯", newsDay: true},
		{s: "沣源日报1月13日讯", newsDay: true},
		{s: "沣源日报1月13日讯（记者 李某）", newsDay: true},
		{s: "全县上下闻讯", newsDay: false},
		{s: "全力推动供电保障", newsDay: false},
		{s: "新华社北京3月5日电（记者 王某）3月5日上午，会议在北京开幕。", newsDay: false},
	}
	for _, c := range cases {
		if got := isSalutation(c.s); got != c.salute {
			t.Errorf("isSalutation(%q) = %v", c.s, got)
		}
		if got := isByline(c.s); got != c.byline {
			t.Errorf("isByline(%q) = %v", c.s, got)
		}
		if got := isNewsDateline(c.s); got != c.newsDay {
			t.Errorf("isNewsDateline(%q) = %v", c.s, got)
		}
	}
}

// body is a paragraph long enough to be a part's text.
const body = "　　过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，各项事业取得新进展。\n"

func TestFrontMatterIsTitleText(t *testing.T) {
	cases := map[string]string{
		"repeated title and byline": "2025年某省政府工作报告\n政府工作报告\n——2025年1月15日在某省第十四届人民代表大会第三次会议上\n省长　张某某\n各位代表：\n" + body + "一、工作回顾\n" + body + "二、重点工作\n" + body,
		"dashes and date":           "政府工作报告\n----2025年1月15日某市市长在某市人民代表大会上的政府工作报告\n（2025年1月15日）\n市长　XXX\n" + body + "一、工作回顾\n" + body + "二、重点工作\n" + body,
		"notes":                     "2025年湖北省政府工作报告\n（全文）\n来源：湖北日报\n2025-01-15 10:23\n" + body + "一、工作回顾\n" + body + "二、重点工作\n" + body,
		"byline lost its space":     "2025年某省政府工作报告\n——2025年1月15日在某省第十四届人民代表大会第三次会议上\n某省省长王某某\n各位代表：\n" + body + "一、工作回顾\n" + body + "二、重点工作\n" + body,
		"byline first":              "2025年某市政府工作报告\n自治区主席 XXX\n（2025年1月15日）\n同志们，朋友们：\n" + body + "一、工作回顾\n" + body + "二、重点工作\n" + body,
		"byline in two lines":       "坚持立德树人　深化综合改革\n——在中国共产党某某大学第三次代表大会上的报告\n（2025年12月20日）\n中共某某大学委员会书记\n某某某\n各位代表、同志们：\n" + body + "一、工作回顾\n" + body + "二、重点工作\n" + body,
		"office over placeholder":   "2025年某县政府工作报告\n——2025年1月15日在某县第十八届人民代表大会第五次会议上\n某县人民政府县长\nXXX\n" + body + "一、工作回顾\n" + body + "二、重点工作\n" + body,
	}
	for name, text := range cases {
		got := outlineOf(text)
		lines := strings.Split(strings.TrimRight(got, "\n"), "\n")
		if len(lines) != 3 || !strings.HasPrefix(lines[1], "  一、") || !strings.HasPrefix(lines[2], "  二、") {
			t.Errorf("%s: outline\n%s\nwant the title, then 一、 and 二、 right under it", name, got)
		}
	}
}

func TestTOCUnderTitleIsNoRepeat(t *testing.T) {
	// 目录 under 目录汇编 is the 目录's heading, not the title repeated.
	var b strings.Builder
	b.WriteString("目录汇编\n\n目录\n\n")
	for i := range 30 {
		b.WriteString(itoa(i+1) + ".\n")
	}
	if got := outlineOf(b.String()); got != "目录汇编\n" {
		t.Errorf("a 目录 of bare numbers made nodes:\n%s", got)
	}
}

func TestNewsDatelineIsNotTitle(t *testing.T) {
	got := outlineOf("新华社北京10月27日电\n决胜全面建成小康社会　夺取新时代伟大胜利\n" + body + "一、过去五年的工作\n" + body)
	want := "决胜全面建成小康社会　夺取新时代伟大胜利\n  一、过去五年的工作\n"
	if got != want {
		t.Errorf("outline\n%s\nwant\n%s", got, want)
	}
}

func TestNewsDatelineAloneIsText(t *testing.T) {
	// With no title line after it, a dateline is still no title, nor a
	// heading in a compilation's body.
	got := outlineOf("新华社北京10月27日电\n" + body + "一、过去五年的工作\n" + body)
	if want := "\n  一、过去五年的工作\n"; got != want {
		t.Errorf("outline\n%q\nwant\n%q", got, want)
	}
}

func TestSalutationInHeadingTagIsText(t *testing.T) {
	text := "某市政府工作报告\n各位代表：\n" + body + "一、工作回顾\n" + body
	doc := ParseHinted(text, []Hint{{Line: 2, Heading: 5}, {Line: 4, Heading: 5}})
	if got, want := export.Outline(doc.Root), "某市政府工作报告\n  一、工作回顾\n"; got != want {
		t.Errorf("outline\n%s\nwant\n%s", got, want)
	}
}

func TestDigitLedItems(t *testing.T) {
	var b strings.Builder
	b.WriteString("工作安排\n")
	for _, s := range []string{"1.推进产业升级。", "2.扩大有效投资。", "3．10种有色金属产业链提质。", "4.推进改革。", "5.8.6%的增长来之不易。", "6.完善机制。", "7.深化开放。", "8.6个重大科技专项全面启动。", "9.办好实事。", "10.守牢底线。", "11.加强监管。", "12.优化服务。", "13.改进作风。", "14.2025年10件民生实事全部完成。"} {
		b.WriteString(s + "要求各地各部门认真抓好落实，确保取得实效。\n")
	}
	got := outlineOf(b.String())
	for _, want := range []string{"  3．10种有色金属产业链提质\n", "  8.6个重大科技专项全面启动\n", "  14.2025年10件民生实事全部完成\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("outline lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "  5.8.6%") || strings.Contains(got, "  5.") {
		t.Errorf("5.8.6%% is a percentage, not an item 5 run on:\n%s", got)
	}
	// Alone, a digit after the number is a decimal, not an item.
	if _, ok := digitLedMarker("1.5万吨粮食"); !ok {
		t.Errorf("digitLedMarker(1.5万吨) refused: it is parseMarker that refuses it, without a run")
	}
	if got := outlineOf("工作安排\n1.5万吨粮食入库。要求各地各部门认真抓好落实，确保取得实效。\n"); got != "工作安排\n" {
		t.Errorf("a lone 1.5万吨 line is an item:\n%s", got)
	}
}

func TestShapeLeads(t *testing.T) {
	prose := "以此为抓手，持续优化政策供给，强化要素保障，推动各项任务落地落实，确保取得实实在在的成效。"
	text := "某省政府工作报告\n一、重点工作\n" +
		"全面夯实基础研究和应用基础研究根基。" + prose + "\n" +
		"加快壮大以省实验室为核心的战略科技力量。" + prose + "\n" +
		"持续完善科技成果转化和产业化机制。" + prose + "\n"
	want := "某省政府工作报告\n  一、重点工作\n    全面夯实基础研究和应用基础研究根基\n    加快壮大以省实验室为核心的战略科技力量\n    持续完善科技成果转化和产业化机制\n"
	if got := outlineOf(text); got != want {
		t.Errorf("three paragraphs of the shape:\n%s\nwant\n%s", got, want)
	}
	// Two are not a run; nor is a paragraph whose first sentence is long.
	two := "某省政府工作报告\n一、重点工作\n" +
		"全面夯实基础研究和应用基础研究根基。" + prose + "\n" +
		"加快壮大以省实验室为核心的战略科技力量。" + prose + "\n" +
		prose + prose + "\n"
	if got := outlineOf(two); got != "某省政府工作报告\n  一、重点工作\n" {
		t.Errorf("two paragraphs of the shape made leads:\n%s", got)
	}
}

func TestProseIsNotANode(t *testing.T) {
	text := "某省政府工作报告\n一、重点工作\n" +
		"主要预期目标是：地区生产总值增长5.5%左右。城镇调查失业率5.5%左右。居民消费价格涨幅2%左右。粮食产量稳定在1300亿斤以上。\n" +
		"加强生态保护，严格落实河湖长制，某某河段入选国家级美丽河湖。新建绿色矿山34座。完成造林绿化面积一百万亩，全面推进美丽乡村建设。\n"
	if got := outlineOf(text); got != "某省政府工作报告\n  一、重点工作\n" {
		t.Errorf("prose became nodes:\n%s", got)
	}
	// Targets that grow longer one after the other, each sentence followed
	// by a longer one, are still a list of targets, not leads.
	targets := "某市政府工作报告\n一、主要目标\n" +
		"　　今年的主要预期目标是：全市生产总值增长5%左右。财政收入增长4%。城镇调查失业率5%以内。居民消费价格涨幅2%左右。居民收入增长与经济增长同步。单位生产总值能耗完成省下达目标。\n"
	if got := outlineOf(targets); got != "某市政府工作报告\n  一、主要目标\n" {
		t.Errorf("targets became nodes:\n%s", got)
	}
}

func TestStandaloneShiOpensLevel(t *testing.T) {
	prose := "以此为抓手，持续优化政策供给，强化要素保障，推动各项任务落地落实。"
	text := "某省政府工作报告\n一、工作回顾\n一是聚焦扩大内需，着力提消费促投资\n" +
		"消费市场加快回暖。" + prose + "\n投资结构持续优化。" + prose + "\n外贸外资稳中提质。" + prose + "\n" +
		"二是聚焦改革开放，着力激发市场活力\n" + body
	want := "某省政府工作报告\n  一、工作回顾\n    一是聚焦扩大内需，着力提消费促投资\n      消费市场加快回暖\n      投资结构持续优化\n      外贸外资稳中提质\n    二是聚焦改革开放，着力激发市场活力\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline\n%s\nwant\n%s", got, want)
	}
}

func TestBrokenHeading(t *testing.T) {
	text := "某省政府工作报告\n三、持续提升政府\n治理效能和服务水平\n（一）加强法治政府建设。" + body + "（二）改进作风。" + body
	// One heading, printed over the two lines the document sets it on.
	checkBroken(t, "broken", Parse(text).Root, "三、", "持续提升政府治理效能和服务水平", "持续提升政府")
	want := "某省政府工作报告\n  三、持续提升政府\n  治理效能和服务水平\n    （一）加强法治政府建设\n    （二）改进作风\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline\n%s\nwant\n%s", got, want)
	}
	// A short line followed by body text is the part's own, not its title's end.
	kept := "某省政府工作报告\n一、总体要求\n坚持稳中求进\n" + body + "二、重点工作\n" + body
	if got := outlineOf(kept); strings.Contains(got, "总体要求坚持") {
		t.Errorf("joined a sub-heading followed by body text:\n%s", got)
	}
}

func TestHeadingEndsAtSentence(t *testing.T) {
	got := outlineOf("某省政府工作报告\n二、重点工作\n（二）坚持科技创新引领。以科技创新引领产业创新，加快建设区域科技创新中心。\n")
	if want := "    （二）坚持科技创新引领\n"; !strings.Contains(got, want) {
		t.Errorf("outline lacks %q:\n%s", want, got)
	}
}

func TestAppendixAloneSpaced(t *testing.T) {
	got := outlineOf("某省政府工作报告\n一、工作\n" + body + "附件\n2025年10件惠民实事\n1.新增就业。" + body)
	if want := "  附件 2025年10件惠民实事\n"; !strings.Contains(got, want) {
		t.Errorf("outline lacks %q:\n%s", want, got)
	}
}

func TestGlossaryTitle(t *testing.T) {
	cases := map[string]string{
		"分线管理：货物“一线”放开、“二线”管住，人员进出高度便利":      "分线管理：货物“一线”放开、“二线”管住",
		"虚拟电厂：一种通过先进技术聚合资源的系统":               "虚拟电厂：一种通过先进技术聚合资源的系统",
		"我们认为，这项工作：要抓紧":                      "",
		"坚持科技创新引领：以科技创新引领产业创新，全社会研发经费投入强度提高": "坚持科技创新引领",
		"加强组织领导：各处室要明确责任分工":                  "加强组织领导",
	}
	for in, want := range cases {
		if got := in[:glossaryCut(in)]; got != want {
			t.Errorf("glossaryCut(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGluedByline(t *testing.T) {
	for s, want := range map[string]bool{
		"广东省省长王伟中":      true,
		"某市人民检察院检察长张某某": true,
		"自治区主席王某":       true,
		"市长王某某等":        false, // four after the title: no name
		"做好市长热线工作":      false,
		"王伟中":           false,
		"广东省省长 王伟中":     false, // isOfficeAndName's
		"省长王伟中同志指出要":    false,
		"2025年省长王某":     false,
	} {
		if got := isGluedByline(s); got != want {
			t.Errorf("isGluedByline(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLabelAloneTakesTitle: a part's or a chapter's label on a line of its
// own (第一部分, 第三章) with its title on the line below is one heading, as
// 附件 over its title is; the parts' 一、 hang under it, not under a title
// made its child.
func TestLabelAloneTakesTitle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"某集团公司工作报告\n\n第一部分\n2025年工作回顾\n\n" + body + "一、经营业绩稳中有进\n" + body + "第二部分\n2026年工作安排\n\n" + body + "一、抓好安全生产\n" + body,
			"某集团公司工作报告\n  第一部分 2025年工作回顾\n    一、经营业绩稳中有进\n  第二部分 2026年工作安排\n    一、抓好安全生产\n"},
		{"某市物业管理规定\n\n第一章\n总则\n\n第一条　为了规范物业管理活动，制定本规定。\n\n第二章\n管理职责\n\n第二条　市住房城乡建设部门负责统筹。\n",
			"某市物业管理规定\n  第一章 总则\n    第一条 为了规范物业管理活动，制定本规定\n  第二章 管理职责\n    第二条 市住房城乡建设部门负责统筹\n"},
		// A label whose title is on its own line already stays as it is.
		{"某市物业管理规定\n\n第一章　总则\n\n第一条　为了规范物业管理活动，制定本规定。\n",
			"某市物业管理规定\n  第一章 总则\n    第一条 为了规范物业管理活动，制定本规定\n"},
	} {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("outline\n%s\nwant\n%s", got, c.want)
		}
	}
}

// TestContentsOpeningIsNoTitle: a text with no title line that opens on its
// 目录 is untitled, and the entries under the 目录 are its table of
// contents, not a second copy of its parts.
func TestContentsOpeningIsNoTitle(t *testing.T) {
	for _, head := range []string{"目录", "目　录", "Contents"} {
		text := head + "\n一、总体要求\n二、重点任务\n\n一、总体要求\n\n" + body + "\n二、重点任务\n\n" + body
		doc := Parse(text)
		if doc.Root.Title != "" {
			t.Errorf("%s: title %q", head, doc.Root.Title)
		}
		if got, want := export.Outline(doc.Root), "\n  一、总体要求\n  二、重点任务\n"; got != want {
			t.Errorf("%s: outline\n%q\nwant\n%q", head, got, want)
		}
	}
}
