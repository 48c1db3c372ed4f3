package basket

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

func parseFile(t *testing.T, name string) *model.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return parse.Parse(string(b))
}

// docxParas returns the paragraphs of a written .docx as style|text, a
// bold run in **.
func docxParas(t *testing.T, b []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	x, _ := io.ReadAll(f)
	var out []string
	para := regexp.MustCompile(`<w:p>(.*?)</w:p>`)
	style := regexp.MustCompile(`<w:pStyle w:val="([^"]+)"/>`)
	runs := regexp.MustCompile(`<w:r><w:rPr>(.*?)</w:rPr>(.*?)</w:r>`)
	texts := regexp.MustCompile(`<w:t[^>]*>([^<]*)</w:t>`)
	for _, p := range para.FindAllStringSubmatch(string(x), -1) {
		line := ""
		if m := style.FindStringSubmatch(p[1]); m != nil {
			line = m[1]
		}
		line += "|"
		for _, r := range runs.FindAllStringSubmatch(p[1], -1) {
			var s string
			for _, t := range texts.FindAllStringSubmatch(r[2], -1) {
				s += t[1]
			}
			if strings.Contains(r[1], "<w:b/>") && s != "" {
				s = "**" + s + "**"
			}
			line += s
		}
		out = append(out, line)
	}
	return out
}

func writeDocx(t *testing.T, list []Excerpt) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteDocx(&buf, list); err != nil {
		t.Fatal(err)
	}
	return docxParas(t, buf.Bytes())
}

// TestExportsKeepSubHeadings: an excerpt of a section with sub-sections
// keeps their headings as headings one level down each, in the Markdown
// (## then ###, ####) and in the .docx (Heading1, Heading2, Heading3); a
// lead sentence inside it opens its paragraph in bold (QA: they were
// flattened to paragraphs).
func TestExportsKeepSubHeadings(t *testing.T) {
	d := parseFile(t, "leads.txt")
	e := FromNode(KindOutline, "leads.txt", "k", d, d.Find([]int{1}))
	e.Source = Source{}
	md := Markdown([]Excerpt{e})
	for _, want := range []string{
		"## 以“三学”机制推动理论学习走深走实\n\nXX市直机关工委坚持",
		"\n\n### 构建立体化学习格局\n\n坚持全员覆盖",
		"\n\n**集中研学强根基**。各级党组织",
		"\n\n### 完善常态化督学机制\n\n",
		"\n\n**建立学习台账制度，做到一人一档、动态更新**。各支部",
		"\n\n### 学习成效\n\n通过一年多",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	paras := writeDocx(t, []Excerpt{e})
	for _, want := range []string{
		"Heading1|以“三学”机制推动理论学习走深走实",
		"Heading2|构建立体化学习格局",
		"|**集中研学强根基。**各级党组织理论学习中心组每月至少开展一次集中学习，围绕年度学习计划确定专题，由班子成员轮流领学，做到学有专题、研有重点。",
		"Heading2|完善常态化督学机制",
		"Heading2|学习成效",
	} {
		if !slices.Contains(paras, want) {
			t.Errorf(".docx lacks %q:\n%s", want, strings.Join(paras, "\n"))
		}
	}
	// The whole document: its title, an article, a section, a measure
	// on its own line, four levels under the excerpt's heading.
	d = parseFile(t, "report.txt")
	e = FromNode(KindOutline, "report.txt", "k", d, d.Root)
	md = Markdown([]Excerpt{e})
	for _, want := range []string{"## 2025年某某省政府工作报告\n", "\n### 一、2024年工作回顾\n", "\n#### 一是聚焦全方位扩大内需，着力提消费促投资\n",
		"\n**大力推进产业转型升级**。全年新开工"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown of the whole report lacks %q", want)
		}
	}
	if paras := writeDocx(t, []Excerpt{e}); !slices.Contains(paras, "Heading3|一是聚焦全方位扩大内需，着力提消费促投资") {
		t.Errorf(".docx of the whole report:\n%s", strings.Join(paras, "\n"))
	}
}

// TestLeadExcerptHeaded: an excerpt of an inferred lead's node (大力推进产业
// 转型升级。全年…) is headed in the .docx and the Markdown as any node is,
// its paragraph the sentence after the lead (QA: the .docx had no heading).
func TestLeadExcerptHeaded(t *testing.T) {
	d := parseFile(t, "report.txt")
	n := d.Find([]int{1, 1, 1})
	if !n.Inferred || n.Title != "大力推进产业转型升级" {
		t.Fatalf("1.1.1 is %+v", n)
	}
	e := FromNode(KindOutline, "report.txt", "k", d, n)
	e.Source = Source{}
	want := []string{"Title|素材篮", "Heading1|大力推进产业转型升级", "|全年新开工重点项目八百余个，完成投资比上年增长百分之九，传统产业改造面持续扩大。"}
	if got := writeDocx(t, []Excerpt{e}); !slices.Equal(got, want) {
		t.Errorf(".docx\n got %q\nwant %q", got, want)
	}
	if got, want := Markdown([]Excerpt{e}), "## 大力推进产业转型升级\n\n全年新开工重点项目八百余个，完成投资比上年增长百分之九，传统产业改造面持续扩大。\n\n"; got != want {
		t.Errorf("Markdown\n got %q\nwant %q", got, want)
	}
}

// TestParasExcerptHeadedByNode: a paragraph selection is headed by the
// node it starts in (its breadcrumb's last heading), its first words
// being the page's preview line; a heading inside it is a heading below
// the excerpt's, its levels counted from that node.
func TestParasExcerptHeadedByNode(t *testing.T) {
	d := parseFile(t, "leads.txt")
	sec := d.Find([]int{1, 1})
	first := d.ParaAt(sec.Span.Start) + 1 // the paragraph under 构建立体化学习格局
	last := d.ParaAt(d.Find([]int{1, 2}).Span.Start)
	e, ok := FromParas("leads.txt", "k", d, model.ParaSelection{First: first, Last: last})
	if !ok || e.Heading != "构建立体化学习格局" || !strings.HasPrefix(e.Preview(), "坚持全员覆盖、分类施策") {
		t.Fatalf("heading %q, preview %q", e.Heading, e.Preview())
	}
	e.Source = Source{}
	md := Markdown([]Excerpt{e})
	if !strings.HasPrefix(md, "## 构建立体化学习格局\n\n坚持全员覆盖") || !strings.Contains(md, "\n\n**专题辅导解难题**。邀请") ||
		!strings.HasSuffix(md, "\n\n### 完善常态化督学机制\n\n") {
		t.Errorf("Markdown:\n%s", md)
	}
	// A selection that starts on its node's heading line writes it once.
	e, _ = FromParas("leads.txt", "k", d, model.ParaSelection{First: first - 1, Last: first})
	if got := writeDocx(t, []Excerpt{e}); len(got) != 4 || got[1] != "Heading1|构建立体化学习格局" || !strings.HasPrefix(got[2], "|坚持全员覆盖") {
		t.Errorf(".docx %q", got)
	}
}

// TestHeadsSurviveTheFile: the heads are saved with the excerpt and read
// back; heads that do not match their line (a file edited by hand, a
// later text) leave the line body text, never a wrong heading.
func TestHeadsSurviveTheFile(t *testing.T) {
	d := parseFile(t, "leads.txt")
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	b.Add(FromNode(KindOutline, "leads.txt", "k", d, d.Find([]int{1})))
	save(t, b)
	again := open(t, path).List()
	if len(again) != 1 || len(again[0].Heads) != 9 || Markdown(again) != Markdown(b.List()) {
		t.Fatalf("read back %+v", again)
	}
	e := again[0]
	e.Heads[0].Text, e.Heads[1].Line, e.Heads[4].Depth = "别的标题", 999, 40
	md := Markdown([]Excerpt{e})
	if strings.Contains(md, "别的标题") || strings.Contains(md, "### 构建立体化学习格局") || !strings.Contains(md, "\n\n集中研学强根基。各级") ||
		!strings.Contains(md, "\n\n###### 完善常态化督学机制\n") {
		t.Errorf("Markdown with damaged heads:\n%s", md)
	}
}

// TestPreview: the page's line under an excerpt is its first paragraph
// that the heading does not repeat, by the exports' one rule (Blocks).
func TestPreview(t *testing.T) {
	for _, c := range []struct {
		e    Excerpt
		want string
	}{
		{Excerpt{Heading: "一、总体要求", Text: "　　一、总体要求\n　　正文。\n"}, "正文。"},
		{Excerpt{Heading: "（一）强化组织领导", Text: "　　（一）强化组织领导。各级党委要负责。\n第二段。\n"}, "各级党委要负责。"},
		{Excerpt{Heading: "建设“无废城市”", Text: "建设“无废城市”，统筹推进。\n"}, "建设“无废城市”，统筹推进。"},
		{Excerpt{Heading: "构建立体化学习格局", Text: "\n　　坚持全员覆盖。\n"}, "坚持全员覆盖。"},
		{Excerpt{Text: "\x1b[31m无标题的正文\n"}, "[31m无标题的正文"},
		{Excerpt{Heading: "只有标题", Text: "只有标题\n"}, ""},
		{Excerpt{Heading: "附件1 2025年省十件民生实事", Text: "附件1\n2025年省十件民生实事\n　　一、为老年人提供服务。\n"}, "一、为老年人提供服务。"},
		{Excerpt{Heading: "关于加强基层治理的通知", Text: "关于加强\n基层治理的通知\n正文。\n"}, "正文。"},
		{Excerpt{Heading: "附件1 2025年省十件民生实事", Text: "附件1\n附件2\n"}, "附件1"},
	} {
		if got := c.e.Preview(); got != c.want {
			t.Errorf("Preview of %q = %q, want %q", c.e.Text, got, c.want)
		}
	}
}

// TestSourceLineFit: a source line too wide for the page loses the
// document's title first, then the breadcrumb's start, entry by entry; the
// file, the nearest heading, the path and the date stay.
func TestSourceLineFit(t *testing.T) {
	e := Excerpt{Source: Source{Name: "a.txt", Title: "汇编标题", Breadcrumb: []string{"第一篇", "第二节", "第三目"}, NodePath: "1.2.3"},
		Taken: time.Date(2026, 12, 5, 12, 0, 0, 0, time.Local)}
	for _, c := range []struct {
		width int
		want  string
	}{
		{72, "来源：a.txt · 汇编标题 · 第一篇 › 第二节 › 第三目 · 1.2.3 · 2026-12-05"},
		{71, "来源：a.txt · 第一篇 › 第二节 › 第三目 · 1.2.3 · 2026-12-05"},
		{60, "来源：a.txt · … › 第二节 › 第三目 · 1.2.3 · 2026-12-05"},
		{56, "来源：a.txt · … › 第三目 · 1.2.3 · 2026-12-05"},
		{10, "来源：a.txt · … › 第三目 · 1.2.3 · 2026-12-05"},
	} {
		// Wide characters two columns, the rest one: any width will do.
		fits := func(s string) bool {
			w := 0
			for _, r := range s {
				w += 1 + min(1, int(r)/0x1100)
			}
			return w <= c.width
		}
		if got := e.SourceLineFit(ExportWords, fits); got != c.want {
			t.Errorf("at %d: %q, want %q", c.width, got, c.want)
		}
	}
}

// TestSelectionHeadsBelowExcerpt: a selection that runs on past its node
// (一是…) into a sibling (二是…) and on into the next part (二、…) keeps
// every heading inside it below the excerpt's own, their order of levels
// kept: ## for the excerpt, #### for the sibling, ### for the part above
// both (Heading1, Heading3, Heading2 in the .docx). The sibling was a ##
// like the excerpt, and the part too, so the Markdown and the .docx read
// as three excerpts, the first two without a source line and the source
// under the third naming the first.
func TestSelectionHeadsBelowExcerpt(t *testing.T) {
	d := parseFile(t, "report.txt")
	first := d.ParaAt(d.Find([]int{1, 1}).Span.Start)
	last := d.ParaAt(d.Find([]int{2}).Span.Start)
	e, ok := FromParas("report.txt", "k", d, model.ParaSelection{First: first, Last: last})
	if !ok || !strings.HasPrefix(e.Heading, "一是") {
		t.Fatalf("selection headed %q", e.Heading)
	}
	var levels []int
	for _, b := range e.Blocks() {
		if b.Level > 0 {
			levels = append(levels, b.Level)
		}
	}
	if want := []int{1, 3, 2}; !slices.Equal(levels, want) {
		t.Errorf("heading levels %v, want %v", levels, want)
	}
	md := Markdown([]Excerpt{e})
	if n := strings.Count("\n"+md, "\n## "); n != 1 {
		t.Errorf("%d ## headings in one excerpt's Markdown:\n%s", n, md)
	}
	paras := writeDocx(t, []Excerpt{e})
	for _, want := range []string{"Heading3|二是聚焦改革开放，着力激发市场活力", "Heading2|二、2025年重点工作"} {
		if !slices.Contains(paras, want) {
			t.Errorf(".docx lacks %q:\n%s", want, strings.Join(paras, "\n"))
		}
	}
}

// TestHeadingOnLines: a heading the document sets on two lines (a
// .docx's 附件1 paragraph, then its title's), which the outline takes as
// one, is the excerpt's heading once in the Markdown (its lines were
// written again under it as paragraphs) and in the plain text, which
// writes the text's lines as they are (the heading was written above
// them). Its sub-headings stay where they
// are.
func TestHeadingOnLines(t *testing.T) {
	e := Excerpt{Kind: KindSection, Heading: "附件1 2025年省十件民生实事",
		Text:  "附件1\n2025年省十件民生实事\n　　一、为老年人提供服务。为超2.5万名老年人。\n",
		Heads: []export.Head{{Line: 2, Depth: 1, Text: "一、为老年人提供服务。"}}}
	md := Markdown([]Excerpt{e})
	if !strings.HasPrefix(md, "## 附件1 2025年省十件民生实事\n") || strings.Contains(md, "\n附件1\n") || strings.Contains(md, "\n2025年省十件民生实事\n") {
		t.Errorf("the heading's lines are written again:\n%s", md)
	}
	if !strings.Contains(md, "**一、为老年人提供服务**。为超2.5万名老年人。") {
		t.Errorf("the sub-heading lost its lead:\n%s", md)
	}
	if txt := PlainText([]Excerpt{e}); !strings.HasPrefix(txt, "附件1\n2025年省十件民生实事\n一、") {
		t.Errorf("the plain text gives the heading again:\n%s", txt)
	}
}
