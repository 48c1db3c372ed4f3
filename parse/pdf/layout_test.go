package pdf

import (
	"errors"
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
	// every character of a word spread over its cell. A space drawn
	// between two CJK characters stays (广东省省长 王伟中: LibreOffice sets
	// a byline's space a quarter em wide); the same gap without one is
	// the justification of a line and no space.
	w := &pdfWriter{}
	f := cidFont(w, han)
	h := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	content := "BT /F2 12 Tf 72 700 Td (2018) Tj ET\n" + // 4 digits of 6.67 pt: ends at 98.7
		at(101.7, 700, 12, "年") + // a quarter em on
		"BT /F2 12 Tf 116.7 700 Td (1) Tj ET\n" + at(126.0, 700, 12, "月") +
		"BT /F2 12 Tf 72 650 Td (2020 ) Tj ET\n" + at(101.7+3.3, 650, 12, "年") +
		at(72, 600, 12, "某市") + at(72+24+14, 600, 12, "办公室") +
		at(72, 550, 12, "管") + at(72+26, 550, 12, "理") + at(72+52, 550, 12, "服") + at(72+78, 550, 12, "务") +
		at(72, 500, 12, "某市") + "BT /F2 12 Tf 96 500 Td ( ) Tj ET\n" + at(99.3, 500, 12, "办公室") +
		at(72, 450, 12, "某市") + at(99.3, 450, 12, "办公室")
	doc, err := Extract(buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, h)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2018年1月", "2020 年", "某市 办公室", "管理服务", "某市 办公室", "某市办公室"}
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

func TestContentStreamsAreOne(t *testing.T) {
	// A page in three content streams: the first flips the page into a
	// top-down system (q 1 0 0 -1 0 842 cm), the second shows text in it
	// with each line's Tm flipped back, the last restores. Run one by one
	// with a fresh state each, the second's lines came out bottom to top.
	doc, err := Extract(threeStreamDoc())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(doc.Paragraphs, "|"); got != "中华人民|共和国政府|工作报告" {
		t.Errorf("got %q", got)
	}
}

func TestType3LineSize(t *testing.T) {
	// Ghostscript's bitmap Type 3 fonts: glyphs 50 units high in a unit
	// FontMatrix, set at Tf 1 and scaled by a text matrix of 0.24, so
	// 12-pt text. Its size is the box through the matrices (12), not the
	// matrices alone (0.24), or a baseline moved by 1.5 pt (another run
	// of the line, a superscript's neighbour) starts a line of its own.
	w := &pdfWriter{}
	t3 := type3Font(w)
	line := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 1 Tf 0.24 0 0 0.24 %g %g Tm (%s) Tj ET\n", x, y, s)
	}
	content := line(72, 700, "ABCABC") + line(72+6*12, 698.5, "CBA") + line(72+9*12, 700, "ABC")
	doc, err := Extract(buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R", t3)}}))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != 1 || doc.Paragraphs[0] != "中文字中文字字文中中文字" || doc.Styles[0].Size < 11 {
		t.Errorf("%d paragraphs %q, styles %v", len(doc.Paragraphs), doc.Paragraphs, doc.Styles)
	}
}

// threeStreamDoc is a page drawn in three content streams: a flip into a
// top-down system, three lines of text, and the restore.
func threeStreamDoc() []byte {
	w := &pdfWriter{}
	f := cidFont(w, han)
	pagesN := w.add("")
	s1 := w.stream("", []byte("q 1 0 0 -1 0 842 cm"))
	var b strings.Builder
	for i, s := range []string{"中华人民", "共和国政府", "工作报告"} {
		fmt.Fprintf(&b, "BT /F1 12 Tf 1 0 0 -1 72 %d Tm %s Tj ET\n", 100+40*i, cids(han, s))
	}
	s2 := w.stream("", []byte(b.String()))
	s3 := w.stream("", []byte("Q"))
	pg := w.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents [%d 0 R %d 0 R %d 0 R] /Resources << /Font << /F1 %d 0 R >> >> >>", pagesN, s1, s2, s3, f))
	w.set(pagesN, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", pg))
	root := w.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesN))
	return w.bytes(root)
}

// type3Font adds a bitmap-style Type 3 font (glyphs 50 units high in a
// unit matrix) whose codes A, B, C are 中, 文, 字.
func type3Font(w *pdfWriter) int {
	cm := "/CIDInit /ProcSet findresource begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 3 beginbfchar <41> <4E2D> <42> <6587> <43> <5B57> endbfchar endcmap end"
	tu := w.stream("", []byte(cm))
	return w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [0 -10 50 40] /FontMatrix [1 0 0 1 0 0] /CharProcs << >> /Encoding << /Differences [65 /a /b /c] >> /FirstChar 65 /LastChar 67 /Widths [50 50 50] /ToUnicode %d 0 R >>", tu))
}

func TestTextWithoutUnicodeMap(t *testing.T) {
	// ps2pdf's re-embedded CJK subsets: glyphs named /cid25092, no
	// ToUnicode map. Text is drawn, none of it can be read: not a scan.
	w := &pdfWriter{}
	f := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+NotoSerifCJKjp-Regular /FirstChar 1 /LastChar 2 /Widths [1000 1000] /Encoding << /Differences [1 /cid25092 /cid9554] >> >>")
	_, err := Extract(buildDoc(w, []testPage{{content: "BT /F1 12 Tf 72 700 Td <0102> Tj ET", fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if !errors.Is(err, ErrNoUnicode) {
		t.Errorf("err %v, want ErrNoUnicode", err)
	}
}

func TestLineCarriedOverWhole(t *testing.T) {
	// A typesetter that does not justify (a browser, wkhtmltopdf) moves a
	// number with its signs, or a character with the comma that may not
	// start a line, to the next line whole, and leaves the line before it
	// short by their width: the paragraph goes on (32.6%，…, 等，“快…). A
	// line as short before a run that would have fitted is a paragraph's
	// end. A line of digits and signs alone (80%。) is not bold, and goes
	// on the paragraph of the lines with no bold before it.
	const set = han + "，。%.0123456789“"
	w := &pdfWriter{}
	f := cidFont(w, set)
	rs := []rune(han)
	at := func(x, y float64, chars string) string {
		return fmt.Sprintf("BT /F1 14 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(set, chars))
	}
	var b strings.Builder
	b.WriteString(at(100, 700, string(rs[0:28])))                     // indented, to the margin at 492
	b.WriteString(at(72, 680, string(rs[1:27])))                      // 4 em short: 32.6%， did not fit
	b.WriteString(at(72, 660, "32.6%，"+string(rs[2:26])))             // to 492
	b.WriteString(at(72, 640, string(rs[3:26])))                      // 7 em short: 等，“快 (4 em) did not fit…
	b.WriteString(at(72, 620, string(rs[4:5])+"，“"+string(rs[5:30]))) // … so it is a paragraph's end
	b.WriteString(at(72, 600, string(rs[6:36])))                      // to the margin
	b.WriteString(at(72, 580, "80%。"))                                // the paragraph's last line
	b.WriteString(at(100, 560, string(rs[7:35])))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var lens []int
	for _, p := range doc.Paragraphs {
		lens = append(lens, len([]rune(p)))
	}
	if want := []int{28 + 26 + 30 + 23, 28 + 30 + 4, 28}; fmt.Sprint(lens) != fmt.Sprint(want) {
		t.Errorf("paragraph lengths %v, want %v:\n%s", lens, want, strings.Join(doc.Paragraphs, "\n"))
	}
}

func TestLeadWidth(t *testing.T) {
	// Glyphs an em (10) wide from x 0, none spaced apart but where said.
	row := func(s string, gapAfter int) []glyph {
		var gs []glyph
		x := 0.0
		for i, r := range []rune(s) {
			gs = append(gs, glyph{text: string(r), x0: x, x1: x + 10, size: 10})
			x += 10
			if i == gapAfter {
				x += 5
			}
		}
		return gs
	}
	for _, c := range []struct {
		text     string
		gapAfter int
		want     float64
	}{
		{"发展改革", -1, 10},
		{"等，推进", -1, 20},
		{"等，“快、准", -1, 50}, // 、 may not start a line either
		{"“两个毫不动摇”", -1, 20},
		{"32.6%，增长", -1, 60},
		{"80%。", -1, 40},
		{"GDP 增长", 2, 30},
		{"2.0版", -1, 30},
	} {
		if got := leadWidth(row(c.text, c.gapAfter)); got != c.want {
			t.Errorf("leadWidth(%q) = %g, want %g", c.text, got, c.want)
		}
	}
}

func TestRightMarginAmongShortLines(t *testing.T) {
	// A 工作要点 as LibreOffice sets a .docx with no paragraph spacing:
	// most paragraphs are one line that ends short, three headings of ten
	// characters end at one spot, and only two lines reach the margin at
	// 492. The headings' common end is no margin: every line ends a
	// paragraph but the first.
	w := &pdfWriter{}
	f := cidFont(w, han)
	rs := []rune(han)
	var b strings.Builder
	y := 700.0
	put := func(x float64, k, n int) {
		b.WriteString(at(x, y, 14, string(rs[k:k+n])))
		y -= 20
	}
	put(100, 0, 28) // indented, to the margin
	put(72, 1, 30)  // to the margin
	put(72, 2, 5)
	for i := 0; i < 3; i++ {
		put(72, 10+i, 10) // a heading
		put(100, 20+i, 12)
		put(100, 30+i, 17)
	}
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var lens []int
	for _, p := range doc.Paragraphs {
		lens = append(lens, len([]rune(p)))
	}
	if want := []int{63, 10, 12, 17, 10, 12, 17, 10, 12, 17}; fmt.Sprint(lens) != fmt.Sprint(want) {
		t.Errorf("paragraph lengths %v, want %v:\n%s", lens, want, strings.Join(doc.Paragraphs, "\n"))
	}
}

func TestBoldRunsAndTableRows(t *testing.T) {
	// LibreOffice sets a .docx with no indents and no paragraph spacing:
	// the title centred and bold in the body's size; a heading whose list
	// number Word's numbering draws in the regular face, then a tab
	// (二、 then bold 工作回顾), after a paragraph that fills its last
	// line; a paragraph that opens with a bold lead after another that
	// fills its last line, the lead emboldened by filling and stroking a
	// face that has no bold (Tr 2); a lead drawn twice a hair apart; a
	// table's row, its cells two ems and more apart.
	const set = han + "，。、%1"
	w := &pdfWriter{}
	f := cidFont(w, set)
	bold := cidFontNamed(w, set, "SimHei-Bold")
	rs := []rune(han)
	show := func(font string, x, y float64, chars string) string {
		return fmt.Sprintf("BT /%s 14 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", font, x, y, cids(set, chars))
	}
	var b strings.Builder
	b.WriteString(show("F2", 212, 760, string(rs[0:10])))                                 // the title, centred on 282
	b.WriteString(show("F1", 72, 730, string(rs[1:30])+"。"))                              // fills the line: 72–492
	b.WriteString(show("F1", 72, 710, "二、") + show("F2", 72+28+21, 710, string(rs[2:8]))) // a tab after the number
	b.WriteString(show("F1", 72, 690, string(rs[3:32])+"。"))
	b.WriteString("2 Tr\n" + show("F1", 72, 670, string(rs[4:8])+"。") + "0 Tr\n" + show("F1", 72+70, 670, string(rs[5:12])+"。"))
	b.WriteString(show("F1", 72, 650, string(rs[6:9])+"，") + show("F1", 72.3, 650, string(rs[6:9])+"，") + show("F1", 72+56, 650, string(rs[7:12])+"。"))
	b.WriteString(show("F1", 72, 630, string(rs[10:14])) + show("F1", 272, 630, "1%") + show("F1", 372, 630, string(rs[14:16])))
	b.WriteString(show("F1", 72, 610, string(rs[16:24])+"。"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, bold)}}))
	if err != nil {
		t.Fatal(err)
	}
	type para struct {
		text       string
		lead       int
		cell, cent bool
	}
	var got []para
	for i, p := range doc.Paragraphs {
		st := doc.Styles[i]
		got = append(got, para{p, st.Lead, st.Cell, st.Centered})
	}
	want := []para{
		{string(rs[0:10]), 30, false, true},
		{string(rs[1:30]) + "。", 0, false, false},
		{"二、" + string(rs[2:8]), len("二、" + string(rs[2:8])), false, false},
		{string(rs[3:32]) + "。", 0, false, false},
		{string(rs[4:8]) + "。" + string(rs[5:12]) + "。", len(string(rs[4:8]) + "。"), false, false},
		{string(rs[6:9]) + "，" + string(rs[7:12]) + "。", len(string(rs[6:9]) + "，"), false, false},
		{string(rs[10:14]), 0, true, false},
		{"1%", 0, true, false},
		{string(rs[14:16]), 0, true, false},
		{string(rs[16:24]) + "。", 0, false, false},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
}

func TestVerticalLines(t *testing.T) {
	// Chromium's writing-mode: vertical-rl: each character placed below
	// the one before, lines from the right edge leftwards; the first line
	// indented two characters. Read as rows, every row held a character
	// of each line.
	w := &pdfWriter{}
	f := cidFont(w, han+"。")
	rs := []rune(han)
	var b strings.Builder
	var want []string
	x, k := 500.0, 0
	for col := 0; col < 4; col++ {
		y, n := 760.0, 30
		if col%2 == 0 {
			y, n = 760-28, 28
		}
		for i := 0; i < n; i++ {
			b.WriteString(at(x, y, 14, string(rs[(k+i)%len(rs)])))
			y -= 14
		}
		k += n
		x -= 20
	}
	for _, r := range []int{0, 58} {
		var s strings.Builder
		for i := r; i < r+58; i++ {
			s.WriteRune(rs[i%len(rs)])
		}
		want = append(want, s.String())
	}
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(doc.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(doc.Paragraphs, "\n"), strings.Join(want, "\n"))
	}
}

func TestTwoColumnsOfShortLines(t *testing.T) {
	// Chromium's column-count: 2 on a page of list items and headings:
	// the left column holds five full lines and seven short ones (a
	// heading, an item of eight characters), the right one full lines.
	// Read as rows, each row held a line of either column.
	w := &pdfWriter{}
	f := cidFont(w, han)
	rs := []rune(han)
	var b strings.Builder
	var left, right strings.Builder
	for i := 0; i < 12; i++ {
		y := float64(700 - 20*i)
		l := string(rs[i : i+15])
		if i%2 == 1 || i == 10 {
			l = string(rs[i : i+8])
		}
		r := string(rs[20+i : 20+i+15])
		left.WriteString(l)
		right.WriteString(r)
		b.WriteString(at(72, y, 14, l))
		b.WriteString(at(305.4, y, 14, r))
	}
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(doc.Paragraphs, "")
	if got != left.String()+right.String() {
		t.Errorf("columns mixed:\n%s", strings.Join(doc.Paragraphs, "\n"))
	}
}

func TestVerticalSidewaysDigits(t *testing.T) {
	// In vertical lines a browser sets digits sideways, turned clockwise
	// (0 -1 1 0 Tm), their origin a little left of the CJK column's box
	// and their advance running down the page: 2025 stands between the
	// characters above and below it, in their line.
	w := &pdfWriter{}
	f := cidFont(w, han)
	h := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	rs := []rune(han)
	var b strings.Builder
	var want strings.Builder
	x := 500.0
	for col := 0; col < 3; col++ {
		y := 760.0
		for i := 0; i < 12; i++ {
			b.WriteString(at(x, y, 14, string(rs[col*12+i])))
			want.WriteRune(rs[col*12+i])
			y -= 14
			if i == 5 {
				// 2025 sideways: four digits 7.8 pt apart, from the
				// top of the slot below the character.
				top := y + 14*0.88
				b.WriteString(fmt.Sprintf("BT /F2 14 Tf 0 -1 1 0 %g %g Tm (2025) Tj ET\n", x+1.1, top))
				want.WriteString("2025")
				y -= 4 * 7.8
			}
		}
		x -= 20
	}
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, h)}}))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(doc.Paragraphs, ""); got != want.String() {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(doc.Paragraphs, "\n"), want.String())
	}
}

func TestBoldRunOf(t *testing.T) {
	// Each glyph one character; B marks a bold one.
	run := func(text, weights string) int {
		var gs []glyph
		var ends []int
		n := 0
		for i, r := range []rune(text) {
			n += len(string(r))
			gs = append(gs, glyph{text: string(r), bold: weights[i] == 'B'})
			ends = append(ends, n)
		}
		return boldRunOf(text, gs, ends, 0)
	}
	for _, c := range []struct {
		text, weights string
		want          int
	}{
		{"管理不严。5个部门", "BBBBB......", len("管理不严。")}, // a digit after the run is the body's
		{"管理不严。5个部门", "BBBB.......", len("管理不严")},  // so is a comma in the body's weight
		{"管理2处不严。其他", "BB.BBBB..", len("管理2处不严。")}, // a digit between bold letters is the run's
		{"二、工作回顾", "..BBBB", len("二、工作回顾")},        // a list number in the body's weight
		{"二、工作回顾", "......", 0},
		{"工作回顾", "BBBB", len("工作回顾")},
	} {
		if got := run(c.text, c.weights); got != c.want {
			t.Errorf("%s %s: %d, want %d", c.text, c.weights, got, c.want)
		}
	}
}

func TestLeftMarginUnderIndents(t *testing.T) {
	// Most paragraphs are one line indented two characters, as in a
	// 工作要点 a browser sets; two run on to the left margin, and one of
	// them fills its last line. The margin is where the run-on lines
	// start, so the indented line after the full one starts a paragraph.
	w := &pdfWriter{}
	f := cidFont(w, han)
	rs := []rune(han)
	var b strings.Builder
	y := 700.0
	put := func(x float64, k, n int) {
		b.WriteString(at(x, y, 14, string(rs[k:k+n])))
		y -= 20
	}
	var want []int
	for i := 0; i < 6; i++ {
		put(100, i, 20) // one short indented line
		want = append(want, 20)
	}
	put(100, 1, 28) // to the margin at 492
	put(72, 2, 30)  // full: the paragraph ends here
	put(100, 3, 12)
	put(100, 4, 28)
	put(72, 5, 9)
	want = append(want, 58, 12, 37)
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var lens []int
	for _, p := range doc.Paragraphs {
		lens = append(lens, len([]rune(p)))
	}
	if fmt.Sprint(lens) != fmt.Sprint(want) {
		t.Errorf("paragraph lengths %v, want %v:\n%s", lens, want, strings.Join(doc.Paragraphs, "\n"))
	}
}

func TestBoldLineAfterLeadParagraph(t *testing.T) {
	// A paragraph opening with a bold lead fills its last line with a
	// sentence's end in the body's weight; the bold heading under it, at
	// the same indent as every line, starts a paragraph though the line
	// above holds bold too.
	w := &pdfWriter{}
	f := cidFont(w, han+"。")
	bold := cidFontNamed(w, han+"。", "SimHei-Bold")
	rs := []rune(han)
	show := func(font string, x, y float64, chars string) string {
		return fmt.Sprintf("BT /%s 14 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", font, x, y, cids(han+"。", chars))
	}
	c := show("F2", 72, 700, string(rs[0:4])+"。") + show("F1", 142, 700, string(rs[5:29])+"。") + // 72–492
		show("F2", 72, 680, string(rs[2:12])) +
		show("F1", 72, 660, string(rs[3:20])+"。")
	doc, err := Extract(buildDoc(w, []testPage{{content: c, fonts: fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, bold)}}))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != 3 || doc.Paragraphs[1] != string(rs[2:12]) {
		t.Errorf("%d paragraphs:\n%s", len(doc.Paragraphs), strings.Join(doc.Paragraphs, "\n"))
	}
}

// TestSingleGlyphCells: a table's row whose middle cell is one narrow
// glyph (增长　%　7: a unit column) stands two gaps wide on both sides of
// it; it is a row of three cells, not letter-spaced text, which spaces
// wide characters alike (a title set 主　任　委).
func TestSingleGlyphCells(t *testing.T) {
	const set = han + "%7"
	w := &pdfWriter{}
	f := cidFont(w, set)
	rs := []rune(han)
	show := func(x, y float64, chars string) string {
		return fmt.Sprintf("BT /F1 14 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(set, chars))
	}
	var b strings.Builder
	b.WriteString(show(72, 730, string(rs[0:8])) + show(292, 730, "%") + show(392, 730, "7"))
	b.WriteString(show(200, 700, string(rs[8:9])) + show(245, 700, string(rs[9:10])) + show(290, 700, string(rs[10:11])))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, p := range doc.Paragraphs {
		got = append(got, fmt.Sprintf("%s|%v", p, doc.Styles[i].Cell))
	}
	want := []string{string(rs[0:8]) + "|true", "%|true", "7|true", string(rs[8:11]) + "|false"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
