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

// TestStrayMember: a block between blank lines with two notices of its
// own or more takes its one sentence that no member's test takes when the
// sentence carries nothing of the genre's text (no word of its prose, no
// official word); a sentence in the genre's words, a title over the
// notices, or a sentence beside a single notice stay.
func TestStrayMember(t *testing.T) {
	const rights, misprint = "版权所有\u3000翻印必究\n", "\n本书如有缺页、倒页，请寄回本社出版部调换。"
	runRoundCases(t, []roundCase{
		{aloneAbove, rights + "未经出版者书面许可，不得以任何形式转印或摘编本书内容。" + misprint, aloneBelow, "hhh"},
		{aloneAbove, rights + "各单位要坚持依法治理，推进版权保护工作。" + misprint, aloneBelow, "hkh"},
		{aloneAbove, "未经出版者书面许可，不得以任何形式转印或摘编本书内容。" + misprint, aloneBelow, "kh"},
	})
	for _, c := range []struct {
		p     string
		stray bool
	}{
		{"适度娱乐益脑，沉迷娱乐伤身。合理安排时间，享受健康生活。", true},
		{"2023主题教育经验做法汇编（4篇）", false},
		{"各单位要坚持依法治理，推进版权保护工作。", false},
		{"2026年12月7日", false},
	} {
		l := line{start: 0, end: len(c.p)}
		if got := strayMember(c.p, &l); got != c.stray {
			t.Errorf("strayMember(%q) = %v, want %v", c.p, got, c.stray)
		}
	}
}

// TestChapterRange: a line opening on a range of chapters (第二章至第九章…)
// is no heading under its marker: in a notice's block it is weighed as a
// member, as any line of the notice is; a chapter's heading stays one.
func TestChapterRange(t *testing.T) {
	runRoundCases(t, []roundCase{
		{aloneAbove, "免费试读到此结束，完整版请购买正版图书。\n第二章至第九章（共计12万字）请移步纸质版阅读。", aloneBelow, "hh"},
		{aloneAbove, "第二章　总则\n免费试读到此结束，完整版请购买正版图书。", aloneBelow, "kh"},
	})
	for _, c := range []struct {
		p    string
		text bool
	}{
		{"第二章至第九章请移步纸质版阅读。", true},
		{"第二章　总则", false},
	} {
		l := line{start: 0, end: len(c.p)}
		if p, ok := memberText(c.p, &l); ok != c.text || ok && p != c.p {
			t.Errorf("memberText(%q) = %q, %v; want the line whole: %v", c.p, p, ok, c.text)
		}
	}
}

// TestCleanFragment: a line beside a notice joins it at one strong
// signal's weight (needFragment less one) when the signal is beyond goods
// and the line holds no word of the genre's prose and no official word; a
// real note naming the article (本文, goods only) and a line in the
// genre's words stay.
func TestCleanFragment(t *testing.T) {
	const notice = "长按下方二维码添加客服，获取完整版模板"
	runRoundCases(t, []roundCase{
		{gluedAbove, notice + "\n快捷回复：收到！", gluedBelow, "hh"},
		{gluedAbove, "由于篇幅所限，以上先写到第二部分。\n" + notice, gluedBelow, "hh"},
		{gluedAbove, "十年，只做一件事：教会你写好材料\n" + notice, gluedBelow, "hh"},
		{gluedAbove, notice + "\n有疑问可以在评论区提出，看到都会回。", gluedBelow, "hh"},
		{gluedAbove, notice + "\n（本文刊发于《XX日报》2026年3月5日第2版）", gluedBelow, "hk"},
		{gluedAbove, notice + "\n欢迎广大群众积极参与！", gluedBelow, "hk"},
	})
}
