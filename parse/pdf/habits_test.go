package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// cidFontEnc is cidFont with another encoding (Identity-V) and extra
// entries in the CIDFont's dictionary.
func cidFontEnc(w *pdfWriter, chars, enc, extra string) int {
	n := cidFont(w, chars)
	w.set(n-1, strings.Replace(w.objs[n-2], "/DW 1000", "/DW 1000 "+extra, 1))
	w.set(n, strings.Replace(w.objs[n-1], "/Identity-H", "/"+enc, 1))
	return n
}

// TestProducerHabits: PDFs from producers not installed here, each habit
// written as its producer writes it: the text reads in order, whole, with
// nothing doubled.
func TestProducerHabits(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	fonts := fmt.Sprintf("/F1 %d 0 R", f)
	// glyphs draws each character of s in its own BT…ET with its own Tm
	// (方正书版, and an OCR layer that places every character).
	glyphs := func(x, y float64, s, ops string) string {
		var b strings.Builder
		for i, r := range []rune(s) {
			fmt.Fprintf(&b, "BT %s /F1 12 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", ops, x+12*float64(i), y, cids(han, string(r)))
		}
		return b.String()
	}
	// tj draws a line as Word does: its own BT…ET, the glyphs placed by TJ
	// adjustments.
	tj := func(x, y float64, s string) string {
		var parts []string
		for i, r := range []rune(s) {
			parts = append(parts, cids(han, string(r)))
			if i%3 == 1 {
				parts = append(parts, "-12", "12")
			}
		}
		return fmt.Sprintf("BT /F1 12 Tf 1 0 0 1 %g %g Tm [%s] TJ ET\n", x, y, strings.Join(parts, " "))
	}
	img := w.stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0})
	vert := cidFontEnc(w, han, "Identity-V", "/DW2 [880 -1000]")
	for _, tc := range []struct {
		name    string
		content string
		fonts   string
		want    string
		// ref, when set, is the same page drawn the usual way, in reading
		// order: the file must read as it does.
		ref string
	}{
		{name: "Word: a line its own BT…ET, TJ adjustments",
			content: tj(72, 700, "政府工作报告") + tj(72, 682, "发展改革推进建设"),
			want:    "政府工作报告\n发展改革推进建设"},
		{name: "tagged PDF: headers, footers and page numbers marked /Artifact",
			content: "/Artifact <</Attached [/Top]/Type /Pagination /Subtype /Header >>BDC\n" + show(200, 800, cids(han, "某市办公室")) + "EMC\n" +
				"/P <</MCID 0>> BDC\n" + tj(72, 700, "政府工作报告") + "EMC\n" +
				"/Artifact BMC\n" + show(290, 40, cids(han, "一")) + "EMC\n" +
				"/Artifact <</Type /Pagination /Subtype /Watermark >>BDC /Span <</ActualText <FEFF673A5BC6> >>BDC\n" + show(250, 400, cids(han, "中华")) + "EMC EMC\n",
			want: "政府工作报告"},
		{name: "tagged PDF: an artifact on a line of the text stays",
			content: "/Artifact BMC\n" + show(72, 700, cids(han, "一")) + "EMC\n" + show(84, 700, cids(han, "政府工作报告")),
			want:    "一政府工作报告"},
		{name: "tagged PDF: a page of nothing but artifacts keeps them",
			content: "/Artifact BMC\n" + show(72, 700, cids(han, "政府工作报告")) + "EMC\n",
			want:    "政府工作报告"},
		{name: "方正书版: every glyph its own Tm",
			content: glyphs(72, 700, "中华人民共和国", "") + glyphs(72, 682, "政府工作报告", ""),
			want:    "中华人民共和国\n政府工作报告"},
		{name: "OCR: invisible words over the page image",
			content: "q 595 0 0 842 0 0 cm /Im1 Do Q\n" + glyphs(72, 700, "政府工作报告", "3 Tr") +
				"BT 3 Tr /F1 12 Tf 200 Tz 1 0 0 1 72 682 Tm <0001> Tj ET\n",
			want: "政府工作报告\n中"},
		{name: "a header drawn last",
			content: show(72, 700, cids(han, "发展改革推进建设")) + show(72, 682, cids(han, "加强管理服务质量")) +
				show(200, 760, cids(han, "某市办公室通知")),
			ref: show(200, 760, cids(han, "某市办公室通知")) +
				show(72, 700, cids(han, "发展改革推进建设")) + show(72, 682, cids(han, "加强管理服务质量")),
			want: "某市办公室通知"},
		{name: "a table drawn column by column",
			content: show(72, 700, cids(han, "年月")) + show(72, 682, cids(han, "一二")) +
				show(300, 700, cids(han, "发展")) + show(300, 682, cids(han, "三四")),
			want: "年月\n发展\n一二\n三四"},
		{name: "vertical CMap: columns right to left",
			fonts: fmt.Sprintf("/F1 %d 0 R", vert),
			content: func() string {
				var b strings.Builder
				cols := []string{"中华人民共和国政府工作报告", "一二三四五六七八九十年月日", "发展改革推进建设加强管理服务"}
				for i, c := range cols {
					fmt.Fprintf(&b, "BT /F1 12 Tf 1 0 0 1 %d 760 Tm %s Tj ET\n", 500-20*i, cids(han, c))
				}
				return b.String()
			}(),
			ref: func() string {
				var b strings.Builder
				cols := []string{"中华人民共和国政府工作报告", "一二三四五六七八九十年月日", "发展改革推进建设加强管理服务"}
				for i, c := range cols {
					for k, r := range []rune(c) {
						b.WriteString(show(float64(494-20*i), 760-12*float64(k)-10.56, cids(han, string(r))))
					}
				}
				return b.String()
			}(),
			want: "中华人民共和国政府工作报告"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := fonts
			if tc.fonts != "" {
				fs = tc.fonts
			}
			w2 := *w
			w2.objs = append([]string(nil), w.objs...)
			data := buildDoc(&w2, []testPage{{content: tc.content, fonts: fs, xobjs: fmt.Sprintf("/Im1 %d 0 R", img)}})
			got := extractText(t, data)
			want := tc.want
			if tc.ref != "" {
				w3 := *w
				w3.objs = append([]string(nil), w.objs...)
				want = extractText(t, buildDoc(&w3, []testPage{{content: tc.ref, fonts: fonts}}))
				if !strings.HasPrefix(want, tc.want) {
					t.Fatalf("the page drawn in order reads\n%s", want)
				}
			}
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}
