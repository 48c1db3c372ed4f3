package parse

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Rich Text Format: what Word, WPS and LibreOffice save as .rtf, and what
// many a .doc downloaded from a web site really is. The Go RTF readers
// there are are young, little used, or strip the text of the bold and
// heading styles the outline needs; RTF is a flat stream of groups and
// control words, read here in one pass.

// rtfMaxDepth bounds the nesting of groups: Word nests a few dozen deep;
// deeper is a damaged or hostile file, whose excess groups are read as if
// flat.
const rtfMaxDepth = 256

// rtfSkip are the destinations whose text is not the document's: tables
// of fonts, colours, styles and lists, the document's information,
// pictures and objects, page headers and footers, notes, comments, field
// instructions, bookmarks' names, and the data Word stores beside.
var rtfSkip = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true, "object": true,
	"header": true, "headerl": true, "headerr": true, "headerf": true, "footer": true, "footerl": true,
	"footerr": true, "footerf": true, "footnote": true, "annotation": true, "atnid": true, "atnauthor": true,
	"fldinst": true, "bkmkstart": true, "bkmkend": true, "listtable": true, "listoverridetable": true,
	"rsidtbl": true, "generator": true, "xmlnstbl": true, "themedata": true, "colorschememapping": true,
	"datastore": true, "latentstyles": true, "revtbl": true, "pgdsctbl": true, "shp": true, "nonshppict": true,
	"filetbl": true, "mmathPr": true, "userprops": true, "docvar": true, "txe": true, "xe": true, "tc": true,
}

// rtfState is what a group scopes.
type rtfState struct {
	skip  bool // inside a destination left out
	bold  bool
	dbcs  bool // \dbch: the associated properties that follow are East Asian text's
	abold bool // \ab after \dbch: East Asian text is bold (LibreOffice's way)
	font  int
	uc    int  // characters that stand in for each \u that follows
	list  bool // inside \listtext or \pntext: a list's number as shown
	style bool // inside the style sheet: its entries' names are read
}

// rtf reads one document.
type rtf struct {
	src      []byte
	pos      int
	st       rtfState
	stack    []rtfState
	ansi     encoding.Encoding
	fonts    map[int]encoding.Encoding
	fontNum  int // the font whose entry the font table is at
	styles   map[int]int
	styleNum int
	styleNm  strings.Builder
	pending  []byte // \'hh bytes not yet decoded
	skipN    int    // fallback characters still to drop after a \u
	para     *wpara
	parStyle int
	center   bool
	cell     bool
	number   string
	out      textBuilder
	first    bool
	titled   bool
}

// errNotRTF is text that does not open with {\rtf (Sniff never calls
// such text RTF).
var errNotRTF = errors.New("not an RTF file")

// rtfText converts an RTF document to the text the reader shows, one
// paragraph a line, with hints: heading levels from the style sheet's
// outline levels and heading names, the title from a centred bold first
// paragraph, lead sentences from the bold that opens a paragraph, list
// numbers as Word writes them out for readers without lists (\listtext).
func rtfText(data []byte) (string, []Hint, error) {
	data = bytes.TrimLeft(data, "\xef\xbb\xbf \t\r\n") // as Sniff reads it
	if !bytes.HasPrefix(data, []byte(`{\rtf`)) {
		return "", nil, errNotRTF
	}
	r := &rtf{src: data, ansi: charmap.Windows1252, fonts: map[int]encoding.Encoding{}, styles: map[int]int{}}
	r.st.uc = 1
	r.out.keepIndent = true
	limit := textLimit(int64(len(data)))
	for r.pos < len(r.src) {
		r.step()
		if r.out.b.Len() > limit {
			return "", nil, fmt.Errorf("gives more than %d MB of text (%w)", limit>>20, ErrZipBomb)
		}
	}
	r.decode()
	r.endPara()
	return r.out.String(), r.out.hints, nil
}

// step reads one token: a group's brace, a control word or symbol, or text.
func (r *rtf) step() {
	c := r.src[r.pos]
	switch c {
	case '{':
		r.decode()
		r.pos++
		if len(r.stack) < rtfMaxDepth {
			r.stack = append(r.stack, r.st)
		}
		if r.pos+1 < len(r.src) && r.src[r.pos] == '\\' && r.src[r.pos+1] == '*' {
			r.st.skip = true // an optional destination this reader does not know
		}
	case '}':
		r.decode()
		r.pos++
		if r.st.style && !r.st.skip {
			r.endStyle()
		}
		if n := len(r.stack); n > 0 {
			r.st = r.stack[n-1]
			r.stack = r.stack[:n-1]
		}
	case '\\':
		r.control()
	case '\r', '\n':
		r.pos++
	default:
		start := r.pos
		for r.pos < len(r.src) && !strings.ContainsRune("{}\\\r\n", rune(r.src[r.pos])) {
			r.pos++
		}
		if !r.st.skip {
			// Raw bytes are in the code page too (a producer that writes
			// GBK or UTF-8 text unescaped); ASCII passes as itself.
			r.pending = append(r.pending, r.src[start:r.pos]...)
			r.decode()
		}
	}
}

// control reads a control word (\b0, \u-26631, \par) or symbol (\'c4, \~).
func (r *rtf) control() {
	r.pos++ // the backslash
	if r.pos >= len(r.src) {
		return
	}
	c := r.src[r.pos]
	if !isASCIILetter(c) {
		r.pos++
		switch c {
		case '\'':
			if r.pos+2 <= len(r.src) {
				if b, err := strconv.ParseUint(string(r.src[r.pos:r.pos+2]), 16, 8); err == nil {
					r.pos += 2
					if r.skipN > 0 {
						r.skipN--
						return
					}
					if !r.st.skip {
						r.pending = append(r.pending, byte(b))
					}
				}
			}
		case '~':
			r.text([]byte("\u00a0"))
		case '_':
			r.text([]byte("-"))
		case '\\', '{', '}':
			r.text([]byte{c})
		case '\n', '\r':
			r.word("par", 0, false)
		}
		return
	}
	start := r.pos
	for r.pos < len(r.src) && isASCIILetter(r.src[r.pos]) {
		r.pos++
	}
	name := string(r.src[start:r.pos])
	numStart := r.pos
	if r.pos < len(r.src) && r.src[r.pos] == '-' {
		r.pos++
	}
	for r.pos < len(r.src) && r.pos-numStart < 11 && r.src[r.pos] >= '0' && r.src[r.pos] <= '9' {
		r.pos++
	}
	n, err := strconv.Atoi(string(r.src[numStart:r.pos]))
	hasNum := err == nil
	if r.pos < len(r.src) && r.src[r.pos] == ' ' {
		r.pos++ // the delimiter belongs to the control word
	}
	r.word(name, n, hasNum)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// word acts on one control word.
func (r *rtf) word(name string, n int, hasNum bool) {
	if rtfSkip[name] {
		r.decode()
		r.st.skip = true
		if name == "stylesheet" {
			r.st.skip, r.st.style = false, true
		}
		return
	}
	if name != "u" {
		r.decode()
	}
	if r.st.list && (name == "pard" || name == "s" || name == "qc") {
		return // Word resets the number's own look: not the paragraph's
	}
	switch name {
	case "ansicpg":
		if e := codePage(n); e != nil {
			r.ansi = e
		}
	case "f":
		r.st.font = n
		r.fontNum = n
	case "fcharset":
		if e := charsetEncoding(n); e != nil {
			r.fonts[r.fontNum] = e
		}
	case "s":
		if r.st.style {
			r.styleNum = n
			r.styleNm.Reset()
		} else {
			r.parStyle = n
		}
	case "outlinelevel":
		if r.st.style && n >= 0 && n < 9 {
			r.styles[r.styleNum] = n + 1
		}
	case "b":
		r.st.bold = !hasNum || n != 0
	case "dbch":
		r.st.dbcs = true
	case "loch", "hich", "rtlch", "ltrch":
		r.st.dbcs = false
	case "ab":
		if r.st.dbcs {
			r.st.abold = !hasNum || n != 0
		}
	case "plain":
		r.st.bold, r.st.abold = false, false
	case "uc":
		r.st.uc = max(0, min(n, 8))
	case "u":
		r.skipN = 0 // a \u right after another ends its fallback
		if !r.st.skip {
			r.decode()
			if n < 0 {
				n += 65536
			}
			r.text([]byte(string(rune(n))))
		}
		r.skipN = r.st.uc
	case "pard":
		r.parStyle, r.center, r.cell = 0, false, false
	case "qc":
		r.center = true
	case "listtext", "pntext":
		r.st.list = true
	case "par", "sect", "page":
		r.endPara()
	case "cell":
		r.cell = true
		r.endPara()
	case "line", "tab", "emspace", "enspace":
		r.text([]byte(" "))
	}
}

// text adds bytes of text in the current font's code page (plain ASCII,
// or \'hh bytes already gathered) to the paragraph.
func (r *rtf) text(b []byte) {
	for r.skipN > 0 && len(b) > 0 { // a \u's fallback: characters, not bytes
		_, n := utf8.DecodeRune(b)
		b = b[n:]
		r.skipN--
	}
	if len(b) == 0 || r.st.skip {
		return
	}
	s := string(b)
	if r.st.style {
		r.styleNm.WriteString(s)
		return
	}
	if r.st.list {
		r.number += s
		return
	}
	if r.para == nil {
		r.para = &wpara{leadOpen: true, bold: true, outline: -1}
		if num := strings.TrimSpace(r.number); num != "" {
			r.para.text.WriteString(num)
		}
		r.number = ""
	}
	r.para.add(s, r.st.bold || r.st.abold)
}

// decode turns the \'hh bytes gathered into text in the current font's
// code page (a double-byte character is two of them).
func (r *rtf) decode() {
	if len(r.pending) == 0 {
		return
	}
	enc := r.fonts[r.st.font]
	if enc == nil {
		enc = r.ansi
	}
	b, err := enc.NewDecoder().Bytes(r.pending)
	r.pending = r.pending[:0]
	if err == nil {
		r.text(b)
	}
}

// endStyle closes a style sheet entry: a name "heading 2" or "标题 2"
// gives its level where no outline level did.
func (r *rtf) endStyle() {
	name := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(r.styleNm.String()), ";")))
	r.styleNm.Reset()
	if _, ok := r.styles[r.styleNum]; ok {
		return
	}
	for _, pre := range []string{"heading ", "标题 "} {
		if rest, ok := strings.CutPrefix(name, pre); ok {
			if k, err := strconv.Atoi(rest); err == nil && k >= 1 && k <= 9 {
				r.styles[r.styleNum] = k
			}
		}
	}
}

// endPara writes the paragraph read so far with its hints.
func (r *rtf) endPara() {
	p := r.para
	r.para, r.number = nil, ""
	if p == nil {
		if r.first {
			r.out.blank(1)
		}
		return
	}
	text := p.text.String()
	var h Hint
	h.Heading, h.Lead = min(r.styles[r.parStyle], 6), p.lead
	h.Title = !r.titled && !r.first && r.center && p.bold && h.Heading == 0
	r.titled = r.titled || h.Title
	if p.bold && !h.Title {
		h.Lead = len(text) // bold all through: a heading line or emphasis
	}
	h = cellHint(r.cell, h)
	r.out.para(text, h)
	r.first = true
}

// codePage returns the encoding of a Windows code page (\ansicpgN).
func codePage(n int) encoding.Encoding {
	switch n {
	case 936, 54936:
		return simplifiedchinese.GB18030
	case 950:
		return traditionalchinese.Big5
	case 932:
		return japanese.ShiftJIS
	case 949:
		return korean.EUCKR
	case 1252:
		return charmap.Windows1252
	case 65001:
		return unicode.UTF8
	}
	return nil
}

// charsetEncoding returns the encoding of a font's character set
// (\fcharsetN): 134 GB2312 (read as GB18030, which covers it), 136 Big5.
func charsetEncoding(n int) encoding.Encoding {
	switch n {
	case 134:
		return simplifiedchinese.GB18030
	case 136:
		return traditionalchinese.Big5
	case 128:
		return japanese.ShiftJIS
	case 129:
		return korean.EUCKR
	}
	return nil
}
