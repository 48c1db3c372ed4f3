package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// FuzzPDFContent runs any bytes as a page's content stream, with a CID
// font, a simple font and a form XObject to draw: no panic, no hang, and
// every glyph's text free of control characters once laid out.
func FuzzPDFContent(f *testing.F) {
	for _, s := range []string{
		show(72, 700, "<00010002>"),
		"BT /F2 12 Tf 72 700 Td [(Hello) -600 (World)] TJ T* (x) ' 1 2 (y) \" ET",
		"q 1 0 0 1 10 10 cm /X1 Do Q BI /W 1 /H 1 ID \x00 EI",
		"BT /F1 12 Tf 2 Tz 3 Tc 4 Tw 14 TL 0 -14 TD <0003> Tj ET",
		"[[[[[[ << /A << /B (",
		"BT /F3 1 Tf 0.24 0 0 0.24 72 700 Tm (ABC) Tj 0 -60 Td (CBA) Tj ET",
		"BT /F4 14 Tf 72 700 Td <0001> Tj /F1 14 Tf 0 -20 Td <00010002> Tj ET",
	} {
		f.Add([]byte(s))
	}
	w := &pdfWriter{}
	cid := cidFont(w, han)
	simple := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	t3, bold := type3Font(w), cidFontNamed(w, han, "SimHei-Bold")
	form := w.stream(fmt.Sprintf("/Subtype /Form /Resources << /Font << /F1 %d 0 R >> /XObject << /X1 %d 0 R >> >>", cid, len(w.objs)+1),
		[]byte("/X1 Do "+show(0, 0, "<0001>")))
	root := w.add("<< /Type /Catalog >>")
	file, err := open(w.bytes(root))
	if err != nil {
		f.Fatal(err)
	}
	res := Dict{
		"Font":    Dict{"F1": Ref{cid, 0}, "F2": Ref{simple, 0}, "F3": Ref{t3, 0}, "F4": Ref{bold, 0}},
		"XObject": Dict{"X1": Ref{form, 0}},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in := &interp{f: file, fonts: map[any]*font{}, forms: map[*Stream]bool{}}
		in.run(data, res, gstate{ctm: identity, th: 1}, 0)
		for _, l := range buildLines(in.glyphs, 1) {
			for _, r := range l.text {
				// A tab parts the cells of a table's row, which
				// paragraphs splits; no other control character.
				if r == '\t' && l.cells {
					continue
				}
				if r < 0x20 || r == 0x7F {
					t.Fatalf("control character in %q", l.text)
				}
			}
		}
	})
}

// FuzzExtract runs the whole extractor on small files: an error or a
// document, never a panic or a hang.
func FuzzExtract(f *testing.F) {
	w := &pdfWriter{}
	cid := cidFont(w, han)
	f.Add(buildDoc(w, []testPage{{content: paraPage("ifs", 700, 0), fonts: fmt.Sprintf("/F1 %d 0 R", cid)}}))
	w2 := &pdfWriter{}
	emb := embeddedCIDFont(w2, cjkProgram("\x00\x01\x00\x00"), "FontFile2", "", "")
	f.Add(buildDoc(w2, []testPage{{content: "BT /F1 12 Tf 72 700 Td <00050006> Tj ET", fonts: fmt.Sprintf("/F1 %d 0 R", emb)}}))
	f.Add(loopDoc())
	f.Add(refLoopDoc())
	f.Add(threeStreamDoc())
	f.Add([]byte("%PDF-1.5\n1 0 obj << /Type /ObjStm /N 2 /First 8 /Length 20 >> stream\n2 0 3 5 << >> 4\nendstream endobj"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		doc, err := Extract(data)
		if err == nil && doc.Pages == 0 {
			t.Fatal("a document with no pages and no error")
		}
		if err == nil && len(doc.Styles) != len(doc.Paragraphs) {
			t.Fatalf("%d styles for %d paragraphs", len(doc.Styles), len(doc.Paragraphs))
		}
		for i := 0; err == nil && i < len(doc.Paragraphs); i++ {
			p := doc.Paragraphs[i]
			if strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7F }) {
				t.Fatalf("control character in paragraph %q", p)
			}
			if doc.Styles[i].Lead > len(p) {
				t.Fatalf("lead %d past paragraph %q", doc.Styles[i].Lead, p)
			}
		}
	})
}
