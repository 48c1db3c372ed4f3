package parse

import (
	"strings"
	"testing"
)

// TestOrdinalTitlesAlike: a run of 第一，/第二，… paragraphs whose first
// sentences fall on either side of the title's limit is titled alike, each
// by its first clause, where one was cut there; a run none of which ran
// long keeps its sentences whole.
func TestOrdinalTitlesAlike(t *testing.T) {
	long := "　　第一，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，加快构建新发展格局，着力推动高质量发展，确保全年目标任务圆满完成。\n"
	short := "　　第二，坚持项目带动，抓好重大项目谋划储备和建设，全年完成固定资产投资增长百分之八。\n" +
		"　　我们将围绕主导产业精准招商，推动一批牵引性项目早落地、早投产、早见效，为全县经济发展积蓄后劲。\n" +
		"　　第三，坚持民生优先，扎实办好县委县政府确定的民生实事，不断增强群众获得感幸福感。\n" +
		"　　第四，坚持改革创新，持续深化重点领域和关键环节改革，激发各类经营主体活力。\n"
	head := "某县2026年政府工作报告\n一、2026年工作安排\n"
	got := outlineOf(head + long + short)
	for _, want := range []string{"    第二，坚持项目带动\n", "    第三，坚持民生优先\n", "    第四，坚持改革创新\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("outline lacks %q:\n%s", want, got)
		}
	}
	got = outlineOf(head + strings.Replace(long, long, "　　第一，坚持稳中求进工作总基调，推动经济高质量发展取得新成效。\n", 1) + short)
	if want := "    第三，坚持民生优先，扎实办好县委县政府确定的民生实事，不断增强群众获得感幸福感\n"; !strings.Contains(got, want) {
		t.Errorf("a run that never ran long: outline lacks %q:\n%s", want, got)
	}
}

// TestFlankedClauseLead: in plain text, a ，-clause whose opening verb the
// list of measure verbs lacks is a lead between two measures of a run that
// already has three (系统修复矿山生态，); after two measures only it is prose,
// and so are they.
func TestFlankedClauseLead(t *testing.T) {
	para := func(clause string) string {
		return "　　" + clause + "，全年完成治理面积一千二百公顷，相关工作经验在全省推广交流，群众满意度明显提升。\n"
	}
	head := "某市生态环境局2025年工作总结\n一、主要工作\n（一）生态环境质量持续改善\n"
	run := []string{"加快治理大气污染", "推进水环境综合整治", "强化土壤污染防控", "系统修复矿山生态", "深化固体废物治理"}
	var b strings.Builder
	b.WriteString(head)
	for _, c := range run {
		b.WriteString(para(c))
	}
	got := outlineOf(b.String())
	for _, c := range run {
		if !strings.Contains(got, "      "+c+"\n") {
			t.Errorf("outline lacks the lead %q:\n%s", c, got)
		}
	}
	b.Reset()
	b.WriteString(head)
	for _, c := range []string{"加快治理大气污染", "推进水环境综合整治", "系统修复矿山生态", "深化固体废物治理"} {
		b.WriteString(para(c))
	}
	if got := outlineOf(b.String()); strings.Contains(got, "系统修复矿山生态") {
		t.Errorf("after two measures the clause is prose:\n%s", got)
	}
}

// TestOccasionInTwoLines: the occasion line under a report's title broken
// in two (——…人民代表大会 / 第五次会议上, the same in brackets or after a
// date) is front matter, both lines, and the first part sits under the
// title; a short line after a whole occasion line is not taken with it.
func TestOccasionInTwoLines(t *testing.T) {
	body := "各位代表：\n一、2025年工作回顾\n　　工业经济稳中提质。全年新增规上工业企业26家，规上工业增加值增长8.2%。\n二、2026年工作安排\n　　扩大有效投资。全年实施重点项目120个，完成投资180亿元以上。\n"
	for _, occ := range []string{
		"——2026年1月10日在清河县第十八届人民代表大会\n第五次会议上\n",
		"（2026年1月10日在清河县第十八届人民代表大会\n第五次会议上）\n",
		"2026年1月10日在清河县第十八届人民代表大会\n第五次会议上\n",
		"——在清河县第十八届人民代表大会第五次会议上的\n工作报告\n",
	} {
		got := outlineOf("2026年清河县政府工作报告\n" + occ + "清河县人民政府县长　王建国\n" + body)
		if !strings.HasPrefix(got, "2026年清河县政府工作报告\n  一、2025年工作回顾\n") {
			t.Errorf("%q: the first part is not right under the title:\n%s", occ, got)
		}
	}
	if closesOccasion("第五次会议上的讲话稿全文如下：") || !closesOccasion("第五次会议上）") || occasionGoesOn("——2026年1月10日在清河县第十八届人民代表大会第五次会议上") {
		t.Error("closesOccasion/occasionGoesOn")
	}
}

// TestSpeakerClausesProse: paragraphs opening with ，-clauses whose subject
// is the speaker (我们将…，), in step though they are, are a heading's
// text in plain text, not its leads; the same clauses with a measure verb
// are leads.
func TestSpeakerClausesProse(t *testing.T) {
	tail := "，推动相关工作取得新突破，力争全年各项指标走在全市前列，为全区高质量发展提供有力支撑。\n"
	head := "某区2026年政府工作报告\n一、2026年重点工作\n（一）深化改革开放，增强发展活力\n"
	speaker := head + "　　我们将深化国资国企改革" + tail + "　　我们将扩大对外开放合作" + tail + "　　我们将优化提升营商环境" + tail
	if got := outlineOf(speaker); strings.Contains(got, "我们将") {
		t.Errorf("the speaker's clauses became leads:\n%s", got)
	}
	measures := strings.ReplaceAll(speaker, "我们将", "着力")
	if got := outlineOf(measures); !strings.Contains(got, "      着力深化国资国企改革\n") {
		t.Errorf("the measures are not leads:\n%s", got)
	}
}

// TestSpanOfTimeIntroduces: a paragraph whose first clause is a span of
// time (“十四五”时期，…, 党的十八大以来，…) introduces; it is no lead of the
// run after it, as one opening with 过去五年， is not.
func TestSpanOfTimeIntroduces(t *testing.T) {
	for s, want := range map[string]bool{
		"“十四五”时期，是全县发展史上极不平凡的五年": true,
		"党的十八大以来，我县发展取得历史性成就":    true,
		"疫情防控期间，全县干部群众众志成城":      true,
		"这五年，产业结构实现新跃升":          false,
		"关键时期要有关键担当":             false,
	} {
		if got := introduces(s); got != want {
			t.Errorf("introduces(%q) = %v, want %v", s, got, want)
		}
	}
}
