package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The fonts here are built in code: a table directory holding a cmap and
// a post table, all this reader looks at (PDF subsets drop the rest as
// often as not). No font file is shipped or fetched; the Go fonts
// (golang.org/x/image/font/gofont) would bring a module in for Latin that
// these prove as well.

// sfntBytes writes a TrueType table directory of the given tables (tag →
// body), each at a four-byte boundary; magic "OTTO" makes it OpenType.
func sfntBytes(magic string, tables map[string][]byte) []byte {
	var tags []string
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	var b bytes.Buffer
	b.WriteString(magic)
	binary.Write(&b, binary.BigEndian, [4]uint16{uint16(len(tags)), 0, 0, 0})
	off := 12 + 16*len(tags)
	var body bytes.Buffer
	for _, t := range tags {
		b.WriteString(t)
		binary.Write(&b, binary.BigEndian, [3]uint32{0, uint32(off + body.Len()), uint32(len(tables[t]))})
		body.Write(tables[t])
		for body.Len()%4 != 0 {
			body.WriteByte(0)
		}
	}
	b.Write(body.Bytes())
	return b.Bytes()
}

// cmapSub is one subtable for cmapTable: its platform, encoding and body.
type cmapSub struct {
	pid, psid uint16
	body      []byte
}

func cmapTable(subs ...cmapSub) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, [2]uint16{0, uint16(len(subs))})
	off := 4 + 8*len(subs)
	for _, s := range subs {
		binary.Write(&b, binary.BigEndian, [2]uint16{s.pid, s.psid})
		binary.Write(&b, binary.BigEndian, uint32(off))
		off += len(s.body)
	}
	for _, s := range subs {
		b.Write(s.body)
	}
	return b.Bytes()
}

// cmap4 writes a format 4 subtable: a segment for each code (with
// idDelta), odd ones through the glyph array, and the closing 0xFFFF.
func cmap4(m map[uint32]uint16) []byte {
	var codes []uint32
	for c := range m {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	segs := len(codes) + 1
	ends, starts, deltas, ranges := make([]uint16, segs), make([]uint16, segs), make([]uint16, segs), make([]uint16, segs)
	var glyphs []uint16
	for i, c := range codes {
		ends[i], starts[i] = uint16(c), uint16(c)
		if i%2 == 0 {
			deltas[i] = m[c] - uint16(c)
			continue
		}
		// idRangeOffset: from this entry to the glyph array's slot.
		ranges[i] = uint16(2 * (segs - i + len(glyphs)))
		glyphs = append(glyphs, m[c])
	}
	ends[segs-1], starts[segs-1], deltas[segs-1] = 0xFFFF, 0xFFFF, 1
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, [7]uint16{4, uint16(16 + 8*segs + 2*len(glyphs)), 0, uint16(2 * segs), 0, 0, 0})
	binary.Write(&b, binary.BigEndian, ends)
	binary.Write(&b, binary.BigEndian, uint16(0))
	for _, a := range [][]uint16{starts, deltas, ranges, glyphs} {
		binary.Write(&b, binary.BigEndian, a)
	}
	return b.Bytes()
}

// cmap12 writes a format 12 subtable, a group for each code.
func cmap12(m map[uint32]uint16) []byte {
	var codes []uint32
	for c := range m {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, [2]uint16{12, 0})
	binary.Write(&b, binary.BigEndian, [3]uint32{uint32(16 + 12*len(codes)), 0, uint32(len(codes))})
	for _, c := range codes {
		binary.Write(&b, binary.BigEndian, [3]uint32{c, c, uint32(m[c])})
	}
	return b.Bytes()
}

// cmap6 writes a format 6 subtable from first for the glyphs given.
func cmap6(first uint16, gids ...uint16) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, [5]uint16{6, uint16(10 + 2*len(gids)), 0, first, uint16(len(gids))})
	binary.Write(&b, binary.BigEndian, gids)
	return b.Bytes()
}

// cmap0 writes a format 0 (Macintosh byte) subtable.
func cmap0(m map[byte]byte) []byte {
	b := []byte{0, 0, 1, 6, 0, 0}
	var g [256]byte
	for c, x := range m {
		g[c] = x
	}
	return append(b, g[:]...)
}

// post2 writes a format 2 post table naming glyphs 0…len(names)-1: a
// standard Macintosh name by its index, others as strings of their own.
func post2(names ...string) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, uint32(0x00020000))
	b.Write(make([]byte, 28))
	binary.Write(&b, binary.BigEndian, uint16(len(names)))
	var extra []string
	for _, n := range names {
		k := -1
		for i, m := range macGlyphNames {
			if m == n {
				k = i
			}
		}
		if k < 0 {
			k = len(macGlyphNames) + len(extra)
			extra = append(extra, n)
		}
		binary.Write(&b, binary.BigEndian, uint16(k))
	}
	for _, n := range extra {
		b.WriteByte(byte(len(n)))
		b.WriteString(n)
	}
	return b.Bytes()
}

func TestFontProgramText(t *testing.T) {
	uni := func(subs ...cmapSub) []byte {
		return sfntBytes("\x00\x01\x00\x00", map[string][]byte{"cmap": cmapTable(subs...)})
	}
	for _, tc := range []struct {
		name string
		font []byte
		want map[uint16]string // glyph → text
	}{
		{"format 4, Windows Unicode", uni(cmapSub{3, 1, cmap4(map[uint32]uint16{'A': 1, 'B': 2, '中': 3, '文': 4, ' ': 5})}),
			map[uint16]string{1: "A", 2: "B", 3: "中", 4: "文", 5: " ", 6: "", 0: ""}},
		{"format 12, full repertoire", uni(cmapSub{3, 10, cmap12(map[uint32]uint16{'字': 1, 0x20000: 2})}),
			map[uint16]string{1: "字", 2: "\U00020000"}},
		{"one glyph, several code points: the unified ideograph", uni(cmapSub{3, 1, cmap4(map[uint32]uint16{
			0x2F24: 1, '大': 1, // Kangxi radical ⼤
			0x2EA0: 2, '民': 2, // CJK radical ⺠
			0xF900: 3, '豈': 3, // compatibility ideograph 豈
			0xA0: 4, ' ': 4, // no-break space
			0x31D0: 5, '一': 5, // CJK stroke ㇐
		})}), map[uint16]string{1: "大", 2: "民", 3: "豈", 4: " ", 5: "一"}},
		{"only a radical or compatibility form: its character", uni(cmapSub{3, 1, cmap4(map[uint32]uint16{0x2EA0: 1, 0xF901: 2})}),
			map[uint16]string{1: "民", 2: "更"}},
		{"private use and symbol subtables say nothing", uni(cmapSub{3, 1, cmap4(map[uint32]uint16{0xE001: 1})}, cmapSub{3, 0, cmap4(map[uint32]uint16{0xF041: 2})}),
			map[uint16]string{1: "", 2: ""}},
		{"post names where no Unicode subtable says", sfntBytes("\x00\x01\x00\x00", map[string][]byte{
			"cmap": cmapTable(cmapSub{1, 0, cmap0(map[byte]byte{'a': 1})}),
			"post": post2(".notdef", "A", "uni6587", "g12", "cid25092", "period", "uniE000"),
		}), map[uint16]string{1: "A", 2: "文", 3: "", 4: "", 5: ".", 6: ""}},
		{"Unicode subtable over post name", sfntBytes("OTTO", map[string][]byte{
			"cmap": cmapTable(cmapSub{0, 3, cmap6(0x4E2D, 1)}),
			"post": post2(".notdef", "B"),
		}), map[uint16]string{1: "中"}},
	} {
		p := parseFontProgram(tc.font)
		if p == nil {
			t.Errorf("%s: no program read", tc.name)
			continue
		}
		for g, want := range tc.want {
			if got := p.text(g); got != want {
				t.Errorf("%s: glyph %d reads %q, want %q", tc.name, g, got, want)
			}
		}
	}
}

func TestFontProgramNotAFont(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("%!PS-AdobeFont-1.0"), []byte("\x00\x01\x00\x00\x00\x01"),
		sfntBytes("\x00\x01\x00\x00", map[string][]byte{"glyf": {1, 2, 3}}),          // no cmap, no post
		sfntBytes("\x00\x01\x00\x00", map[string][]byte{"cmap": {0, 0, 0, 9, 0, 3}}), // subtables past the end
	} {
		if p := parseFontProgram(b); p != nil {
			t.Errorf("%q read as a font: %+v", b, p)
		}
	}
}

func TestSimpleGlyph(t *testing.T) {
	// §9.6.5.4: a symbolic font's code c is looked up in (3,0) as c or
	// 0xF000, 0xF100 or 0xF200 plus c, else in (1,0), else in a Unicode
	// subtable, (3,1) then (0,3), at c.
	p := parseFontProgram(sfntBytes("true", map[string][]byte{"cmap": cmapTable(
		cmapSub{1, 0, cmap0(map[byte]byte{3: 9, 4: 8, 7: 4})},
		cmapSub{3, 0, cmap4(map[uint32]uint16{0xF001: 5, 0x02: 6, 0xF107: 3, 0xF208: 2})},
		cmapSub{3, 1, cmap4(map[uint32]uint16{'A': 11, 4: 12, 'B': 13})},
		cmapSub{0, 3, cmap4(map[uint32]uint16{'B': 14, 'C': 15})},
	)}))
	for code, want := range map[byte]uint16{1: 5, 2: 6, 3: 9, 4: 8, 5: 0, 7: 3, 8: 2, 'A': 11, 'B': 13, 'C': 15} {
		if got := p.simpleGlyph(code); got != want {
			t.Errorf("code %d: glyph %d, want %d", code, got, want)
		}
	}
}

// cjkProgram is a TrueType program whose glyphs 5, 6, 7 are 中, 文, 字
// (a format 4 Unicode cmap) and glyphs 1, 2 are A, B (post names only).
func cjkProgram(magic string) []byte {
	return sfntBytes(magic, map[string][]byte{
		"cmap": cmapTable(cmapSub{3, 1, cmap4(map[uint32]uint16{'中': 5, '文': 6, '字': 7})}),
		"post": post2(".notdef", "A", "B", "g3", "g4", "g5", "g6", "g7"),
	})
}

// embeddedCIDFont adds an Identity-H TrueType CID font embedding prog as
// ff ("FontFile2", or "FontFile3" with Subtype OpenType), with the given
// extra descendant entries and, where tu is not "", that ToUnicode map.
func embeddedCIDFont(w *pdfWriter, prog []byte, ff, descExtra, tu string) int {
	sub := ""
	if ff == "FontFile3" {
		sub = "/Subtype /OpenType"
	}
	file := w.stream(fmt.Sprintf("%s /Length1 %d", sub, len(prog)), prog)
	fd := w.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /%s %d 0 R >>", ff, file))
	desc := w.add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 %s >>", fd, descExtra))
	tuEntry := ""
	if tu != "" {
		tuEntry = fmt.Sprintf("/ToUnicode %d 0 R", w.stream("", []byte(tu)))
	}
	return w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] %s >>", desc, tuEntry))
}

func TestFontWithoutToUnicode(t *testing.T) {
	// CIDs 1…3 are glyphs 5…7 through the CIDToGIDMap.
	cidToGID := func(w *pdfWriter) string {
		return fmt.Sprintf("/CIDToGIDMap %d 0 R", w.stream("", []byte{0, 0, 0, 5, 0, 6, 0, 7}))
	}
	oneChar := "/CIDInit /ProcSet findresource begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0002> <56FD> endbfchar endcmap end"
	for _, tc := range []struct {
		name    string
		font    func(w *pdfWriter) int
		content string
		want    string
	}{
		{"Identity-H, TrueType program, CIDToGIDMap", func(w *pdfWriter) int {
			return embeddedCIDFont(w, cjkProgram("\x00\x01\x00\x00"), "FontFile2", cidToGID(w), "")
		}, "<000100020003>", "中文字"},
		{"no CIDToGIDMap: CIDs are glyphs", func(w *pdfWriter) int {
			return embeddedCIDFont(w, cjkProgram("\x00\x01\x00\x00"), "FontFile2", "", "")
		}, "<000700060005>", "字文中"},
		{"OpenType program (FontFile3)", func(w *pdfWriter) int {
			return embeddedCIDFont(w, cjkProgram("OTTO"), "FontFile3", "/CIDToGIDMap /Identity", "")
		}, "<00050006>", "中文"},
		{"post names where the cmap has none", func(w *pdfWriter) int {
			return embeddedCIDFont(w, cjkProgram("\x00\x01\x00\x00"), "FontFile2", "", "")
		}, "<000100020005>", "AB中"},
		{"a ToUnicode map wins where it has the code", func(w *pdfWriter) int {
			return embeddedCIDFont(w, cjkProgram("\x00\x01\x00\x00"), "FontFile2", cidToGID(w), oneChar)
		}, "<000100020003>", "中国字"},
	} {
		w := &pdfWriter{}
		f := tc.font(w)
		doc, err := Extract(buildDoc(w, []testPage{{content: "BT /F1 12 Tf 72 700 Td " + tc.content + " Tj ET", fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(doc.Paragraphs, "|"); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSymbolicTrueTypeWithoutToUnicode(t *testing.T) {
	// A subset numbered from 1 (codes 1, 2, 3), drawn through the (3,0)
	// subtable at 0xF000+code; the glyphs' text from the (3,1) one. A
	// code the Differences name keeps the name; a font not flagged
	// symbolic keeps WinAnsi.
	prog := sfntBytes("\x00\x01\x00\x00", map[string][]byte{"cmap": cmapTable(
		cmapSub{3, 0, cmap4(map[uint32]uint16{0xF001: 5, 0xF002: 6, 0xF003: 7, 0xF041: 6})},
		cmapSub{3, 1, cmap4(map[uint32]uint16{'中': 5, '文': 6, '字': 7})},
	)})
	for _, tc := range []struct {
		name, extra string
		flags       int
		want        string
	}{
		{"symbolic", "", 4, "中文字文"},
		{"Differences name a code", "/Encoding << /Differences [2 /B] >>", 4, "中B字文"},
		{"nonsymbolic", "/Encoding /WinAnsiEncoding", 32, "A"},
	} {
		w := &pdfWriter{}
		file := w.stream(fmt.Sprintf("/Length1 %d", len(prog)), prog)
		fd := w.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+FangSong /Flags %d /FontFile2 %d 0 R >>", tc.flags, file))
		f := w.add(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+FangSong /FirstChar 1 /LastChar 65 /FontDescriptor %d 0 R %s >>", fd, tc.extra))
		content := "BT /F1 12 Tf 72 700 Td <01020341> Tj ET"
		if tc.flags == 32 {
			content = "BT /F1 12 Tf 72 700 Td <41> Tj ET"
		}
		doc, err := Extract(buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(doc.Paragraphs, "|"); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDamagedFontProgramUnread(t *testing.T) {
	// A program that is no font, or one cut short before its tables: the
	// text stays unread, one line and exit 1 as before, never a panic.
	prog := cjkProgram("\x00\x01\x00\x00")
	for _, b := range [][]byte{[]byte("not a font at all"), prog[:40], append([]byte{}, prog[:12]...)} {
		w := &pdfWriter{}
		f := embeddedCIDFont(w, b, "FontFile2", "", "")
		_, err := Extract(buildDoc(w, []testPage{{content: "BT /F1 12 Tf 72 700 Td <00050006> Tj ET", fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
		if !errors.Is(err, ErrNoUnicode) {
			t.Errorf("%d bytes: err %v, want ErrNoUnicode", len(b), err)
		}
	}
}

// FuzzFontProgram reads any bytes as an embedded font program: no panic,
// no text that is a control character, and no hang: the steps taken stay
// within a program's bounds and within any limit given.
func FuzzFontProgram(f *testing.F) {
	f.Add(cjkProgram("\x00\x01\x00\x00"))
	f.Add(sfntBytes("OTTO", map[string][]byte{"cmap": cmapTable(cmapSub{3, 10, cmap12(map[uint32]uint16{'字': 1, 0x20000: 2})}, cmapSub{0, 3, cmap6(0x4E2D, 1)})}))
	f.Add(sfntBytes("true", map[string][]byte{"cmap": cmapTable(cmapSub{1, 0, cmap0(map[byte]byte{3: 9})}), "post": post2(".notdef", "uni6587")}))
	f.Add([]byte("/Encoding 256 array\ndup 1 /N put dup 2 /uni4E2D put dup 300 /x put dup 3 /y readonly def"))
	f.Add(append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), cjkProgram("\x00\x01\x00\x00")...))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, used := parseFontProgramWithin(b, maxDocFontSteps)
		if used > maxProgramSteps {
			t.Fatalf("%d steps, past %d", used, maxProgramSteps)
		}
		if _, used := parseFontProgramWithin(b, len(b)/4); used > len(b)/4 {
			t.Fatalf("%d steps, past the limit %d", used, len(b)/4)
		}
		for g := 0; g < 300; g++ {
			for _, r := range p.text(uint16(g)) {
				if r < 0x20 || r == 0x7F {
					t.Fatalf("glyph %d reads %q", g, p.text(uint16(g)))
				}
			}
		}
		for c := 0; c < 256; c++ {
			p.simpleGlyph(byte(c))
		}
		type1Encoding(b)
	})
}

func TestType1BuiltinEncoding(t *testing.T) {
	// LibreOffice and Cairo embed Type 1 subsets whose built-in encoding
	// numbers the glyphs from 1, named for Latin glyphs and /cidNNNNN for
	// CJK ones, with no Encoding entry and, here, no ToUnicode map.
	builtin := "%!FontType1-1.0: NotoSansCJKjp-Regular 001.003\n/FontName /X def\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 1 /N put\ndup 2 /B put\ndup 3 /uni4E2D put\ndup 65 /cid59059 put\ndup 66 /g12 put\ndup 193 /Aacute put\nreadonly def\ncurrentfile eexec\n\x8f\x03dup 67 /C put"
	standard := "%!FontType1-1.0: NimbusRoman\n/Encoding StandardEncoding def\ncurrentfile eexec\n"
	for _, tc := range []struct {
		name, program, encoding, codes, want string
	}{
		{"built-in encoding", builtin, "", "010203", "NB中"},
		{"a name with a number is unread, not WinAnsi", builtin, "", "0102414201", "NB N"},
		{"a name no table knows keeps WinAnsi", builtin, "", "C1", "Á"},
		{"a code the encoding leaves out draws .notdef", builtin, "", "0143", "N"},
		{"Differences over the built-in encoding", builtin, "/Encoding << /Differences [1 /C] >>", "0102", "CB"},
		{"a base encoding named: WinAnsi", builtin, "/Encoding /WinAnsiEncoding", "41", "A"},
		{"StandardEncoding program", standard, "", "41", "A"},
	} {
		w := &pdfWriter{}
		file := w.stream(fmt.Sprintf("/Length1 %d /Length2 0 /Length3 0", len(tc.program)), []byte(tc.program))
		fd := w.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+X /Flags 4 /FontFile %d 0 R >>", file))
		f := w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+X /FirstChar 1 /LastChar 255 /FontDescriptor %d 0 R %s >>", fd, tc.encoding))
		doc, err := Extract(buildDoc(w, []testPage{{content: "BT /F1 12 Tf 72 700 Td <" + tc.codes + "> Tj ET", fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(doc.Paragraphs, "|"); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	// A font whose every glyph is such: one line, exit 1, not a scan.
	w := &pdfWriter{}
	file := w.stream("", []byte(builtin))
	fd := w.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+X /Flags 4 /FontFile %d 0 R >>", file))
	f := w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+X /FontDescriptor %d 0 R >>", fd))
	if _, err := Extract(buildDoc(w, []testPage{{content: "BT /F1 12 Tf 72 700 Td <414241> Tj ET", fonts: fmt.Sprintf("/F1 %d 0 R", f)}})); !errors.Is(err, ErrNoUnicode) {
		t.Errorf("glyphs named by number only: err %v, want ErrNoUnicode", err)
	}
}
