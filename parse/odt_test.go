package parse

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"wenji/model"
	"wenji/model/export"
)

// odtNS declares the prefixes an ODF part uses.
const odtNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"`

// odtFile packs content.xml (and styles.xml when given) as LibreOffice
// does: the mimetype first.
func odtFile(t testing.TB, content, styles string) []byte {
	parts := map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content}
	if styles != "" {
		parts["styles.xml"] = styles
	}
	return docxFileRaw(t, parts)
}

const odtStyles = `<office:document-styles ` + odtNS + `><office:styles>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
</office:styles><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>页眉文字</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`

const odtContent = `<office:document-content ` + odtNS + `><office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties style:font-weight-asian="bold"/></style:style>
<style:style style:name="T2" style:family="text" style:parent-style-name="Strong_20_Emphasis"><style:text-properties style:font-weight-asian="normal" fo:font-weight="normal"/></style:style>
<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles><office:body><office:text>
<text:tracked-changes><text:changed-region><text:deletion><text:p>删掉的文字</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p text:style-name="P1">2025年某市政府工作报告</text:p>
<text:p>各位代表：</text:p>
<text:h text:style-name="Heading_20_1" text:outline-level="1">一、工作回顾</text:h>
<text:p><text:span text:style-name="T1">坚持稳中求进。</text:span>全年地区生产总值增长5%<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注文字</text:p></text:note-body></text:note>，质量效益稳步提升。</text:p>
<text:p><text:span text:style-name="Strong_20_Emphasis">着力扩大内需。</text:span>消费<text:s text:c="2"/>持续回暖<office:annotation><text:p>批注文字</text:p></office:annotation>，投资稳中有进。</text:p>
<text:p><text:span text:style-name="T1">加快转型升级。</text:span>新兴产业占比提高<text:tab/>两个百分点。</text:p>
<text:p><text:span text:style-name="T2">这一段不是加粗的。</text:span>正文继续写下去，说明情况。</text:p>
<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell><text:p>指标</text:p></table:table-cell><table:table-cell><text:p>目标</text:p></table:table-cell></table:table-row></table:table>
<text:list><text:list-item><text:number>二、</text:number><text:p>重点工作</text:p></text:list-item></text:list>
<text:p>全面完成各项任务。</text:p>
</office:text></office:body></office:document-content>`

// TestODT: an OpenDocument text gives its paragraphs with the hints its
// markup gives: the centred bold title, <text:h> levels, bold spans
// (ODF's asian weight, a text style, a parent's weight set back to normal)
// as lead sentences, a list item's number, a table's cells as body text;
// page headers (styles.xml), notes, comments and deletions are left out.
func TestODT(t *testing.T) {
	doc, err := Open("r.odt", odtFile(t, odtContent, odtStyles), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "2025年某市政府工作报告\n  一、工作回顾\n    坚持稳中求进\n    着力扩大内需\n    加快转型升级\n  二、重点工作\n"
	checkRead(t, doc, "ODT", want, []string{"页眉文字", "删掉的文字", "脚注文字", "批注文字"}, []string{"消费  持续回暖", "提高 两个", "\n指标\n目标\n", "二、重点工作"})
}

// TestODTLibreOffice: the corpus reports saved as .odt by LibreOffice give
// the .docx's text and outline (skipped where soffice is absent, and under
// -short).
func TestODTLibreOffice(t *testing.T) { sameAsDocx(t, "odt", sameText) }

// sameAsDocx saves the corpus's .docx reports in format by LibreOffice and
// checks that each reads back with the .docx's text and outline.
func sameAsDocx(t *testing.T, format string, text textMatch) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("no soffice, or -short")
	}
	srcs, _ := filepath.Glob("../../shared/corpus/*.docx")
	if len(srcs) == 0 {
		t.Skip("no corpus")
	}
	dir := t.TempDir()
	args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", format, "--outdir", dir}
	if out, err := exec.Command(soffice, append(args, srcs...)...).CombinedOutput(); err != nil {
		t.Skipf("soffice: %v %s", err, out)
	}
	for _, src := range srcs {
		x, _ := os.ReadFile(src)
		b, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(src), ".docx")+"."+format))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Open("lo."+format, b, Options{})
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		truth, _ := Open("truth.docx", x, Options{})
		switch {
		case text == sameText && doc.Text != truth.Text:
			a, b := strings.Split(doc.Text, "\n"), strings.Split(truth.Text, "\n")
			i := 0
			for i < len(a) && i < len(b) && a[i] == b[i] {
				i++
			}
			t.Errorf("%s saved as .%s: the text differs from the .docx's at line %d (%d lines, the .docx %d):\n%.200q\n%.200q", src, format, i+1, len(a), len(b), at(a, i), at(b, i))
		}
		if a, b := export.Outline(doc.Root), export.Outline(truth.Root); a != b {
			t.Errorf("%s saved as .%s: outline\n%s\nthe .docx's\n%s", src, format, a, b)
		}
	}
}

// checkRead checks a document a reader made of a fixture: its format,
// its outline, none of the text that must be left out (absent), all of
// the text that must stay (present).
func checkRead(t *testing.T, doc *model.Document, format, outline string, absent, present []string) {
	t.Helper()
	if got := export.Outline(doc.Root); got != outline {
		t.Errorf("outline\n%s\nwant\n%s", got, outline)
	}
	for _, s := range absent {
		if strings.Contains(doc.Text, s) {
			t.Errorf("text holds %q:\n%s", s, doc.Text)
		}
	}
	for _, s := range present {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, doc.Text)
		}
	}
	if doc.Format != format {
		t.Errorf("format %q", doc.Format)
	}
}

// textMatch is how much of a converted file's text must be the .docx's.
type textMatch int

const (
	sameText    textMatch = iota // every byte
	sameOutline                  // the outline only (HTML adds the footer's page number)
)

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

// FuzzODT: the OpenDocument reader never panics on a damaged archive or
// XML, and an error names the file.
func FuzzODT(f *testing.F) {
	good := odtFile(f, odtContent, odtStyles)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(odtFile(f, `<office:document-content `+odtNS+`><office:body><office:text><text:p>甲<text:s text:c="99999999"/>`, ""))
	f.Add(odtFile(f, `<office:document-content `+odtNS+`><office:automatic-styles><style:style style:name="a" style:family="text" style:parent-style-name="b"/><style:style style:name="b" style:family="text" style:parent-style-name="a"/></office:automatic-styles><office:body><office:text><text:p><text:span text:style-name="a">x</text:span></text:p></office:text></office:body></office:document-content>`, ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, hints, err := odtText(data)
		if err == nil {
			if !utf8.ValidString(text) {
				t.Fatal("text is not UTF-8")
			}
			checkInvariants(t, ParseHinted(text, hints))
		}
		if _, err := Open("f.odt", data, Options{}); err != nil && !strings.HasPrefix(err.Error(), "f.odt: ") {
			t.Fatalf("error %q does not name the file", err)
		}
	})
}

// odtListContent is a report as LibreOffice saves a .docx whose headings
// Word numbers itself: a list style (一、 by num-format and suffix, （一）
// by loext:num-list-format), one text:list for each item that continues
// the one before, a level-2 item nested in an item that holds only the
// nested list, a second paragraph in an item, a list that starts again
// and one whose item sets its start value; a bullet level shows nothing.
const odtListContent = `<office:document-content ` + odtNS + ` xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"><office:automatic-styles>
<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
<text:list-level-style-number text:level="2" loext:num-list-format="（%2%）" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1" text:display-levels="2"/>
</text:list-style>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles><office:body><office:text>
<text:p>2025年某市政府工作报告</text:p>
<text:list xml:id="a1" text:style-name="L1"><text:list-item><text:p>工作回顾</text:p></text:list-item></text:list>
<text:p>过去一年，经济稳中有进。</text:p>
<text:list text:continue-numbering="true" text:style-name="L1"><text:list-item><text:list><text:list-item><text:p>坚持稳中求进</text:p><text:p>这是同一项的第二段。</text:p></text:list-item></text:list></text:list-item></text:list>
<text:list text:continue-numbering="true" text:style-name="L1"><text:list-item><text:list><text:list-item><text:list><text:list-item><text:p>第一小项</text:p></text:list-item></text:list></text:list-item></text:list></text:list-item></text:list>
<text:list text:continue-numbering="true" text:style-name="L1"><text:list-item><text:list><text:list-item><text:p>着力扩大内需</text:p></text:list-item></text:list></text:list-item></text:list>
<text:list text:continue-numbering="true" text:style-name="L1"><text:list-item><text:p>重点工作</text:p></text:list-item></text:list>
<text:list text:style-name="L2"><text:list-item><text:p>一项不编号的要点</text:p></text:list-item></text:list>
<text:list text:style-name="L1"><text:list-item><text:p>另起的列表</text:p></text:list-item><text:list-item text:start-value="5"><text:p>定了起始值</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>`

// TestODTListNumbers: list items get the numbers their list style shows,
// counted across lists that continue one another.
func TestODTListNumbers(t *testing.T) {
	doc, err := Open("r.odt", odtFile(t, odtListContent, ""), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "2025年某市政府工作报告\n一、工作回顾\n过去一年，经济稳中有进。\n（一）坚持稳中求进\n这是同一项的第二段。\n" +
		"一.1. 第一小项\n（二）着力扩大内需\n二、重点工作\n一项不编号的要点\n一、另起的列表\n五、定了起始值\n"
	if doc.Text != want {
		t.Errorf("text\n%s\nwant\n%s", doc.Text, want)
	}
}
