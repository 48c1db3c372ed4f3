package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestCloseCellsAligned parts a row whose first cell runs to within an em
// and a half of the next column (发展改革…管理 then 某市办公室 1.4 em on,
// short of the two ems a row's cells are told apart by) where the rows
// around it start their cells, so its cell's wrapped line (服务) joins it
// too; a line under the table whose space stands nowhere near a column
// stays text. Without it the row read as one paragraph and 服务 as
// another.
func TestCloseCellsAligned(t *testing.T) {
	const chars = han + "。"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	var b strings.Builder
	b.WriteString(show(72, 700, "某市政府") + show(233.7, 700, "某市办公室") + show(400, 700, "一月"))
	b.WriteString(show(72, 685, "发展改革推进建设加强管理理理") + show(233.7, 685, "某市办公室") + show(400, 685, "二月"))
	b.WriteString(show(72, 670, "服务"))
	b.WriteString(show(72, 655, "建设") + show(233.7, 655, "某市政府") + show(400, 655, "三月"))
	b.WriteString(show(72, 640, "推进建设") + show(130, 640, "加强管理。"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"某市政府", "某市办公室", "一月", "发展改革推进建设加强管理理理服务", "某市办公室", "二月", "建设", "某市政府", "三月", "推进建设 加强管理。"}
	if fmt.Sprint(doc.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("paragraphs %q, want %q", doc.Paragraphs, want)
	}
}

// TestSpacedColumns parts a table whose cells all stand an em and a bit
// apart (a browser's padded cells: no row has the two ems joinRow parts
// cells at) where three rows running have a wide space at one x: each
// cell a paragraph. Two lines of text with a wide space at one spot are
// no table: they stay text. Without it the rows read as one paragraph.
func TestSpacedColumns(t *testing.T) {
	const chars = han + "。"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	var b strings.Builder
	b.WriteString(show(72, 700, "某市政府") + show(127, 700, "一月") + show(162, 700, "发展"))
	b.WriteString(show(72, 685, "某市办公") + show(127, 685, "二月") + show(162, 685, "改革"))
	b.WriteString(show(72, 670, "发展改革") + show(127, 670, "三月") + show(162, 670, "建设"))
	b.WriteString(show(72, 640, "推进建设") + show(127, 640, "加强管理。"))
	b.WriteString(show(72, 625, "推进建设") + show(127, 625, "加强管理。"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"某市政府", "一月", "发展", "某市办公", "二月", "改革", "发展改革", "三月", "建设", "推进建设 加强管理。推进建设 加强管理。"}
	if fmt.Sprint(doc.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("paragraphs %q, want %q", doc.Paragraphs, want)
	}
}

// TestFullLineNoRow keeps as text a line that runs to the margin under a
// table's rows, though a wide space in it stands at a column: glyphs a
// producer lost (a font with no map to text) leave such spaces, and CJK
// text on its grid puts them at the columns' x. Without it the line was
// parted into two cells.
func TestFullLineNoRow(t *testing.T) {
	const chars = han + "。"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	body := []rune(strings.Repeat("发展改革推进建设加强管理服务质量", 4))
	text := func(n int) string { return string(body[:n]) }
	var b strings.Builder
	b.WriteString(show(72, 700, "某市政府") + show(233.7, 700, "某市办公室") + show(400, 700, "一月"))
	b.WriteString(show(72, 685, "某市") + show(233.7, 685, "某市办公室") + show(400, 685, "二月"))
	b.WriteString(show(72, 670, text(14)) + show(233.7, 670, text(27)))
	for i := 0; i < 3; i++ {
		b.WriteString(show(72, 655-15*float64(i), text(43)))
	}
	b.WriteString(show(72, 610, text(10)+"。"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := text(14) + " " + text(27) + text(43)
	if len(doc.Paragraphs) != 7 || !strings.HasPrefix(doc.Paragraphs[6], want) {
		t.Errorf("paragraphs %q, want six cells and a paragraph opening %q", doc.Paragraphs, want)
	}
}
