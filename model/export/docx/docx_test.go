package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

const seedPath = "../../../../shared/seeds/000_9aa560646d353a75.txt"

// load parses a file as wenji opens it.
func load(t *testing.T, path string) *model.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parse.Open(path, b, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// write writes node path of d as a .docx.
func write(t *testing.T, d *model.Document, n *model.Node) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d, n, Options{Title: "untitled"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// roundTrip checks that the .docx written for n reads back, through the
// reader wenji opens .docx files with, to n's outline as --outline prints
// it.
func roundTrip(t *testing.T, d *model.Document, n *model.Node) {
	t.Helper()
	if got, want := readBack(t, d, n), joinedOutline(n); got != want {
		t.Errorf("outline read back differs\n got:\n%s\nwant:\n%s", got, want)
	}
}

// joinedOutline is n's outline with titles set over two lines printed on
// one, joined as the reader's header shows them: as the .docx writes them.
func joinedOutline(n *model.Node) string {
	for x := range n.All() {
		x.TitleBreak = 0
	}
	return export.Outline(n)
}

// readBack returns the outline of the .docx written for n as wenji reads
// it.
func readBack(t *testing.T, d *model.Document, n *model.Node) string {
	t.Helper()
	back, err := parse.Open("out.docx", write(t, d, n), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return export.Outline(back.Root)
}

// TestRoundTripSeed: article 2 of the seed (lead sentences and inline 一是
// items), and every node of it, the whole compilation included, read back
// to the same outline.
func TestRoundTripSeed(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skip("seed absent")
	}
	d := load(t, seedPath)
	t.Run("2", func(t *testing.T) { roundTrip(t, d, d.Find([]int{2})) })
	t.Run("every node", func(t *testing.T) {
		for x := range d.Root.All() {
			roundTrip(t, d, x)
		}
	})
}

// TestRoundTripFixtures: every node of every fixture of the repository's
// testdata.
func TestRoundTripFixtures(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		d := load(t, f)
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			for x := range d.Root.All() {
				roundTrip(t, d, x)
			}
		})
	}
}

// parts returns the archive's parts by name.
func parts(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return out
}

// wellFormed fails unless b is well-formed XML.
func wellFormed(t *testing.T, name string, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// TestWellFormed: every part of a written file is well-formed XML, for
// text that holds markup characters, controls and invalid UTF-8.
func TestWellFormed(t *testing.T) {
	text := "标题<&>\"'\n\n　　正文 a<b>&amp;\x01\x1b[31m红\xff\xfe末尾。\n一、标题]]>\n　　（一）引领。正文\U0001F600。\n"
	d := parse.Parse(text)
	b := write(t, d, d.Root)
	ps := parts(t, b)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
		"word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
		"word/fontTable.xml", "word/footer1.xml", "word/footer2.xml"} {
		p, ok := ps[name]
		if !ok {
			t.Errorf("no part %s", name)
			continue
		}
		wellFormed(t, name, p)
	}
	if !bytes.Contains(ps["word/document.xml"], []byte("&lt;&amp;&gt;")) {
		t.Errorf("markup characters not escaped:\n%s", ps["word/document.xml"])
	}
	var ex bytes.Buffer
	if err := WriteExcerpts(&ex, []Excerpt{{Blocks: []export.Block{{Level: 1, Text: "a<b"}, {Text: "x&y\x00", Lead: 2}}, Source: "来源：<f>"}}, Options{Title: "素材篮"}); err != nil {
		t.Fatal(err)
	}
	for name, p := range parts(t, ex.Bytes()) {
		wellFormed(t, name, p)
	}
}

// TestDeterministic: the same input gives the same bytes when no time is
// given.
func TestDeterministic(t *testing.T) {
	d := parse.Parse("标题\n\n一、总体要求\n　　正文。\n")
	if !bytes.Equal(write(t, d, d.Root), write(t, d, d.Root)) {
		t.Error("two writes differ")
	}
}

// TestLeadBold: a lead sentence is a bold run that opens its paragraph,
// its stop included; the rest of the paragraph is not bold; a heading
// line is a paragraph of its own in the heading style of its level.
func TestLeadBold(t *testing.T) {
	d := parse.Parse("文件标题\n\n一、总体要求\n　　（一）强化组织领导。各级党委要切实负起责任。\n　　（二）完善工作机制。建立健全制度。\n二、主要任务\n　　正文。\n")
	paras := subtreeParas(d, d.Root, Options{})
	var got []string
	for _, p := range paras {
		s := p.style + "|"
		for _, r := range p.runs {
			if r.bold {
				s += "**" + r.s + "**"
			} else {
				s += r.s
			}
		}
		got = append(got, s)
	}
	want := []string{
		"Title|文件标题",
		"Heading1|一、总体要求",
		"|**（一）强化组织领导。**各级党委要切实负起责任。",
		"|**（二）完善工作机制。**建立健全制度。",
		"Heading1|二、主要任务",
		"|正文。",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs\n got: %q\nwant: %q", got, want)
	}
}

// TestRoundTripCorpus: the real reports of ../shared/corpus (Word, Markdown
// and text), every node, when the corpus is present. A few sections read
// alone have parallel lead sentences that the parser does not take for
// items in the whole document (context decides); where the section's own
// plain text, parsed alone, differs the same way, the difference is the
// parser's and is logged, not failed.
func TestRoundTripCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../../shared/corpus/*.*")
	var n int
	for _, f := range files {
		if strings.HasSuffix(f, "README.md") {
			continue
		}
		n++
		d := load(t, f)
		t.Run(filepath.Base(f), func(t *testing.T) {
			nodes, alone := 0, 0
			for x := range d.Root.All() {
				nodes++
				got, want := readBack(t, d, x), joinedOutline(x)
				if got == want {
					continue
				}
				if export.Outline(parse.Parse(export.PlainText(d, x, false)).Root) == want {
					t.Errorf("outline read back differs\n got:\n%s\nwant:\n%s", got, want)
					continue
				}
				alone++
			}
			t.Logf("%d nodes; %d read alone differ as their plain text does", nodes, alone)
		})
	}
	if n == 0 {
		t.Skip("corpus absent")
	}
}

// TestExcerptParas: an excerpt's blocks become its paragraphs: a level
// is a heading style (the excerpt's Heading1, one inside it Heading2…), a
// lead opens its paragraph in bold, indentation is the style's; a lead
// out of range is the whole paragraph; its source line comes last.
func TestExcerptParas(t *testing.T) {
	show := func(ps []para) string {
		var s []string
		for _, p := range ps {
			line := p.style + "|"
			for _, r := range p.runs {
				if r.bold {
					line += "**" + r.s + "**"
				} else {
					line += r.s
				}
			}
			s = append(s, line)
		}
		return strings.Join(s, "\n")
	}
	for _, c := range []struct {
		e    Excerpt
		want string
	}{
		{Excerpt{Blocks: []export.Block{{Level: 1, Text: "一、总体要求"}, {Text: "正文。"}}, Source: "来源：a"},
			"Heading1|一、总体要求\n|正文。\nSource|来源：a"},
		{Excerpt{Blocks: []export.Block{{Level: 1, Text: "一、总体要求"}, {Level: 2, Text: "（一）指导思想"}, {Text: "正文。"},
			{Text: "（二）强化组织领导。各级党委要负责。", Lead: len("（二）强化组织领导。")}}},
			"Heading1|一、总体要求\nHeading2|（一）指导思想\n|正文。\n|**（二）强化组织领导。**各级党委要负责。"},
		{Excerpt{Blocks: []export.Block{{Level: 1, Text: "甲　乙"}, {Text: "丙", Lead: 99}, {Text: "　"}}},
			"Heading1|甲　乙\n|**丙**"},
	} {
		if got := show(excerptParas(c.e)); got != c.want {
			t.Errorf("%+v:\n got %q\nwant %q", c.e.Blocks, got, c.want)
		}
	}
}

// TestJunk: ads and paid markers are left out unless KeepJunk.
func TestJunk(t *testing.T) {
	d := parse.Parse("标题\n\n一、总体要求\n　　##paidbegin##正文。\n")
	for _, keep := range []bool{false, true} {
		var buf bytes.Buffer
		if err := Write(&buf, d, d.Root, Options{KeepJunk: keep}); err != nil {
			t.Fatal(err)
		}
		has := bytes.Contains(parts(t, buf.Bytes())["word/document.xml"], []byte("##paidbegin##"))
		if has != keep {
			t.Errorf("KeepJunk %v: the marker is there: %v", keep, has)
		}
	}
}

// FuzzWrite: any text, parsed and written, gives a .docx whose parts are
// well-formed and which wenji reads back without error.
func FuzzWrite(f *testing.F) {
	f.Add("标题\n\n一、总体要求\n　　（一）强化组织领导。正文<&>。\n附件1\n名单\n")
	f.Add("\x00\x1b]52;c;\x07\xff\ufeff第一章 总则\n第一条 正文。\n")
	f.Fuzz(func(t *testing.T, text string) {
		d := parse.Parse(text)
		for _, n := range []*model.Node{d.Root, d.Root.Next()} {
			if n == nil {
				continue
			}
			var buf bytes.Buffer
			if err := Write(&buf, d, n, Options{}); err != nil {
				t.Fatal(err)
			}
			for name, p := range parts(t, buf.Bytes()) {
				wellFormed(t, name, p)
			}
			if _, err := parse.Open("f.docx", buf.Bytes(), parse.Options{}); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestZipDates: entries carry a valid date, the creation time when given.
func TestZipDates(t *testing.T) {
	d := parse.Parse("标题\n\n正文。\n")
	for _, c := range []struct {
		created time.Time
		year    int
	}{{time.Time{}, 1980}, {time.Date(2026, 12, 5, 1, 2, 4, 0, time.UTC), 2026}} {
		var buf bytes.Buffer
		if err := Write(&buf, d, d.Root, Options{Created: c.created}); err != nil {
			t.Fatal(err)
		}
		zr, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		for _, f := range zr.File {
			if f.ModifiedDate>>5&0xf == 0 || f.Modified.Year() != c.year {
				t.Errorf("%s dated %v (DOS date %#x), want a valid date in %d", f.Name, f.Modified, f.ModifiedDate, c.year)
			}
		}
	}
}

// TestCompilationWhole: a compilation written whole starts each article on
// a new page, set as a title (方正小标宋简体, centred) over its Heading 1,
// and sets the article's sections, Heading 2, in 黑体 as its first-level
// headings; the same article written alone needs no such overrides.
func TestCompilationWhole(t *testing.T) {
	d := load(t, "../../../testdata/compilation.txt")
	doc := string(parts(t, write(t, d, d.Root))["word/document.xml"])
	article := `<w:pStyle w:val="Heading1"/><w:pageBreakBefore/>`
	if n := strings.Count(doc, article); n != len(d.Root.Children) {
		t.Errorf("%d articles open a page, want %d", n, len(d.Root.Children))
	}
	if !strings.Contains(doc, article+articleLook+`</w:pPr><w:r><w:rPr>`+articleFont) {
		t.Error("an article's title is not set as the title")
	}
	section := `<w:pStyle w:val="Heading2"/></w:pPr><w:r><w:rPr>` + faceFont(1)
	if !strings.Contains(doc, section+`</w:rPr><w:t xml:space="preserve">织密组织网络，夯实治理根基`) {
		t.Errorf("an article's first-level section is not in 黑体:\n%s", doc[:min(len(doc), 3000)])
	}
	alone := string(parts(t, write(t, d, d.Find([]int{1})))["word/document.xml"])
	if strings.Contains(alone, "pageBreakBefore") || strings.Contains(alone, `w:eastAsia="黑体"`) {
		t.Error("an article written alone carries the compilation's overrides")
	}
}
