package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"wenji/model"
	"wenji/model/export"
)

func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustOpen(t testing.TB, name string, data []byte) *model.Document {
	t.Helper()
	doc, err := Open(name, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	return doc
}

// TestSeedEncodings is the acceptance: the seed saved as Windows Notepad
// saves it (GB18030, UTF-16LE with a BOM, UTF-8 with a BOM and CRLF) gives
// the outline of the original, byte for byte.
func TestSeedEncodings(t *testing.T) {
	seed := readOrSkip(t, seedPath)
	want := export.Outline(Parse(seed).Root)
	golden(t, "testdata/seed.want", want)
	crlf := strings.ReplaceAll(seed, "\n", "\r\n")
	cases := []struct {
		name, enc string
		data      []byte
	}{
		{"seed-gb18030.txt", "GB18030", encode(t, simplifiedchinese.GB18030, seed)},
		{"seed-utf16.txt", "UTF-16LE", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), seed)},
		{"seed-utf8bom-crlf.txt", "UTF-8", append([]byte("\ufeff"), crlf...)},
		{"-", "UTF-16BE", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), seed)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := mustOpen(t, c.name, c.data)
			if doc.Encoding != c.enc {
				t.Errorf("encoding %q, want %q", doc.Encoding, c.enc)
			}
			if got := export.Outline(doc.Root); got != want {
				t.Errorf("outline differs:\n%s", diff(want, got))
			}
			if strings.HasPrefix(doc.Text, "\ufeff") {
				t.Error("BOM kept in the text")
			}
		})
	}
}

func TestDecode(t *testing.T) {
	zh := "一、总体要求\n（一）指导思想。全面贯彻落实党的二十大精神，坚持稳中求进工作总基调。\n"
	tw := "一、總體要求\n（一）指導思想。全面貫徹落實黨的二十大精神，堅持穩中求進工作總基調，推動經濟社會發展。\n"
	cases := []struct {
		name, force string
		data        []byte
		text, enc   string
	}{
		{"utf8", "", []byte(zh), zh, "UTF-8"},
		{"gbk", "", encode(t, simplifiedchinese.GBK, zh), zh, "GB18030"},
		{"gb18030 emoji", "", encode(t, simplifiedchinese.GB18030, zh+"😀𠀀\n"), zh + "😀𠀀\n", "GB18030"},
		{"big5", "", encode(t, traditionalchinese.Big5, strings.Repeat(tw, 3)), strings.Repeat(tw, 3), "Big5"},
		{"utf16le no BOM", "", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "Title 2024\n"+zh), "Title 2024\n" + zh, "UTF-16LE"},
		{"utf16be BOM", "", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), zh), zh, "UTF-16BE"},
		{"forced gbk", "gbk", encode(t, simplifiedchinese.GBK, zh), zh, "GBK"},
		{"forced big5", "BIG5", encode(t, traditionalchinese.Big5, tw), tw, "Big5"},
		{"forced utf-16le strips BOM", "utf-16le", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), zh), zh, "UTF-16LE"},
		{"stray byte in UTF-8", "", []byte("正文开始。\x9b31m红色。\n"), "正文开始。\ufffd31m红色。\n", "UTF-8"},
		{"empty", "", nil, "", "UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, enc, err := Decode(c.data, c.force)
			if err != nil || text != c.text || enc != c.enc {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", text, enc, err, c.text, c.enc)
			}
		})
	}
	if _, _, err := Decode([]byte("abc\x00\x00\x00def\x00x"), ""); !errors.Is(err, ErrBinary) {
		t.Errorf("NULs: err %v, want ErrBinary", err)
	}
	if _, _, err := Decode([]byte(zh), "klingon"); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("bad --encoding: err %v", err)
	}
}

// docxFile builds a .docx in memory from a document body and optional
// styles and numbering parts.
func docxFile(t testing.TB, body, styles, numbering string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, s string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(s))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<w:document xmlns:w="`+nsW+`" xmlns:mc="`+nsMC+`"><w:body>`+body+`</w:body></w:document>`)
	if styles != "" {
		add("word/styles.xml", `<?xml version="1.0"?><w:styles xmlns:w="`+nsW+`">`+styles+`</w:styles>`)
	}
	if numbering != "" {
		add("word/numbering.xml", `<?xml version="1.0"?><w:numbering xmlns:w="`+nsW+`">`+numbering+`</w:numbering>`)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wp writes a paragraph: runs alternate plain and bold from the first,
// which is bold when bold is set.
func wp(ppr string, bold bool, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if ppr != "" {
		b.WriteString("<w:pPr>" + ppr + "</w:pPr>")
	}
	for _, r := range runs {
		b.WriteString("<w:r>")
		if bold {
			b.WriteString("<w:rPr><w:b/></w:rPr>")
		}
		b.WriteString("<w:t xml:space=\"preserve\">" + r + "</w:t></w:r>")
		bold = !bold
	}
	b.WriteString("</w:p>")
	return b.String()
}

// fixtureDocx is a small Word document with each structure signal the
// reader takes: a centred bold title, Heading 1/标题 2 styles resolved by
// name and basedOn, an outline level, numbering from numPr (一、 and （一）),
// bold leads inline-numbered or not, a table, a footnote reference, a text
// box with its fallback copy, deleted text, and a page break.
func fixtureDocx(t testing.TB) []byte {
	styles := `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="My"><w:name w:val="My Section"/><w:basedOn w:val="a5"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Lvl"><w:name w:val="Level"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
		`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Num"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`
	numbering := `<w:abstractNum w:abstractNumId="0">` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	body := wp(`<w:jc w:val="center"/>`, true, "关于推进文集阅读的实施方案") +
		wp("", false, "为做好工作，制定本方案。") +
		wp(`<w:pStyle w:val="Num"/>`, false, "总体要求") +
		wp(`<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>`, true, "指导思想。", "坚持以人民为中心。") +
		wp(`<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>`, true, "基本原则", "。坚持问题导向。") +
		wp(`<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>`, false, "项目符号不是编号。") +
		wp(`<w:pStyle w:val="Num"/>`, false, "主要任务") +
		wp("", true, "一是强化组织领导", "。成立工作专班。") +
		wp("", true, "二是加强督促检查", "。定期通报进展。") +
		`<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>深入实施“湾区通”工程</w:t></w:r><w:r><w:t>。加快建设。</w:t></w:r>` +
		`<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:delText>删掉的字</w:delText></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc>` + wp("", false, "表格单元一") + `</w:tc><w:tc>` + wp("", false, "表格单元二") + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>` + wp("", false, "文本框里的字。") +
		`</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>` + wp("", false, "文本框里的字。") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		`<w:p><w:r><w:br w:type="page"/></w:r></w:p>` +
		wp(`<w:pStyle w:val="1"/>`, false, "附件1 名词解释") +
		wp(`<w:pStyle w:val="My"/>`, false, "第一部分 说明") +
		wp(`<w:pStyle w:val="Lvl"/>`, false, "细则") +
		wp("", false, "正文。")
	return docxFile(t, body, styles, numbering)
}

// TestFormatGoldens opens a small fixture of each format and compares its
// outline, junk and shown text with the goldens in testdata/formats.
func TestFormatGoldens(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, readOrSkip(t, "../testdata/appendix.txt"))
	inputs := map[string][]byte{
		"gbk.txt":      gbk,
		"fixture.docx": fixtureDocx(t),
	}
	files, _ := filepath.Glob("testdata/formats/*.in.*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[strings.Replace(filepath.Base(f), ".in", "", 1)] = b
	}
	if len(inputs) < 5 {
		t.Fatalf("only %d fixtures", len(inputs))
	}
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			doc := mustOpen(t, name, data)
			var b strings.Builder
			fmt.Fprintf(&b, "encoding: %s\n--- outline\n%s--- junk\n", doc.Encoding, export.Outline(doc.Root))
			for _, j := range doc.Junk {
				fmt.Fprintf(&b, "%d %s: %s\n", j.Line, j.Kind, doc.Text[j.Span.Start:j.Span.End])
			}
			fmt.Fprintf(&b, "--- text\n%s", doc.Text)
			golden(t, filepath.Join("testdata/formats", name+".want"), b.String())
		})
	}
}

// TestGBKFixtureMatchesUTF8: the GBK copy of a fixture parses as the
// original does.
func TestGBKFixtureMatchesUTF8(t *testing.T) {
	src := readOrSkip(t, "../testdata/appendix.txt")
	doc := mustOpen(t, "appendix-gbk.txt", encode(t, simplifiedchinese.GBK, src))
	if got, want := export.Outline(doc.Root), export.Outline(Parse(src).Root); got != want {
		t.Errorf("GBK outline differs:\n%s", diff(want, got))
	}
}

func TestDocxFixture(t *testing.T) {
	doc := mustOpen(t, "fixture.docx", fixtureDocx(t))
	if doc.Root.Title != "关于推进文集阅读的实施方案" {
		t.Errorf("title %q", doc.Root.Title)
	}
	for _, bad := range []string{"删掉的字", "•"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text shows %q", bad)
		}
	}
	if n := strings.Count(doc.Text, "文本框里的字"); n != 1 {
		t.Errorf("text box shown %d times, want once (no fallback copy)", n)
	}
	byHeading := map[string]*model.Node{}
	for n := range doc.Root.All() {
		byHeading[n.Heading()] = n
	}
	parents := map[string]string{
		"一、总体要求":      "关于推进文集阅读的实施方案",
		"（一）指导思想":     "一、总体要求",
		"（二）基本原则":     "一、总体要求",
		"二、主要任务":      "关于推进文集阅读的实施方案",
		"一是强化组织领导":    "二、主要任务",
		"二是加强督促检查":    "二、主要任务",
		"深入实施“湾区通”工程": "二、主要任务",
		"附件1 名词解释":    "关于推进文集阅读的实施方案",
		"第一部分 说明":     "附件1 名词解释",
		"细则":          "第一部分 说明",
	}
	for h, p := range parents {
		n := byHeading[h]
		if n == nil {
			t.Errorf("no node %q in\n%s", h, export.Outline(doc.Root))
			continue
		}
		if n.Parent == nil || n.Parent.Heading() != p {
			t.Errorf("%q under %v, want %q", h, n.Parent.Heading(), p)
		}
	}
	if n := byHeading["深入实施“湾区通”工程"]; n != nil && (n.Inferred || n.Kind != model.KindMeasure) {
		t.Errorf("bold lead: inferred %v kind %v, want a measure marked by the author", n.Inferred, n.Kind)
	}
}

func TestOpenErrors(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"old.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), ErrDocDamaged},
		{"a.zip", docxFileRaw(t, map[string]string{"readme.txt": "hi"}), ErrNotDocx},
		// a zip named for a format it does not hold is said not to be that format
		{"a.epub", docxFileRaw(t, map[string]string{"readme.txt": "hi"}), ErrNotEPUB},
		{"a.odt", docxFileRaw(t, map[string]string{"readme.txt": "hi"}), ErrNotODT},
		{"a.odt", docxFileRaw(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text"}), ErrNotODT},
		{"nul.txt", []byte("正文\x00\x01\x02\x03\x00\x00\x00\x05"), ErrBinary},
	}
	for _, c := range cases {
		_, err := Open(c.name, c.data, Options{})
		if !errors.Is(err, c.want) || !strings.HasPrefix(err.Error(), c.name+": ") {
			t.Errorf("%s: err %v, want %v naming the file", c.name, err, c.want)
		}
	}
	bad := docxFileRaw(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p>&bogus;"})
	if _, err := Open("bad.docx", bad, Options{}); err == nil || !strings.Contains(err.Error(), "bad.docx: a damaged Word .docx file (word/document.xml: XML syntax error") {
		t.Errorf("broken XML: err %v, want the file and the part named", err)
	}
	if _, err := Open("notzip.docx", []byte("正文。"), Options{}); err == nil || !strings.HasPrefix(err.Error(), "notzip.docx: ") {
		t.Errorf("a .docx that is not a zip: err %v", err)
	}
}

func docxFileRaw(t testing.TB, parts map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, s := range parts {
		w, _ := zw.Create(name)
		w.Write([]byte(s))
	}
	zw.Close()
	return buf.Bytes()
}

func TestDetectFormat(t *testing.T) {
	cases := []struct {
		name, text string
		want       Format
	}{
		{"a.txt", "<html><body><p>正文</p></body></html>", FormatHTML},
		{"a.txt", "<p>一、总体要求</p>\n<p><strong>（一）指导思想。</strong>正文。</p>\n<p>二、任务</p>", FormatHTML},
		{"a.txt", "一、总体要求\n正文里写着 a<b 和 c>d。\n", FormatText},
		{"a.md", "一、总体要求\n正文。\n", FormatMarkdown},
		{"-", "# 标题\n\n- 要点\n", FormatMarkdown},
		{"-", "##paidbegin##一、总体要求\n正文。\n", FormatText},
		{"a.html", "<div>正文</div>", FormatHTML},
	}
	for _, c := range cases {
		if got := DetectFormat(c.name, c.text); got != c.want {
			t.Errorf("DetectFormat(%q, %q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}

// TestCorpusLawThroughOpen: the Markdown law opened as Markdown (markup
// stripped from the text, # levels as hints) keeps its golden outline.
func TestCorpusLawThroughOpen(t *testing.T) {
	b := []byte(readOrSkip(t, "../../shared/corpus/legislation-law-2023.md"))
	doc := mustOpen(t, "legislation-law-2023.md", b)
	golden(t, "testdata/corpus-legislation-law-2023.want", export.Outline(doc.Root))
	if strings.Contains(doc.Text, "##") || strings.Contains(doc.Text, "<!--") {
		t.Error("Markdown markup shown in the text")
	}
}

// corpusDocx opens one of the real Word documents, and also its text as
// it would be pasted into a .txt: one paragraph a line, no bold.
func corpusDocx(t *testing.T, name string) (hinted, pasted *model.Document) {
	b := []byte(readOrSkip(t, filepath.Join("../../shared/corpus", name)))
	hinted = mustOpen(t, name, b)
	text, _, err := docxText(b)
	if err != nil {
		t.Fatal(err)
	}
	pasted = mustOpen(t, strings.TrimSuffix(name, ".docx")+".txt", []byte(text))
	return hinted, pasted
}

// checkDepths asserts every 一、 and （一） of the body sits where it should:
// （一） under a 一、, and the counts by depth.
func checkDepths(t *testing.T, doc *model.Document, dun, paren map[int]int) {
	t.Helper()
	got := countMarked(doc, isHanDun)
	if fmt.Sprint(got) != fmt.Sprint(dun) {
		t.Errorf("一、 by depth %v, want %v", got, dun)
	}
	got = countMarked(doc, isHanParen)
	if fmt.Sprint(got) != fmt.Sprint(paren) {
		t.Errorf("（一） by depth %v, want %v", got, paren)
	}
	for n := range doc.Root.All() {
		if isHanParen(n.Marker) && !isHanDun(n.Parent.Marker) {
			t.Errorf("%s under %q, not under a 一、", n.Heading(), n.Parent.Heading())
		}
	}
}

func TestCorpusHenanDocx(t *testing.T) {
	doc, pasted := corpusDocx(t, "henan-gov-work-report-2025.docx")
	if doc.Root.Title != "2025年河南省政府工作报告" {
		t.Errorf("title %q", doc.Root.Title)
	}
	for _, d := range []*model.Document{doc, pasted} {
		checkDepths(t, d, map[int]int{1: 3}, map[int]int{2: 18})
	}
	for n := range doc.Root.All() {
		if isHanParen(n.Marker) {
			if strings.HasSuffix(n.Title, "。") || n.Title == "" || runeLen(n.Title) > 30 {
				t.Errorf("（一） title %q: want the bold lead without its 。", n.Title)
			}
		}
	}
	if n := doc.Find([]int{1, 1}); n == nil || n.Heading() != "（一）经济运行持续向好" {
		t.Errorf("1.1 = %v, want （一）经济运行持续向好", n)
	}
	golden(t, "testdata/corpus-henan-gov-work-report-2025.want", export.Outline(doc.Root))
}

func TestCorpusGuangdongDocx(t *testing.T) {
	doc, pasted := corpusDocx(t, "guangdong-gov-work-report-2025.docx")
	if doc.Root.Title != "2025年广东省政府工作报告" {
		t.Errorf("title %q", doc.Root.Title)
	}
	// Body: 一、 ×2 at depth 1; 附件1's ten 一、 at depth 2 under it.
	for _, d := range []*model.Document{doc, pasted} {
		checkDepths(t, d, map[int]int{1: 2, 2: 10}, map[int]int{2: 12})
		var parts []string
		for _, c := range d.Root.Children {
			parts = append(parts, c.Heading())
		}
		if got := strings.Join(parts, " | "); got != "一、2024年工作回顾 | 二、2025年工作安排 | 附件1 2025年省十件民生实事 | 附件2 名词解释" {
			t.Errorf("top-level parts: %s", got)
		}
		if a := d.Root.Children[2]; len(a.Children) != 10 || !strings.HasPrefix(a.Children[0].Heading(), "一、为老年人") {
			t.Errorf("附件1 has %d children", len(a.Children))
		}
		if a := d.Root.Children[3]; len(a.Children) != 18 || a.Children[17].Marker != "18." {
			t.Errorf("附件2 has %d children", len(a.Children))
		}
	}
	first := doc.Root.Children[0]
	var shi []string
	for _, c := range first.Children {
		if strings.HasSuffix(c.Marker, "是") {
			shi = append(shi, c.Marker)
		}
	}
	if strings.Join(shi, "") != "一是二是三是四是五是六是七是八是九是" {
		t.Errorf("under 一、: %v, want 一是…九是", shi)
	}
	second := doc.Root.Children[1]
	var parens int
	for _, c := range second.Children {
		if isHanParen(c.Marker) {
			parens++
		}
	}
	if parens != 12 {
		t.Errorf("%d （一） under 二、, want 12", parens)
	}
	sec1 := second.Children[0]
	var leads []string
	for _, c := range sec1.Children {
		if c.Kind == model.KindMeasure && c.Marker == "" {
			leads = append(leads, c.Title)
		}
	}
	if strings.Join(leads, "|") != "深入实施“湾区通”工程|做强重大合作平台|提升广州、深圳两大中心城市发展能级|推动珠江口东西两岸融合发展" {
		t.Errorf("measures under %s: %q", sec1.Heading(), leads)
	}
	// Every （一） of 二、 has its bold leads as measures.
	for _, c := range second.Children {
		if isHanParen(c.Marker) && len(c.Children) < 3 {
			t.Errorf("%s has %d measures", c.Heading(), len(c.Children))
		}
	}
	for _, j := range doc.Junk {
		if s := doc.Text[j.Span.Start:j.Span.End]; j.Kind != model.JunkWebChrome || !strings.HasPrefix(s, "来源") {
			t.Errorf("junk %s %q", j.Kind, s)
		}
	}
	golden(t, "testdata/corpus-guangdong-gov-work-report-2025.want", export.Outline(doc.Root))
}

// FuzzDocx: the Word reader never panics on a damaged archive or XML, and
// an error names the file.
func FuzzDocx(f *testing.F) {
	good := fixtureDocx(f)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(docxFileRaw(f, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:r><w:t>甲"}))
	f.Add(docxFileRaw(f, map[string]string{"word/document.xml": `<w:p xmlns:w="` + nsW + `"><w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`,
		"word/numbering.xml": `<w:numbering xmlns:w="` + nsW + `"><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:lvlText w:val="%1%9、"/></w:lvl></w:abstractNum></w:numbering>`,
		"word/styles.xml":    `<w:styles xmlns:w="` + nsW + `"><w:style w:styleId="a"><w:basedOn w:val="b"/></w:style><w:style w:styleId="b"><w:basedOn w:val="a"/></w:style></w:styles>`}))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, hints, err := docxText(data)
		if err == nil {
			if !utf8.ValidString(text) {
				t.Fatal("text is not UTF-8")
			}
			checkInvariants(t, ParseHinted(text, hints))
		}
		if _, err := Open("f.docx", data, Options{}); err != nil && !strings.HasPrefix(err.Error(), "f.docx: ") {
			t.Fatalf("error %q does not name the file", err)
		}
	})
}

// FuzzDecode: any bytes decode to valid UTF-8 or give an error; whatever
// decodes parses with the tree's invariants, through every converter.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("一、总体要求\n正文。"), "")
	f.Add(encode(f, simplifiedchinese.GBK, "一、总体要求\n正文。"), "")
	f.Add([]byte("\xff\xfe\x00"), "")
	f.Add([]byte("abc\x00def"), "utf-16be")
	f.Add([]byte("<p><b>（一）甲。</b>乙。</p><h2>二、丙</h2>"), "")
	f.Add([]byte("# 标题\n\n- **一是甲**。乙\n<!-- x"), "gbk")
	f.Fuzz(func(t *testing.T, data []byte, force string) {
		text, _, err := Decode(data, force)
		if err == nil && !utf8.ValidString(text) {
			t.Fatalf("Decode gave invalid UTF-8 %q", text)
		}
		for _, name := range []string{"f.txt", "f.md", "f.html"} {
			doc, err := Open(name, data, Options{Encoding: force})
			if err != nil {
				if !strings.HasPrefix(err.Error(), name+": ") {
					t.Fatalf("error %q does not name the file", err)
				}
				continue
			}
			checkInvariants(t, doc)
		}
	})
}

// A .docx whose document.xml unpacks to hundreds of times its packed size
// past 16 MB is refused with a clear error, before it fills memory; a
// Word document of ordinary size opens.
func TestDocxZipBomb(t *testing.T) {
	para := "<w:p><w:r><w:t>甲</w:t></w:r></w:p>"
	body := `<?xml version="1.0"?><w:document xmlns:w="` + nsW + `"><w:body>` + strings.Repeat(para, (20<<20)/len(para)) + `</w:body></w:document>`
	data := docxFileRaw(t, map[string]string{"word/document.xml": body})
	if len(data)*200 > 16<<20 {
		t.Fatalf("the bomb packs to %d KB: not a bomb", len(data)>>10)
	}
	_, err := Open("bomb.docx", data, Options{})
	if !errors.Is(err, ErrZipBomb) || !strings.HasPrefix(err.Error(), "bomb.docx: word/document.xml: unpacks to more than 16 MB from ") {
		t.Errorf("err %v", err)
	}
	for _, packed := range []uint64{0, 1, 80 << 10, 1 << 20, 1 << 40} {
		if l := partLimit(packed); l < 16<<20 || l > maxPart {
			t.Errorf("partLimit(%d) = %d", packed, l)
		}
	}
	if got := partLimit(1 << 20); got != 200<<20 {
		t.Errorf("partLimit(1 MB) = %d MB, want 200", got>>20)
	}
}
