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
