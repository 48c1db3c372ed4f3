package pdf

import (
	"bytes"
	"fmt"
	"strings"
)

// pdfWriter writes minimal PDF files for the tests: numbered objects, a
// cross-reference table (correct unless told otherwise) and a trailer.
type pdfWriter struct {
	objs    []string
	badXref bool
	trailer string
}

// add appends an object body and returns its number.
func (w *pdfWriter) add(body string) int {
	w.objs = append(w.objs, body)
	return len(w.objs)
}

// stream appends a stream object with the given dictionary entries.
func (w *pdfWriter) stream(dict string, data []byte) int {
	return w.add(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
}

// set replaces an object body, for objects that refer forward.
func (w *pdfWriter) set(n int, body string) { w.objs[n-1] = body }

func (w *pdfWriter) bytes(root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(w.objs))
	for i, o := range w.objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(w.objs)+1)
	for _, o := range offs {
		if w.badXref {
			o = o*7 + 13
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(w.objs)+1, root, w.trailer, xref)
	return b.Bytes()
}

// testPage is one page for buildDoc: its content and its font and
// XObject resource entries.
type testPage struct {
	content string
	fonts   string // "/F1 5 0 R"
	xobjs   string
}

// buildDoc writes a document of the given pages; fonts and XObjects must
// already be objects of w.
func buildDoc(w *pdfWriter, pages []testPage) []byte {
	pagesN := w.add("")
	var kids []string
	for _, p := range pages {
		c := w.stream("", []byte(p.content))
		n := w.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << %s >> /XObject << %s >> >> >>",
			pagesN, c, p.fonts, p.xobjs))
		kids = append(kids, fmt.Sprintf("%d 0 R", n))
	}
	w.set(pagesN, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	root := w.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesN))
	return w.bytes(root)
}

// cidFont adds an Identity-H font whose ToUnicode map gives code i+1 the
// i-th rune of chars (half as bfchar, half as a bfrange array), and
// returns its number.
func cidFont(w *pdfWriter, chars string) int { return cidFontNamed(w, chars, "SimSun") }

// cidFontNamed is cidFont with another base font name (SimHei-Bold).
func cidFontNamed(w *pdfWriter, chars, name string) int {
	var bf, arr []string
	rs := []rune(chars)
	for i, r := range rs {
		if i%2 == 0 {
			bf = append(bf, fmt.Sprintf("<%04X> <%04X>", i+1, r))
		} else {
			arr = append(arr, fmt.Sprintf("<%04X> <%04X> [<%04X>]", i+1, i+1, r))
		}
	}
	cm := fmt.Sprintf("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n%d beginbfchar\n%s\nendbfchar\n%d beginbfrange\n%s\nendbfrange\nendcmap end end",
		len(bf), strings.Join(bf, "\n"), len(arr), strings.Join(arr, "\n"))
	tu := w.stream("", []byte(cm))
	desc := w.add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [1000 1000] 3 100 1000] >>", name))
	return w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", name, desc, tu))
}

// cids returns the hex string that shows chars in a cidFont made of all.
func cids(all, chars string) string {
	var b strings.Builder
	rs := []rune(all)
	for _, r := range chars {
		for i, x := range rs {
			if x == r {
				fmt.Fprintf(&b, "%04X", i+1)
				break
			}
		}
	}
	return "<" + b.String() + ">"
}
