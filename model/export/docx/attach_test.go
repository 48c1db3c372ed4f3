package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"wenji/parse"
)

// attachNotice is a notice with an attachment note over two names (the
// body's text: the attachments follow), the first attachment's label
// alone on its line and the second's a heading over its title.
const attachNotice = `关于印发基层减负工作方案的通知

各县（市、区）人民政府，市政府各部门：

现将《基层减负工作方案》印发给你们，请认真贯彻执行。

附件：1．基层减负工作方案
      2．基层减负工作任务分工表

XX市人民政府办公室
2025年3月1日

附件1

基层减负工作方案

一、总体要求

坚持问题导向，精简文件会议。

附件2

基层减负工作任务分工表

各单位按分工落实。
`

// wpara is a paragraph of document.xml as TestAttachmentLayout reads it.
type wpara struct {
	PPr struct {
		Style   *val      `xml:"pStyle"`
		Jc      *val      `xml:"jc"`
		Break   *struct{} `xml:"pageBreakBefore"`
		Spacing *struct {
			Before string `xml:"before,attr"`
		} `xml:"spacing"`
		Ind *struct {
			LeftChars      string `xml:"leftChars,attr"`
			HangingChars   string `xml:"hangingChars,attr"`
			RightChars     string `xml:"rightChars,attr"`
			FirstLineChars string `xml:"firstLineChars,attr"`
		} `xml:"ind"`
	} `xml:"pPr"`
	Runs []struct {
		RPr  rPr      `xml:"rPr"`
		Text []string `xml:"t"`
	} `xml:"r"`
}

// TestAttachmentLayout: GB/T 9704's attachments. The note (7.3.5: 附件说明)
// one line below the body, two characters in (a wrapped name under its
// first character: 附件：1． is 4.5 characters), the second name's number
// under the first's; an attachment's label (8: 附件) on a new page at the
// margin in 黑体, a body paragraph or a heading's first line. Before, the
// note was a body paragraph like any other (the second name two
// characters in, under 附件) and a label was indented two characters on
// the page of the text before it.
func TestAttachmentLayout(t *testing.T) {
	d := parse.Parse(attachNotice)
	var doc struct {
		Paras []wpara `xml:"body>p"`
	}
	if err := xml.Unmarshal(parts(t, write(t, d, d.Root))["word/document.xml"], &doc); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, p := range doc.Paras {
		var text []string
		font := ""
		for _, r := range p.Runs {
			text = append(text, r.Text...)
			if r.RPr.Fonts != nil && font == "" {
				font = r.RPr.Fonts.EastAsia
			}
		}
		s := strings.Join(text, "\n")
		ind := p.PPr.Ind
		switch {
		case strings.HasPrefix(s, "附件："):
			found["note"] = true
			if p.PPr.Spacing == nil || p.PPr.Spacing.Before != "579" {
				t.Errorf("%s: spacing before %+v, want a line (579)", s, p.PPr.Spacing)
			}
			if ind == nil || ind.LeftChars != "650" || ind.HangingChars != "450" || ind.FirstLineChars != "0" {
				t.Errorf("%s: indent %+v, want its first line 2 characters in, its next under the name (6.5)", s, ind)
			}
		case strings.HasPrefix(s, "2．"):
			found["name"] = true
			if ind == nil || ind.LeftChars != "650" || ind.HangingChars != "150" || ind.FirstLineChars != "0" {
				t.Errorf("%s: indent %+v, want its number under the first's (5 characters in)", s, ind)
			}
		case strings.HasPrefix(s, "附件1"), strings.HasPrefix(s, "附件2"):
			found[s[:len("附件1")]] = true
			if p.PPr.Break == nil || ind == nil || ind.FirstLineChars != "0" || font != fontHei {
				t.Errorf("%q: page break %v, indent %+v, font %q: want a new page, at the margin, in 黑体", s, p.PPr.Break != nil, ind, font)
			}
		default:
			if p.PPr.Break != nil || p.PPr.Spacing != nil || ind != nil && ind.HangingChars != "" {
				t.Errorf("%q: laid out as an attachment's", s)
			}
		}
	}
	if len(found) != 4 {
		t.Errorf("found %v, want the note, its second name and both labels (parser changed?)", found)
	}
}

// TestAttachmentNote: which body paragraphs are the note's lines.
func TestAttachmentNote(t *testing.T) {
	body := func(s ...string) []para {
		var ps []para
		for _, x := range s {
			ps = append(ps, para{runs: []run{{s: x}}})
		}
		return ps
	}
	for _, c := range []struct {
		name  string
		paras []para
		want  []string // each paragraph's look, "" for none, "note" for a note's
	}{
		{"one name", body("正文。", "附件：名单", "2025年3月1日"), []string{"", "note", ""}},
		{"numbered", body("附件：1．名单", "2．表", "10．表"), []string{"note", "note", "note"}},
		{"half-width", body("附件:1.名单", "2.表"), []string{"note", "note"}},
		{"unnumbered, then a number", body("附件：名单", "2．表"), []string{"note", ""}},
		{"interrupted", body("附件：1．名单", "正文。", "2．表"), []string{"note", "", ""}},
		{"not at the start", body("详见附件：1．名单"), []string{""}},
		{"a heading", []para{{style: styleHeading(1), runs: []run{{s: "附件：1．名单"}}}}, []string{""}},
		{"a lead", []para{{runs: []run{{s: "附件：", bold: true}, {s: "1．名单"}}}}, []string{""}},
	} {
		got := attachments(c.paras)
		for i, p := range got {
			look := ""
			if strings.Contains(p.look, "hangingChars") {
				look = "note"
			}
			if look != c.want[i] {
				t.Errorf("%s: %q: look %q, want %s", c.name, p.text(), p.look, c.want[i])
			}
		}
	}
	for _, s := range []string{"附件", "附件2", "附件 3", "附件十二"} {
		if !attachLabel(s) {
			t.Errorf("%q: no label", s)
		}
	}
	for _, s := range []string{"附件：名单", "附件2 名单", "附件说明", "附"} {
		if attachLabel(s) {
			t.Errorf("%q: a label", s)
		}
	}
}

// TestSignOffLayout: GB/T 9704's addressees at the margin (7.3.2: 居左顶格),
// the date at the right four characters in and the office centred over
// it (7.3.5.1). All three were body text, two characters in at the left.
func TestSignOffLayout(t *testing.T) {
	d := parse.Parse(attachNotice)
	var doc struct {
		Paras []wpara `xml:"body>p"`
	}
	if err := xml.Unmarshal(parts(t, write(t, d, d.Root))["word/document.xml"], &doc); err != nil {
		t.Fatal(err)
	}
	date, office := chars("2025年3月1日"), chars("XX市人民政府办公室")
	want := map[string]struct{ first, right, jc string }{
		"各县（市、区）人民政府，市政府各部门：": {"0", "", ""},
		"XX市人民政府办公室":          {"0", strconv.Itoa(400 + (date-office)/2), "right"},
		"2025年3月1日":           {"0", "400", "right"},
	}
	for _, p := range doc.Paras {
		var text []string
		for _, r := range p.Runs {
			text = append(text, r.Text...)
		}
		s := strings.Join(text, "")
		w, ok := want[s]
		if !ok {
			if p.PPr.Jc != nil && p.PPr.Jc.Val == "right" {
				t.Errorf("%q set at the right", s)
			}
			continue
		}
		delete(want, s)
		got := struct{ first, right, jc string }{}
		if i := p.PPr.Ind; i != nil {
			got.first, got.right = i.FirstLineChars, i.RightChars
		}
		if p.PPr.Jc != nil {
			got.jc = p.PPr.Jc.Val
		}
		if got != w {
			t.Errorf("%q: indent %q, right %q, jc %q; want %q, %q, %q", s, got.first, got.right, got.jc, w.first, w.right, w.jc)
		}
	}
	if len(want) > 0 {
		t.Errorf("not written: %v", want)
	}
}

// TestSignOff: which paragraphs are the addressees, the date and the
// office above it.
func TestSignOff(t *testing.T) {
	title := para{style: styleTitle, runs: []run{{s: "关于某事的通知"}}}
	body := func(s string) para { return para{runs: []run{{s: s}}} }
	for _, c := range []struct {
		name  string
		paras []para
		want  []string // "" untouched, "left" at the margin, "right" at the right
	}{
		{"notice", []para{title, body("各部门："), body("现通知如下。"), body("某某办公室"), body("2025年3月1日")}, []string{"", "left", "", "right", "right"}},
		{"Chinese date", []para{body("正文。"), body("某某委员会"), body("二〇二五年三月一日")}, []string{"", "right", "right"}},
		{"a sentence over the date", []para{body("本办法自印发之日起施行。"), body("2025年3月1日")}, []string{"", "right"}},
		{"a heading over the date", []para{{style: styleHeading(1), runs: []run{{s: "某某办公室"}}}, body("2025年3月1日")}, []string{"", ""}},
		{"a speech's date", []para{title, body("2025年3月1日"), {style: styleHeading(1), runs: []run{{s: "一、总体要求"}}}}, []string{"", "", ""}},
		{"a date in a sentence", []para{body("2025年3月1日起施行"), body("2025年3月1日召开会议。")}, []string{"", ""}},
		{"a colon line not under the title", []para{title, body("正文。"), body("具体如下：")}, []string{"", "", ""}},
		{"a sentence under the title", []para{title, body("为做好工作，现通知如下：请各单位落实。")}, []string{"", ""}},
		{"a heading date", []para{{style: styleHeading(1), runs: []run{{s: "2025年3月1日"}}}}, []string{""}},
		{"a chronicle's dates", []para{body("大事记"), body("2025年3月1日"), body("召开会议。"), body("2025年3月2日"), body("开展调研。")}, []string{"", "", "", "", ""}},
		{"a note under the date", []para{body("某某办公室"), body("2025年3月1日"), body("（此件公开发布）")}, []string{"right", "right", ""}},
		{"a 版记 after it", []para{body("某某办公室"), body("2025年3月1日"), body("抄送：市委办公室。"), body("某某办公室　　2025年3月1日印发")}, []string{"right", "right", "", ""}},
		{"the next article after it", []para{body("某某办公室"), body("2025年3月1日"), {style: styleHeading(1), article: true, runs: []run{{s: "关于另一事的通知"}}}}, []string{"right", "right", ""}},
		{"a chronicle's entries as headings", []para{body("1月"), body("2025年1月5日"), {style: styleHeading(1), runs: []run{{s: "一、召开全体会议"}}}, body("2025年1月9日"), {style: styleHeading(1), runs: []run{{s: "二、开展专项调研"}}}}, []string{"", "", "", "", ""}},
		{"an attachment after it", []para{body("某某办公室"), body("2025年3月1日"), {look: "<w:pageBreakBefore/>", runs: []run{{s: "附件"}}}}, []string{"right", "right", "page"}},
	} {
		got := signOff(c.paras)
		for i, p := range got {
			look := ""
			switch {
			case strings.Contains(p.look, "pageBreakBefore"):
				look = "page"
			case strings.Contains(p.look, `w:jc w:val="right"`):
				look = "right"
			case strings.Contains(p.look, `w:firstLineChars="0"`):
				look = "left"
			}
			if look != c.want[i] {
				t.Errorf("%s: %q: look %q, want %q", c.name, p.text(), p.look, c.want[i])
			}
		}
	}
}

// TestLabelEnds: a heading is an attachment's label only where its label
// ends: 附件一览表 (a word its numeral opens) and 附件：… (a note) are none.
func TestLabelEnds(t *testing.T) {
	cases := []struct {
		label, rest string
		ends        bool
	}{
		{"附件2", "", true},
		{"附件2", "\u3000名词解释", true},
		{"附件2", "名词解释", true},
		{"附件", " 2025年10件惠民实事", true},
		{"附件一", "览表", false},
		{"附件二", "\u3000任务分工表", true},
		{"附件", "：1．方案", false},
	}
	for _, c := range cases {
		if got := labelEnds(c.label, c.rest); got != c.ends {
			t.Errorf("labelEnds(%q, %q) = %v, want %v", c.label, c.rest, got, c.ends)
		}
	}
}

// TestEscapeControls: control characters from a file (BEL, ESC, a stray
// 0x01) leave no trace in the XML, where xml.EscapeText made them U+FFFD
// and Word showed a box; tabs, line feeds and markup characters stay.
func TestEscapeControls(t *testing.T) {
	cases := []struct{ in, want string }{
		{"一\x01二\x07三\x1b[31m四\x7f", "一二三[31m四"},
		{"甲\t乙\n丙", "甲&#x9;乙&#xA;丙"},
		{"<a&b>", "&lt;a&amp;b&gt;"},
		{"坏\xff字", "坏\uFFFD字"},
	}
	for _, c := range cases {
		if got := escape(c.in); got != c.want {
			t.Errorf("escape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
