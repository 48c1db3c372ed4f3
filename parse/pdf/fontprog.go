package pdf

import (
	"slices"
	"unicode"
)

// A font embedded without a ToUnicode map still says what its glyphs are:
// a TrueType or OpenType program's cmap table maps characters to glyphs,
// and its post table may name them. Inverted, they give each glyph its
// text, as pdf.js, pdfminer and Poppler read such files (older Word and
// WPS exports, print drivers and converters embed Identity-H subsets so).
//
// The tables are read here rather than through golang.org/x/image/font/
// sfnt, which fits a renderer, not this: it picks one cmap subtable itself
// (a symbol font's (3,0) table counts as Unicode) and shows none of the
// others, gives no way to walk a cmap (inverting it would take a million
// GlyphIndex calls a font), and parses only whole fonts, refusing one
// without a cmap, hhea or hmtx, as PDF subsets often are, so their post
// names would be out of reach. Only the table directory, cmap (formats 0,
// 4, 6 and 12) and post (formats 1 and 2) are read, every offset checked
// against the bytes: the program comes from the file.

// fontProgram is what an embedded font program's tables say about its
// glyphs. Only what is asked of it is kept, not the cmap subtables
// themselves: a document's fonts may share one program, and many programs
// are read.
type fontProgram struct {
	// uni is each glyph's text from the Unicode subtables, by glyph.
	uni []glyphRune
	// simple is the glyph a simple font's code draws (simpleGlyph).
	simple [256]uint16
	// names are the glyph names of the post table, by glyph id.
	names []string
}

type glyphRune struct {
	g uint16
	r rune
}

// maxFontGlyphs bounds what a program's tables are taken to hold: a font
// has at most 65,535 glyphs, and a cmap of a few such.
const maxFontGlyphs = 1 << 17

// maxTableSteps bounds the steps (a record, segment, group or code looked
// at) one cmap table is read for, however many records point at however
// many subtables: a damaged table's segments may overlap or map whole
// planes to glyph 0.
const maxTableSteps = 8 * maxFontGlyphs

// maxDocFontSteps bounds the steps a document's programs are read for, all
// told (cmap steps and post names): some hundred full CJK fonts, so that a
// file of thousands of tiny programs each claiming whole planes costs
// bounded time and memory. A program is read once however many fonts
// share it (file.fontProgram).
const maxDocFontSteps = 1 << 23

// parseFontProgram reads a TrueType or OpenType program (the first font of
// a collection); nil where it is not one or holds neither a cmap nor
// glyph names.
func parseFontProgram(b []byte) *fontProgram {
	p, _ := parseFontProgramWithin(b, maxDocFontSteps)
	return p
}

// parseFontProgramWithin is parseFontProgram taking at most limit steps
// (beyond reading the table directory); it returns how many it took.
func parseFontProgramWithin(b []byte, limit int) (*fontProgram, int) {
	tables := sfntTables(b)
	if tables == nil || limit <= 0 {
		return nil, 0
	}
	p := &fontProgram{}
	used := readCmapTable(tables["cmap"], p, limit)
	var n int
	p.names, n = readPostNames(tables["post"], limit-used)
	used += n
	if len(p.uni) == 0 && p.simple == [256]uint16{} && len(p.names) == 0 {
		return nil, used
	}
	return p, used
}

// embeddedProgram returns the font program a descriptor embeds, read on
// first use (most fonts that embed one have a ToUnicode map, and a CJK
// program runs to megabytes): a TrueType one (FontFile2) or an OpenType
// one (FontFile3 /OpenType); nil where there is none. The function returns
// nil where the program cannot be read.
func (f *file) embeddedProgram(fd Dict) func() *fontProgram {
	s, ok := f.resolve(fd["FontFile2"]).(*Stream)
	if !ok {
		s, ok = f.resolve(fd["FontFile3"]).(*Stream)
		if !ok || f.resolve(s.Dict["Subtype"]) != Name("OpenType") {
			return nil
		}
	}
	return func() *fontProgram { return f.fontProgram(s) }
}

// fontProgram reads the program stream s once, however many fonts embed
// it (a Type 0 font a page, each with its own descriptor, may share one
// subset), charging its steps to the document's maxDocFontSteps; nil
// where it cannot be read or the budget is spent.
func (f *file) fontProgram(s *Stream) *fontProgram {
	if p, ok := f.fontProgs[s]; ok {
		return p
	}
	if f.fontProgs == nil {
		f.fontProgs = map[*Stream]*fontProgram{}
	}
	var p *fontProgram
	if f.fontSteps < maxDocFontSteps {
		if data, err := f.decode(s); err == nil {
			var used int
			p, used = parseFontProgramWithin(data, maxDocFontSteps-f.fontSteps)
			f.fontSteps += used
		}
	}
	f.fontProgs[s] = p
	return p
}

// textRune tells a code point that can be a glyph's text: not a control,
// a private-use code (a symbol font's F0xx) or a surrogate.
func textRune(r rune) bool {
	return r >= 0x20 && r <= unicode.MaxRune && !(r >= 0x7F && r < 0xA0) && !(r >= 0xD800 && r <= 0xDFFF) &&
		!unicode.Is(unicode.Co, r) && r != 0xFFFE && r != 0xFFFF
}

// better tells whether r is a better text for a glyph than old, where the
// font maps several code points to it: a unified ideograph over a radical
// or compatibility form (⺠, ⼤, 﨑 share glyphs with 民, 大, 崎), any
// character over such forms, else the lower code point (the space over the
// no-break space).
func better(r, old rune) bool {
	if old == 0 {
		return true
	}
	rank := func(r rune) int {
		switch {
		case isCompat(r):
			return 0
		case unicode.Is(unicode.Han, r):
			return 2
		}
		return 1
	}
	if a, b := rank(r), rank(old); a != b {
		return a > b
	}
	return r < old
}

// text is the text of glyph g: the Unicode character the font's cmap
// maps to it, else its post name read as a glyph name (uni4E2D, A,
// period); "" where neither says.
func (p *fontProgram) text(g uint16) string {
	if p == nil || g == 0 {
		return ""
	}
	if k, ok := slices.BinarySearchFunc(p.uni, g, func(e glyphRune, g uint16) int { return int(e.g) - int(g) }); ok {
		return unifyCJK(string(p.uni[k].r))
	}
	if int(g) < len(p.names) {
		t := glyphText(p.names[g])
		for _, r := range t {
			if !textRune(r) {
				return ""
			}
		}
		return unifyCJK(t)
	}
	return ""
}

// simpleGlyph is the glyph a simple TrueType font's code draws where the
// font is symbolic (§9.6.5.4): the (3,0) subtable at the code, or at
// 0xF000, 0xF100 or 0xF200 plus it, else the (1,0) one, else a Unicode
// subtable, (3,1) then (0,3), at the code itself; 0 for none.
func (p *fontProgram) simpleGlyph(code byte) uint16 {
	if p == nil {
		return 0
	}
	return p.simple[code]
}

func be16(b []byte) uint16 { return uint16(b[0])<<8 | uint16(b[1]) }
func be32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// sfntTables returns a program's tables by tag, each cut to the bytes the
// file holds; nil where the bytes are not an sfnt.
func sfntTables(b []byte) map[string][]byte {
	off := 0
	if len(b) >= 16 && string(b[:4]) == "ttcf" {
		off = int(be32(b[12:]))
	}
	if off < 0 || off+12 > len(b) {
		return nil
	}
	switch string(b[off : off+4]) {
	case "\x00\x01\x00\x00", "OTTO", "true":
	default:
		return nil
	}
	n := int(be16(b[off+4:]))
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		r := off + 12 + 16*i
		if r+16 > len(b) {
			break
		}
		o, l := uint64(be32(b[r+8:])), uint64(be32(b[r+12:]))
		if o >= uint64(len(b)) {
			continue
		}
		l = min(l, uint64(len(b))-o)
		tables[string(b[r:r+4])] = b[o : o+l]
	}
	return tables
}

// readCmapTable reads a cmap table's subtables of formats 0, 4, 6 and 12
// into p, taking at most limit steps (and maxTableSteps) for the whole
// table, and says how many it took. A subtable that several records point
// at is read once, for all of them.
func readCmapTable(t []byte, p *fontProgram, limit int) int {
	if len(t) < 4 {
		return 0
	}
	limit = min(limit, maxTableSteps)
	steps := 0
	uses := map[uint32][]cmapUse{}
	var offsets []uint32
	n := int(be16(t[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(t) && steps < limit; i++ {
		steps++
		e := t[4+8*i:]
		o := be32(e[4:])
		u, ok := cmapUseOf(be16(e), be16(e[2:]))
		if !ok || uint64(o)+4 > uint64(len(t)) || slices.Contains(uses[o], u) {
			continue
		}
		if uses[o] == nil {
			offsets = append(offsets, o)
		}
		uses[o] = append(uses[o], u)
	}
	uni := map[uint16]rune{}
	var sym [7][256]uint16
	for _, o := range offsets {
		if steps >= limit {
			break
		}
		steps += readCmapSubtable(t[o:], limit-steps, func(c uint32, g uint16) {
			for _, u := range uses[o] {
				u.put(uni, &sym, c, g)
			}
		})
	}
	for g, r := range uni {
		p.uni = append(p.uni, glyphRune{g, r})
	}
	slices.SortFunc(p.uni, func(a, b glyphRune) int { return int(a.g) - int(b.g) })
	for c := range p.simple {
		for k := range sym {
			if g := sym[k][c]; g != 0 {
				p.simple[c] = g
				break
			}
		}
	}
	return steps
}

// cmapUse is what a cmap subtable is read for: the glyphs' text where it
// is a Unicode one, and the slot of simpleGlyph's lookups it serves, -1
// for none.
type cmapUse struct {
	uni  bool
	slot int
}

// cmapUseOf is the use of a subtable of platform pid and encoding psid;
// false for none. The slots: (3,0) at the code (0) or at 0xF000, 0xF100,
// 0xF200 plus it (1…3), (1,0) (4), (3,1) (5), (0,3) (6).
func cmapUseOf(pid, psid uint16) (cmapUse, bool) {
	u := cmapUse{uni: pid == 0 || pid == 3 && (psid == 1 || psid == 10), slot: -1}
	switch {
	case pid == 3 && psid == 0:
		u.slot = 0
	case pid == 1 && psid == 0:
		u.slot = 4
	case pid == 3 && psid == 1:
		u.slot = 5
	case pid == 0 && psid == 3:
		u.slot = 6
	}
	return u, u.uni || u.slot >= 0
}

// put takes a subtable's code c → glyph g: the glyph's text in uni where
// the code says it better than what is there, the first glyph a slot
// finds for a code in sym.
func (u cmapUse) put(uni map[uint16]rune, sym *[7][256]uint16, c uint32, g uint16) {
	if r := rune(c); u.uni && textRune(r) && better(r, uni[g]) {
		uni[g] = r
	}
	slot := u.slot
	switch {
	case slot == 0 && c >= 0xF000 && c < 0xF300:
		slot, c = 1+int(c>>8-0xF0), c&0xFF
	case slot < 0 || c >= 256:
		return
	}
	if sym[slot][c] == 0 {
		sym[slot][c] = g
	}
}

// readCmapSubtable calls put with a subtable's code→glyph pairs (glyph 0
// left out), taking at most budget steps, each segment, group and code
// one, and says how many it took.
func readCmapSubtable(s []byte, budget int, put func(c uint32, g uint16)) int {
	steps := 0
	step := func() bool {
		steps++
		return steps <= budget
	}
	switch be16(s) {
	case 0:
		for c := 0; c < 256 && 6+c < len(s) && step(); c++ {
			if g := uint16(s[6+c]); g != 0 {
				put(uint32(c), g)
			}
		}
	case 4:
		if len(s) < 14 {
			return 0
		}
		segs := int(be16(s[6:])) / 2
		ends, starts := 14, 16+2*segs
		deltas, ranges := starts+2*segs, starts+4*segs
		if ranges+2*segs > len(s) {
			return 0
		}
		for k := 0; k < segs && step(); k++ {
			end, start := uint32(be16(s[ends+2*k:])), uint32(be16(s[starts+2*k:]))
			delta, ro := be16(s[deltas+2*k:]), int(be16(s[ranges+2*k:]))
			for c := start; c <= end && c < 0xFFFF; c++ {
				if !step() {
					return budget
				}
				var g uint16
				if ro == 0 {
					g = uint16(c) + delta
				} else {
					a := ranges + 2*k + ro + 2*int(c-start)
					if a+2 > len(s) {
						break
					}
					if g = be16(s[a:]); g != 0 {
						g += delta
					}
				}
				if g != 0 {
					put(c, g)
				}
			}
		}
	case 6:
		if len(s) < 10 {
			return 0
		}
		first, count := uint32(be16(s[6:])), int(be16(s[8:]))
		for k := 0; k < count && 10+2*k+2 <= len(s) && step(); k++ {
			if g := be16(s[10+2*k:]); g != 0 {
				put(first+uint32(k), g)
			}
		}
	case 12:
		if len(s) < 16 {
			return 0
		}
		groups := be32(s[12:])
		for k := uint64(0); k < uint64(groups) && 16+12*k+12 <= uint64(len(s)) && step(); k++ {
			gr := s[16+12*k:]
			start, end, g := be32(gr), be32(gr[4:]), be32(gr[8:])
			for c := start; c <= end && c <= unicode.MaxRune; c++ {
				if !step() {
					return budget
				}
				if g+(c-start) > 0xFFFF {
					break // the rest of the group is past the last glyph too
				}
				if g+(c-start) != 0 {
					put(c, uint16(g+(c-start)))
				}
			}
		}
	}
	return min(steps, budget)
}

// readPostNames reads a post table's glyph names, taking at most budget
// steps (each name one), and says how many it took: format 1's standard
// Macintosh order, format 2's indices into it and its own Pascal strings;
// nil where the table is neither or the budget too small.
func readPostNames(t []byte, budget int) ([]string, int) {
	if len(t) < 32 {
		return nil, 0
	}
	switch be32(t) {
	case 0x00010000:
		return macGlyphNames[:], 0
	case 0x00020000:
	default:
		return nil, 0
	}
	if len(t) < 34 {
		return nil, 0
	}
	n := int(be16(t[32:]))
	if 34+2*n > len(t) || n > budget {
		return nil, 0
	}
	steps := n
	var extra []string
	for p := 34 + 2*n; p < len(t) && len(extra) < maxFontGlyphs && steps < budget; steps++ {
		l := int(t[p])
		if p+1+l > len(t) {
			break
		}
		extra = append(extra, string(t[p+1:p+1+l]))
		p += 1 + l
	}
	names := make([]string, n)
	for g := range names {
		k := int(be16(t[34+2*g:]))
		switch {
		case k < len(macGlyphNames):
			names[g] = macGlyphNames[k]
		case k-len(macGlyphNames) < len(extra):
			names[g] = extra[k-len(macGlyphNames)]
		}
	}
	return names, steps
}

// macGlyphNames are the 258 standard Macintosh glyph names of the post
// table, in their order.
var macGlyphNames = [258]string{
	".notdef", ".null", "nonmarkingreturn", "space", "exclam", "quotedbl", "numbersign", "dollar",
	"percent", "ampersand", "quotesingle", "parenleft", "parenright", "asterisk", "plus", "comma",
	"hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "colon", "semicolon", "less", "equal", "greater", "question", "at",
	"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S",
	"T", "U", "V", "W", "X", "Y", "Z", "bracketleft", "backslash", "bracketright", "asciicircum",
	"underscore", "grave", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
	"p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "braceleft", "bar", "braceright",
	"asciitilde", "Adieresis", "Aring", "Ccedilla", "Eacute", "Ntilde", "Odieresis", "Udieresis",
	"aacute", "agrave", "acircumflex", "adieresis", "atilde", "aring", "ccedilla", "eacute",
	"egrave", "ecircumflex", "edieresis", "iacute", "igrave", "icircumflex", "idieresis", "ntilde",
	"oacute", "ograve", "ocircumflex", "odieresis", "otilde", "uacute", "ugrave", "ucircumflex",
	"udieresis", "dagger", "degree", "cent", "sterling", "section", "bullet", "paragraph",
	"germandbls", "registered", "copyright", "trademark", "acute", "dieresis", "notequal", "AE",
	"Oslash", "infinity", "plusminus", "lessequal", "greaterequal", "yen", "mu", "partialdiff",
	"summation", "product", "pi", "integral", "ordfeminine", "ordmasculine", "Omega", "ae", "oslash",
	"questiondown", "exclamdown", "logicalnot", "radical", "florin", "approxequal", "Delta",
	"guillemotleft", "guillemotright", "ellipsis", "nonbreakingspace", "Agrave", "Atilde", "Otilde",
	"OE", "oe", "endash", "emdash", "quotedblleft", "quotedblright", "quoteleft", "quoteright",
	"divide", "lozenge", "ydieresis", "Ydieresis", "fraction", "currency", "guilsinglleft",
	"guilsinglright", "fi", "fl", "daggerdbl", "periodcentered", "quotesinglbase", "quotedblbase",
	"perthousand", "Acircumflex", "Ecircumflex", "Aacute", "Edieresis", "Egrave", "Iacute",
	"Icircumflex", "Idieresis", "Igrave", "Oacute", "Ocircumflex", "apple", "Ograve", "Uacute",
	"Ucircumflex", "Ugrave", "dotlessi", "circumflex", "tilde", "macron", "breve", "dotaccent",
	"ring", "cedilla", "hungarumlaut", "ogonek", "caron", "Lslash", "lslash", "Scaron", "scaron",
	"Zcaron", "zcaron", "brokenbar", "Eth", "eth", "Yacute", "yacute", "Thorn", "thorn", "minus",
	"multiply", "onesuperior", "twosuperior", "threesuperior", "onehalf", "onequarter",
	"threequarters", "franc", "Gbreve", "gbreve", "Idotaccent", "Scedilla", "scedilla", "Cacute",
	"cacute", "Ccaron", "ccaron", "dcroat",
}
