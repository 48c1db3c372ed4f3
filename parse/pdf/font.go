package pdf

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// font turns the bytes of a shown string into codes, each with its text
// and its advance width (in thousandths of the font size).
type font struct {
	// span gives the byte length of the code at the start of b.
	span func(b []byte) int
	// toUni is the font's ToUnicode map, by code.
	toUni map[uint32]string
	// fallback decodes a code the ToUnicode map lacks.
	fallback func(code []byte) string
	// width gives a code's advance in glyph units of 1/1000 em.
	width func(code []byte) float64
	// scale turns glyph units into text space: 0.001, or a Type 3 font's
	// FontMatrix.
	scale float64
	// height is the glyphs' height in text space, for the size of the
	// line: 1, or a Type 3 font's FontBBox through its FontMatrix where
	// that is many times an em (bitmap fonts drawn in pixels in a unit
	// matrix, set at Tf 1 and scaled by the text matrix).
	height float64
	// bold is a font of a heavy weight, by its name or its descriptor.
	bold bool
	// vertical is a composite font in vertical writing mode (WMode 1: a
	// CMap named …-V, Identity-V): each glyph goes below the one before,
	// by vadv (the second number of DW2, -1000 unless it says), its
	// origin at the top of its middle.
	vertical bool
	vadv     float64
}

type glyphCode struct {
	text  string
	width float64
	space bool // the single-byte code 32, to which word spacing applies
}

// decode splits a string into codes.
func (ft *font) decode(s []byte, out []glyphCode) []glyphCode {
	for len(s) > 0 {
		n := ft.span(s)
		if n <= 0 || n > len(s) {
			n = 1
		}
		code := s[:n]
		s = s[n:]
		var c uint32
		for _, b := range code {
			c = c<<8 | uint32(b)
		}
		t, ok := ft.toUni[c]
		if !ok {
			t = ft.fallback(code)
		}
		out = append(out, glyphCode{text: t, width: ft.width(code), space: n == 1 && code[0] == ' '})
	}
	return out
}

func oneByte([]byte) int  { return 1 }
func twoBytes([]byte) int { return 2 }

// loadFont builds the font a /Font resource describes.
func (f *file) loadFont(d Dict) *font {
	ft := &font{span: oneByte, scale: 0.001, height: 1}
	if d == nil {
		ft.fallback = latin1
		ft.width = func([]byte) float64 { return 500 }
		return ft
	}
	if s, ok := f.resolve(d["ToUnicode"]).(*Stream); ok {
		if data, err := f.decode(s); err == nil {
			ft.toUni = parseCMap(data).bf
		}
	}
	ft.bold = f.isBold(d)
	if d["Subtype"] == Name("Type0") {
		f.loadComposite(ft, d)
		return ft
	}
	f.loadSimple(ft, d)
	return ft
}

// isBold tells a heavy font: its name says so (SimSun-Bold,
// NotoSerifCJKsc-Black, Arial,Bold), or its descriptor's weight or
// ForceBold flag does; a Type 0 font's descriptor is its descendant's.
func (f *file) isBold(d Dict) bool {
	fd := f.dict(d["FontDescriptor"])
	if a := f.array(d["DescendantFonts"]); len(a) > 0 {
		if dd := f.dict(a[0]); dd != nil {
			fd = f.dict(dd["FontDescriptor"])
		}
	}
	if w, ok := num(f.resolve(fd["FontWeight"])); ok && w >= 600 {
		return true
	}
	if fl, ok := f.resolve(fd["Flags"]).(int); ok && fl&(1<<18) != 0 {
		return true
	}
	name, _ := f.resolve(d["BaseFont"]).(Name)
	n := strings.ToLower(string(name))
	for _, w := range []string{"bold", "heavy", "black", "demi"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// loadComposite reads a Type 0 font: its encoding CMap and its descendant
// CID font's widths.
func (f *file) loadComposite(ft *font, d Dict) {
	ft.span = twoBytes
	ft.fallback = func(code []byte) string { return "" }
	var cidOf func(code []byte) int
	cidOf = func(code []byte) int {
		c := 0
		for _, b := range code {
			c = c<<8 | int(b)
		}
		return c
	}
	vmode := func(name string) bool { return strings.HasSuffix(name, "-V") }
	switch enc := f.resolve(d["Encoding"]).(type) {
	case Name:
		ft.vertical = vmode(string(enc))
		if sp, dec, cid := predefined(string(enc)); sp != nil {
			ft.span, ft.fallback = sp, dec
			if cid != nil {
				cidOf = cid
			}
		}
	case *Stream:
		if wm, ok := f.resolve(enc.Dict["WMode"]).(int); ok {
			ft.vertical = wm == 1
		} else if nm, ok := f.resolve(enc.Dict["UseCMap"]).(Name); ok {
			ft.vertical = vmode(string(nm))
		}
		if data, err := f.decode(enc); err == nil {
			cm := parseCMap(data)
			if len(cm.space) > 0 {
				ft.span = cm.spanFunc()
			}
			if nm, ok := f.resolve(enc.Dict["UseCMap"]).(Name); ok {
				if sp, dec, _ := predefined(string(nm)); sp != nil {
					ft.fallback = dec
				}
			}
		}
	}
	var desc Dict
	if a := f.array(d["DescendantFonts"]); len(a) > 0 {
		desc = f.dict(a[0])
	}
	dw := 1000.0
	widths := map[int]float64{}
	ft.vadv = -1000
	if desc != nil {
		if v, ok := num(f.resolve(desc["DW"])); ok {
			dw = v
		}
		if a := f.array(desc["DW2"]); len(a) == 2 {
			if v, ok := num(f.resolve(a[1])); ok && v < 0 {
				ft.vadv = v
			}
		}
		readW(f, f.array(desc["W"]), widths)
	}
	// An Identity CMap's codes are CIDs; a TrueType CID font's CIDs are
	// glyphs through its CIDToGIDMap, whose embedded program says what
	// each glyph is where no ToUnicode map does.
	if enc, _ := f.resolve(d["Encoding"]).(Name); (enc == "Identity-H" || enc == "Identity-V") && desc != nil &&
		f.resolve(desc["Subtype"]) == Name("CIDFontType2") {
		if prog := f.embeddedProgram(f.dict(desc["FontDescriptor"])); prog != nil {
			gid := f.cidToGID(desc)
			ft.fallback = func(code []byte) string { return prog().text(gid(be(code))) }
		}
	}
	ft.width = func(code []byte) float64 {
		if w, ok := widths[cidOf(code)]; ok {
			return w
		}
		return dw
	}
}

// readW reads a CID font's W array: "c [w1 w2 …]" and "cfirst clast w".
func readW(f *file, a Array, widths map[int]float64) {
	for i := 0; i < len(a); {
		c, ok := f.resolve(a[i]).(int)
		if !ok || i+1 >= len(a) {
			return
		}
		if ws, ok := f.resolve(a[i+1]).(Array); ok {
			for k, w := range ws {
				if v, ok := num(f.resolve(w)); ok && len(widths) < 1<<20 {
					widths[c+k] = v
				}
			}
			i += 2
			continue
		}
		if i+2 >= len(a) {
			return
		}
		last, ok1 := f.resolve(a[i+1]).(int)
		w, ok2 := num(f.resolve(a[i+2]))
		if !ok1 || !ok2 {
			return
		}
		for k := c; k <= last && k-c < 1<<16 && len(widths) < 1<<20; k++ {
			widths[k] = w
		}
		i += 3
	}
}

// predefined describes the predefined CMaps that Chinese (and other CJK)
// PDFs name without embedding a font: how codes split and what text a code
// is. The EUC and Shift-JIS CMaps take their codes from the national
// character sets, so decoding the code bytes in that charset gives the
// text; the Uni… CMaps take UCS-2 or UTF-16 codes. cid is set where the
// code→CID mapping is known for widths (the single-byte ASCII range).
func predefined(name string) (span func([]byte) int, dec func([]byte) string, cid func([]byte) int) {
	multi := func(e encoding.Encoding, lead func(byte) bool) (func([]byte) int, func([]byte) string, func([]byte) int) {
		sp := func(b []byte) int {
			if lead(b[0]) && len(b) > 1 {
				return 2
			}
			return 1
		}
		dec := func(code []byte) string {
			s, err := e.NewDecoder().Bytes(code)
			if err != nil {
				return ""
			}
			return string(s)
		}
		cid := func(code []byte) int {
			if len(code) == 1 {
				return int(code[0]) - 31 // Adobe CIDs 1–95 are ASCII 0x20–0x7E
			}
			return -1
		}
		return sp, dec, cid
	}
	high := func(b byte) bool { return b >= 0x81 && b <= 0xFE }
	switch {
	case name == "Identity-H" || name == "Identity-V":
		return twoBytes, func([]byte) string { return "" }, nil
	case strings.HasPrefix(name, "GBK2K"):
		return multi(simplifiedchinese.GB18030, high)
	case strings.HasPrefix(name, "GBK") || strings.HasPrefix(name, "GB-") || strings.HasPrefix(name, "GBpc") ||
		strings.HasPrefix(name, "GBT"):
		return multi(simplifiedchinese.GBK, high)
	case strings.HasPrefix(name, "B5") || strings.HasPrefix(name, "ETen") || strings.HasPrefix(name, "HKscs"):
		return multi(traditionalchinese.Big5, high)
	case strings.HasPrefix(name, "KSC") || strings.HasPrefix(name, "KSCms"):
		return multi(korean.EUCKR, high)
	case strings.HasPrefix(name, "90ms") || strings.HasPrefix(name, "90pv") || strings.HasPrefix(name, "83pv"):
		return multi(japanese.ShiftJIS, func(b byte) bool { return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC) })
	case strings.HasPrefix(name, "EUC-"):
		return multi(japanese.EUCJP, high)
	case strings.HasPrefix(name, "Uni") && strings.Contains(name, "UTF16"):
		sp := func(b []byte) int {
			if len(b) >= 4 && b[0] >= 0xD8 && b[0] <= 0xDB {
				return 4
			}
			return 2
		}
		return sp, utf16be, nil
	case strings.HasPrefix(name, "Uni") && strings.Contains(name, "UCS2"):
		return twoBytes, utf16be, nil
	}
	return nil, nil, nil
}

func utf16be(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

func latin1(code []byte) string { return string(rune(code[0])) }

// loadSimple reads a single-byte font: its widths and its encoding.
func (f *file) loadSimple(ft *font, d Dict) {
	var table [256]string
	base := charmap.Windows1252
	enc := f.resolve(d["Encoding"])
	if ed, ok := enc.(Dict); ok {
		enc = f.resolve(ed["BaseEncoding"])
	}
	if n, ok := enc.(Name); ok && n == "MacRomanEncoding" {
		base = charmap.Macintosh
	}
	for i := range table {
		if i >= 32 {
			r := base.DecodeByte(byte(i))
			if r != '\uFFFD' {
				table[i] = string(r)
			}
		}
	}
	var named [256]bool
	if ed := f.dict(d["Encoding"]); ed != nil {
		code := 0
		for _, v := range f.array(ed["Differences"]) {
			switch x := f.resolve(v).(type) {
			case int:
				code = x
			case Name:
				if code >= 0 && code < 256 {
					table[code], named[code] = glyphText(string(x)), true
				}
				code++
			}
		}
	}
	ft.fallback = func(code []byte) string { return table[code[0]] }
	fd := f.dict(d["FontDescriptor"])
	f.embeddedFallback(ft, d, fd, &table, &named)
	first, _ := f.resolve(d["FirstChar"]).(int)
	ws := f.array(d["Widths"])
	var widths [256]float64
	missing := 500.0
	if fd := f.dict(d["FontDescriptor"]); fd != nil {
		if v, ok := num(f.resolve(fd["MissingWidth"])); ok && v > 0 {
			missing = v
		}
	}
	baseFont, _ := f.resolve(d["BaseFont"]).(Name)
	for i := range widths {
		widths[i] = missing
		if w, ok := standardWidth(string(baseFont), byte(i)); ok && len(ws) == 0 {
			widths[i] = w
		}
		if k := i - first; k >= 0 && k < len(ws) {
			if v, ok := num(f.resolve(ws[k])); ok {
				widths[i] = v
			}
		}
	}
	if d["Subtype"] == Name("Type3") {
		if m := f.array(d["FontMatrix"]); len(m) == 6 {
			ft.scale, _ = num(f.resolve(m[0]))
			my, _ := num(f.resolve(m[3]))
			if bb := f.array(d["FontBBox"]); len(bb) == 4 {
				lo, _ := num(f.resolve(bb[1]))
				hi, _ := num(f.resolve(bb[3]))
				// Only a box far from the matrix's em says the matrix is
				// not the glyphs' scale: Skia's Type 3 fonts carry the
				// whole font's box, two or three em high.
				if h := math.Abs((hi - lo) * my); h > 5 && h <= 1e4 {
					ft.height = h
				}
			}
		}
	}
	ft.width = func(code []byte) float64 { return widths[code[0]] }
}

// embeddedFallback reads a simple font's codes through its embedded
// program where the font's own encoding cannot say them: table and named
// are the codes' text by the encoding and the codes its Differences name.
func (f *file) embeddedFallback(ft *font, d, fd Dict, table *[256]string, named *[256]bool) {
	// An embedded Type 1 program's codes are its built-in encoding's
	// where the font's Encoding names no base (§9.6.6.1): LibreOffice and
	// Cairo number a subset's glyphs from 1 so, naming them /N, /slash or
	// /cid59059. A name that says the character gives it; one that is a
	// number (cid59059, g12) leaves the code unread rather than read as
	// WinAnsi; another name keeps the WinAnsi guess.
	if st := d["Subtype"]; (st == Name("Type1") || st == Name("MMType1")) && !hasBase(f, d["Encoding"]) {
		if s, ok := f.resolve(fd["FontFile"]).(*Stream); ok {
			var enc map[byte]string
			read := false
			ft.fallback = func(code []byte) string {
				c := code[0]
				if !read {
					read = true
					if data, err := f.decode(s); err == nil {
						enc = type1Encoding(data)
					}
				}
				if named[c] || enc == nil {
					return table[c]
				}
				name, ok := enc[c]
				if t := glyphText(name); t != "" || !ok {
					return t
				}
				if strings.ContainsAny(name, "0123456789") || strings.HasPrefix(name, ".") {
					return ""
				}
				return table[c]
			}
		}
	}
	// A symbolic TrueType font's codes are not a standard encoding's but
	// whatever its program's cmap maps to glyphs (a subset numbered from
	// 1); the glyphs' text is then what its Unicode cmap or glyph names
	// say. A code the Differences name keeps the name's text. A named
	// base encoding (a name, or a BaseEncoding) is the codes' own, as
	// for a nonsymbolic font (§9.6.5.4).
	if fl, _ := f.resolve(fd["Flags"]).(int); d["Subtype"] == Name("TrueType") && fl&4 != 0 &&
		!hasBase(f, d["Encoding"]) {
		if prog := f.embeddedProgram(fd); prog != nil {
			ft.fallback = func(code []byte) string {
				if c := code[0]; !named[c] {
					if t := prog().text(prog().simpleGlyph(c)); t != "" {
						return t
					}
				}
				return table[code[0]]
			}
		}
	}
}

// hasBase tells a simple font's Encoding that names its base: a name, or
// a dictionary with a BaseEncoding.
func hasBase(f *file, enc any) bool {
	switch e := f.resolve(enc).(type) {
	case Name:
		return true
	case Dict:
		_, ok := f.resolve(e["BaseEncoding"]).(Name)
		return ok
	}
	return false
}

// type1Encoding reads a Type 1 program's built-in encoding from its clear
// text: the "dup code /name put" entries of its /Encoding array; nil for
// StandardEncoding or an encoding not found before eexec.
func type1Encoding(b []byte) map[byte]string {
	if k := bytes.Index(b, []byte("eexec")); k >= 0 {
		b = b[:k]
	}
	k := bytes.Index(b, []byte("/Encoding"))
	if k < 0 {
		return nil
	}
	fields := bytes.Fields(b[k+len("/Encoding"):])
	if len(fields) == 0 || string(fields[0]) == "StandardEncoding" {
		return nil
	}
	enc := map[byte]string{}
	for i := 0; i < len(fields); i++ {
		switch string(fields[i]) {
		case "def", "readonly":
			return enc
		case "dup":
			if i+3 >= len(fields) || string(fields[i+3]) != "put" || !bytes.HasPrefix(fields[i+2], []byte("/")) {
				continue
			}
			if c, err := strconv.Atoi(string(fields[i+1])); err == nil && c >= 0 && c < 256 {
				enc[byte(c)] = string(fields[i+2][1:])
				i += 3
			}
		}
	}
	return enc
}

// cidToGID maps a TrueType CID font's CIDs to glyphs: its CIDToGIDMap
// stream (two bytes a CID, read on first use), else the identity.
func (f *file) cidToGID(desc Dict) func(cid uint32) uint16 {
	s, ok := f.resolve(desc["CIDToGIDMap"]).(*Stream)
	if !ok {
		return func(cid uint32) uint16 {
			if cid > 0xFFFF {
				return 0
			}
			return uint16(cid)
		}
	}
	var m []byte
	read := false
	return func(cid uint32) uint16 {
		if !read {
			read = true
			m, _ = f.decode(s)
		}
		if uint64(cid)*2+2 > uint64(len(m)) {
			return 0
		}
		return be16(m[2*cid:])
	}
}

// glyphNames holds the glyph names of the Adobe Glyph List that Differences
// arrays in Chinese documents use; others are read from their form
// (uniXXXX, uXXXX, a single letter).
var glyphNames = map[string]string{
	"space": " ", "exclam": "!", "quotedbl": "\"", "numbersign": "#", "dollar": "$", "percent": "%",
	"ampersand": "&", "quotesingle": "'", "parenleft": "(", "parenright": ")", "asterisk": "*",
	"plus": "+", "comma": ",", "hyphen": "-", "period": ".", "slash": "/", "zero": "0", "one": "1",
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"nine": "9", "colon": ":", "semicolon": ";", "less": "<", "equal": "=", "greater": ">",
	"question": "?", "at": "@", "bracketleft": "[", "backslash": "\\", "bracketright": "]",
	"asciicircum": "^", "underscore": "_", "grave": "`", "braceleft": "{", "bar": "|",
	"braceright": "}", "asciitilde": "~", "quoteleft": "‘", "quoteright": "’", "quotedblleft": "“",
	"quotedblright": "”", "endash": "–", "emdash": "—", "bullet": "•", "ellipsis": "…",
	"fi": "fi", "fl": "fl", "ff": "ff", "ffi": "ffi", "ffl": "ffl", "degree": "°", "periodcentered": "·",
	"multiply": "×", "divide": "÷", "section": "§", "copyright": "©", "registered": "®",
	"trademark": "™", "nbspace": " ", "minus": "−",
}

func glyphText(n string) string {
	if t, ok := glyphNames[n]; ok {
		return t
	}
	if len(n) == 1 {
		return n
	}
	if strings.HasPrefix(n, "uni") && len(n) >= 7 {
		var b strings.Builder
		for i := 3; i+4 <= len(n); i += 4 {
			v, err := strconv.ParseUint(n[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7 {
		if v, err := strconv.ParseUint(n[1:], 16, 32); err == nil && v <= 0x10FFFF {
			return string(rune(v))
		}
	}
	return ""
}
