package parse

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// An OpenDocument text (.odt) is what LibreOffice, WPS and 永中 save in
// their own format. No well-kept Go library reads ODF text with its styles
// (the ones there are convert to plain text and drop bold and outline
// levels, which the outline needs), and the format is one XML part walked
// like document.xml, so it is read here with encoding/xml.

// ODF's namespaces, by the prefixes every producer writes.
const (
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsStyle  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	nsFO     = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
)

// ostyle is the part of an ODF paragraph or text style that matters to
// the outline.
type ostyle struct {
	parent  string
	display string // style:display-name: 标题 1 where the name is Heading_20_1
	bold    bool
	boldSet bool
	center  bool
	outline int // style:default-outline-level, 0 unset
}

// odt reads one document.
type odt struct {
	styles  map[string]*ostyle // family + ":" + name
	out     textBuilder
	first   bool
	titled  bool
	maxText int
	err     error
	cols    []int  // columns of the tables open, innermost last
	number  string // a list item's number, written before its paragraph
	body    bool   // inside office:text: the document, not a page header
	inNum   bool   // inside a list item's text:number
	lists   olists
}

// odtText converts an OpenDocument text to the text the reader shows, one
// paragraph a line, with the hints its markup gives: heading levels from
// <text:h> and outline-level styles, the title from the Title style or a
// centred bold first paragraph, lead sentences from bold spans that open a
// paragraph. Notes, comments and tracked deletions are left out; a table's
// cells give one paragraph each.
func odtText(data []byte) (string, []Hint, error) {
	parts, err := zipParts(data, "content.xml", "styles.xml")
	if err != nil {
		return "", nil, err
	}
	content, styles := parts[0], parts[1]
	if content == nil {
		return "", nil, ErrNotODT
	}
	d := &odt{styles: map[string]*ostyle{}}
	d.lists.pending = -1
	d.out.keepIndent = true
	d.maxText = textLimit(partLimit(content.CompressedSize64))
	if styles != nil {
		if err := readPart(styles, d.read); err != nil {
			return "", nil, err
		}
	}
	if err := readPart(content, d.read); err != nil {
		return "", nil, err
	}
	if d.err != nil {
		return "", nil, d.err
	}
	return d.out.String(), d.out.hints, nil
}

// oattr returns the value of the attribute local in namespace space.
func oattr(t xml.StartElement, space, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && (a.Name.Space == space || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// chain walks a style and its parents, nearest first, until f is done.
func (d *odt) chain(family, name string, f func(*ostyle) bool) {
	for range 32 { // a loop in the parents ends here
		s := d.styles[family+":"+name]
		if s == nil || f(s) {
			return
		}
		name = s.parent
	}
}

func (d *odt) bold(family, name string) bool {
	b := false
	d.chain(family, name, func(s *ostyle) bool { b = s.bold; return s.boldSet })
	return b
}

// weight is a span's own weight: 1 bold, -1 normal, 0 what it is in.
func (d *odt) weight(name string) int8 {
	var w int8
	d.chain("text", name, func(s *ostyle) bool {
		if s.boldSet {
			w = -1
			if s.bold {
				w = 1
			}
		}
		return s.boldSet
	})
	return w
}

// heading returns the outline level a paragraph style gives (Heading 2,
// 标题 2, an outline level), and whether it is the Title style.
func (d *odt) heading(name string) (level int, title bool) {
	d.chain("paragraph", name, func(s *ostyle) bool {
		for _, n := range []string{strings.ToLower(strings.ReplaceAll(s.display, " ", "")), strings.ToLower(name)} {
			if n == "title" || n == "标题" {
				title = true
				return true
			}
		}
		if s.outline > 0 {
			level = s.outline
			return true
		}
		return false
	})
	return min(level, 6), title
}

// styleProps reads a style's properties element into s.
func styleProps(s *ostyle, t xml.StartElement) {
	switch t.Name.Local {
	case "paragraph-properties":
		s.center = s.center || oattr(t, nsFO, "text-align") == "center"
	case "text-properties":
		// 粗体 for Han is the asian weight; LibreOffice sets both.
		for _, w := range []string{oattr(t, nsStyle, "font-weight-asian"), oattr(t, nsFO, "font-weight")} {
			if w != "" {
				n, _ := strconv.Atoi(w)
				s.bold, s.boldSet = w == "bold" || n >= 600, true
				break
			}
		}
	}
}

// odtSkip are elements whose text is not the document's: notes (their
// citation and body), comments, tracked deletions, a frame's alternative
// text.
var odtSkip = map[string]bool{"note": true, "annotation": true, "tracked-changes": true, "desc": true, "title": true}

// read walks styles.xml or content.xml: styles wherever they are, the
// paragraphs of office:text.
func (d *odt) read(dec *xml.Decoder) error {
	var paras []*wpara
	var spans []int8 // the weight of each open span
	var cur *ostyle  // the style being read
	skip := 0
	for d.err == nil {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || odtSkip[t.Name.Local] && (t.Name.Space == nsText || t.Name.Space == nsOffice) {
				skip++
				continue
			}
			switch t.Name.Space {
			case nsStyle:
				if t.Name.Local == "style" {
					cur = &ostyle{parent: oattr(t, nsStyle, "parent-style-name"), display: oattr(t, nsStyle, "display-name")}
					cur.outline, _ = strconv.Atoi(oattr(t, nsStyle, "default-outline-level"))
					d.styles[oattr(t, nsStyle, "family")+":"+oattr(t, nsStyle, "name")] = cur
				} else if cur != nil {
					styleProps(cur, t)
				}
			case nsOffice:
				d.body = d.body || t.Name.Local == "text"
			case nsTable:
				d.tableStart(t)
			case nsText:
				if t.Name.Local == "list-style" || t.Name.Local == "list-level-style-number" {
					d.lists.styleStart(t)
				}
				if d.body {
					paras, spans = d.textStart(t, paras, spans)
				}
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch {
			case t.Name.Space == nsStyle && t.Name.Local == "style":
				cur = nil
			case t.Name.Space == nsTable && t.Name.Local == "table" && len(d.cols) > 0:
				d.cols = d.cols[:len(d.cols)-1]
			case t.Name.Space == nsOffice && t.Name.Local == "text":
				d.body = false
			case t.Name.Space == nsText && t.Name.Local == "list" && d.body:
				d.lists.listEnd()
			case t.Name.Space == nsText && t.Name.Local == "number":
				d.inNum = false
			case t.Name.Space == nsText && t.Name.Local == "span" && len(spans) > 0:
				spans = spans[:len(spans)-1]
			case t.Name.Space == nsText && (t.Name.Local == "p" || t.Name.Local == "h") && len(paras) > 0:
				d.flush(paras[len(paras)-1])
				paras = paras[:len(paras)-1]
			}
		case xml.CharData:
			switch {
			case skip > 0:
			case len(paras) > 0:
				d.write(paras[len(paras)-1], spans, string(t))
			case d.inNum:
				d.number += string(t)
			}
		}
	}
	return d.err
}

// tableStart counts a table and its columns.
func (d *odt) tableStart(t xml.StartElement) {
	switch t.Name.Local {
	case "table":
		d.cols = append(d.cols, 0)
	case "table-column":
		if len(d.cols) > 0 {
			n, err := strconv.Atoi(oattr(t, nsTable, "number-columns-repeated"))
			if err != nil || n < 1 {
				n = 1
			}
			d.cols[len(d.cols)-1] += min(n, 1024)
		}
	}
}

// textStart opens a paragraph, a span or a list number, or writes what a
// space, tab or line break element stands for.
func (d *odt) textStart(t xml.StartElement, paras []*wpara, spans []int8) ([]*wpara, []int8) {
	var p *wpara
	if len(paras) > 0 {
		p = paras[len(paras)-1]
	}
	switch t.Name.Local {
	case "p", "h":
		np := &wpara{style: oattr(t, nsText, "style-name"), leadOpen: true, bold: true, cell: len(d.cols) > 0 && d.cols[len(d.cols)-1] >= 2}
		np.outline = -1
		if t.Name.Local == "h" {
			if n, err := strconv.Atoi(oattr(t, nsText, "outline-level")); err == nil && n >= 1 {
				np.outline = n - 1
			} else {
				np.outline = 0
			}
		}
		n := d.lists.number()
		if given := strings.TrimSpace(d.number); given != "" {
			n = given // the number as the producer wrote it
		}
		if n != "" {
			if _, has := parseMarker(n + "x"); has {
				np.text.WriteString(n) // 一、 as the list shows it
			} else {
				np.text.WriteString(n + " ")
			}
		}
		d.number = ""
		return append(paras, np), nil
	case "span":
		return paras, append(spans, d.weight(oattr(t, nsText, "style-name")))
	case "list":
		d.lists.listStart(t)
	case "list-item", "list-header":
		d.lists.item(t)
	case "number":
		d.inNum = p == nil
	case "s":
		if p != nil {
			n, err := strconv.Atoi(oattr(t, nsText, "c"))
			if err != nil || n < 1 {
				n = 1
			}
			d.write(p, spans, strings.Repeat(" ", min(n, 64)))
		}
	case "tab", "line-break":
		if p != nil {
			d.write(p, spans, " ")
		}
	}
	return paras, spans
}

// write adds text to paragraph p in the weight its spans and style give.
func (d *odt) write(p *wpara, spans []int8, s string) {
	if s == "" {
		return
	}
	bold := d.bold("paragraph", p.style)
	for _, b := range spans { // the innermost span that sets a weight
		if b != 0 {
			bold = b > 0
		}
	}
	p.add(s, bold)
}

// flush writes a finished paragraph with its hints.
func (d *odt) flush(p *wpara) {
	text := p.text.String()
	if strings.TrimSpace(strings.ReplaceAll(text, "\u3000", "")) == "" {
		if d.first {
			d.out.blank(1)
		}
		return
	}
	var h Hint
	level, title := d.heading(p.style)
	if p.outline >= 0 {
		level = min(p.outline+1, 6)
	}
	h.Heading, h.Lead = level, p.lead
	center := false
	d.chain("paragraph", p.style, func(s *ostyle) bool { center = center || s.center; return center })
	h.Title = title && !d.titled || !d.first && center && p.bold && h.Heading == 0
	if h.Title {
		h.Heading = 0
	}
	d.titled = d.titled || h.Title
	if p.bold && !h.Title {
		h.Lead = len(text) // bold all through: a heading line or emphasis
	}
	h = cellHint(p.cell, h)
	if d.out.b.Len()+len(text) > d.maxText {
		d.err = fmt.Errorf("content.xml: gives more than %d MB of text (%w)", d.maxText>>20, ErrZipBomb)
		return
	}
	d.out.para(text, h)
	d.first = true
}
