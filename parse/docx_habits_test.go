package parse

import (
	"strings"
	"testing"
)

// TestDocxProducerHabits: what Word and WPS wrap text in reads as the text
// it holds, and what they keep of tracked changes, hidden runs and older
// readers' copies does not show.
func TestDocxProducerHabits(t *testing.T) {
	r := func(s string) string { return `<w:r><w:t>` + s + `</w:t></w:r>` }
	para := func(inner string) string { return `<w:p>` + inner + `</w:p>` }
	heading := `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="H1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>`
	for _, tc := range []struct {
		name      string
		body      string
		want      []string // each a paragraph, in order
		heading   string   // a paragraph with a heading hint
		notHeader []string // paragraphs without one
		noBlank   bool     // no blank line between paragraphs
	}{
		{name: "content control around paragraphs and runs",
			body: `<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent>` +
				para(r("控件里的段落。")) + `</w:sdtContent></w:sdt>` +
				para(r("前文")+`<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>`+r("控件文字")+`</w:sdtContent></w:sdt>`+r("后文。")),
			want: []string{"控件里的段落。", "前文控件文字后文。"}},
		{name: "customXml, smartTag, fldSimple",
			body: `<w:customXml w:element="sec">` + para(r("自定义")+`<w:customXml w:element="x">`+r("标记")+`</w:customXml>`) + `</w:customXml>` +
				para(`<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">`+r("2025年3月1日")+`</w:smartTag>`+r("召开。")) +
				para(r("第")+`<w:fldSimple w:instr=" PAGE \* MERGEFORMAT ">`+r("3")+`</w:fldSimple>`+r("页")),
			want: []string{"自定义标记", "2025年3月1日召开。", "第3页"}},
		{name: "a complex field shows its result",
			body: para(r("见") + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + r("链接") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` + r("。")),
			want: []string{"见链接。"}},
		{name: "alternate content: the choice, not the fallback",
			body: para(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` + para(r("文本框。")) +
				`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` + para(r("文本框。")) +
				`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`),
			want: []string{"文本框。"}},
		{name: "tracked changes: inserted shows, deleted and moved-away do not",
			body: para(r("会议")+`<w:ins w:id="1" w:author="a">`+r("原则")+`</w:ins>`+
				`<w:del w:id="2" w:author="a"><w:r><w:tab/><w:delText>删去</w:delText></w:r></w:del>`+r("通过。")) +
				para(`<w:moveFrom w:id="3" w:author="a">`+r("挪走的句子。")+`</w:moveFrom>`+r("留下的。")) +
				para(`<w:moveTo w:id="4" w:author="a">`+r("挪走的句子。")+`</w:moveTo>`) +
				`<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr></w:pPr><w:del w:id="6" w:author="a"><w:r><w:delText>整段删去。</w:delText></w:r></w:del></w:p>` +
				para(r("最后一段。")),
			want: []string{"会议原则通过。", "留下的。", "挪走的句子。", "最后一段。"}, noBlank: true},
		{name: "a paragraph mark deleted joins the paragraph to the next",
			body: `<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="a"/></w:rPr></w:pPr>` + r("第一句，") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr>` + r("接着写。") + `</w:p>` + para(r("另一段。")) +
				`<w:tbl><w:tr><w:tc><w:p><w:pPr><w:rPr><w:del w:id="10" w:author="a"/></w:rPr></w:pPr>` + r("格一") + `</w:p></w:tc>` +
				`<w:tc>` + para(r("格二")) + `</w:tc></w:tr></w:tbl>` +
				`<w:p><w:pPr><w:rPr><w:moveFrom w:id="11" w:author="a"/></w:rPr></w:pPr>` + r("末段。") + `</w:p>`,
			want: []string{"第一句，接着写。", "另一段。", "格一", "格二", "末段。"}, heading: "第一句，接着写。"},
		{name: "a property change keeps the new properties",
			body: `<w:p><w:pPr><w:pStyle w:val="H1"/><w:pPrChange w:id="7" w:author="a"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr>` +
				`<w:r><w:rPr><w:rPrChange w:id="8" w:author="a"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>一、总体要求</w:t></w:r></w:p>` +
				para(r("正文。")),
			want: []string{"一、总体要求", "正文。"}, heading: "一、总体要求"},
		{name: "hidden text",
			body: para(r("看得见") + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>看不见</w:t><w:tab/></w:r>` + `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>的字。</w:t></w:r>`),
			want: []string{"看得见的字。"}},
		{name: "a TOC field's cached entries are not headings",
			body: `<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>` + r("目录") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
				`<w:hyperlink w:anchor="_Toc1" w:history="1">` + r("一、总体要求") + `<w:r><w:rPr><w:webHidden/></w:rPr><w:tab/></w:r>` +
				`<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
				r("1") + `<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>` +
				`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr>` + r("一、总体要求") + `</w:p>` + para(r("正文。")),
			want: []string{"目录", "一、总体要求 1", "一、总体要求", "正文。"}, heading: "一、总体要求", notHeader: []string{"一、总体要求 1", "目录"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, hints, err := docxText(docxFile(t, tc.body, heading, ""))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
				if strings.TrimSpace(l) != "" {
					got = append(got, l)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Fatalf("paragraphs\n%q\nwant\n%q", got, tc.want)
			}
			lines := strings.Split(text, "\n")
			headed := map[string]bool{}
			for _, h := range hints {
				if h.Line >= 1 && h.Line <= len(lines) && h.Heading > 0 {
					headed[lines[h.Line-1]] = true
				}
			}
			if tc.heading != "" && !headed[tc.heading] {
				t.Errorf("%q is not a heading", tc.heading)
			}
			for _, l := range tc.notHeader {
				if headed[l] {
					t.Errorf("%q is a heading", l)
				}
			}
			if tc.noBlank && strings.Contains(strings.TrimRight(text, "\n"), "\n\n") {
				t.Errorf("a deleted paragraph left blank lines: %q", text)
			}
		})
	}
}
