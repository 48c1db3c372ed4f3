package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode/utf8"

	"wenji/model"
	"wenji/model/export"
)

// para is one paragraph to write: its style and its runs.
type para struct {
	style string // a style ID; "" is the body text (Normal)
	// article marks an article's title below the root (in a compilation
	// written whole): it opens a new page and looks like the title, while
	// keeping its heading style, so it reads back as an article.
	article bool
	// face, when set, is the heading level whose face the paragraph is
	// set in over its style's (see faceFont).
	face int
	// look is direct paragraph properties over the style's (an
	// attachment note's indentation), font direct run properties over
	// the style's (an attachment's label in 黑体); see attachments.
	look, font string
	// label is an attachment's label (附件2) that opens the heading: it
	// starts a page, at the margin, in 黑体 (see attachments).
	label string
	runs  []run
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
	l := newLayout(d, n, opt)
	var out []para
	title := l.titleText(n, false)
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
			s.Start = export.LeadEnd(d, n.TitleSpan.End, s.End)
		}
		if s.Len() <= 0 {
			continue
		}
		if x := l.byStart[textStart(d, s)]; x != nil && x.TitleSpan.End > s.End && l.ownLine(x) {
			// A title over several lines (附件1 / its title): one
			// paragraph, so it reads back as one heading.
			for i+1 < len(d.Paras) && d.Paras[i+1].Start < x.TitleSpan.End {
				i++
			}
			p := para{runs: []run{{s: l.titleText(x, true)}}}
			if l.headed[x] {
				p = l.heading(x, p.runs)
			}
			out = append(out, p)
			continue
		}
		if p, ok := l.nodePara(l.byStart[textStart(d, s)], s); ok {
			out = append(out, p)
			continue
		}
		if t := trimPara(export.CleanText(d, s, opt.KeepJunk)); t != "" {
			out = append(out, para{runs: []run{{s: t}}})
		}
	}
	return out
}

// layout is what subtreeParas knows of the subtree's nodes.
type layout struct {
	d    *model.Document
	opt  Options
	base int // the depth of the subtree's root
	// byStart finds a node by where its title starts: every paragraph is
	// looked up once.
	byStart map[int]*model.Node
	// headed holds the nodes written in a heading style: those whose title
	// is a paragraph of its own, under a headed parent (the root is), none
	// of whose siblings is a lead sentence. A level given to some siblings
	// and not to others would put the others under the wrong node when
	// the file is read back; the nodes not headed are found again from
	// their text, as they were in the original.
	headed map[*model.Node]bool
}

func newLayout(d *model.Document, n *model.Node, opt Options) *layout {
	l := &layout{d: d, opt: opt, base: n.Depth(), byStart: map[int]*model.Node{}, headed: map[*model.Node]bool{n: true}}
	for x := range n.All() {
		if x != n && x.TitleSpan.Len() > 0 {
			if _, dup := l.byStart[x.TitleSpan.Start]; !dup {
				l.byStart[x.TitleSpan.Start] = x
			}
		}
	}
	model.Walk(n, func(x *model.Node) bool {
		if !l.headed[x] {
			return false
		}
		for _, c := range x.Children {
			if !l.ownLine(c) {
				return true
			}
		}
		for _, c := range x.Children {
			l.headed[c] = true
		}
		return true
	})
	return l
}

// ownLine reports whether x's title, with its stop, is all of its
// paragraph.
func (l *layout) ownLine(x *model.Node) bool {
	d := l.d
	i := d.ParaAt(x.TitleSpan.Start)
	if x.TitleSpan.Len() <= 0 || i >= len(d.Paras) {
		return false
	}
	if textStart(d, d.Paras[i]) != x.TitleSpan.Start {
		return false
	}
	p := d.Paras[d.ParaAt(x.TitleSpan.End-1)]
	end := export.LeadEnd(d, x.TitleSpan.End, p.End)
	return end >= p.End || trimPara(export.CleanText(d, model.Span{Start: end, End: p.End}, l.opt.KeepJunk)) == ""
}

// nodePara lays out paragraph s, which x's title opens: a heading when
// the title is all of it, a body paragraph with a bold lead otherwise. ok
// is false when x is nil or the title is junk.
func (l *layout) nodePara(x *model.Node, s model.Span) (para, bool) {
	if x == nil {
		return para{}, false
	}
	d, opt := l.d, l.opt
	lead := model.Span{Start: s.Start, End: min(export.LeadEnd(d, x.TitleSpan.End, s.End), s.End)}
	head := trimPara(export.CleanText(d, lead, opt.KeepJunk))
	if head == "" {
		return para{}, false
	}
	rest := trimPara(export.CleanText(d, model.Span{Start: lead.End, End: s.End}, opt.KeepJunk))
	switch {
	case rest == "" && l.headed[x]:
		return l.heading(x, []run{{s: head}}), true
	case rest == "":
		return para{runs: []run{{s: head}}}, true
	}
	return para{runs: []run{{s: head, bold: true}, {s: rest}}}, true
}

// titleText returns x's title as written, with its stop if stop, for a
// paragraph of its own (the document's title never has one: the reader
// keeps a stop there). A title over several lines is joined: a marker alone on the
// first line (附件1, 第一章) keeps its line, with a break the reader reads
// as the space the outline puts after such a marker; other lines are
// joined with nothing between them, as the parser joins a Chinese title.
func (l *layout) titleText(x *model.Node, stop bool) string {
	s := x.TitleSpan
	if s.Len() <= 0 {
		return ""
	}
	if stop {
		s.End = export.LeadEnd(l.d, s.End, l.d.Paras[min(l.d.ParaAt(s.End-1), len(l.d.Paras)-1)].End)
	}
	var lines []string
	for _, ln := range strings.Split(export.CleanText(l.d, s, l.opt.KeepJunk), "\n") {
		if ln = trimPara(ln); ln != "" {
			lines = append(lines, ln)
		}
	}
	t := strings.Join(lines, "")
	if spaced := strings.Join(lines, "\u3000"); len(lines) > 1 && x.Title != "" && strings.HasPrefix(spaced, x.Title) {
		t = spaced // a title printed in two lines, parted as the model parts them
	}
	if len(lines) > 1 && x.Marker != "" && lines[0] == x.Marker {
		t = lines[0] + "\n" + strings.Join(lines[1:], "")
	}
	if !stop {
		// A stop the node's title leaves off (下列事项只能制定法律：) is
		// left off the document's title too, which keeps what it is given.
		for {
			r, size := utf8.DecodeLastRuneInString(t)
			if !strings.ContainsRune(export.LeadStops, r) || strings.HasSuffix(x.Title, string(r)) {
				break
			}
			t = t[:len(t)-size]
		}
	}
	return t
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

// heading returns the heading paragraph of x: the heading style of its
// level below the subtree's root, in the face of its level below the
// article it is in when that differs.
func (l *layout) heading(x *model.Node, runs []run) para {
	level := x.Depth() - l.base
	p := para{style: styleHeading(level), article: x.Kind == model.KindArticle, runs: runs}
	if rest, ok := strings.CutPrefix(p.text(), x.Marker); ok && attachLabel(x.Marker) && labelEnds(x.Marker, rest) {
		// GB/T 9704 8: on a page of its own, its label at the margin in
		// 黑体. Its title stays in the paragraph (after a break where the
		// label has a line of its own): a paragraph of its own, centred
		// as a title, would read back as a heading of its own.
		p.label, p.article = x.Marker, false
		return p
	}
	for a := x.Parent; a != nil && a.Depth() > l.base; a = a.Parent {
		if a.Kind == model.KindArticle {
			if face := x.Depth() - a.Depth(); face != level {
				p.face = face
			}
			break
		}
	}
	return p
}

// documentXML writes word/document.xml: the paragraphs, then the section
// properties that set the page (A4, GB/T 9704 margins) and its footers.
func documentXML(paras []para) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	for _, p := range signOff(attachments(paras)) {
		b.WriteString("<w:p>")
		switch {
		case p.label != "":
			b.WriteString(`<w:pPr><w:pStyle w:val="` + p.style + `"/><w:pageBreakBefore/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>`)
		case p.article:
			b.WriteString(`<w:pPr><w:pStyle w:val="` + p.style + `"/><w:pageBreakBefore/>` + articleLook + `</w:pPr>`)
		case p.style != "":
			b.WriteString(`<w:pPr><w:pStyle w:val="` + p.style + `"/>` + p.look + `</w:pPr>`)
		case p.look != "":
			b.WriteString(`<w:pPr>` + p.look + `</w:pPr>`)
		}
		for _, r := range p.runs {
			switch {
			case p.article:
				r.font = articleFont
			case p.label != "":
				r.font = faceFont(1)
			case p.face > 0:
				r.font = faceFont(p.face)
			case p.font != "":
				r.font = p.font
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
	b.WriteString(`</w:rPr>`)
	for i, ln := range strings.Split(r.s, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		b.WriteString(`<w:t xml:space="preserve">` + escape(ln) + `</w:t>`)
	}
	b.WriteString("</w:r>")
}

// escape escapes s for XML character data: control characters XML 1.0
// cannot hold are dropped (dropControl), invalid UTF-8 becomes U+FFFD, as
// xml.EscapeText makes it, so text from a damaged file still gives a
// well-formed part with nothing in it that Word shows as a box.
func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(strings.Map(dropControl, s)))
	return b.String()
}

// dropControl drops the C0 control characters other than tab and line
// feed (and DEL): XML 1.0 cannot hold them, and xml.EscapeText writes
// U+FFFD, which Word shows.
func dropControl(r rune) rune {
	if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f {
		return -1
	}
	return r
}

// styleHeading returns the style ID of a heading of level (1 and down),
// capped at the deepest heading style.
func styleHeading(level int) string {
	return "Heading" + strconv.Itoa(min(max(level, 1), maxHeading))
}
