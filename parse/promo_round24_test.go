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
