package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestCentredLinesGoOn reads a centred subtitle in the body's size whose
// first line fills the measure, set in from both margins by half the room
// it leaves, as one paragraph with its centred second line; a justified
// line from the margin that ends inside a sentence, and a centred line
// under it, stay two paragraphs. Without it the subtitle was two.
func TestCentredLinesGoOn(t *testing.T) {
	const chars = han + "。，"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	body := []rune(strings.Repeat("发展改革推进建设加强管理服务质量", 4))
	line := func(n int) string { return string(body[:n]) }
	var b strings.Builder
	b.WriteString(show(77.25, 760, line(43)) + show(276.75, 745, "某市办公室")) // 77.25–528.75, centre 303
	b.WriteString(show(72, 730, line(44)) + show(72, 715, line(43)+"。"))   // 72–534: the measure
	b.WriteString(show(72, 700, line(44)) + show(287.25, 685, "一二三"))      // full, then a centred line
	b.WriteString(show(72, 670, line(20)+"。"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range doc.Paragraphs {
		got = append(got, fmt.Sprintf("%s %d", string([]rune(p)[:2]), len([]rune(p))))
	}
	want := []string{"发展 48", "发展 132", "一二 3", "发展 21"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("paragraphs %v, want %v\n%s", got, want, strings.Join(doc.Paragraphs, "\n"))
	}
}
