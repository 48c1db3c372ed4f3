package parse

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/model"
	"wenji/model/export"
)

var update = flag.Bool("update", false, "rewrite golden outlines")

// seedPath is the real sample compilation shared with the team.
const seedPath = "../../shared/seeds/000_9aa560646d353a75.txt"

func readOrSkip(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// golden compares got with the file want, rewriting it under -update.
func golden(t *testing.T, want, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != got {
		t.Errorf("outline differs from %s:\n%s", want, diff(string(b), got))
	}
}

// diff lists the lines that differ, with their numbers.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("line " + itoa(i+1) + "\n  want: " + a + "\n  got:  " + c + "\n")
		}
	}
	return b.String()
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

// TestFixtures parses our own synthetic documents and compares their
// outlines with the hand-written ones beside them.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := Parse(string(b))
			checkInvariants(t, doc)
			golden(t, strings.TrimSuffix(f, ".txt")+".want", export.Outline(doc.Root))
		})
	}
}

// TestSeedOutline is the parser issue's acceptance: the real compilation's
// outline, with the 目录 and the ads gone.
func TestSeedOutline(t *testing.T) {
	doc := Parse(readOrSkip(t, seedPath))
	checkInvariants(t, doc)
	golden(t, "testdata/seed.want", export.Outline(doc.Root))
}

func TestSeedPrint(t *testing.T) {
	doc := Parse(readOrSkip(t, seedPath))
	sec := doc.Find([]int{4, 2})
	if sec == nil || sec.Title != "靶向施策抓整改" {
		t.Fatalf("4.2 = %v, want 靶向施策抓整改", sec)
	}
	got := export.PlainText(doc, sec, false)
	for _, want := range []string{"靶向施策抓整改\n", "真招实招推动检视问题整顿销号", "“八个专项整治”解决突出问题", "抓住要害问题纾民困解民忧", "22个项目按计划完成节点目标。"} {
		if !strings.Contains(got, want) {
			t.Errorf("--print 4.2 lacks %q", want)
		}
	}
	if strings.Contains(got, "开门整治") {
		t.Errorf("--print 4.2 runs into the next section:\n%s", got)
	}

	all := export.PlainText(doc, doc.Root, false)
	for _, bad := range []string{"哒哒", "##paid", "素材库", "客服"} {
		if strings.Contains(all, bad) {
			t.Errorf("--print 0 contains junk %q", bad)
		}
	}
	if !strings.HasPrefix(all, "2023主题教育经验做法汇编（4篇）\n") {
		t.Errorf("--print 0 starts %q", all[:min(len(all), 60)])
	}
	if !strings.Contains(all, "\n坚持校准靶向，确保调查研究选题精准\n") {
		t.Error("the heading the marker was glued to is not a clean line of its own")
	}
	kept := export.PlainText(doc, doc.Root, true)
	for _, want := range []string{"【哒哒素材库】", "##paidbegin##坚持校准靶向", "##paidend##", "【哒哒代笔】"} {
		if !strings.Contains(kept, want) {
			t.Errorf("--keep-junk output lacks %q", want)
		}
	}
}

func TestSeedJunk(t *testing.T) {
	doc := Parse(readOrSkip(t, seedPath))
	var kinds []string
	for _, j := range doc.Junk {
		kinds = append(kinds, j.Kind.String()+"@"+itoa(j.Line))
	}
	got := strings.Join(kinds, " ")
	// ##paidbegin## glued to the first heading, three ad lines, ##paidend##.
	if len(doc.Junk) != 5 || doc.Junk[0].Kind != model.JunkPaidMarker || doc.Junk[4].Kind != model.JunkPaidMarker {
		t.Errorf("junk = %s, want a marker, three promo paragraphs, a marker", got)
	}
	for _, j := range doc.Junk[1:4] {
		if j.Kind != model.JunkPromo {
			t.Errorf("junk = %s: want promo between the markers", got)
		}
	}
}

// corpusFile opens one of the real public documents.
func corpusFile(t *testing.T, name string) *model.Document {
	t.Helper()
	doc := Parse(readOrSkip(t, filepath.Join("../../shared/corpus", name)))
	checkInvariants(t, doc)
	return doc
}

// countMarked counts nodes whose marker has the given shape, by depth.
func countMarked(doc *model.Document, shape func(string) bool) map[int]int {
	got := map[int]int{}
	for n := range doc.Root.All() {
		if n.Marker != "" && shape(n.Marker) {
			got[n.Depth()]++
		}
	}
	return got
}

func isHanDun(m string) bool {
	v, n := hanNumber(m)
	return v > 0 && m[n:] == "、"
}

func isHanParen(m string) bool {
	if !strings.HasPrefix(m, "（") {
		return false
	}
	v, n := hanNumber(m[len("（"):])
	return v > 0 && m[len("（")+n:] == "）"
}

// TestCorpus checks the real documents against their known structure, and
// keeps their outlines as goldens so that a change shows.
func TestCorpus(t *testing.T) {
	cases := []struct {
		file        string
		title       string
		dun, paren  int // 一、 nodes at depth 1, （一） at depth 2
		parenParent string
	}{
		{"party-congress-19-report-2017-utf8bom-indented.txt", "决胜全面建成小康社会　夺取新时代中国特色社会主义伟大胜利", 13, 50, "一、"},
		{"rural-revitalization-opinion-2018-utf8bom.txt", "中共中央 国务院关于实施乡村振兴战略的意见", 12, 49, "一、"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			doc := corpusFile(t, c.file)
			if doc.Root.Title != c.title {
				t.Errorf("title %q, want %q", doc.Root.Title, c.title)
			}
			if got := countMarked(doc, isHanDun); got[1] != c.dun || len(got) != 1 {
				t.Errorf("一、 nodes by depth %v, want %d at depth 1", got, c.dun)
			}
			if got := countMarked(doc, isHanParen); got[2] != c.paren || len(got) != 1 {
				t.Errorf("（一） nodes by depth %v, want %d at depth 2", got, c.paren)
			}
			for n := range doc.Root.All() {
				if isHanParen(n.Marker) && !isHanDun(n.Parent.Marker) {
					t.Errorf("%s under %q, not under a 一、", n.Heading(), n.Parent.Heading())
				}
				if strings.ContainsRune(n.Title, '\ufeff') {
					t.Errorf("BOM shown in %q", n.Title)
				}
			}
			golden(t, "testdata/corpus-"+strings.TrimSuffix(c.file, filepath.Ext(c.file))+".want", export.Outline(doc.Root))
		})
	}
}

func TestCorpusLaw(t *testing.T) {
	doc := corpusFile(t, "legislation-law-2023.md")
	if doc.Root.Title != "中华人民共和国立法法" {
		t.Errorf("title %q", doc.Root.Title)
	}
	chapters, sections, articles, items := 0, 0, 0, 0
	for n := range doc.Root.All() {
		switch {
		case strings.HasSuffix(n.Marker, "章"):
			chapters++
			if n.Depth() != 1 {
				t.Errorf("%s at depth %d", n.Heading(), n.Depth())
			}
		case strings.HasSuffix(n.Marker, "节"):
			sections++
			if !strings.HasSuffix(n.Parent.Marker, "章") {
				t.Errorf("%s under %s", n.Heading(), n.Parent.Heading())
			}
		case strings.HasSuffix(n.Marker, "条"):
			articles++
			if p := n.Parent.Marker; !strings.HasSuffix(p, "章") && !strings.HasSuffix(p, "节") {
				t.Errorf("%s under %s", n.Heading(), n.Parent.Heading())
			}
		case isHanParen(n.Marker):
			items++
			if !strings.HasSuffix(n.Parent.Marker, "条") {
				t.Errorf("%s under %s", n.Heading(), n.Parent.Heading())
			}
		}
	}
	// 立法法 2023: 6 chapters, 7 sections, 120 articles, 39 （一） items.
	if chapters != 6 || sections != 7 || articles != 120 {
		t.Errorf("章 %d 节 %d 条 %d, want 6, 7, 120", chapters, sections, articles)
	}
	if items != 39 {
		t.Errorf("%d （一） items, want 39", items)
	}
	golden(t, "testdata/corpus-legislation-law-2023.want", export.Outline(doc.Root))
}

// checkInvariants asserts what every parse must give: spans nested and
// ordered, titles inside their spans, junk sorted and disjoint, the root
// spanning the text.
func checkInvariants(t testing.TB, doc *model.Document) {
	t.Helper()
	if doc.Root == nil || doc.Root.Span != (model.Span{Start: 0, End: len(doc.Text)}) {
		t.Fatalf("root span %v, text %d bytes", doc.Root.Span, len(doc.Text))
	}
	var check func(n *model.Node)
	check = func(n *model.Node) {
		if n.Span.Start > n.Span.End {
			t.Fatalf("%q: span %v reversed", n.Heading(), n.Span)
		}
		if n.Parent != nil && (n.TitleSpan.Start < n.Span.Start || n.TitleSpan.End > n.Span.End && n.TitleSpan.End > n.Span.Start) {
			t.Fatalf("%q: title %v outside span %v", n.Heading(), n.TitleSpan, n.Span)
		}
		prev := n.Span.Start
		for _, c := range n.Children {
			if c.Parent != n {
				t.Fatalf("%q: child %q has another parent", n.Heading(), c.Heading())
			}
			if n.TitleSpan.Len() > 0 && c.Span.Start < n.TitleSpan.End {
				t.Fatalf("%q: child %q span %v starts inside the title %v", n.Heading(), c.Heading(), c.Span, n.TitleSpan)
			}
			if c.Span.Start < prev || c.Span.End > n.Span.End {
				t.Fatalf("%q: child %q span %v not inside %v after %d", n.Heading(), c.Heading(), c.Span, n.Span, prev)
			}
			prev = c.Span.End
			check(c)
		}
		if doc.Chars(n) < 0 {
			t.Fatalf("%q: chars %d", n.Heading(), doc.Chars(n))
		}
	}
	check(doc.Root)
	for i, j := range doc.Junk {
		if j.Span.Start >= j.Span.End || j.Span.End > len(doc.Text) {
			t.Fatalf("junk %d: span %v", i, j.Span)
		}
		if i > 0 && j.Span.Start < doc.Junk[i-1].Span.End {
			t.Fatalf("junk %d overlaps junk %d", i, i-1)
		}
	}
	for i, p := range doc.Paras {
		if p.Start >= p.End || i > 0 && p.Start < doc.Paras[i-1].End {
			t.Fatalf("paragraph %d: span %v", i, p)
		}
	}
	// Every byte that is not junk is owned by exactly one node: own parts
	// partition the text.
	covered := 0
	for n := range doc.Root.All() {
		for _, s := range n.Own() {
			covered += s.Len()
		}
	}
	if covered != len(doc.Text) {
		t.Fatalf("own spans cover %d bytes of %d", covered, len(doc.Text))
	}
}
