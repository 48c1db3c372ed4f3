package parse

import "testing"

// TestColonClosesShapeRun: in plain text a part whose leads its author
// closed with 。 but the last with ： (用地保障有力。… / 资金争取成效明显。… /
// 用工服务更加便捷：…) has all three as leads, after an opening paragraph
// too; a clause closed by ： that is not the part's last paragraph stays
// the text of the lead before it, as a list's lead-in does.
func TestColonClosesShapeRun(t *testing.T) {
	for _, c := range []struct {
		name  string
		opens []string
		want  string
	}{
		{"two and the last by ：",
			[]string{"用地保障有力。", "资金争取成效明显。", "用工服务更加便捷："},
			mixOutline("用地保障有力", "资金争取成效明显", "用工服务更加便捷")},
		{"after an opening paragraph",
			[]string{"全县上下坚持农业农村优先发展，统筹推进乡村发展、乡村建设和乡村治理，", "部分产业项目效益不佳。", "联农带农机制不够健全。", "部分资金使用不合规："},
			mixOutline("部分产业项目效益不佳", "联农带农机制不够健全", "部分资金使用不合规")},
		{"three and the last by ：",
			[]string{"大力提振消费。", "扩大有效益的投资。", "激发民间投资活力。", "用工服务更加便捷："},
			mixOutline("大力提振消费", "扩大有效益的投资", "激发民间投资活力", "用工服务更加便捷")},
		{"the ： clause not the last",
			[]string{"用地保障有力。", "资金争取成效明显。", "用工服务更加便捷：", "各乡镇要结合本地实际细化落实措施，明确责任分工和完成时限，"},
			mixOutline()},
	} {
		if got := outlineOf(mixPart(c.opens...)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestLoneLeadAfterTitlingParagraph: a part titled by its paragraph's
// first sentence （二）坚持科技创新引领。以… whose next paragraph opens with a
// lone lead (加强人才引育。实施…) has it as a lead where its siblings, titled
// so too, hold leads inferred from the shape; without them the paragraph
// is the part's text.
func TestLoneLeadAfterTitlingParagraph(t *testing.T) {
	const prose = "实施人才计划，引进急需紧缺人才二百名，建设人才公寓三百套，新增技能人才一千二百名。"
	part := func(n, title, body string, leads ...string) string {
		s := "　　" + n + title + "。" + body + "\n"
		for _, l := range leads {
			s += "　　" + l + "。" + prose + "\n"
		}
		return s
	}
	const body = "以工业园区为主战场，全年规模以上工业增加值增长百分之八点二，新增规上企业二十家。"
	head := "2025年某县政府工作报告\n一、2025年工作回顾\n"
	withSiblings := head +
		part("（一）", "坚持产业立县", body, "强化链主企业培育", "推进园区提档升级") +
		part("（二）", "坚持科技创新引领", body, "加强人才引育") +
		part("（三）", "坚持项目为王", body, "优化项目服务", "拓宽融资渠道") +
		"二、2026年工作安排\n　　" + body + "\n"
	want := "2025年某县政府工作报告\n  一、2025年工作回顾\n" +
		"    （一）坚持产业立县\n      强化链主企业培育\n      推进园区提档升级\n" +
		"    （二）坚持科技创新引领\n      加强人才引育\n" +
		"    （三）坚持项目为王\n      优化项目服务\n      拓宽融资渠道\n  二、2026年工作安排\n"
	if got := outlineOf(withSiblings); got != want {
		t.Errorf("with siblings:\n%s\nwant:\n%s", got, want)
	}
	alone := head + part("（一）", "坚持产业立县", body) + part("（二）", "坚持科技创新引领", body, "加强人才引育") +
		part("（三）", "坚持项目为王", body) + "二、2026年工作安排\n　　" + body + "\n"
	want = "2025年某县政府工作报告\n  一、2025年工作回顾\n    （一）坚持产业立县\n    （二）坚持科技创新引领\n    （三）坚持项目为王\n  二、2026年工作安排\n"
	if got := outlineOf(alone); got != want {
		t.Errorf("alone:\n%s\nwant:\n%s", got, want)
	}
}
