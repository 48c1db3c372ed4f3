package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestHeadingUnderTableRow reads a table as LibreOffice prints a .docx's:
// a row whose cells are a name and two dashes (规上工业增加值 — —) is three
// cells, not a word spread over its cell (dashes are no letters); and a
// heading right under the table's last row, which ends near the right
// margin, is a paragraph of its own, no cell: a row is no paragraph's line
// a run was pushed on from.
func TestHeadingUnderTableRow(t *testing.T) {
	const chars = han + "（）—0123456789"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	full := strings.Repeat("发展改革推进建设", 6)[:len("发")*44] // 44 characters: 72 to 534
	var content strings.Builder
	y := 700.0
	for range 4 {
		content.WriteString(show(72, y, full))
		y -= 15
	}
	content.WriteString(show(72, y, "管理服务"))
	y -= 15
	content.WriteString(show(72, y, "某市办公室") + show(300, y, "—") + show(490, y, "—"))
	y -= 15
	content.WriteString(show(72, y, "某市年月") + show(300, y, "年月") + show(450, y, "2018"))
	y -= 15
	content.WriteString(show(72, y, "（一）发展改革"))
	y -= 15
	content.WriteString(show(72, y, full))
	doc, err := Extract(buildDoc(w, []testPage{{content: content.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	heading := -1
	for i, p := range doc.Paragraphs {
		if doc.Styles[i].Cell {
			cells = append(cells, p)
		}
		if p == "（一）发展改革" {
			heading = i
		}
	}
	if want := []string{"某市办公室", "—", "—", "某市年月", "年月", "2018"}; fmt.Sprint(cells) != fmt.Sprint(want) {
		t.Errorf("cells %q, want %q", cells, want)
	}
	if heading < 0 || doc.Styles[heading].Cell {
		t.Errorf("heading under the table: %q %+v", doc.Paragraphs, doc.Styles)
	}
}

// TestTitleBetweenTables reads the lines between two tables at their left
// edge (附件2 and the second table's title) as text: a line of no gap parts
// no cells, where one of two words a space apart among rows is a row
// whose cells the gaps did not part.
func TestTitleBetweenTables(t *testing.T) {
	const chars = han + "附件0123456789"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	row := func(y float64, a, b string) string { return show(72, y, a) + show(300, y, b) }
	content := row(700, "某市办公室", "2018") + row(685, "管理服务", "2020") +
		show(72, 670, "附件2") + show(72, 655, "发展改革推进建设") +
		row(640, "质量", "2019") + show(72, 625, "某市") + show(72+21+12, 625, "年月") + row(610, "建设", "12")
	doc, err := Extract(buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, p := range doc.Paragraphs {
		got = append(got, fmt.Sprintf("%s|%v", p, doc.Styles[i].Cell))
	}
	want := []string{"某市办公室|true", "2018|true", "管理服务|true", "2020|true", "附件2|false", "发展改革推进建设|false",
		"质量|true", "2019|true", "某市 年月|true", "建设|true", "12|true"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestRowsPastMarginVoteNot reads a paragraph on a page whose table runs
// past the right margin (a last column too wide for the page, as
// LibreOffice prints it): the rows do not set the margin, and a paragraph
// line that reaches the text's margin goes on into the next.
func TestRowsPastMarginVoteNot(t *testing.T) {
	const chars = han + "0123456789"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	full := strings.Repeat("发展改革推进建设", 6)[:len("发")*44] // 72 to 534
	var b strings.Builder
	y := 700.0
	for k := range 4 {
		b.WriteString(show(72, y, string([]rune(han)[k:k+3])) + show(200, y, "管理服务") + show(400, y, strings.Repeat("质量", 12)))
		y -= 15
	}
	for range 2 { // two lines: three ending together would be a narrowed column
		b.WriteString(show(72, y, full))
		y -= 15
	}
	b.WriteString(show(72, y, "某市办公室"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	last := doc.Paragraphs[len(doc.Paragraphs)-1]
	if want := strings.Repeat(full, 2) + "某市办公室"; last != want {
		t.Errorf("last paragraph %q, want %q (all %q)", last, want, doc.Paragraphs)
	}
}
