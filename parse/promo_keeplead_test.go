package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// A real paragraph that opens with a lead sentence (严格规范政府采购行为。…),
// inserted among the lead-sentence paragraphs of a compilation, is read as
// one of them: issue 13's fourth rule makes its lead a measure, and a run
// it completes (three such paragraphs under one heading) makes its
// neighbours' leads measures too. That is the outline reading real text,
// not the filter losing it; blindKeepLeads tells the two apart.

// leadsAdded reports whether after is before with measure nodes added and
// nothing else changed (every node of before in after, in order, at its
// depth, of its kind), one of them titled with lead.
func leadsAdded(before, after []string, lead string) bool {
	if len(after) <= len(before) {
		return false
	}
	k, own := 0, false
	for _, a := range after {
		if k < len(before) && a == before[k] {
			k++
			continue
		}
		f := strings.SplitN(a, " ", 4)
		if len(f) < 4 || f[1] != "measure" {
			return false
		}
		own = own || f[3] == lead
	}
	return k == len(before) && own
}

// paraLead is the lead sentence a paragraph opens with, without its
// 。: 4 to 25 runes, the paragraph going on after it. "" when there is
// none.
func paraLead(p string) string {
	lead, rest, ok := strings.Cut(p, "。")
	if !ok || strings.TrimSpace(rest) == "" || strings.Contains(lead, "\n") {
		return ""
	}
	if n := runeLen(lead); n < 4 || n > 25 {
		return ""
	}
	return lead
}

// blindKeepLeads inserts each real block alone into each compilation, as
// blindOneAtATime does, and asserts the same of it, but for one thing: a
// prose block that opens with a lead sentence may change the outline by
// measure nodes added, its own lead one of them (leadsAdded). No byte of
// any block filtered, no line of the compilation changing whether it is
// filtered, and any other outline change is an error. The strict count
// (blindMeasure, TestPromoLOSO) still counts such a block as lost.
func blindKeepLeads(t *testing.T, keep []blindBlock) {
	t.Helper()
	for _, c := range blindCompilations {
		t.Run(c.name, func(t *testing.T) {
			base := blindLoad(t, c)
			kept, leads := 0, 0
			for i, h := range blindPlace(c, keep) {
				r := blindRun(base, []heldOut{h})
				keepErrors(t, r, keep[i])
				if r.outline || keep[i].kind != "prose" {
					kept++
					continue
				}
				text, _, _ := blindInsert(base.src, []heldOut{h})
				lead := paraLead(keep[i].text)
				if lead != "" && leadsAdded(strings.Split(base.shape, "\n"), outlineShape(Parse(text)), lead) {
					leads++
					continue
				}
				t.Errorf("real paragraph changed the outline: %s", blindLabel(keep[i]))
			}
			t.Logf("%s: real text kept %d of %d, %d more read as lead-sentence paragraphs", c.name, kept, len(keep), leads)
		})
	}
}

// TestLeadsAdded: an outline with measures added, one of them the
// paragraph's lead, passes; a node dropped, moved or changed in kind, or
// measures added without the paragraph's own, does not.
func TestLeadsAdded(t *testing.T) {
	base := []string{"0 document  T", "1 section 一、 A", "2 measure  a1", "2 measure  a2"}
	for _, c := range []struct {
		after []string
		want  bool
	}{
		{[]string{"0 document  T", "1 section 一、 A", "2 measure  a1", "2 measure  L", "2 measure  a2"}, true},
		{[]string{"0 document  T", "1 section 一、 A", "2 measure  x", "2 measure  a1", "2 measure  L", "2 measure  a2"}, true},
		{[]string{"0 document  T", "1 section 一、 A", "2 measure  a1", "2 measure  x", "2 measure  a2"}, false},
		{[]string{"0 document  T", "1 section 一、 A", "2 section  L", "2 measure  a1", "2 measure  a2"}, false},
		{[]string{"0 document  ", "1 section 一、 A", "2 measure  L", "2 measure  a1", "2 measure  a2"}, false},
		{base, false},
	} {
		if got := leadsAdded(base, c.after, "L"); got != c.want {
			t.Errorf("leadsAdded(%q) = %v, want %v", c.after, got, c.want)
		}
	}
	if l := paraLead("严格规范政府采购行为。各单位采购办公家具等通用物资。"); l != "严格规范政府采购行为" {
		t.Errorf("paraLead = %q", l)
	}
	if l := paraLead("附件：某某县政府网站适老化改造验收清单"); l != "" {
		t.Errorf("paraLead of a line = %q", l)
	}
}

// TestProseAboveTitle: prose pasted above a document's title (a speech's
// opening, a notice's address and first sentence), set off by a blank line
// or a paragraph of several sentences glued to it, is the root's text and
// the title stays the title; glued above an article's title after the
// article break, it leaves the article an article.
func TestProseAboveTitle(t *testing.T) {
	body := "\n\n一、总体要求\n\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n\n二、重点任务\n\n加快建设现代化产业体系，推动经济实现质的有效提升。\n"
	for _, above := range []string{
		"同志们：今天我们召开全市政务新媒体工作推进会，主要任务是部署下一阶段重点工作。\n\n",
		"各镇（街道）党（工）委，县直各单位：\n为深入贯彻落实省委部署要求，经研究，决定开展主题宣传活动。\n\n",
		"同志们：这次会议是经县委研究决定召开的一次重要会议。下面，我讲三点意见。\n",
	} {
		doc := Parse(above + "关于做好2025年重点工作的意见" + body)
		if doc.Root.Title != "关于做好2025年重点工作的意见" {
			t.Errorf("under %q: title %q", above, doc.Root.Title)
		}
		if k := doc.Root.Children; len(k) != 2 || k[0].Title != "总体要求" {
			t.Errorf("under %q: %d parts under the title", above, len(k))
		}
	}
	// One sentence glued above a title-like line may be a cover's: no title.
	if doc := Parse("本标准由全国核能标准化技术委员会提出并归口。\n核电厂定期安全评价\n正文第一段文字，说明本文件的适用范围。\n"); doc.Root.Title != "" {
		t.Errorf("under one glued sentence: title %q", doc.Root.Title)
	}
	art := func(title, text string) string {
		return title + "\n" + text + "\n"
	}
	comp := "经验做法汇编\n\n\n" + art("大兴调查研究推动工作落实", "调查研究是我们党的传家宝，全市上下坚持以调研开局。") + "\n\n" +
		"同志们：这次会议是经县委研究决定召开的一次重要会议。下面，我讲三点意见。\n" +
		art("真查真改推动检视整改见效", "抓好检视整改，前提是要精准查摆问题，明确改什么。") + "\n\n" +
		art("以党的创新理论凝心铸魂", "坚持深学细悟，推动学习往深里走、往心里走、往实里走。")
	doc := Parse(comp)
	if k := doc.Root.Children; len(k) != 3 || k[1].Kind != model.KindArticle || k[1].Title != "真查真改推动检视整改见效" {
		t.Errorf("glued prose above an article's title: %d articles", len(k))
	}
}
