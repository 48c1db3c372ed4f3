package parse

import (
	"strings"
	"testing"
)

// TestInlineRunCutAlike: the measures of one 一是…二是… run are titled
// alike. Where one clause runs past 60 runes and is cut at its first
// comma, each is; where none does, each keeps its whole clause.
func TestInlineRunCutAlike(t *testing.T) {
	head := "2025年某省政府工作报告\n一、工作回顾\n"
	tail := "二、重点工作\n　　过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。\n"
	cases := []struct {
		name, para string
		want       []string
	}{
		{
			name: "one long clause",
			para: "（一）全力以赴稳增长，经济运行回升向好。出台一揽子政策措施。一是项目投资有力有效，实施省重点项目1860个、完成投资1.42万亿元，争取超长期特别国债、地方政府专项债券资金1380亿元，航道扩能、高铁等一批重大工程开工建设。二是消费潜力有效释放，落实消费品以旧换新政策，带动销售额860亿元。三是外贸外资稳中提质，进出口总额增长6.1%。",
			want: []string{"一是项目投资有力有效", "二是消费潜力有效释放", "三是外贸外资稳中提质"},
		},
		{
			name: "all short",
			para: "（一）正视困难挑战。发展还面临不少困难。一是需求不足的问题依然突出，居民消费意愿偏弱；二是部分企业生产经营困难，利润空间收窄；三是新旧动能转换还不够快。",
			want: []string{"一是需求不足的问题依然突出，居民消费意愿偏弱", "二是部分企业生产经营困难，利润空间收窄", "三是新旧动能转换还不够快"},
		},
	}
	for _, c := range cases {
		got := outlineOf(head + c.para + "\n" + tail)
		var items []string
		for _, line := range strings.Split(got, "\n") {
			if s := strings.TrimSpace(line); strings.Contains(s, "是") && strings.ContainsAny(s[:3], "一二三") {
				items = append(items, s)
			}
		}
		if strings.Join(items, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: outline\n%s\nwant the items %q", c.name, got, c.want)
		}
	}
}
