package parse

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Word's main namespace; other namespaces (math, drawing, markup
// compatibility) are passed over unless named here.
const (
	nsW  = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsMC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// maxPart bounds the unpacked size of one part of a .docx, so that a zip
// bomb is refused rather than filling memory.
const maxPart = 256 << 20

// ErrNotDocx is a zip archive without word/document.xml.
var ErrNotDocx = errors.New("a zip archive without word/document.xml, not a Word document")

// docxText converts a Word document to the text the reader shows, one
// paragraph a line, and the hints its styles give: heading levels from the
// Heading 1–4 / 标题 1–4 styles and outline levels, the title from a
// centred bold first paragraph, lead sentences from bold runs that open a
// paragraph, and numbering from numPr written out where the text has none.
// Paragraphs come in reading order; a table's cells give one paragraph
// each; footnotes, comments and deleted text are left out.
func docxText(data []byte) (string, []Hint, error) {
	text, hints, _, err := docxTextN(data, 0)
	return text, hints, err
}

func docxRead(data []byte, maxParas int) (string, []Hint, error) {
	parts, err := zipParts(data, "word/document.xml", "word/styles.xml", "word/numbering.xml")
	if err != nil {
		return "", nil, err
	}
	doc, styles, numbering := parts[0], parts[1], parts[2]
	if doc == nil {
		return "", nil, ErrNotDocx
	}
	d := &docx{styles: map[string]*wstyle{}, nums: map[string]*wnum{}, abstract: map[string]*wabstract{}, maxParas: maxParas}
	d.out.keepIndent = true
	d.maxText = textLimit(partLimit(doc.CompressedSize64))
	if styles != nil {
		if err := readPart(styles, d.readStyles); err != nil {
			return "", nil, err
		}
	}
	if numbering != nil {
		if err := readPart(numbering, d.readNumbering); err != nil {
			return "", nil, err
		}
	}
	if err := readPart(doc, d.readDocument); err != nil {
		if errors.Is(err, errEnoughParas) {
			return d.out.String(), d.out.hints, err
		}
		return "", nil, err
	}
	return d.out.String(), d.out.hints, nil
}

// zipParts opens data as a zip archive (a .docx, an .odt) and returns its
// parts of the names given, in their order, nil for each it lacks; an
// archive that does not open is a *zipError (Open names the format). One
// cut short, its central directory gone, is read from its entries' own
// headers (salvageZip) when the first part named, the text, is whole in
// it: Word writes word/document.xml third, so a .docx cut anywhere after
// it still reads, losing at most the styles and numbering that follow.
func zipParts(data []byte, names ...string) ([]*zip.File, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		s, ok := salvageZip(data)
		if !ok {
			return nil, &zipError{err}
		}
		if parts := partsOf(s, names); parts[0] != nil {
			return parts, nil
		}
		return nil, &zipError{err} // the text itself was cut
	}
	return partsOf(zr, names), nil
}

// partsOf returns zr's parts of the names given, nil for each it lacks.
func partsOf(zr *zip.Reader, names []string) []*zip.File {
	parts := make([]*zip.File, len(names))
	for _, f := range zr.File {
		if i := slices.Index(names, strings.TrimPrefix(f.Name, "/")); i >= 0 {
			parts[i] = f
		}
	}
	return parts
}

// readPart opens one part of the archive and hands its XML to read; errors
// name the part and, for XML, the line.
func readPart(f *zip.File, read func(*xml.Decoder) error) error {
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	defer rc.Close()
	limit := partLimit(f.CompressedSize64)
	bomb := fmt.Errorf("%s: unpacks to more than %d MB from %d KB (%w)", f.Name, limit>>20, f.CompressedSize64>>10, ErrZipBomb)
	if f.UncompressedSize64 > uint64(limit) {
		return bomb // as the archive says; a lying one is stopped below
	}
	lr := &io.LimitedReader{R: rc, N: limit + 1}
	dec := xml.NewDecoder(lr)
	dec.Strict = false // Word's XML is well-formed; be lenient with others'
	if err := read(dec); err != nil && err != io.EOF {
		if lr.N <= 0 {
			return bomb
		}
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	return nil
}

// ErrZipBomb is a part of a .docx that unpacks to far more than Word
// writes: refused before it fills memory.
var ErrZipBomb = errors.New("too large unpacked for a Word document")

// partLimit bounds what a part packed into packed bytes may unpack to: at
// most maxRatio times its packed size (Word's XML packs 5–20×, a page of
// identical empty table cells some 100×; a zip bomb hundreds or thousands
// of times, and 37 MB of XML took 5.5 s and 1.4 GB of allocations to read),
// never less than minPartCap, never more than maxPart.
func partLimit(packed uint64) int64 {
	const maxRatio, minPartCap = 200, 16 << 20
	return min(maxPart, max(minPartCap, int64(min(packed, maxPart))*maxRatio))
}

// wstyle is the part of a Word style that matters to the outline.
type wstyle struct {
	name, basedOn string
	outline       int  // outline level 0–8, -1 unset
	bold          int8 // 1 bold, 0 not, -1 unset
	center        bool // justified centre
	num           wnumPr
}

// wnumPr is a paragraph's reference into the numbering definitions.
type wnumPr struct {
	id  string
	lvl int
	set bool
	// lvlSet: the level was given (w:ilvl); without it a heading style's
	// list takes the level that names the style (linkedLevel).
	lvlSet bool
}

// wlevel is one level of a list definition.
type wlevel struct {
	start    int
	format   string // decimal, chineseCounting, bullet…
	text     string // %1、 （%1） …
	hasStart bool
	pStyle   string // the paragraph style linked to the level (w:pStyle)
}

type wabstract struct {
	levels [9]wlevel
	// count and used are the list's counters, which every instance of
	// the definition shares, as Word counts on.
	count [9]int
	used  [9]bool
	// link names the numbering style (w:numStyleLink) whose list holds
	// this one's levels.
	link string
}

// wnum is a numbering instance: a list definition and its own starts.
type wnum struct {
	abstract string
	starts   map[int]int // level overrides of the start value
	seen     [9]bool     // the levels a paragraph of this instance has had
}

// maxLvlText bounds a list level's text (%1、 （%1） 第%1章 %1.%2.%3.):
// what numbering can add to a paragraph is a marker of a few dozen
// characters at most.
const maxLvlText = 64

// maxMarker bounds the marker number writes once the level numbers are in.
const maxMarker = 128

type docx struct {
	styles   map[string]*wstyle
	nums     map[string]*wnum
	abstract map[string]*wabstract
	out      textBuilder
	first    bool  // a paragraph has been written
	titled   bool  // a paragraph has been hinted as the title
	maxText  int   // bytes of text the document may give (textLimit)
	err      error // the text went over maxText, or maxParas were read
	maxParas int   // stop after this many paragraphs with text; 0: never
	paras    int   // paragraphs with text written
}

// textLimit bounds the text of a document whose document.xml may unpack to
// xmlLimit bytes: its text is never longer than its XML, bar the numbers
// lists add (a marker a paragraph, each paragraph at least a dozen bytes
// of XML), so twice the XML is generous for real documents and stops any
// other amplification of a small file.
func textLimit(xmlLimit int64) int { return int(min(2*xmlLimit, 1<<30)) }

// errTextTooLarge is the error for text over the document's bound.
func errTextTooLarge(limit int) error {
	return fmt.Errorf("word/document.xml: gives more than %d MB of text (%w)", limit>>20, ErrZipBomb)
}

func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == nsW || a.Name.Space == "" || a.Name.Space == "w") {
			return a.Value, true
		}
	}
	return "", false
}

// onOff reads a Word toggle (<w:b/>, <w:b w:val="0"/>).
func onOff(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	return !ok || v != "0" && v != "false" && v != "off"
}

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == "w" }

func (d *docx) readStyles(dec *xml.Decoder) error {
	var cur *wstyle
	inRPr, inPPr := false, false
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "style":
				id, _ := attr(t, "styleId")
				cur = &wstyle{outline: -1, bold: -1}
				d.styles[id] = cur
			case "name":
				if cur != nil {
					cur.name, _ = attr(t, "val")
				}
			case "basedOn":
				if cur != nil {
					cur.basedOn, _ = attr(t, "val")
				}
			case "pPr":
				inPPr = true
			case "rPr":
				inRPr = true
			case "outlineLvl":
				if cur != nil && inPPr {
					v, _ := attr(t, "val")
					if n, err := strconv.Atoi(v); err == nil {
						cur.outline = n
					}
				}
			case "jc":
				if cur != nil && inPPr && !inRPr {
					v, _ := attr(t, "val")
					cur.center = v == "center"
				}
			case "b":
				if cur != nil && inRPr {
					cur.bold = 0
					if onOff(t) {
						cur.bold = 1
					}
				}
			case "numId":
				if cur != nil && inPPr {
					cur.num.id, _ = attr(t, "val")
					cur.num.set = true
				}
			case "ilvl":
				if cur != nil && inPPr {
					v, _ := attr(t, "val")
					cur.num.lvl, _ = strconv.Atoi(v)
					cur.num.lvlSet = true
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "style":
				cur = nil
			case "pPr":
				inPPr = false
			case "rPr":
				inRPr = false
			}
		}
	}
}

// styleChain calls fn on style id and the styles it is based on, nearest
// first, until fn returns true. Loops in basedOn are cut.
func (d *docx) styleChain(id string, fn func(*wstyle) bool) {
	for range 16 {
		s := d.styles[id]
		if s == nil || fn(s) {
			return
		}
		id = s.basedOn
	}
}

// headingLevel returns the heading level a paragraph style gives (1 for
// Heading 1, 标题 1 or outline level 0), 0 for none, and whether the style
// is the document's Title style.
func (d *docx) headingLevel(id string) (level int, title bool) {
	d.styleChain(id, func(s *wstyle) bool {
		name := strings.ToLower(strings.ReplaceAll(s.name, " ", ""))
		for _, pre := range []string{"heading", "标题"} {
			if rest, ok := strings.CutPrefix(name, pre); ok {
				if n, err := strconv.Atoi(rest); err == nil && n >= 1 && n <= 9 {
					level = n
					return true
				}
				if rest == "" && pre == "标题" {
					title = true
					return true
				}
			}
		}
		if name == "title" || strings.Contains(name, "标准名称") {
			title = true // 封面标准名称: the GB/T 1.1 template's cover title
			return true
		}
		if s.outline >= 0 {
			// Level 9 is body text, said over a heading style the style
			// is based on: Word's TOC Heading (目录) is Heading 1 so.
			if s.outline < 9 {
				level = s.outline + 1
			}
			return true
		}
		return false
	})
	return min(level, 6), title
}

func (d *docx) styleBold(id string) bool {
	bold := false
	d.styleChain(id, func(s *wstyle) bool {
		if s.bold >= 0 {
			bold = s.bold == 1
			return true
		}
		return false
	})
	return bold
}

func (d *docx) styleCenter(id string) bool {
	c := false
	d.styleChain(id, func(s *wstyle) bool { c = c || s.center; return c })
	return c
}

func (d *docx) styleNum(id string) wnumPr {
	var n wnumPr
	d.styleChain(id, func(s *wstyle) bool {
		if s.num.set {
			n = s.num
			return true
		}
		return false
	})
	return n
}

// run is the state of the run being read.
type wrun struct {
	bold, boldSet bool
	style         string
	// hidden is a run set w:vanish: Word neither shows nor prints it.
	hidden bool
}

// special writes what a tab, a line or page break, or a non-breaking
// hyphen stands for in the text.
func (d *docx) special(p *wpara, run wrun, t xml.StartElement) {
	switch t.Name.Local {
	case "noBreakHyphen":
		d.write(p, run, "-")
	case "br", "cr":
		if v, _ := attr(t, "type"); v == "page" {
			p.pageBrk = true
			return
		}
		d.write(p, run, " ")
	default:
		d.write(p, run, " ")
	}
}

// paraProperty reads one element of a paragraph's properties (w:pPr): its
// style, centring, outline level, page break and list numbering.
func paraProperty(p *wpara, t xml.StartElement) {
	switch t.Name.Local {
	case "pStyle":
		p.style, _ = attr(t, "val")
	case "jc":
		v, _ := attr(t, "val")
		p.center = v == "center"
	case "outlineLvl":
		v, _ := attr(t, "val")
		if n, err := strconv.Atoi(v); err == nil {
			p.outline = n
		}
	case "pageBreakBefore":
		if onOff(t) {
			p.pageBrk = true
		}
	case "numId":
		p.num.id, _ = attr(t, "val")
		p.numSet = true
	case "ilvl":
		v, _ := attr(t, "val")
		p.num.lvl, _ = strconv.Atoi(v)
		p.num.lvlSet = true
	}
}

// write adds text from run r to paragraph p, keeping count of the bold run
// that opens it.
func (d *docx) write(p *wpara, r wrun, s string) {
	if s == "" {
		return
	}
	bold := r.bold
	if !r.boldSet {
		bold = r.style != "" && d.styleBold(r.style) || d.styleBold(p.style)
	}
	p.add(s, bold)
}

// flush writes a finished paragraph with its hints.
func (d *docx) flush(p *wpara) {
	text := p.text.String()
	if p.markDel && strings.TrimSpace(strings.ReplaceAll(text, "\u3000", "")) == "" {
		return // a paragraph deleted with its mark: not even a blank line
	}
	if p.pageBrk && d.first {
		d.out.blank(2) // a new page: what blank lines say in plain text
	}
	if strings.TrimSpace(strings.ReplaceAll(text, "\u3000", "")) == "" {
		if d.first {
			d.out.blank(1)
		}
		return
	}
	var h Hint
	level, title := d.headingLevel(p.style)
	if p.outline >= 0 && p.outline < 9 {
		level = min(p.outline+1, 6)
	}
	h.Heading = level
	h.Lead = p.lead
	// Numbering from the list the paragraph (or its style) is in, written
	// out as Word shows it unless the text carries its own number.
	np := p.num
	if !p.numSet {
		if np = d.styleNum(p.style); np.set && !np.lvlSet {
			np.lvl = d.linkedLevel(np.id, p.style)
		}
	} else {
		np.set = true
	}
	if np.set && np.id != "" && np.id != "0" {
		if m := d.number(np); m != "" {
			trimmed := strings.TrimLeft(text, " \t\u3000")
			if _, has := parseMarker(trimmed); !has {
				// The number goes after a typed 　　 indent, which stays.
				indent := strings.TrimLeft(text[:len(text)-len(trimmed)], " \t")
				text = indent + m + trimmed
				if h.Lead > 0 {
					h.Lead += len(m) - (len(p.text.String()) - len(trimmed) - len(indent))
				}
			}
		}
	}
	center := !d.first && (p.center || d.styleCenter(p.style))
	h.Title = title && (!d.first || !d.titled && h.Heading == 0) || center && p.bold && h.Heading == 0
	d.titled = d.titled || h.Title
	if p.bold && !h.Title {
		// Bold all through: a heading line or emphasis, not a lead.
		h.Lead = len(text)
	}
	h = cellHint(p.cell, h)
	if d.out.b.Len()+len(text) > d.maxText {
		d.err = errTextTooLarge(d.maxText)
		return
	}
	if d.paras == d.maxParas && d.maxParas > 0 {
		// One paragraph past the head: there is more, and it is left out.
		d.err = errEnoughParas
		return
	}
	d.out.para(text, h)
	d.first = true
	d.paras++
}
