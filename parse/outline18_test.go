package parse

import "testing"

// TestLastLeadBeforeAddress: in plain text, a review's last part whose one
// short measure or outcome (党建引领作用有效发挥。…) comes after its prose and
// before the speaker turns to the audience (各位代表，一年来的成绩来之不易。…)
// and to what is still wanting (在肯定成绩的同时，…) has it as its last lead:
// the address and what follows it sum up the whole review. The address
// is no lead, nor is a statement in the lead's place.
func TestLastLeadBeforeAddress(t *testing.T) {
	head := "某街道办事处2025年工作报告\n\n一、2025年工作回顾\n（六）自身建设不断加强\n" +
		"　　认真落实全面从严治党主体责任，深入开展作风建设，严格执行中央八项规定及其实施细则精神。自觉接受居民议事代表的监督，办理代表意见建议八十六件。\n"
	const closing = "　　各位代表，一年来的成绩来之不易。这是区委、区政府和街道党工委正确领导的结果，是全体居民群众共同努力的结果。\n" +
		"　　在肯定成绩的同时，我们也清醒认识到，工作中还存在一些短板和不足：经济发展后劲有待增强，城市管理精细化水平仍有差距。\n" +
		"二、2026年工作安排\n　　2026年，街道工作的总体思路是：以“宜居宜业幸福街道”建设为统领，着力抓经济促发展、抓治理保平安。\n"
	want := func(leads ...string) string {
		s := "某街道办事处2025年工作报告\n  一、2025年工作回顾\n    （六）自身建设不断加强\n"
		for _, l := range leads {
			s += "      " + l + "\n"
		}
		return s + "  二、2026年工作安排\n"
	}
	const text = "深化党建品牌建设，推动辖区四十六家机关企事业单位党组织与社区结对共建，认领服务项目二百一十个。"
	for _, c := range []struct{ name, body, want string }{
		{"an outcome", "　　党建引领作用有效发挥。" + text + "\n" + closing, want("党建引领作用有效发挥")},
		{"a measure", "　　深化党建引领基层治理。" + text + "\n" + closing, want("深化党建引领基层治理")},
		{"with no address", "　　党建引领作用有效发挥。" + text + "\n" + closing[len("　　各位代表，"):], want()},
		{"a statement", "　　党建是最大的优势。" + text + "\n" + closing, want()},
	} {
		if got := outlineOf(head + c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
