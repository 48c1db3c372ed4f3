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

// TestRunInAfterMarginItem: under a sub-part line of a report Word's list
// numbered, copied out as text, the list's items at the margin whose first
// item no run-in heading could be (开展“万企大走访”活动。…, its quotation
// marks) are all the sub-part's, the items after it too (搭建融资对接平台。…,
// titled alike to the line above), never that line's siblings
// (marginLead).
func TestRunInAfterMarginItem(t *testing.T) {
	const prose = "全年新增规上工业企业六十八家，规上工业增加值增长百分之八点二，工业投资增长百分之十一点五。\n"
	lead := func(s string) string { return "　　" + s + "。" + prose }
	src := "2026年某市工商联工作报告\n" +
		"2025年工作回顾\n" +
		"　　过去一年，面对外部压力加大、内部困难增多的复杂局面，全市上下攻坚克难，经济社会发展稳中有进。\n" +
		"思想政治引领持续加强\n" +
		lead("深化理想信念教育") + lead("加强年轻一代培养") + lead("推进商会党建工作") +
		"服务企业发展精准有力\n" +
		"　　我们坚持把服务作为工商联的立会之本，围绕企业所需所盼，推出一批务实管用的服务举措。\n" +
		"开展“万企大走访”活动。" + prose + "搭建融资对接平台。" + prose + "助力企业开拓市场。" + prose +
		"营商环境建设积极推进\n" +
		lead("完善政企沟通机制") + lead("推动涉企政策落地") + lead("强化法律维权服务") + lead("优化商会服务平台")
	want := "2026年某市工商联工作报告\n" +
		"  2025年工作回顾\n" +
		"  思想政治引领持续加强\n" +
		"    深化理想信念教育\n    加强年轻一代培养\n    推进商会党建工作\n" +
		"  服务企业发展精准有力\n" +
		"    开展“万企大走访”活动\n    搭建融资对接平台\n    助力企业开拓市场\n" +
		"  营商环境建设积极推进\n" +
		"    完善政企沟通机制\n    推动涉企政策落地\n    强化法律维权服务\n    优化商会服务平台\n"
	if got := outlineOf(src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
