package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestPDFFontsWithoutMap: a PDF whose every font gives its glyphs no
// characters gets one line, exit 1, in either language, not text read as
// WinAnsi nor a scan. Its fonts are LibreOffice's Type 1 subset whose
// built-in encoding names glyphs by number (/cid59059) and Word's Identity-H
// TrueType subset whose program keeps no cmap and no glyph names.
func TestPDFFontsWithoutMap(t *testing.T) {
	type1 := "%!FontType1-1.0: NotoSansCJKjp-Regular\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 65 /cid59059 put\ndup 66 /cid21165 put\nreadonly def\ncurrentfile eexec\n"
	// A table directory holding a glyf table only.
	ttf := "\x00\x01\x00\x00\x00\x01\x00\x10\x00\x00\x00\x00glyf\x00\x00\x00\x00\x00\x00\x00\x1c\x00\x00\x00\x04\x00\x00\x00\x00"
	content := "BT /F1 12 Tf 72 700 Td (ABBA) Tj /F2 12 Tf 0 -20 Td <00050006> Tj ET"
	stream := func(s string) string { return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s), s) }
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> >>",
		stream(content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /CAAAAA+NotoSansCJKjp-Regular /FontDescriptor 6 0 R >>",
		"<< /Type /FontDescriptor /FontName /CAAAAA+NotoSansCJKjp-Regular /Flags 4 /FontFile 7 0 R >>",
		stream(type1),
		"<< /Type /Font /Subtype /Type0 /BaseFont /OFKEEI+SimSun /Encoding /Identity-H /DescendantFonts [9 0 R] >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /OFKEEI+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 10 0 R /CIDToGIDMap /Identity >>",
		"<< /Type /FontDescriptor /FontName /OFKEEI+SimSun /Flags 4 /FontFile2 11 0 R >>",
		stream(ttf),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	path := filepath.Join(t.TempDir(), "unmapped.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{"en": "no ToUnicode map", "zh": "没有字符映射"} {
		for _, mode := range [][]string{{"--outline"}, {"--print", "0"}, nil} {
			args := append(append([]string{"--lang", lang}, mode...), path)
			code, out, errOut := cli(t, "", args...)
			oneLineNaming(t, fmt.Sprint(args), code, out, errOut, path, want)
		}
	}
}
