package pdf

import (
	"math"
	"strings"
)

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// glyph is one shown code placed on the page, in device space.
type glyph struct {
	text   string
	x0, x1 float64 // the start and end of its advance
	y      float64 // baseline
	size   float64 // the font's height on the page
	// spaced is a glyph drawn right after a space character: the
	// producer wrote a space there, not just a gap.
	spaced bool
	// wideSpace is a glyph drawn right after an ideographic space
	// (U+3000), the space a title's two halves stand apart by (坚持立德树人
	// 　深化综合改革).
	wideSpace bool
	bold      bool
	// dy is how far up the page its advance goes: nothing for a glyph
	// set upright, minus its width for one drawn sideways (a digit in
	// vertical writing).
	dy float64
	// artifact is a glyph drawn inside marked content tagged /Artifact:
	// what a tagged PDF (Word's and WPS's 另存为 PDF) says is not the
	// document's text — running headers, footers, page numbers,
	// watermarks.
	artifact bool
}

// gstate is the part of the graphics state text positions depend on.
type gstate struct {
	ctm                  matrix
	font                 *font
	size, tc, tw, th, tl float64
	rise                 float64
	fontRef              any
	// render is the text rendering mode (Tr): 2 fills and strokes each
	// glyph, how LibreOffice, Word and Skia embolden a face that has no
	// bold (仿宋, 楷体).
	render int
}

// interp runs content streams and collects their glyphs.
type interp struct {
	f      *file
	fonts  map[any]*font
	glyphs []glyph
	images int
	ops    int
	// space is a space character drawn since the last glyph kept.
	space bool
	// wideSpace is an ideographic space among them.
	wideSpace bool
	// unread counts codes drawn that gave no text.
	unread int
	// forms holds the form XObjects being run, against a form that draws
	// itself.
	forms map[*Stream]bool
	// artifact counts the /Artifact sequences open.
	artifact int
}

// maxPageGlyphs bounds the glyphs kept for one page (a real page holds a
// few thousand), so a page of millions of tiny glyphs costs bounded memory.
const maxPageGlyphs = 500_000

// maxOps bounds the operators run for one page, so a content stream that
// is mostly operators (or a form drawn thousands of times) ends.
const maxOps = 5_000_000

func (in *interp) fontFor(res Dict, name Name) *font {
	fonts := in.f.dict(res["Font"])
	v := fonts[name]
	key := any(nil)
	if r, ok := v.(Ref); ok {
		key = r
	}
	if key != nil {
		if ft, ok := in.fonts[key]; ok {
			return ft
		}
	}
	ft := in.f.loadFont(in.f.dict(v))
	if key != nil {
		in.fonts[key] = ft
	}
	return ft
}

// run interprets one content stream with its resources.
func (in *interp) run(data []byte, res Dict, gs gstate, depth int) {
	l := &lexer{b: data}
	st := &runState{gs: gs, res: res, depth: depth}
	defer func() {
		// Sequences a stream leaves open end with it.
		for _, m := range st.marks {
			if m.artifact {
				in.artifact--
			}
		}
	}()
	for in.ops < maxOps {
		v, ok := l.object(0)
		if !ok {
			return
		}
		o, isOp := v.(op)
		if !isOp {
			if len(st.args) < 64 {
				st.args = append(st.args, v)
			}
			continue
		}
		in.ops++
		switch o {
		case "q":
			if len(st.stack) < 256 {
				st.stack = append(st.stack, st.gs)
			}
		case "Q":
			if len(st.stack) > 0 {
				st.gs = st.stack[len(st.stack)-1]
				st.stack = st.stack[:len(st.stack)-1]
			}
		case "cm":
			if len(st.args) == 6 {
				st.gs.ctm = matrix{st.n(0), st.n(1), st.n(2), st.n(3), st.n(4), st.n(5)}.mul(st.gs.ctm)
			}
		case "Do":
			if len(st.args) == 1 {
				if nm, ok := st.args[0].(Name); ok {
					in.xobject(res, nm, st.gs, depth)
				}
			}
		case "BI":
			in.images++
			skipInlineImage(l)
		case "BMC", "BDC", "EMC":
			in.markedContent(o, st)
		default:
			in.textOp(o, st)
		}
		st.args = st.args[:0]
	}
}

// markedContent keeps the ActualText of a marked-content sequence: the
// glyphs drawn inside it are replaced by that text (a ligature, a
// character drawn as pieces, a word split by hyphenation).
func (in *interp) markedContent(o op, st *runState) {
	if o != "EMC" {
		if len(st.marks) >= 64 {
			return
		}
		m := mark{start: len(in.glyphs)}
		if len(st.args) > 0 && st.args[0] == Name("Artifact") {
			m.artifact = true
			in.artifact++
		}
		if o == "BDC" && len(st.args) == 2 {
			props := in.f.dict(st.args[1])
			if nm, ok := st.args[1].(Name); ok {
				props = in.f.dict(in.f.dict(st.res["Properties"])[nm])
			}
			if s, ok := in.f.resolve(props["ActualText"]).(String); ok {
				m.text, m.has = textString(s), true
			}
		}
		st.marks = append(st.marks, m)
		return
	}
	if len(st.marks) == 0 {
		return
	}
	m := st.marks[len(st.marks)-1]
	st.marks = st.marks[:len(st.marks)-1]
	if m.artifact {
		in.artifact--
	}
	if !m.has || m.start >= len(in.glyphs) {
		return
	}
	first, last := in.glyphs[m.start], in.glyphs[len(in.glyphs)-1]
	first.text, first.x1 = m.text, math.Max(first.x1, last.x1)
	in.glyphs = append(in.glyphs[:m.start], first)
	if strings.TrimSpace(m.text) == "" {
		in.glyphs = in.glyphs[:m.start]
	}
}

// mark is an open marked-content sequence.
type mark struct {
	start    int
	text     string
	has      bool
	artifact bool
}

// textString decodes a PDF text string: UTF-16BE after a byte-order
// mark, else PDFDocEncoding (Latin-1 for what matters here).
func textString(s []byte) string {
	if len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF {
		return utf16be(s[2:])
	}
	r := make([]rune, len(s))
	for i, b := range s {
		r[i] = rune(b)
	}
	return string(r)
}

// runState is a content stream's state while it runs.
type runState struct {
	marks   []mark
	gs      gstate
	stack   []gstate
	tm, tlm matrix
	args    []any
	res     Dict
	depth   int
}

// n is the i-th operand as a number, 0 if missing.
func (st *runState) n(i int) float64 {
	if i < len(st.args) {
		x, _ := num(st.args[i])
		return x
	}
	return 0
}

// newLine moves to the start of the next line, as T* does.
func (st *runState) newLine() {
	st.tlm = matrix{1, 0, 0, 1, 0, -st.gs.tl}.mul(st.tlm)
	st.tm = st.tlm
}

// textOp runs the text operators (ISO 32000-1 §9.3–9.4).
func (in *interp) textOp(o op, st *runState) {
	gs, args := &st.gs, st.args
	switch o {
	case "BT":
		st.tm, st.tlm = identity, identity
	case "Tf":
		if len(args) == 2 {
			if nm, ok := args[0].(Name); ok {
				gs.font = in.fontFor(st.res, nm)
			}
			gs.size = st.n(1)
		}
	case "Tc":
		gs.tc = st.n(0)
	case "Tw":
		gs.tw = st.n(0)
	case "Tz":
		gs.th = st.n(0) / 100
	case "TL":
		gs.tl = st.n(0)
	case "Ts":
		gs.rise = st.n(0)
	case "Tr":
		gs.render = int(st.n(0))
	case "Td", "TD":
		if o == "TD" {
			gs.tl = -st.n(1)
		}
		st.tlm = matrix{1, 0, 0, 1, st.n(0), st.n(1)}.mul(st.tlm)
		st.tm = st.tlm
	case "Tm":
		if len(args) == 6 {
			st.tlm = matrix{st.n(0), st.n(1), st.n(2), st.n(3), st.n(4), st.n(5)}
			st.tm = st.tlm
		}
	case "T*":
		st.newLine()
	case "Tj", "'", "\"":
		if o == "\"" && len(args) == 3 {
			gs.tw, gs.tc = st.n(0), st.n(1)
		}
		if o != "Tj" {
			st.newLine()
		}
		if len(args) > 0 {
			if s, ok := args[len(args)-1].(String); ok {
				in.show(s, gs, &st.tm)
			}
		}
	case "TJ":
		if len(args) > 0 {
			a, _ := args[0].(Array)
			for _, x := range a {
				switch e := x.(type) {
				case String:
					in.show(e, gs, &st.tm)
				case int, float64:
					d, _ := num(e)
					if gs.font != nil && gs.font.vertical {
						st.tm = matrix{1, 0, 0, 1, 0, -d / 1000 * gs.size}.mul(st.tm)
						continue
					}
					st.tm = matrix{1, 0, 0, 1, -d / 1000 * gs.size * gs.th, 0}.mul(st.tm)
				}
			}
		}
	}
}

// skipInlineImage passes an inline image's data, up to EI.
func skipInlineImage(l *lexer) {
	for l.p < len(l.b) {
		v, ok := l.object(0)
		if !ok {
			return
		}
		if v == op("ID") {
			break
		}
	}
	for i := l.p + 1; i+2 <= len(l.b); i++ {
		if l.b[i] == 'E' && l.b[i+1] == 'I' && isSpace(l.b[i-1]) && (i+2 == len(l.b) || isSpace(l.b[i+2])) {
			l.p = i + 2
			return
		}
	}
	l.p = len(l.b)
}

// xobject runs a form XObject with its matrix and resources; an image is
// counted (a page of images and no text is a scan).
func (in *interp) xobject(res Dict, nm Name, gs gstate, depth int) {
	xs := in.f.dict(res["XObject"])
	s, ok := in.f.resolve(xs[nm]).(*Stream)
	if !ok {
		return
	}
	switch s.Dict["Subtype"] {
	case Name("Image"):
		in.images++
	case Name("Form"):
		if depth >= 12 || in.forms[s] {
			return
		}
		data, err := in.f.decode(s)
		if err != nil {
			return
		}
		if m := in.f.array(s.Dict["Matrix"]); len(m) == 6 {
			var mm matrix
			for i := range mm {
				mm[i], _ = num(in.f.resolve(m[i]))
			}
			gs.ctm = mm.mul(gs.ctm)
		}
		if r := in.f.dict(s.Dict["Resources"]); r != nil {
			res = r
		}
		in.forms[s] = true
		in.run(data, res, gs, depth+1)
		delete(in.forms, s)
	}
}

// show places the codes of a string, advancing the text matrix.
func (in *interp) show(s String, gs *gstate, tm *matrix) {
	ft := gs.font
	if ft == nil {
		ft = in.f.loadFont(nil)
		gs.font = ft
	}
	var codes [64]glyphCode
	for _, c := range ft.decode(s, codes[:0]) {
		trm := matrix{gs.size * gs.th, 0, 0, gs.size, 0, gs.rise}.mul(*tm).mul(gs.ctm)
		w := c.width * ft.scale
		adv := w*gs.size + gs.tc
		if c.space {
			adv += gs.tw
		}
		adv *= gs.th
		x0, y := trm[4], trm[5]
		end := matrix{1, 0, 0, 1, w, 0}.mul(trm)
		size := math.Hypot(trm[2], trm[3]) * ft.height
		if ft.vertical {
			// Vertical writing (ISO 32000-1 §9.7.4.3): the origin is the
			// top of the glyph's middle, and the pen moves down the page;
			// the glyph is placed as the horizontal one it is drawn as.
			start := matrix{1, 0, 0, 1, -w / 2, -cjkAscent}.mul(trm)
			end = matrix{1, 0, 0, 1, w / 2, -cjkAscent}.mul(trm)
			x0, y = start[4], start[5]
			ty := ft.vadv*ft.scale*gs.size + gs.tc
			if c.space {
				ty += gs.tw
			}
			*tm = matrix{1, 0, 0, 1, 0, ty}.mul(*tm)
		} else {
			*tm = matrix{1, 0, 0, 1, adv, 0}.mul(*tm)
		}
		if c.text == "" {
			in.unread++
		}
		if strings.TrimSpace(c.text) == "" || len(in.glyphs) >= maxPageGlyphs {
			in.space = in.space || c.text != ""
			in.wideSpace = in.wideSpace || strings.ContainsRune(c.text, '\u3000')
			continue
		}
		in.glyphs = append(in.glyphs, glyph{text: c.text, x0: x0, x1: end[4], y: y, size: size, spaced: in.space, wideSpace: in.wideSpace,
			bold: ft.bold || gs.render == 2, dy: end[5] - y, artifact: in.artifact > 0})
		in.space, in.wideSpace = false, false
	}
}
