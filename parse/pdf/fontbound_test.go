package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
)

// maxProgramSteps bounds the steps one program's reading takes: a cmap
// table's, and a post table's names and strings.
const maxProgramSteps = maxTableSteps + 0xFFFF + maxFontGlyphs

// cmapRecords is a cmap table of n (3,1) records all pointing at the one
// subtable sub.
func cmapRecords(n int, sub []byte) []byte {
	var cm bytes.Buffer
	binary.Write(&cm, binary.BigEndian, [2]uint16{0, uint16(n)})
	for i := 0; i < n; i++ {
		binary.Write(&cm, binary.BigEndian, [2]uint16{3, 1})
		binary.Write(&cm, binary.BigEndian, uint32(4+8*n))
	}
	cm.Write(sub)
	return cm.Bytes()
}

// group12 is a format 12 subtable of one group: codes start…end to
// glyphs g on.
func group12(start, end, g uint32) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, [2]uint16{12, 0})
	binary.Write(&b, binary.BigEndian, [6]uint32{28, 0, 1, start, end, g})
	return b.Bytes()
}

// zeroPlane4 is a format 4 subtable mapping every code of the BMP to
// glyph 0 through its glyph array, in segs overlapping segments.
func zeroPlane4(segs int) []byte {
	var sub bytes.Buffer
	binary.Write(&sub, binary.BigEndian, [7]uint16{4, 0, 0, uint16(2 * segs), 0, 0, 0})
	for k := 0; k < segs; k++ {
		binary.Write(&sub, binary.BigEndian, uint16(0xFFFE)) // ends
	}
	binary.Write(&sub, binary.BigEndian, uint16(0))
	sub.Write(make([]byte, 2*segs)) // starts
	sub.Write(make([]byte, 2*segs)) // deltas
	for k := 0; k < segs; k++ {
		binary.Write(&sub, binary.BigEndian, uint16(2*(segs-k))) // to the array
	}
	sub.Write(make([]byte, 2*0x10000))
	return sub.Bytes()
}

func TestFontProgramBounded(t *testing.T) {
	// A group claiming a whole plane reads no more glyphs than a font
	// holds.
	p, used := parseFontProgramWithin(sfntBytes("true", map[string][]byte{"cmap": cmapTable(cmapSub{3, 10, group12(0x20, 0x10FFFF, 1)})}), maxDocFontSteps)
	if p == nil {
		t.Fatal("whole plane: no program read")
	}
	if used < 0xFFFF || used > 0xFFFF+8 || p.text(0x22) != "A" || len(p.uni) > 0xFFFF {
		t.Errorf("whole plane: %d steps, %d glyphs with text, glyph 0x22 %q", used, len(p.uni), p.text(0x22))
	}
	// Codes that map to glyph 0 cost their steps too.
	for _, tc := range []struct {
		name string
		prog []byte
		max  int
	}{
		{"one segment to glyph 0", sfntBytes("true", map[string][]byte{"cmap": cmapTable(cmapSub{3, 1, zeroPlane4(1)})}), 0x10000 + 8},
		{"overlapping segments", sfntBytes("true", map[string][]byte{"cmap": cmapTable(cmapSub{3, 1, zeroPlane4(64)})}), maxTableSteps},
		{"200 records at one subtable", sfntBytes("true", map[string][]byte{"cmap": cmapRecords(200, zeroPlane4(16))}), maxTableSteps},
		{"2,000 records at one plane", sfntBytes("true", map[string][]byte{"cmap": cmapRecords(2000, group12(0, 0x10FFFF, 0))}), 2000 + 0x10000 + 8},
	} {
		p, used := parseFontProgramWithin(tc.prog, maxDocFontSteps)
		if used < 0xFFFF || used > tc.max {
			t.Errorf("%s: %d steps, want 65,535…%d", tc.name, used, tc.max)
		}
		if strings.HasPrefix(tc.name, "2,000") != (p != nil) {
			t.Errorf("%s: program %v", tc.name, p)
		}
	}
	// A limit is kept to, and none left reads nothing.
	for limit := 0; limit < 40; limit++ {
		if p, used := parseFontProgramWithin(cjkProgram("true"), limit); used > limit || limit == 0 && p != nil {
			t.Errorf("limit %d: %d steps, program %v", limit, used, p)
		}
	}
}

func TestPostNamesCounted(t *testing.T) {
	var post bytes.Buffer
	binary.Write(&post, binary.BigEndian, uint32(0x00020000))
	post.Write(make([]byte, 28))
	binary.Write(&post, binary.BigEndian, uint16(0xFFFF))
	post.Write(make([]byte, 2*0xFFFF))
	prog := sfntBytes("true", map[string][]byte{"post": post.Bytes()})
	if p, used := parseFontProgramWithin(prog, maxDocFontSteps); p == nil || len(p.names) != 0xFFFF || used < 0xFFFF {
		t.Errorf("65,535 names: %d steps", used)
	}
	if p, used := parseFontProgramWithin(prog, 1000); p != nil || used > 1000 {
		t.Errorf("65,535 names, 1,000 steps left: %d steps, program %v", used, p)
	}
}

// sharedProgramDoc is a PDF of n Type 0 fonts, each with its own
// descriptor, sharing one program, which maps CIDs from 1 to 一 on; font
// i shows CIDs 100+3i…102+3i.
func sharedProgramDoc(n int) []byte {
	prog := sfntBytes("true", map[string][]byte{"cmap": cmapTable(cmapSub{3, 10, group12(0x4E00, 0x4E00+30000, 1)}, cmapSub{0, 4, group12(0x4E00, 0x4E00+30000, 1)})})
	w := &pdfWriter{}
	file := w.stream(fmt.Sprintf("/Length1 %d", len(prog)), prog)
	var pages []testPage
	for i := 0; i < n; i++ {
		fd := w.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontFile2 %d 0 R >>", file))
		desc := w.add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 >>", fd))
		f := w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", desc))
		pages = append(pages, testPage{content: fmt.Sprintf("BT /F1 12 Tf 72 700 Td <%04X%04X%04X> Tj ET", 100+3*i, 101+3*i, 102+3*i), fonts: fmt.Sprintf("/F1 %d 0 R", f)})
	}
	return buildDoc(w, pages)
}

func TestFontProgramsShareOneBound(t *testing.T) {
	// A hundred fonts sharing one program: it is read once, and every
	// font's text is read.
	doc, err := Extract(sharedProgramDoc(100))
	if err != nil {
		t.Fatal(err)
	}
	var want []rune
	for c := 100; c < 400; c++ {
		want = append(want, rune(0x4E00+c-1))
	}
	if got := strings.Join(doc.Paragraphs, ""); got != string(want) {
		t.Errorf("%d runes read, want %d: …%q", len([]rune(got)), len(want), []rune(got)[max(0, len([]rune(got))-6):])
	}
	f, err := open(sharedProgramDoc(3))
	if err != nil {
		t.Fatal(err)
	}
	for _, fn := range []int{4, 7, 10} { // the Type 0 fonts' objects
		if got := f.loadFont(f.dict(Ref{fn, 0})).decode([]byte{0, 5}, nil); got[0].text != "\u4E04" {
			t.Errorf("font %d: %q", fn, got[0].text)
		}
	}
	if _, one := parseFontProgramWithin(mustDecode(t, f, 1), maxDocFontSteps); len(f.fontProgs) != 1 || f.fontSteps != one {
		t.Errorf("3 fonts: %d programs read, %d steps, want 1 and %d", len(f.fontProgs), f.fontSteps, one)
	}
	// The document's budget spent, a program is not read.
	f, _ = open(sharedProgramDoc(1))
	f.fontSteps = maxDocFontSteps
	if got := f.loadFont(f.dict(Ref{4, 0})).decode([]byte{0, 5}, nil); got[0].text != "" {
		t.Errorf("budget spent: %q", got[0].text)
	}
}

func mustDecode(t *testing.T, f *file, n int) []byte {
	s, ok := f.resolve(Ref{n, 0}).(*Stream)
	if !ok {
		t.Fatalf("object %d is no stream", n)
	}
	data, err := f.decode(s)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestSymbolicTrueTypeNamedBase(t *testing.T) {
	// A symbolic font whose Encoding names a base encoding reads its codes
	// by it (§9.6.5.4), not through its program's (1,0) table.
	prog := sfntBytes("\x00\x01\x00\x00", map[string][]byte{"cmap": cmapTable(
		cmapSub{1, 0, cmap0(map[byte]byte{0x93: 9, 0x41: 3})},
		cmapSub{3, 1, cmap4(map[uint32]uint16{0xEC: 9, 0x201C: 10, 'A': 3})},
	)})
	for _, tc := range []struct{ enc, want string }{
		{"/Encoding /WinAnsiEncoding", "A\u201cAA"},
		{"/Encoding << /BaseEncoding /WinAnsiEncoding /Differences [66 /B] >>", "A\u201cAA"},
		{"", "A\u00ecAA"},
	} {
		w := &pdfWriter{}
		file := w.stream(fmt.Sprintf("/Length1 %d", len(prog)), prog)
		fd := w.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 6 /FontFile2 %d 0 R >>", file))
		f := w.add(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+SimSun /FirstChar 32 /LastChar 255 %s /FontDescriptor %d 0 R >>", tc.enc, fd))
		doc, err := Extract(buildDoc(w, []testPage{{content: "BT /F1 12 Tf 72 700 Td <41934141> Tj ET", fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
		if got := strings.Join(doc.Paragraphs, "|"); err != nil || got != tc.want {
			t.Errorf("%q: %q %v, want %q", tc.enc, got, err, tc.want)
		}
	}
}
