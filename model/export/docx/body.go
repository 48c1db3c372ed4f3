package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// para is one paragraph to write: its style and its runs.
type para struct {
	style string // a style ID; "" is the body text (Normal)
	// article marks an article's title below the root (in a compilation
	// written whole): it opens a new page and looks like the title, while
	// keeping its heading style, so it reads back as an article.
	article bool
	runs    []run
}

// run is a stretch of a paragraph's text, bold or not.
type run struct {
	s    string
	bold bool
	font string // direct run properties (fonts, size), if any
}

// text returns the paragraph's text, runs joined.
func (p para) text() string {
	var b strings.Builder
	for _, r := range p.runs {
		b.WriteString(r.s)
	}
	return b.String()
}

// subtreeParas lays out n and its descendants as paragraphs, one for each
// paragraph of the text in n's span: n's title as the Title, a paragraph
// that is a descendant's title alone as a heading of the descendant's
// level below n, a paragraph that opens with a descendant's title (a lead
// sentence) as body text whose lead is bold, the rest as body text.
func subtreeParas(d *model.Document, n *model.Node, opt Options) []para {
	// Nodes by where their title starts: every paragraph is looked up once.
	byStart := map[int]*model.Node{}
	for x := range n.All() {
		if x != n && x.TitleSpan.Len() > 0 {
			if _, dup := byStart[x.TitleSpan.Start]; !dup {
				byStart[x.TitleSpan.Start] = x
			}
		}
	}
	base := n.Depth()
	var out []para
	title := trimPara(cleanText(d, n.TitleSpan, opt.KeepJunk))
	if title == "" {
		title = oneLine(n.Heading())
	}
	if title == "" {
		title = oneLine(opt.Title)
	}
	if title != "" {
		out = append(out, para{style: styleTitle, runs: []run{{s: title}}})
	}
	for i := d.ParaAt(n.Span.Start); i < len(d.Paras) && d.Paras[i].Start < n.Span.End; i++ {
		s := model.Span{Start: max(d.Paras[i].Start, n.Span.Start), End: min(d.Paras[i].End, n.Span.End)}
		if n.TitleSpan.Len() > 0 && s.Overlaps(n.TitleSpan) {
			// The title is written already; what follows it on its line
			// (a lead sentence's paragraph) is body text.
			s.Start = afterTitle(d, n.TitleSpan.End, s.End)
		}
		if s.Len() <= 0 {
			continue
		}
		if p, ok := nodePara(d, byStart[textStart(d, s)], s, base, opt); ok {
			out = append(out, p)
			continue
		}
		if t := trimPara(cleanText(d, s, opt.KeepJunk)); t != "" {
			out = append(out, para{runs: []run{{s: t}}})
		}
	}
	return out
}

// nodePara lays out paragraph s, which x's title opens: a heading when
// the title is all of it, a body paragraph with a bold lead otherwise. ok
// is false when x is nil or the title is junk.
func nodePara(d *model.Document, x *model.Node, s model.Span, base int, opt Options) (para, bool) {
	if x == nil {
		return para{}, false
	}
	lead := model.Span{Start: s.Start, End: min(afterTitle(d, x.TitleSpan.End, s.End), s.End)}
	head := trimPara(cleanText(d, lead, opt.KeepJunk))
	if head == "" {
		return para{}, false
	}
	rest := trimPara(cleanText(d, model.Span{Start: lead.End, End: s.End}, opt.KeepJunk))
	if rest == "" {
		return para{style: styleHeading(x.Depth() - base), article: x.Kind == model.KindArticle, runs: []run{{s: head}}}, true
	}
	return para{runs: []run{{s: head, bold: true}, {s: rest}}}, true
}

// textStart returns where the text of s starts: past junk (a paid marker
// can open the line a heading stands on) and white space.
func textStart(d *model.Document, s model.Span) int {
	for _, c := range d.Clean(s) {
		t := strings.TrimLeft(d.Text[c.Start:c.End], " \t\u3000\ufeff")
		if t != "" {
			return c.End - len(t)
		}
	}
	return s.End
}

// afterTitle returns the end of a title that ends at end, past the
// closing marks and the one stop (。：；！) that the node's title leaves
// off, as the lead sentence was written; never past limit.
func afterTitle(d *model.Document, end, limit int) int {
	for end < limit {
		r, size := utf8.DecodeRuneInString(d.Text[end:limit])
		if !strings.ContainsRune("”’）》」』)\"'", r) {
			break
		}
		end += size
	}
	if end < limit {
		if r, size := utf8.DecodeRuneInString(d.Text[end:limit]); strings.ContainsRune("。：；！？:;!?.．", r) {
			end += size
		}
	}
	return end
}

// cleanText returns the text of s, junk left out unless keepJunk.
func cleanText(d *model.Document, s model.Span, keepJunk bool) string {
	if s.Len() <= 0 {
		return ""
	}
	if keepJunk {
		return d.Text[s.Start:s.End]
	}
	var b strings.Builder
	for _, c := range d.Clean(s) {
		b.WriteString(d.Text[c.Start:c.End])
	}
	return b.String()
}

// documentXML writes word/document.xml: the paragraphs, then the section
// properties that set the page (A4, GB/T 9704 margins) and its footers.
func documentXML(paras []para) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	for _, p := range paras {
		b.WriteString("<w:p>")
		switch {
		case p.article:
			b.WriteString(`<w:pPr><w:pStyle w:val="` + p.style + `"/><w:pageBreakBefore/>` + articleLook + `</w:pPr>`)
		case p.style != "":
			b.WriteString(`<w:pPr><w:pStyle w:val="` + p.style + `"/></w:pPr>`)
		}
		for _, r := range p.runs {
			if p.article {
				r.font = articleFont
			}
			writeRun(&b, r)
		}
		b.WriteString("</w:p>")
	}
	b.WriteString(sectPr)
	b.WriteString("</w:body></w:document>")
	return b.String()
}

// writeRun writes one run. Every run says its text is East Asian
// (w:hint): Word otherwise sets “”‘’…—, which Unicode calls ambiguous, in
// the Latin font, and Chinese quotes come out narrow in Times New Roman.
func writeRun(b *strings.Builder, r run) {
	if r.font != "" {
		b.WriteString(`<w:r><w:rPr>` + r.font)
	} else {
		b.WriteString(`<w:r><w:rPr><w:rFonts w:hint="eastAsia"/>`)
	}
	if r.bold {
		b.WriteString(`<w:b/><w:bCs/>`)
	}
	b.WriteString(`</w:rPr><w:t xml:space="preserve">`)
	b.WriteString(escape(r.s))
	b.WriteString("</w:t></w:r>")
}

// escape escapes s for XML character data; characters XML 1.0 cannot hold
// (controls, invalid UTF-8) become U+FFFD, as xml.EscapeText does, so
// text from a damaged file still gives a well-formed part.
func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// styleHeading returns the style ID of a heading of level (1 and down),
// capped at the deepest heading style.
func styleHeading(level int) string {
	return "Heading" + strconv.Itoa(min(max(level, 1), maxHeading))
}
