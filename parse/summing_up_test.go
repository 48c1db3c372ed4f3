package parse

import (
	"strings"
	"testing"
)

// TestSummingUpEndsLastSubPart: after a part's sub-parts (（一）…（三）),
// a paragraph summing up the achievements of them all (五年来的成绩，是…)
// speaks for the part: it, the lessons after it and their leads are the
// part's, not its last sub-part's.
func TestSummingUpEndsLastSubPart(t *testing.T) {
	const doc = "澄河市总工会第十五次代表大会工作报告\n" +
		"一、过去五年的工作回顾\n" +
		"　　五年来，市总工会团结动员全市职工建功立业，各项工作取得新进展。\n" +
		"（一）坚持思想引领，职工队伍更加团结\n" +
		"　　深入开展“中国梦·劳动美”主题教育，覆盖职工四十万人次。\n" +
		"（二）坚持建功立业，劳动竞赛深入开展\n" +
		"　　组织重点工程劳动竞赛一百二十项，参赛职工八万人次。\n" +
		"（三）坚持维权服务，职工权益有效维护\n" +
		"　　推进集体协商提质增效，已建工会企业集体合同签订率保持在百分之九十以上。\n" +
		"　　%s，是市委坚强领导和全市职工共同奋斗的结果。\n" +
		"　　五年来的实践，使我们深刻体会到：\n" +
		"　　必须坚持党的领导。党的领导是工会工作的根本保证，任何时候都不能动摇。\n" +
		"　　必须坚持以职工为中心。工会工作只有贴近职工，才能赢得职工的信赖和支持。\n" +
		"　　必须坚持改革创新。只有不断改进工作方式，工会工作才能充满生机活力。\n" +
		"二、今后五年的主要任务\n" +
		"　　今后五年，市总工会将团结引领全市职工在高质量发展中建新功。\n"
	got := outlineOf(strings.Replace(doc, "%s", "五年来的成绩", 1))
	want := "    （三）坚持维权服务，职工权益有效维护\n    必须坚持党的领导\n    必须坚持以职工为中心\n    必须坚持改革创新\n  二、"
	if !strings.Contains(got, want) {
		t.Errorf("the lessons after the summing-up stayed in the last sub-part:\n%s\nwant within:\n%s", got, want)
	}
	// A paragraph of the sub-part's own that does not sum up keeps the
	// paragraphs after it in the sub-part.
	got = outlineOf(strings.Replace(doc, "%s", "五年来，职工维权服务阵地不断完善", 1))
	if want := "      必须坚持党的领导\n"; !strings.Contains(got, want) {
		t.Errorf("the sub-part's own paragraphs left it:\n%s", got)
	}
}
