package pdf

import (
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
// glyphs.
type fontProgram struct {
	// cmaps are its cmap subtables, by platform and encoding.
	cmaps []cmapSubtable
	// uni is each glyph's text, from the Unicode subtables.
	uni map[uint16]rune
	// names are the glyph names of the post table, by glyph id.
	names []string
}

type cmapSubtable struct {
	pid, psid uint16
	gid       map[uint32]uint16
}

// maxFontGlyphs bounds what a program's tables are taken to hold: a font
// has at most 65,535 glyphs, and a cmap of a few such.
const maxFontGlyphs = 1 << 17

// maxDocFontGlyphs bounds the cmap entries a document's programs are read
// for, all told: some sixty full CJK fonts, so that a file of thousands of
// tiny fonts each claiming whole planes costs bounded memory.
const maxDocFontGlyphs = 1 << 22

// parseFontProgram reads a TrueType or OpenType program (the first font of
// a collection); nil where it is not one or holds neither a cmap nor
// glyph names.
func parseFontProgram(b []byte) *fontProgram {
	p, _ := parseFontProgramWithin(b, maxFontGlyphs)
	return p
}

// parseFontProgramWithin is parseFontProgram reading at most limit cmap
// entries; it returns how many it read.
func parseFontProgramWithin(b []byte, limit int) (*fontProgram, int) {
	tables := sfntTables(b)
	if tables == nil {
		return nil, 0
	}
	p := &fontProgram{uni: map[uint16]rune{}}
	var used int
	p.cmaps, used = readCmapTable(tables["cmap"], limit)
	for _, s := range p.cmaps {
		if !(s.pid == 0 || s.pid == 3 && (s.psid == 1 || s.psid == 10)) {
			continue
		}
		for c, g := range s.gid {
			if r := rune(c); g != 0 && textRune(r) && better(r, p.uni[g]) {
				p.uni[g] = r
			}
		}
	}
	p.names = readPostNames(tables["post"])
	if len(p.cmaps) == 0 && len(p.names) == 0 {
		return nil, used
	}
	return p, used
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

// glyphText is the text of glyph g: the Unicode character the font's cmap
// maps to it, else its post name read as a glyph name (uni4E2D, A,
// period); "" where neither says.
func (p *fontProgram) text(g uint16) string {
	if p == nil || g == 0 {
		return ""
	}
	if r, ok := p.uni[g]; ok {
		return unifyCJK(string(r))
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
// subtable at the code itself; 0 for none.
func (p *fontProgram) simpleGlyph(code byte) uint16 {
	if p == nil {
		return 0
	}
	find := func(pid, psid uint16, codes ...uint32) uint16 {
		for _, s := range p.cmaps {
			if s.pid != pid || s.psid != psid {
				continue
			}
			for _, c := range codes {
				if g := s.gid[c]; g != 0 {
					return g
				}
			}
		}
		return 0
	}
	c := uint32(code)
	if g := find(3, 0, c, 0xF000|c, 0xF100|c, 0xF200|c); g != 0 {
		return g
	}
	if g := find(1, 0, c); g != 0 {
		return g
	}
	if g := find(3, 1, c); g != 0 {
		return g
	}
	return find(0, 3, c)
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

// readCmapTable reads a cmap table's subtables of formats 0, 4, 6 and 12,
// at most limit entries in all, and says how many it read.
func readCmapTable(t []byte, limit int) ([]cmapSubtable, int) {
	if len(t) < 4 {
		return nil, 0
	}
	var subs []cmapSubtable
	total := 0
	n := int(be16(t[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(t); i++ {
		e := t[4+8*i:]
		o := uint64(be32(e[4:]))
		if o+4 > uint64(len(t)) {
			continue
		}
		m := map[uint32]uint16{}
		readCmapSubtable(t[o:], m, min(limit, maxFontGlyphs)-total)
		if len(m) == 0 {
			continue
		}
		total += len(m)
		subs = append(subs, cmapSubtable{pid: be16(e), psid: be16(e[2:]), gid: m})
	}
	return subs, total
}

// readCmapSubtable puts at most budget of a subtable's code→glyph pairs in
// m, looking at no more than a few times as many codes (a damaged table's
// segments may overlap or map whole planes to glyph 0).
func readCmapSubtable(s []byte, m map[uint32]uint16, budget int) {
	steps := 0
	put := func(c uint32, g uint16) bool {
		if steps++; len(m) >= budget || steps > 8*maxFontGlyphs {
			return false
		}
		if g != 0 {
			m[c] = g
		}
		return true
	}
	switch be16(s) {
	case 0:
		for c := 0; c < 256 && 6+c < len(s); c++ {
			put(uint32(c), uint16(s[6+c]))
		}
	case 4:
		if len(s) < 14 {
			return
		}
		segs := int(be16(s[6:])) / 2
		ends, starts := 14, 16+2*segs
		deltas, ranges := starts+2*segs, starts+4*segs
		if ranges+2*segs > len(s) {
			return
		}
		for k := 0; k < segs; k++ {
			end, start := uint32(be16(s[ends+2*k:])), uint32(be16(s[starts+2*k:]))
			delta, ro := be16(s[deltas+2*k:]), int(be16(s[ranges+2*k:]))
			for c := start; c <= end && c < 0xFFFF; c++ {
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
				if !put(c, g) {
					return
				}
			}
		}
	case 6:
		if len(s) < 10 {
			return
		}
		first, count := uint32(be16(s[6:])), int(be16(s[8:]))
		for k := 0; k < count && 10+2*k+2 <= len(s); k++ {
			if !put(first+uint32(k), be16(s[10+2*k:])) {
				return
			}
		}
	case 12:
		if len(s) < 16 {
			return
		}
		groups := be32(s[12:])
		for k := uint64(0); k < uint64(groups) && 16+12*k+12 <= uint64(len(s)); k++ {
			gr := s[16+12*k:]
			start, end, g := be32(gr), be32(gr[4:]), be32(gr[8:])
			for c := start; c <= end && c <= unicode.MaxRune; c++ {
				if g+(c-start) > 0xFFFF || !put(c, uint16(g+(c-start))) {
					break
				}
			}
		}
	}
}

// readPostNames reads a post table's glyph names: format 1's standard
// Macintosh order, format 2's indices into it and its own Pascal strings.
func readPostNames(t []byte) []string {
	if len(t) < 32 {
		return nil
	}
	switch be32(t) {
	case 0x00010000:
		return macGlyphNames[:]
	case 0x00020000:
	default:
		return nil
	}
	if len(t) < 34 {
		return nil
	}
	n := int(be16(t[32:]))
	if 34+2*n > len(t) {
		return nil
	}
	var extra []string
	for p := 34 + 2*n; p < len(t) && len(extra) < maxFontGlyphs; {
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
	return names
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
