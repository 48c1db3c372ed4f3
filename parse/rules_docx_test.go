package parse

import (
	"archive/zip"
	"bytes"
	"os"
	"strings"
	"testing"
	"wenji/model/export"
)

// ruleNumbering is a numbering.xml body with the list formats Chinese
// reports use: 一、 and （一） (chineseCounting, chineseCountingThousand),
// 1. (decimal), ⑴ (decimalEnclosedParen) and 甲、 (ideographTraditional).
const ruleNumbering = `<w:abstractNum w:abstractNumId="10">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="40"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>` +
	`<w:num w:numId="4"><w:abstractNumId w:val="40"/></w:num>`

// zipDocx packs a document body and a numbering body into a .docx, with
// other parts given as name and content.
func zipDocx(t testing.TB, body, numbering string, parts ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, s string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="`+nsW+`"><w:body>`+body+`</w:body></w:document>`)
	if numbering != "" {
		add("word/numbering.xml", `<?xml version="1.0"?><w:numbering xmlns:w="`+nsW+`">`+numbering+`</w:numbering>`)
	}
	for _, part := range parts {
		add(part[0], part[1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// markupParagraph writes one line of a fixture as a Word paragraph:
// {c} centres it, {num:ID:LVL} numbers it from a list, **…** is a bold run.
func markupParagraph(line string) string {
	var ppr string
	for strings.HasPrefix(line, "{") {
		end := strings.Index(line, "}")
		d := line[1:end]
		line = line[end+1:]
		switch {
		case d == "c":
			ppr += `<w:jc w:val="center"/>`
		case strings.HasPrefix(d, "num:"):
			f := strings.Split(d, ":")
			ppr += `<w:numPr><w:ilvl w:val="` + f[2] + `"/><w:numId w:val="` + f[1] + `"/></w:numPr>`
		}
	}
	var b strings.Builder
	b.WriteString("<w:p>")
	if ppr != "" {
		b.WriteString("<w:pPr>" + ppr + "</w:pPr>")
	}
	for k, run := range strings.Split(line, "**") {
		if run == "" {
			continue
		}
		b.WriteString("<w:r>")
		if k%2 == 1 {
			b.WriteString("<w:rPr><w:b/></w:rPr>")
		}
		b.WriteString(`<w:t xml:space="preserve">` + run + "</w:t></w:r>")
	}
	b.WriteString("</w:p>")
	return b.String()
}

// markupDocx builds a .docx from a fixture in the markup markupParagraph
// reads, one paragraph a line.
func markupDocx(t testing.TB, src string) []byte {
	var body strings.Builder
	for _, line := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		body.WriteString(markupParagraph(line))
	}
	return zipDocx(t, body.String(), ruleNumbering)
}

// TestReportDocx reads work reports typed in Word: report-docx with
// automatic numbering (一、 （一） 1. ⑴ 甲、 from numbering.xml), bold lead
// sentences, a repeated generic title, a byline, a bold salutation and 附件
// alone on its line; report-typed-docx, the text fixture report.txt with
// its numbers typed and its headings and leads in bold. With
// WENJI_DOCX_DIR set it also writes each .docx there, for
// ../shared/tools/outline-eval.
func TestReportDocx(t *testing.T) {
	texts := map[string]string{}
	for _, name := range []string{"report-docx", "report-typed-docx"} {
		src, err := os.ReadFile("testdata/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text, hints := evalDocx(t, name, markupDocx(t, string(src)))
		texts[name] = text
		doc := ParseHinted(text, hints)
		golden(t, "testdata/"+name+".want", export.Outline(doc.Root))
	}
	// Typed indents stay in the text, with Word's numbers after them.
	for _, want := range []string{"\n　　现在，我代表", "\n　　全面推动消费提质扩容。", "\n一、2024年工作回顾\n", "\n（一）坚持科技创新引领。", "\n⑴新增城镇就业", "\n甲、提升基础教育"} {
		if !strings.Contains(texts["report-docx"], want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

// numberingBomb is a .docx of a few KB whose one list level's text is a
// 100,000-character marker, on 20,000 numbered paragraphs: shown on each,
// it made 2 GB of text.
func numberingBomb(t testing.TB) []byte {
	numbering := `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>` +
		`<w:lvlText w:val="` + strings.Repeat("一", 100000) + `%1"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`
	p := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>`
	return zipDocx(t, strings.Repeat(p, 20000), numbering)
}

func TestDocxNumberingBounded(t *testing.T) {
	data := numberingBomb(t)
	if len(data) > 16<<10 {
		t.Fatalf("the bomb packs to %d bytes, want a few KB", len(data))
	}
	text, _, err := docxText(data)
	if err != nil {
		t.Fatal(err)
	}
	// 20,000 paragraphs of one character and a newline: 80 KB, with
	// room for a marker of a few dozen bytes each, never the 100,000.
	if len(text) > 20000*(maxMarker+8) {
		t.Errorf("text is %d bytes", len(text))
	}
	if strings.Contains(text, strings.Repeat("一", 200)) {
		t.Errorf("the 100,000-character marker was written out")
	}
}

func TestDocxTextBounded(t *testing.T) {
	d := &docx{maxText: 64}
	d.flush(&wpara{outline: -1})
	p := &wpara{outline: -1}
	p.text.WriteString(strings.Repeat("字", 100))
	d.flush(p)
	if d.err == nil || !strings.Contains(d.err.Error(), "MB of text") {
		t.Errorf("300 bytes of text over a 64-byte bound: err %v", d.err)
	}
	if d.out.String() != "" {
		t.Errorf("wrote %q past the bound", d.out.String())
	}
}

func BenchmarkDocxNumberingBomb(b *testing.B) {
	data := numberingBomb(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		text, hints, err := docxText(data)
		if err != nil {
			b.Fatal(err)
		}
		ParseHinted(text, hints)
	}
}
