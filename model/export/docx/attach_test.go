package docx

import (
	"encoding/xml"
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
		Break   *struct{} `xml:"pageBreakBefore"`
		Spacing *struct {
			Before string `xml:"before,attr"`
		} `xml:"spacing"`
		Ind *struct {
			LeftChars      string `xml:"leftChars,attr"`
			HangingChars   string `xml:"hangingChars,attr"`
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
			if p.PPr.Break != nil || p.PPr.Spacing != nil || ind != nil {
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
