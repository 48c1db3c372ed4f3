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

// TestOutcomePair: in plain text, two paragraphs in a row of a part that
// each open with a short sentence naming an outcome (债务管理持续加强。… /
// 专项债券使用绩效提升。…) are its leads, between its prose and a note after
// them (以上数据为快报数，…); a pair of which one opens with a measure verb,
// or one states (…是…), stays text, and so does a pair followed by a
// paragraph opening with a clause a lead might end (财政改革有序实施，…),
// which the clause rules judge with them; a clause that sets the scene
// for prose (在推进财政改革中，…) is no such clause.
func TestOutcomePair(t *testing.T) {
	head := "关于某市2025年预算执行情况的报告\n\n一、2025年预算执行情况\n（五）政府债务情况\n" +
		"　　经省政府批准，2025年全市新增地方政府债务限额二百一十八亿元，其中一般债务限额四十二亿元、专项债务限额一百七十六亿元。\n"
	const text = "严格落实政府债务限额管理和预算管理制度，全面完成年度化债任务，守住了不发生系统性风险的底线。\n"
	const note = "　　以上数据为快报数，在完成决算后可能还会有所变化，届时再向市人大常委会报告。\n"
	const clause = "　　财政改革有序实施，" + text
	const scene = "　　在推进财政改革中，一是深化预算管理制度改革，二是推进财政事权和支出责任划分改革。\n"
	const tail = "（六）落实市人大预算决议情况\n" +
		"　　按照市人大有关决议要求，我们切实加强财政管理，扎实推进各项工作，财政运行总体平稳。\n"
	want := func(leads ...string) string {
		s := "关于某市2025年预算执行情况的报告\n  一、2025年预算执行情况\n    （五）政府债务情况\n"
		for _, l := range leads {
			s += "      " + l + "\n"
		}
		return s + "    （六）落实市人大预算决议情况\n"
	}
	for _, c := range []struct{ name, a, b, after, want string }{
		{"two outcomes", "债务管理持续加强。", "专项债券使用绩效提升。", note, want("债务管理持续加强", "专项债券使用绩效提升")},
		{"a measure and an outcome", "全力保障重点项目。", "专项债券使用绩效提升。", note, want()},
		{"a statement", "债务管理是财政工作的重点。", "专项债券使用绩效提升。", note, want()},
		{"a clause after them", "债务管理持续加强。", "专项债券使用绩效提升。", clause, want()},
		{"a scene set after them", "债务改革迈出新步伐。", "专项债券使用绩效提升。", scene, want("债务改革迈出新步伐", "专项债券使用绩效提升")},
	} {
		if got := outlineOf(head + "　　" + c.a + text + "　　" + c.b + text + c.after + tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestLetterSpacedTitle: a report's title set out letter by letter as it
// is printed (政 府 工 作 报 告, 政　府　工　作　报　告) is its title, not a
// site's menu (首页  政务公开  办事服务  互动交流, words of two characters or
// more, still is one), and a byline under a title whose name is set to
// the width of three characters (县长　刘　涛, 禾丰县人民政府县长　刘　涛) is
// front matter, not the title's second line.
func TestLetterSpacedTitle(t *testing.T) {
	const rest = "（2025年2月12日）\n各位代表：\n　　现在，我代表县人民政府向大会报告工作，请予审议。\n" +
		"一、2024年工作回顾\n　　过去的一年，我们攻坚克难，全县经济社会发展取得新成效。\n二、2025年工作安排\n　　今年，我们将继续努力。\n"
	for _, c := range []struct{ title, byline, want string }{
		{"政 府 工 作 报 告", "禾丰县人民政府县长　刘　涛", "政 府 工 作 报 告"},
		{"政　府　工　作　报　告", "县长　刘　涛", "政　府　工　作　报　告"},
		{"政府工作报告", "县长　刘　涛", "政府工作报告"},
		{"政府工作报告", "禾丰县人民政府县长　刘　涛", "政府工作报告"},
	} {
		want := c.want + "\n  一、2024年工作回顾\n  二、2025年工作安排\n"
		if got := outlineOf(c.title + "\n" + c.byline + "\n" + rest); got != want {
			t.Errorf("%s / %s:\n%s\nwant:\n%s", c.title, c.byline, got, want)
		}
	}
	if !isNavLine("首页  政务公开  办事服务  互动交流") || isNavLine("政 府 工 作 报 告") {
		t.Error("isNavLine: a menu of words, or a title set out letter by letter")
	}
	for _, s := range []string{"县长　刘　涛", "禾丰县人民政府县长　刘　涛", "市长 王 某"} {
		if !isByline(s) {
			t.Errorf("isByline(%q) = false", s)
		}
	}
}
