package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestNoticeTail: a notice of several lines glued between two paragraphs
// (no blank line around it) takes the short line that ends it when two
// lines or more of it are promotion in a row (isNoticeTail, spreadPromo):
// a card's button, a pop-up's choices, a shop's opening hours. Below a
// single line of promotion, or worded as the genre (a title, an office, a
// date, a heading, a sentence of its prose), the line stays; and a line
// above the notice stays unless it heads it (isNoticeHead: a signal word of
// its own, or a label's colon).
func TestNoticeTail(t *testing.T) {
	const (
		para1 = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。"
		para2 = "二要持续深化改革创新，着力破解制约发展的体制机制障碍，推动各项政策措施落地见效。"
		card  = "【限时拼团】述职报告写作训练营（共12讲）拼团价 ¥49  原价 ¥129\n扫码添加助教微信，进群领取全套Word范文，名额仅剩8个"
	)
	for _, c := range []struct {
		block string
		want  string // per line: h hidden, k kept, - either
	}{
		{card + "\n马上抢位 >", "hhh"},
		{card + "\n早九点到晚十点，就在行政中心南门", "hhh"},
		{card + "\n暂不需要\u3000\u3000\u3000去看看\n下次再说", "hhhh"},
		// the genre's lines under the notice stay
		{card + "\nXX县人民政府办公室", "hhk"},
		{card + "\n2024年3月1日", "hhk"},
		{card + "\n关于推进基层治理现代化的实施意见", "hhk"},
		{card + "\n三、强化组织保障", "hhk"},
		{card + "\n全市干部要认真学习", "hhk"},
		// one line of promotion is not enough
		{"扫码添加助教微信，进群领取全套Word范文，名额仅剩8个\n马上抢位 >", "hk"},
		// above the notice, only a line with a signal of its own or a
		// label's colon heads it; a title, an office and a line of no
		// signal stay
		{"猜你还想报：\n" + card, "hhh"},
		{"本周限时特价好课\n" + card, "hhh"},
		{"马上抢位 >\n" + card, "k--"},
		{"关于推进基层治理现代化的实施意见\n" + card, "k--"},
		{"XX县人民政府办公室\n" + card, "k--"},
	} {
		text := "关于推进基层治理的报告\n" + para1 + "\n" + c.block + "\n" + para2 + "\n"
		doc := Parse(text)
		wantLinesHidden(t, doc, c.block, c.want)
		for _, p := range []string{para1, para2} {
			i := strings.Index(doc.Text, p)
			if len(doc.JunkIn(model.Span{Start: i, End: i + len(p)})) > 0 {
				t.Errorf("with %q: real paragraph filtered", c.block)
			}
		}
	}
}

// TestIsNoticeTail: the lines that can end a notice and those of the
// genre that never do.
func TestIsNoticeTail(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"马上抢位 >", true},
		{"暂不需要\u3000\u3000\u3000去看看", true},
		{"早九点到晚十点，就在行政中心南门", true},
		{"XX县人民政府办公室", false},
		{"市公共资源交易中心", false},
		{"2024年3月1日", false},
		{"三、强化组织保障", false},
		{"特此通知。", false},
		{"全市干部要认真学习", false},
		{"联系电话：0571-87061234", false},
		{"（本文由市统计局供稿）", false},
		{"2023主题教育经验做法汇编（4篇）", false},
		{"这一行有四十个字以上，早九点到晚十点，就在行政中心南门，马上抢位，暂不需要，去看看吧", false},
	} {
		l := line{start: 0, end: len(c.p)}
		if got := isNoticeTail(c.p, &l); got != c.want {
			t.Errorf("isNoticeTail(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}
