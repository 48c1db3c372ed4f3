package export_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

var update = flag.Bool("update", false, "rewrite the export goldens")

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model/export -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./model/export -update rewrites it); got:\n%s", name, got)
	}
}

const seedPath = "../../../shared/seeds/000_9aa560646d353a75.txt"

// docs returns the fixture (CJK, full-width indentation, ambiguous
// punctuation, emoji, Markdown metacharacters, an ad, a long line) and the
// seed when it is present.
func docs(t *testing.T) map[string]*model.Document {
	t.Helper()
	out := map[string]*model.Document{}
	b, err := os.ReadFile("testdata/fixture.txt")
	if err != nil {
		t.Fatal(err)
	}
	out["fixture"] = parse.Parse(string(b))
	if b, err := os.ReadFile(seedPath); err == nil {
		out["seed"] = parse.Parse(string(b))
	}
	return out
}

// TestExportGoldens: every export format, for the whole document and for
// one article and one section.
func TestExportGoldens(t *testing.T) {
	nodes := map[string][]string{"fixture": {"0", "1", "1.1.1"}, "seed": {"1.1", "2"}}
	for name, d := range docs(t) {
		for _, p := range nodes[name] {
			n := find(t, d, p)
			base := name + "-" + p
			golden(t, base+".txt", export.PlainText(d, n, false))
			golden(t, base+".md", export.Markdown(d, n, false))
			golden(t, base+".outline.md", export.OutlineMarkdown(n))
			var js strings.Builder
			enc := json.NewEncoder(&js)
			enc.SetEscapeHTML(false) // as the CLI prints it
			enc.SetIndent("", "  ")
			if err := enc.Encode(export.SubtreeJSON(d, n, false)); err != nil {
				t.Fatal(err)
			}
			golden(t, base+".json", js.String())
		}
	}
}

func find(t *testing.T, d *model.Document, path string) *model.Node {
	t.Helper()
	if path == "0" {
		return d.Root
	}
	var idx []int
	for _, f := range strings.Split(path, ".") {
		i := 0
		for _, c := range f {
			i = i*10 + int(c-'0')
		}
		idx = append(idx, i)
	}
	n := d.Find(idx)
	if n == nil {
		t.Fatalf("no node at %s", path)
	}
	return n
}

// TestPlainTextForCopy: what y copies is the section, whole, clean.
func TestPlainTextForCopy(t *testing.T) {
	d, ok := docs(t)["seed"]
	if !ok {
		t.Skip("seed absent")
	}
	n := find(t, d, "1.1")
	got := export.PlainText(d, n, false)
	if !strings.HasPrefix(got, "坚持校准靶向，确保调查研究选题精准\n") {
		t.Errorf("does not start with the heading line:\n%.200s", got)
	}
	for _, want := range []string{"强化审核把关，提高选题质量", "实行“一议双审”制"} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q", want)
		}
	}
	for _, bad := range []string{"坚持加强统筹", "哒哒", "##paid", "\r", "\n\n"} {
		if strings.Contains(got, bad) {
			t.Errorf("holds %q", bad)
		}
	}
	if model.CountChars(got) != d.Chars(n) {
		t.Errorf("copied %d characters, the node counts %d", model.CountChars(got), d.Chars(n))
	}
	// Full-width indentation stays as written.
	f := docs(t)["fixture"]
	if got := export.PlainText(f, find(t, f, "1.1.1"), false); !strings.Contains(got, "\n　　1.科学梳理") {
		t.Errorf("indentation lost:\n%s", got)
	}
	// So does the indentation of a paragraph whose first sentence is the
	// node's title (a lead sentence), which the node's span starts after.
	lead := parse.Parse("汇编\n\n第一篇文章标题\n\n　　经济建设取得重大成就。坚定不移贯彻新发展理念，经济保持中高速增长。\n\n　　全面深化改革取得重大突破。改革全面发力、多点突破、纵深推进。\n\n　　民主法治建设迈出重大步伐。积极发展社会主义民主政治。\n")
	n = find(t, lead, "1.1")
	if got := export.PlainText(lead, n, false); !strings.HasPrefix(got, "　　经济建设取得重大成就。") {
		t.Errorf("the lead paragraph lost its indentation:\n%s", got)
	}
}

// TestMarkdownHeadings: --print 2 --format md has the article, its five
// sections and their measures as headings, in order, one level apart.
func TestMarkdownHeadings(t *testing.T) {
	d, ok := docs(t)["seed"]
	if !ok {
		t.Skip("seed absent")
	}
	art := find(t, d, "2")
	var want []string
	model.Walk(art, func(x *model.Node) bool {
		want = append(want, strings.Repeat("#", x.Depth()-art.Depth()+1)+" "+x.Heading())
		return true
	})
	var got []string
	md := export.Markdown(d, art, false)
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#") {
			got = append(got, l)
			// An ATX heading stands alone: blank lines around it.
			if i > 0 && lines[i-1] != "" || i+1 < len(lines) && lines[i+1] != "" {
				t.Errorf("heading %q not set off by blank lines", l)
			}
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("headings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(want) != 1+5+15 {
		t.Errorf("%d headings, want 21", len(want))
	}
	// Body paragraphs never start with the 。 the title leaves off.
	for _, l := range lines {
		if strings.HasPrefix(l, "。") {
			t.Errorf("paragraph starts with 。: %.60s", l)
		}
	}
}

// TestMarkdownEscapes: document text never turns into Markdown markup.
func TestMarkdownEscapes(t *testing.T) {
	d := docs(t)["fixture"]
	md := export.Markdown(d, d.Root, false)
	for _, want := range []string{`\*星号\*`, `\_下划线\_`, `\[方括号\]`, `\<尖括号\>`, "\n\\- 全区", "1\\)清单", "# \\#1 网格"} {
		if !strings.Contains(md, want) {
			t.Errorf("lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "松风") {
		t.Error("junk in Markdown")
	}
	if !strings.Contains(export.Markdown(d, d.Root, true), "松风") {
		t.Error("keepJunk drops junk")
	}
	ol := export.OutlineMarkdown(d.Root)
	if !strings.HasPrefix(ol, "- 2024年") || !strings.Contains(ol, "\n  - \\#1 网格") || !strings.Contains(ol, "\n        - 1\\.科学梳理") {
		t.Errorf("outline list:\n%s", ol)
	}
}

// TestSubtreeJSON: the subtree round-trips and its texts rebuild the
// section's words.
func TestSubtreeJSON(t *testing.T) {
	for name, d := range docs(t) {
		n := d.Root.Children[0]
		j := export.SubtreeJSON(d, n, false)
		if j.Path != "1" || j.Title != n.Title || len(j.Children) != len(n.Children) {
			t.Errorf("%s: %+v", name, j)
		}
		var all strings.Builder
		var walk func(j *export.JSONNode)
		walk = func(j *export.JSONNode) {
			all.WriteString(j.Marker + j.Title + j.Text)
			for _, c := range j.Children {
				walk(c)
			}
		}
		walk(j)
		// Titles lose a final 。 or ；, so allow those few.
		if got := model.CountChars(all.String()); got > d.Chars(n) || got < d.Chars(n)-3*len(n.Children)-20 {
			t.Errorf("%s: subtree texts hold %d characters, the node %d", name, got, d.Chars(n))
		}
		// --json is unchanged: no path, no text.
		b, _ := json.Marshal(export.ToJSON(d, n))
		if strings.Contains(string(b), `"text"`) || strings.Contains(string(b), `"path"`) {
			t.Errorf("%s: ToJSON gained fields: %.200s", name, b)
		}
	}
}

// FuzzMarkdown: whatever the text, Markdown has exactly one heading line
// per node (document text never starts a line with #), and the outline list
// one item per node.
func FuzzMarkdown(f *testing.F) {
	if b, err := os.ReadFile("testdata/fixture.txt"); err == nil {
		f.Add(string(b))
	}
	f.Add("标题\n\n# 不是标题\n一、做法\n1. 列表？\n- 条目\n> 引用\n")
	f.Add("\ufeff　　#\n\n一是*甲*。正文_乙_。二是`丙`。\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		d := parse.Parse(s)
		nodes := 0
		for range d.Root.All() {
			nodes++
		}
		md := export.Markdown(d, d.Root, true)
		heads := 0
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "#") {
				heads++
			}
		}
		if heads != nodes {
			t.Errorf("%d heading lines for %d nodes:\n%s", heads, nodes, md)
		}
		if items := strings.Count(export.OutlineMarkdown(d.Root), "- "); items < nodes {
			t.Errorf("%d list items for %d nodes", items, nodes)
		}
	})
}

// TestWriteOutlineParts: an outline of many articles, written in parts on
// all cores, is the outline written line by line in order — across part
// and window edges, in both formats.
func TestWriteOutlineParts(t *testing.T) {
	for _, articles := range []int{0, 1, 63, 64, 65, 64*8 + 1, 3000} {
		root := &model.Node{Title: "汇编"}
		for i := range articles {
			a := &model.Node{Title: "第" + strings.Repeat("篇", i%5+1), Parent: root}
			for k := range i % 4 {
				a.Children = append(a.Children, &model.Node{Marker: []string{"一、", "第一章", ""}[k%3], Title: "标题", Parent: a})
			}
			root.Children = append(root.Children, a)
		}
		for _, md := range []bool{false, true} {
			var want strings.Builder
			var walk func(n *model.Node, depth int)
			walk = func(n *model.Node, depth int) {
				want.WriteString(strings.Repeat("  ", depth))
				if md {
					want.WriteString("- " + n.Heading())
				} else {
					want.WriteString(n.Heading())
				}
				want.WriteString("\n")
				for _, c := range n.Children {
					walk(c, depth+1)
				}
			}
			walk(root, 0)
			var got strings.Builder
			if err := export.WriteOutline(&got, root, md); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Fatalf("%d articles, md %v: the outline differs from the line-by-line one", articles, md)
			}
		}
	}
}

// TestCutTitleBody: a 第X条 title cut at its first comma (the outline's
// 为了规范立法活动) leaves the Markdown and JSON body the whole article,
// never the ，健全… after the cut; a title that ends its sentence
// (（一）坚持科技创新引领。以…) still leaves the body what follows the 。.
// The Markdown reads back to the same outline.
func TestCutTitleBody(t *testing.T) {
	const art1 = "为了规范立法活动，健全国家立法制度，提高立法质量，完善中国特色社会主义法律体系，根据宪法，制定本法。"
	const art2 = "法律、行政法规、地方性法规、自治条例和单行条例的制定、修改和废止，适用本法。"
	d := parse.Parse("中华人民共和国测试法\n\n第一章 总则\n\n第一条 " + art1 + "\n\n第二条 " + art2 +
		"\n\n国务院部门规章的制定，依照本法执行。\n\n第二章 实施\n\n（一）坚持科技创新引领。以科技创新推动产业创新。\n")
	for _, c := range []struct{ path, title, text string }{
		{"1.1", "为了规范立法活动", art1},
		{"1.2", "法律、行政法规、地方性法规、自治条例和单行条例的制定、修改和废止", art2 + "\n国务院部门规章的制定，依照本法执行。"},
		{"2.1", "坚持科技创新引领", "以科技创新推动产业创新。"},
	} {
		n := find(t, d, c.path)
		if n.Title != c.title {
			t.Fatalf("%s: title %q, want %q (the parse changed: pick another cut title)", c.path, n.Title, c.title)
		}
		if j := export.SubtreeJSON(d, n, false); j.Text != c.text {
			t.Errorf("%s: JSON text %q, want %q", c.path, j.Text, c.text)
		}
		want := "# " + n.Heading() + "\n\n" + strings.ReplaceAll(c.text, "\n", "\n\n") + "\n"
		if md := export.Markdown(d, n, false); md != want {
			t.Errorf("%s: Markdown\n%s\nwant\n%s", c.path, md, want)
		}
	}
	md := export.Markdown(d, d.Root, false)
	if back := export.Outline(parse.Parse(md).Root); back != export.Outline(d.Root) {
		t.Errorf("the Markdown's outline\n%s\nis not the document's\n%s", back, export.Outline(d.Root))
	}
}

// TestPlainHeads: the lines of a section's text that its sub-sections'
// titles open are marked with their depth below it: a title alone on its
// line is the whole line, a lead sentence its lead through the stop; the
// section's own heading line is not among them.
func TestPlainHeads(t *testing.T) {
	b, err := os.ReadFile("../../testdata/leads.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := parse.Parse(string(b))
	n := d.Find([]int{1})
	lines := strings.Split(export.PlainText(d, n, false), "\n")
	want := []export.Head{
		{Line: 2, Depth: 1, Text: "构建立体化学习格局"},
		{Line: 4, Depth: 2, Text: "集中研学强根基。"},
		{Line: 5, Depth: 2, Text: "专题辅导解难题。"},
		{Line: 6, Depth: 2, Text: "实践练学促转化。"},
		{Line: 7, Depth: 1, Text: "完善常态化督学机制"},
		{Line: 9, Depth: 2, Text: "建立学习台账制度，做到一人一档、动态更新。"},
		{Line: 10, Depth: 2, Text: "建立学习考评制度，做到定期检验、以考促学。"},
		{Line: 11, Depth: 2, Text: "建立学习通报制度，做到奖优罚劣、督促后进。"},
		{Line: 12, Depth: 1, Text: "学习成效"},
	}
	got := export.PlainHeads(d, n, false)
	if len(got) != len(want) {
		t.Fatalf("heads %+v", got)
	}
	for i, h := range got {
		if h != want[i] || !strings.HasPrefix(strings.TrimLeft(lines[h.Line], "　"), h.Text) {
			t.Errorf("head %d = %+v (line %q), want %+v", i, h, lines[h.Line], want[i])
		}
	}
	// A paragraph selection from 1.1.1's lead to 1.2's first paragraph:
	// 1.1.1 heads it, 1.1.2 and 1.1.3 are its siblings (0), 1.2 is
	// a sibling of its parent (-1).
	first := d.ParaAt(d.Find([]int{1, 1, 2}).Span.Start) - 1
	last := d.ParaAt(d.Find([]int{1, 2}).Span.Start) + 1
	sel := model.ParaSelection{First: first, Last: last}
	text, start := d.SelectionText(sel, false)
	sl := strings.Split(text, "\n")
	heads := export.SelectionHeads(d, sel, false)
	if start != d.Find([]int{1, 1, 1}) || len(heads) != 3 || heads[0] != (export.Head{Line: 1, Depth: 0, Text: "专题辅导解难题。"}) ||
		heads[2] != (export.Head{Line: 3, Depth: -1, Text: "完善常态化督学机制"}) || sl[3] != "完善常态化督学机制" {
		t.Errorf("selection heads %+v of %q", heads, text)
	}
}

// TestPlainHeadsAfterJunk: a paid marker opening a heading's line is left
// out of the text, and the heading is still found after it.
func TestPlainHeadsAfterJunk(t *testing.T) {
	d := parse.Parse("标题\n\n一、总体要求\n　　正文。\n##paidbegin##二、主要任务\n　　正文二。\n")
	lines := strings.Split(export.PlainText(d, d.Root, false), "\n")
	heads := export.PlainHeads(d, d.Root, false)
	if len(heads) != 2 || heads[1].Text != "二、主要任务" || lines[heads[1].Line] != "二、主要任务" {
		t.Errorf("heads %+v of %q", heads, lines)
	}
}

// TestPrintTextKeepsArticles: the whole compilation as --print 0 writes
// it, read again, has the articles and the outline it was printed from
// (PlainText drops every blank line, and its text read again ran the
// first article into the front matter); an article or a section prints
// as PlainText does, without the gap.
func TestPrintTextKeepsArticles(t *testing.T) {
	ds := docs(t)
	for _, name := range []string{"compilation", "sample", "leads", "inpara"} {
		b, err := os.ReadFile(filepath.Join("../../testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		ds[name] = parse.Parse(string(b))
	}
	for name, d := range ds {
		if len(d.Root.Children) < 2 || d.Root.Children[0].Kind != model.KindArticle {
			continue
		}
		printed := export.PrintText(d, d.Root, false)
		if got, want := export.Outline(parse.Parse(printed).Root), export.Outline(d.Root); got != want {
			t.Errorf("%s: --print 0 read again has the outline\n%s\nwant\n%s", name, got, want)
		}
		if strings.HasPrefix(printed, "\n") || strings.Contains(printed, "\n\n\n\n") {
			t.Errorf("%s: --print 0 opens with a blank line or parts articles by more than two:\n%s", name, printed)
		}
		if model.CountChars(printed) != d.Chars(d.Root) {
			t.Errorf("%s: printed %d characters, the document counts %d", name, model.CountChars(printed), d.Chars(d.Root))
		}
		for _, n := range []*model.Node{d.Root.Children[1], d.Root.Children[1].Children[0]} {
			if got := export.PrintText(d, n, false); got != export.PlainText(d, n, false) {
				t.Errorf("%s: --print of %q differs from its copy:\n%s", name, n.Title, got)
			}
		}
	}
}
