package parse

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Word's special characters in the text stream ([MS-DOC] 2.8.25 and the
// field marks of 2.8.25's PlcFld).
const (
	chPara       = 0x0D
	chCell       = 0x07 // ends a table cell and a table row
	chPage       = 0x0C // page or section break
	chColumn     = 0x0E
	chLine       = 0x0B
	chTab        = 0x09
	chFieldBegin = 0x13
	chFieldSep   = 0x14
	chFieldEnd   = 0x15
	chNBHyphen   = 0x1E
	chSoftHyphen = 0x1F
	maxFieldNest = 64 // Word nests fields a few deep; past this the marks are junk
)

// docSeg is a stretch of a paragraph with the same character properties:
// it ends at byte end of the paragraph.
type docSeg struct {
	end int
	run int // index into chp, -1 none
}

// docConv walks the main document's characters into paragraphs.
type docConv struct {
	d      *wordDoc
	out    textBuilder
	segs   []docSeg
	para   []byte // the paragraph so far; segs cut it
	curRun int
	fields []bool // the open fields: true once past the separator (the result)
	chpAt  int
	papAt  int
	first  bool // a paragraph has been written
	titled bool // a paragraph has been hinted as the title
	lists  *docx
	row    tableRow // the table row being read
}

// convert writes the main document (cp 0 to ccpText) as paragraphs.
func (d *wordDoc) convert() (string, []Hint, error) {
	c := &docConv{d: d, curRun: -1, chpAt: -1, papAt: -1, lists: d.readLists()}
	c.out.b.Grow(min(3*d.ccpText, 3*len(d.main)) + 16)
	for _, p := range d.pieces {
		if p.cp >= d.ccpText {
			break
		}
		end := min(p.cpEnd, d.ccpText)
		n := end - p.cp
		if p.compressed {
			for i := range n {
				c.char(rune(charmap.Windows1252.DecodeByte(d.main[p.fc+i])), p.fc+i)
			}
			continue
		}
		for i := 0; i < n; i++ {
			fc := p.fc + 2*i
			r := rune(u16(d.main, fc))
			if utf16.IsSurrogate(r) && i+1 < n {
				if r2 := utf16.DecodeRune(r, rune(u16(d.main, fc+2))); r2 != utf8.RuneError {
					c.char(r2, fc)
					i++
					continue
				}
			}
			c.char(r, fc)
		}
	}
	c.endPara(-1)
	return c.out.String(), c.out.hints, nil
}

// char takes one character at file offset fc.
func (c *docConv) char(r rune, fc int) {
	switch r {
	case chFieldBegin:
		if len(c.fields) < maxFieldNest {
			c.fields = append(c.fields, false)
		}
		return
	case chFieldSep:
		if n := len(c.fields); n > 0 {
			c.fields[n-1] = true
		}
		return
	case chFieldEnd:
		if n := len(c.fields); n > 0 {
			c.fields = c.fields[:n-1]
		}
		return
	}
	for _, result := range c.fields {
		if !result {
			return // a field's instructions: HYPERLINK "…", PAGE, TOC \o
		}
	}
	run := c.runAt(fc)
	if run >= 0 && r != chCell {
		// Text a tracked change deleted, and hidden text, are not printed;
		// a deleted paragraph mark joins its paragraph to the next. A
		// hidden mark stays: Word's style separator, a heading run in
		// with the paragraph after it, keeps its heading.
		if pr := &c.d.chp[run]; pr.deleted || pr.hidden && r != chPara {
			return
		}
	}
	switch r {
	case chPara, chColumn:
		c.endPara(fc)
		return
	case chCell:
		c.endCell(fc)
		return
	case chPage:
		c.endPara(fc)
		if c.first {
			c.out.blank(2) // a new page: what blank lines say in plain text
		}
		return
	case chLine, chTab:
		r = ' '
	case chNBHyphen:
		r = '-'
	case chSoftHyphen:
		return
	}
	if r < 0x20 || r == 0x7F || r >= 0xF000 && r <= 0xF0FF {
		// Anchors of pictures (0x01), drawn objects (0x08), notes and
		// comments (0x02, 0x05); symbol-font glyphs in the private area.
		return
	}
	if run != c.curRun && len(c.para) > 0 {
		c.segs = append(c.segs, docSeg{len(c.para), c.curRun})
	}
	c.curRun = run
	c.para = utf8.AppendRune(c.para, r)
}

// runAt returns the character run at file offset fc, -1 none.
func (c *docConv) runAt(fc int) int {
	if len(c.d.chp) == 0 {
		return -1
	}
	run := findRun(len(c.d.chp), c.chpAt, fc, func(i int) (int, int) { return c.d.chp[i].fc, c.d.chp[i].fcEnd })
	if run >= 0 {
		c.chpAt = run
	}
	return run
}

// endPara ends the paragraph whose mark is at file offset fc (-1: the
// end of the text) and writes it with its hints.
func (c *docConv) endPara(fc int) {
	if n := len(c.segs); len(c.para) > 0 && (n == 0 || c.segs[n-1].end < len(c.para)) {
		c.segs = append(c.segs, docSeg{len(c.para), c.curRun})
	}
	segs := c.segs
	t := string(c.para)
	c.segs, c.para = c.segs[:0], c.para[:0]
	pap := papRun{istd: 0, outline: -1, center: -1, ilfo: -1, ilvl: -1}
	if fc >= 0 && len(c.d.pap) > 0 {
		if i := findRun(len(c.d.pap), c.papAt, fc, func(i int) (int, int) { return c.d.pap[i].fc, c.d.pap[i].fcEnd }); i >= 0 {
			c.papAt = i
			pap = c.d.pap[i]
		}
	}
	lead, leadOpen, allBold := 0, true, true
	styleBold := c.d.styleBold(pap.istd)
	start := 0
	for _, s := range segs {
		bold := c.bold(s.run, styleBold)
		if !bold && !blankText(t[start:s.end]) {
			allBold = false
			leadOpen = false
		}
		if leadOpen && bold && !blankText(t[start:s.end]) {
			lead = s.end
		}
		start = s.end
	}
	if pap.inTable && !pap.rowEnd && !c.row.open {
		c.row = tableRow{open: true, hints: len(c.out.hints), line: c.out.line}
	}
	if blankText(t) {
		if c.first {
			c.out.blank(1)
		}
		return
	}
	t, lead = c.number(pap, t, lead)
	level, title := c.d.headingLevel(pap.istd)
	h := Hint{Heading: level, Lead: lead}
	if pap.outline >= 0 && pap.outline < 9 {
		h.Heading = min(pap.outline+1, 6)
	}
	if !c.first {
		center := pap.center == 1 || pap.center < 0 && c.d.styleCenter(pap.istd)
		h.Title = title || center && allBold && h.Heading == 0
	} else if title && !c.titled && h.Heading == 0 {
		// A title style below a cover's first lines (a standard's ICS
		// and CCS codes, its number): the first such paragraph is the
		// title, what stands above it the cover's.
		h.Title = true
	}
	c.titled = c.titled || h.Title
	if allBold && !h.Title {
		h.Lead = len(t) // bold all through: a heading line or emphasis, not a lead
	}
	c.out.para(t, h)
	c.first = true
}

// bold resolves whether character run i is bold in a paragraph whose
// style is bold or not: its own bold operand over its character style's
// over the paragraph style's.
func (c *docConv) bold(i int, styleBold bool) bool {
	if i < 0 {
		return styleBold
	}
	r := c.d.chp[i]
	base := styleBold
	if r.istd > 0 {
		c.d.styleChain(r.istd, func(s *docStyle) bool {
			if s.bold == 0 || s.bold == 1 {
				base = s.bold == 1
				return true
			}
			return false
		})
	}
	switch r.bold {
	case 0:
		return false
	case 1:
		return true
	case 0x81:
		return !base
	}
	return base
}

// number writes out the list number of a numbered paragraph, as Word
// shows it, unless the text carries its own; lead moves with the text.
func (c *docConv) number(pap papRun, text string, lead int) (string, int) {
	ilfo, ilvl := c.d.styleList(pap.istd)
	if pap.ilfo >= 0 {
		ilfo = pap.ilfo
	}
	if pap.ilvl >= 0 {
		ilvl = pap.ilvl
	}
	if ilfo <= 0 || ilfo >= 2047 {
		return text, lead // 0 is none; 2047 and above are Word's list-less marks
	}
	m := c.lists.number(wnumPr{id: strconv.Itoa(ilfo), lvl: max(ilvl, 0), set: true})
	if m == "" {
		return text, lead
	}
	trimmed := strings.TrimLeft(text, " \t\u3000")
	if _, has := parseMarker(trimmed); has {
		return text, lead
	}
	if lead > 0 {
		lead += len(m) - (len(text) - len(trimmed))
	}
	return m + trimmed, lead
}

// blankText reports text of nothing but white space, U+3000 included.
func blankText(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return r == '\u3000' || unicode.IsSpace(r) }) == ""
}

// tableRow is what endCell keeps of the table row being read: where its
// lines and hints start, and its cells so far.
type tableRow struct {
	open        bool
	hints, line int
	cells       int
}

// endCell ends a table cell's last paragraph or, at the mark that ends a
// row, the row. The cells of a row of two or more are data, never
// headings (指标 | 2025年目标), as docx reads a table of two or more
// columns; a one-cell table is a box drawn round text, which keeps its
// headings.
func (c *docConv) endCell(fc int) {
	c.endPara(fc)
	pap := papRun{}
	if fc >= 0 && len(c.d.pap) > 0 {
		if i := findRun(len(c.d.pap), c.papAt, fc, func(i int) (int, int) { return c.d.pap[i].fc, c.d.pap[i].fcEnd }); i >= 0 {
			pap = c.d.pap[i]
		}
	}
	if pap.inTable && !pap.rowEnd {
		// A row-end mark whose properties were not found (not in a
		// table by them) ends the row all the same.
		c.row.cells++
		return
	}
	if c.row.open && c.row.cells >= 2 {
		c.out.bodyFrom(c.row.hints, c.row.line)
	}
	c.row = tableRow{}
}
