package parse

import "testing"

// The rules filter round 25 added for what the held-out sets still miss
// (TestPromoLOSO) at the gates before the weighing, in a general form.
// Every case is weighed with no learned weight (runRoundCases). Each case
// fails without its rule.

// TestDotChain: a chain of short phrases parted by middle dots is a
// slogan's or a service list's form, weighed glued inside an article too
// with no word of a signal; a foreign name's dots and a sentence of the
// genre stay.
func TestDotChain(t *testing.T) {
	for _, c := range []struct {
		p     string
		chain bool
	}{
		{"诚信·专业·高效·共赢——金笔文化传媒", true},
		{"搭建交流平台 · 汇聚行业力量 · 成就会展精彩", true},
		{"红旗标识 · 党建文化墙 · 荣誉墙 · 展板设计制作", true},
		{"约翰·费茨杰拉德·肯尼迪", false},
		{"山海协作 · 共富路上", false},
		{"坚持·创新，推动高质量发展·共享", false},
	} {
		if got := dotChain(c.p); got != c.chain {
			t.Errorf("dotChain(%q) = %v, want %v", c.p, got, c.chain)
		}
	}
	runRoundCases(t, []roundCase{
		{gluedAbove, "诚信·专业·高效·共赢——金笔文化传媒", gluedBelow, "h"},
		{gluedAbove, "绿色·低碳·智能·便捷——远航物流", gluedBelow, "h"},
		{gluedAbove, "约翰·费茨杰拉德·肯尼迪", gluedBelow, "k"},
	})
}
