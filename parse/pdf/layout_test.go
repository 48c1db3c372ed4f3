package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// at places chars of han at (x, y) in font F1 at size pt.
func at(x, y, size float64, chars string) string {
	return fmt.Sprintf("BT /F1 %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n", size, x, y, cids(han+"，", chars))
}

func TestTwoColumnsHangingPunctuation(t *testing.T) {
	// LibreOffice's two columns: 14-pt text in columns of 15 characters
	// (72–282 and 305.4–515.4), a gutter of 1.67 em, every other line
	// ending in a comma hung into the gutter, and the right column's
	// baselines 3 pt below the left's after a heading. On a row with a
	// hung comma the gap between glyphs is 0.67 em, a word space's.
	w := &pdfWriter{}
	f := cidFont(w, han+"，")
	rs := []rune(han)
	var b strings.Builder
	for i := 0; i < 12; i++ {
		y := float64(700 - 20*i)
		left := string(rs[i : i+15])
		if i%2 == 0 {
			left += "，"
		}
		right := string(rs[20+i : 20+i+15])
		b.WriteString(at(72, y, 14, left))
		b.WriteString(at(305.4, y-3, 14, right))
	}
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(doc.Paragraphs, "")
	wantLeft := string(rs[0:15]) + "，" + string(rs[1:16])
	wantRight := string(rs[20:35]) + string(rs[21:36])
	li, ri := strings.Index(got, wantLeft), strings.Index(got, wantRight)
	if li < 0 || ri < 0 || li > ri {
		t.Errorf("columns mixed:\n%s", strings.Join(doc.Paragraphs, "\n"))
	}
}

func TestRunningHeaderRepeatsTitle(t *testing.T) {
	// The header repeats the report's name, which also stands as the
	// title on page 1 below it; the footer counts pages past 9 (a URL and
	// 9/11, 10/11, 11/11). The title stays, the header and every footer go.
	w := &pdfWriter{}
	f := cidFont(w, han)
	h := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	fonts := fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, h)
	var pages []testPage
	for i := 9; i <= 11; i++ {
		c := at(250, 800, 9, "政府工作报告") + paraPage("iffs", 700, i*7) +
			fmt.Sprintf("BT /F2 9 Tf 72 30 Td (file:///tmp/report.html %d/11) Tj ET\n", i)
		if i == 9 {
			c = at(200, 760, 20, "政府工作报告") + c
		}
		pages = append(pages, testPage{content: c, fonts: fonts})
	}
	doc, err := Extract(buildDoc(w, pages))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(doc.Paragraphs, "\n")
	if len(doc.Paragraphs) != 4 || doc.Paragraphs[0] != "政府工作报告" || strings.Contains(got, "html") {
		t.Errorf("%d paragraphs:\n%s", len(doc.Paragraphs), got)
	}
}

func TestSpacesAtScriptChanges(t *testing.T) {
	// 2018年1月: digits in Helvetica beside CJK text a quarter em apart,
	// as LibreOffice and Word set them, are no words apart; a space the
	// producer drew is kept, and so is a gap of an em between two CJK
	// characters (two cells of a table row), but not gaps as wide between
	// every character of a word spread over its cell.
	w := &pdfWriter{}
	f := cidFont(w, han)
	h := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	content := "BT /F2 12 Tf 72 700 Td (2018) Tj ET\n" + // 4 digits of 6.67 pt: ends at 98.7
		at(101.7, 700, 12, "年") + // a quarter em on
		"BT /F2 12 Tf 116.7 700 Td (1) Tj ET\n" + at(126.0, 700, 12, "月") +
		"BT /F2 12 Tf 72 650 Td (2020 ) Tj ET\n" + at(101.7+3.3, 650, 12, "年") +
		at(72, 600, 12, "某市") + at(72+24+14, 600, 12, "办公室") +
		at(72, 550, 12, "管") + at(72+26, 550, 12, "理") + at(72+52, 550, 12, "服") + at(72+78, 550, 12, "务")
	doc, err := Extract(buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, h)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2018年1月", "2020 年", "某市 办公室", "管理服务"}
	if fmt.Sprint(doc.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", doc.Paragraphs, want)
	}
}

func TestParagraphEndsWithoutShortLine(t *testing.T) {
	// A paragraph whose last line fills the measure, then a line at the
	// left margin that is a heading: in a size a tenth larger (三号 after
	// 四号), or bold after a line with no bold. A line two characters
	// short that ends inside a sentence (the characters a browser carried
	// over: no comma starts a line) goes on into the next one; a title in
	// two centred lines is one paragraph.
	w := &pdfWriter{}
	f := cidFont(w, han+"，")
	bold := cidFontNamed(w, han+"，", "SimHei-Bold")
	rs := []rune(han)
	full := func(y float64, k int) string { return at(72, y, 14, string(rs[k:k+30])) } // 72–492
	var b strings.Builder
	b.WriteString(at(150, 790, 22, string(rs[0:12])) + at(172, 762, 22, string(rs[12:22]))) // centred on 282
	b.WriteString(at(100, 700, 14, string(rs[0:28])) + full(680, 1))
	b.WriteString(at(72, 660, 16, string(rs[5:11]))) // heading in 16 pt
	b.WriteString(at(100, 640, 14, string(rs[2:30])) + full(620, 3))
	b.WriteString(strings.Replace(at(72, 600, 14, string(rs[7:13])), "/F1", "/F2", 1))    // bold heading
	b.WriteString(at(100, 580, 14, string(rs[4:32])) + at(72, 560, 14, string(rs[5:33]))) // 2 short, no full stop
	b.WriteString(at(72, 540, 14, string(rs[6:16])+"，"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, bold)}}))
	if err != nil {
		t.Fatal(err)
	}
	var lens []int
	for _, p := range doc.Paragraphs {
		lens = append(lens, len([]rune(p)))
	}
	if want := []int{22, 58, 6, 58, 6, 67}; fmt.Sprint(lens) != fmt.Sprint(want) {
		t.Errorf("paragraph lengths %v, want %v:\n%s", lens, want, strings.Join(doc.Paragraphs, "\n"))
	}
}
