package parse

import "testing"

// The rules filter round 24 added for what the held-out sets still miss
// (TestPromoLOSO), in a general form. Every case is weighed with no
// learned weight (runRoundCases). Each case fails without its rule.

// TestLinkRowMenu: a row of three or more links between bars, each
// pointed at by an arrow, is a page's menu wherever it stands, glued
// inside an article too, with or without a word of a signal; a list of
// the genre's items in 、 stays.
func TestLinkRowMenu(t *testing.T) {
	if !isMenu("👉 科目二考场路线图 ｜ 👉 科目三灯光模拟 ｜ 👉 预约考试流程") {
		t.Error("a row of pointed links is no menu")
	}
	runRoundCases(t, []roundCase{
		{gluedAbove, "👉 科目二考场路线图 ｜ 👉 科目三灯光模拟 ｜ 👉 预约考试流程 ｜ 👉 学费明细", gluedBelow, "h"},
		{gluedAbove, "重点抓好产业发展、基础设施、公共服务三方面工作", gluedBelow, "k"},
	})
}

// TestBarTableKept: a table whose cells are parted by bars, glued inside
// an article (a header and two rows), is the text's, though each row
// alone looks like a menu of three items (barMenu): its rows stay with
// their table as rows parted by spaces do (tableRuns).
func TestBarTableKept(t *testing.T) {
	runRoundCases(t, []roundCase{
		{gluedAbove, "时间丨地点丨主办单位\n3月5日丨市民中心丨市文旅局\n3月8日丨市体育馆丨市体育局", gluedBelow, "kkk"},
		{gluedAbove, "项目 | 单位 | 完成值\n地区生产总值 | 亿元 | 1426\n财政收入 | 亿元 | 108", gluedBelow, "kkk"},
	})
}

// TestTabRowHead: over the only notice of a block of two, a row of three
// or more short fields parted by spaces (an app's tab bar) is the
// notice's head and goes with it; a heading of the text parted in two
// (第一章　总则) stays over a notice as before, and so does a table's last
// row of figures (合计　　1426　　…) glued over one.
func TestTabRowHead(t *testing.T) {
	for _, c := range []struct {
		p   string
		row bool
	}{
		{"点菜　　评价 4.8（2356）　　商家", true},
		{"首页  分类  购物车  我的", true},
		{"第一章　总则", false},
		{"一、总体要求", false},
		{"坚持问题导向　　注重实效　　久久为功，持续推进", false},
		{"合计　　1426　　1108　　77.7%", false}, // a table's row of figures
	} {
		if got := tabRow(c.p); got != c.row {
			t.Errorf("tabRow(%q) = %v, want %v", c.p, got, c.row)
		}
	}
	runRoundCases(t, []roundCase{
		{aloneAbove, "点菜　　评价 4.8（2356）　　商家\n月售3000+ · 人均¥26 · 配送约35分钟 · 起送¥20", aloneBelow, "hh"},
		{aloneAbove, "合计　　1426　　1108　　77.7%\n更多精彩内容，请关注某某公众号", aloneBelow, "kh"},
	})
}

// TestNotAdvice: a line that says what the text it names is not (本广告不
// 构成…建议, 本文不能代替面诊) disowns it as 仅供参考 does; the genre's
// sentences that say what an act does not constitute, or that one thing
// cannot replace another, stay.
func TestNotAdvice(t *testing.T) {
	runRoundCases(t, []roundCase{
		{gluedAbove, "*套餐价格及检查项目以各门店实际为准，活动最终解释权归某某健康集团所有，本广告不构成任何诊疗建议。", gluedBelow, "h"},
		{aloneAbove, "温馨提示：文中提到的药物均为处方药，请在医生指导下使用，本文不能代替到院面诊。", aloneBelow, "h"},
		{gluedAbove, "情节显著轻微危害不大的，不构成犯罪，依法给予行政处罚。", gluedBelow, "k"},
		{gluedAbove, "线上培训不能代替实践锻炼，各单位要组织干部深入基层一线。", gluedBelow, "k"},
	})
}

// TestLabelMember: a label of a few characters (举报/反馈) goes with a block
// most of whose lines are notices on their own; under a single notice, or
// a heading of the text, it stays as it was.
func TestLabelMember(t *testing.T) {
	const notices = "本文由百家号作者【某某说公文】原创，受百家号原创保护，未经授权禁止转载。\n文中观点仅代表作者本人，不代表百家号立场。\n"
	runRoundCases(t, []roundCase{
		{aloneAbove, notices + "举报/反馈", aloneBelow, "hhh"},
		{aloneAbove, "全文完\n" + notices + "举报/反馈", aloneBelow, "hhhh"},
		{aloneAbove, "工作要求\n文中观点仅代表作者本人，不代表百家号立场。", aloneBelow, "kh"},
	})
	for _, c := range []struct {
		p     string
		label bool
	}{
		{"举报/反馈", true},
		{"查看更多", true},
		{"一、总体要求", false},
		{"2026年12月7日", false},
		{"市人民政府办公室", false},
	} {
		l := line{start: 0, end: len(c.p)}
		if got := labelMember(c.p, &l); got != c.label {
			t.Errorf("labelMember(%q) = %v, want %v", c.p, got, c.label)
		}
	}
}

// TestBracketedPage: a page's number in black lenticular or square
// brackets (【第2页】) is a page line as 第2页 is, glued inside an article
// too; a citation's number and a line naming a page of a document stay.
func TestBracketedPage(t *testing.T) {
	runRoundCases(t, []roundCase{
		{gluedAbove, "【第2页】", gluedBelow, "h"},
		{gluedAbove, "[第3页]", gluedBelow, "h"},
		{gluedAbove, "[2]", gluedBelow, "k"},
		{gluedAbove, "【第2页】填写单位基本情况，第3页填写主要指标。", gluedBelow, "k"},
	})
}
