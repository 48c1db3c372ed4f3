package parse

import (
	"strings"
	"testing"
)

// TestRunInHeadingOfWordList: in text copied out of a report whose parts
// and sub-parts Word's list numbered, the prose set in by 　　 and the
// list's paragraphs at the margin, a paragraph at the margin opening with
// a title sentence titled alike to the sub-part line above it is that
// sub-part's sibling, its first sentence the title (项目建设成效显著), not a
// lead of the run before it; a list's items one level down (抓企业培育。…,
// titled unlike the heading over them) stay under the heading, and so
// does all of it where the prose is not set in.
func TestRunInHeadingOfWordList(t *testing.T) {
	const prose = "全年新增规上工业企业六十八家，规上工业增加值增长百分之八点二，工业投资增长百分之十一点五。\n"
	lead := func(s string) string { return "　　" + s + "。" + prose }
	src := "2026年某市政府工作报告\n" +
		"2025年工作回顾\n" +
		"　　过去一年，面对外部压力加大、内部困难增多的复杂局面，全市上下攻坚克难，经济社会发展稳中有进。\n" +
		"产业转型步伐加快\n" +
		lead("先进制造业集群壮大") + lead("数字经济加速发展") + lead("现代服务业提质扩容") +
		"项目建设成效显著。" + prose +
		"改革开放纵深推进\n" +
		lead("营商环境持续优化") + lead("开放平台能级提升") + lead("重点改革落地见效") +
		"创新动能持续增强\n" +
		"抓企业培育。" + prose + "抓技术改造。" + prose +
		lead("创新平台建设提速") + lead("人才支撑更加有力") + lead("科技成果加快转化")
	want := "2026年某市政府工作报告\n" +
		"  2025年工作回顾\n" +
		"  产业转型步伐加快\n" +
		"    先进制造业集群壮大\n    数字经济加速发展\n    现代服务业提质扩容\n" +
		"  项目建设成效显著\n" +
		"  改革开放纵深推进\n" +
		"    营商环境持续优化\n    开放平台能级提升\n    重点改革落地见效\n" +
		"  创新动能持续增强\n" +
		"    抓企业培育\n    抓技术改造\n    创新平台建设提速\n    人才支撑更加有力\n    科技成果加快转化\n"
	got := outlineOf(src)
	if got != want {
		t.Errorf("set in:\n%s\nwant:\n%s", got, want)
	}
	// Not set in: the margin says nothing, the paragraph is a lead of the
	// run before it.
	flat := strings.ReplaceAll(src, "　　", "")
	if got := outlineOf(flat); strings.Contains(got, "\n  项目建设成效显著\n") {
		t.Errorf("not set in:\n%s", got)
	}
}
