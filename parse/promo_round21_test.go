package parse

import "testing"

// The rules filter round 21 added for what the held-out sets still miss
// (TestPromoLOSO), in a general form. Every case is weighed with no
// learned weight (runRoundCases). Each case fails without its rule.

// TestCraftMotto: a writing site's motto, two short parallel clauses about
// the craft it sells, is the site speaking of itself standing alone; the
// genre's two-clause slogans about what it governs, its headings and its
// sentences about materials stay.
func TestCraftMotto(t *testing.T) {
	for _, c := range []struct {
		p     string
		motto bool
	}{
		{"妙笔生花，句句精当", true},
		{"一起改稿，一起成长！", true},
		{"下笔千言 · 字字用心", true},
		{"写讲稿，我们最在行。", true},
		{"文明城市，你我共建", false},              // no craft named
		{"材料报送", false},                   // one part: a heading
		{"材料报送要及时、准确、完整。", false},         // a sentence, no motto's parts
		{"2026年材料，按时报送", false},           // a figure
		{"关于进一步规范公文处理工作的通知，请认真贯彻", false}, // parts too long
		{"文章要写得短些，已成为大家的共识。", false},      // a sentence: a clause too long
		{"材料要真实，数据要准确。", false},           // a requirement
	} {
		if got := craftMotto(c.p); got != c.motto {
			t.Errorf("craftMotto(%q) = %v, want %v", c.p, got, c.motto)
		}
	}
	runRoundCases(t, []roundCase{
		{aloneAbove, "一起改稿，一起成长！", aloneBelow, "h"},
		{aloneAbove, "写讲稿，我们最在行。", aloneBelow, "h"},
		{footAbove, "落笔有据，成文有章。", "\n", "h"},
		{aloneAbove, "文明城市，你我共建", aloneBelow, "k"},
		{aloneAbove, "绿水青山，金山银山", aloneBelow, "k"},
		{gluedAbove, "写材料，要坚持实事求是。", gluedBelow, "k"},
		{aloneAbove, "材料报送", aloneBelow, "k"},
		{aloneAbove, "材料要真实，数据要准确。", aloneBelow, "k"},
	})
}

// TestPaidInvitation: the line that opens a paid invitation (有偿 work or
// a survey offered, 诚邀 the reader to take part) goes with the notice
// under it; the genre's sentences that punish paid writing, and an
// invitation in a speech's prose, stay.
func TestPaidInvitation(t *testing.T) {
	runRoundCases(t, []roundCase{
		{footGlued, "【有偿问卷】诚邀基层统计人员参加一次电话访谈（约半小时）\n访谈结束后赠送50元话费，名额有限，请扫码报名", "\n", "hh"},
		{footGlued, "【有偿访谈】基层统计人员电话访谈一次（约半小时）\n访谈结束后赠送50元话费，名额有限，请扫码报名", "\n", "hh"},
		{footGlued, "诚邀基层统计人员参加一次电话访谈（约半小时）\n访谈结束后赠送50元话费，名额有限，请扫码报名", "\n", "hh"},
		{gluedAbove, "依法查处有偿代写、有偿删帖等违规行为，通报典型案例6起。", gluedBelow, "k"},
		{footAbove, "诚邀各方客商来我县投资兴业，我们将持续优化营商环境，与大家携手共赢。", "\n", "k"},
	})
}

// TestPublisherOrder: a publisher's or a shop's order block (a book's
// printed price, 定价, and its terms and line for orders, 订购) is
// promotion standing alone and at the foot (glued inside the prose the
// rules alone keep it: the learned model hides it there); the genre's
// government-set prices and its rules for subscriptions stay.
func TestPublisherOrder(t *testing.T) {
	const order = "《公文写作实务（2026年版）》\n平装一册，定价45元\n单位订购20册以上享九折，可开具发票\n订购热线：010-6655 4321（张老师）"
	runRoundCases(t, []roundCase{
		{footAbove, order, "\n", "hhhh"},
		{aloneAbove, order, aloneBelow, "hhhh"},
		{aloneAbove, "精装一册，定价58元", aloneBelow, "h"},
		{gluedAbove, "城市公交票价实行政府定价，普通线路每人次2元，由市发展改革委统一公布。", gluedBelow, "k"},
		{gluedAbove, "各单位订购党报党刊坚持自愿原则，严禁摊派。", gluedBelow, "k"},
	})
}
