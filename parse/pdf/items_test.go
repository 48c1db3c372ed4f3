package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestNextItemAfterFullLine reads a list item whose text after its number
// reads as a decimal (2.3个部门…) as the next item when the paragraph
// before, ending a sentence at the margin, is item 1.; after a paragraph
// that is no item, a line opening with 2.3 goes on as a decimal would.
func TestNextItemAfterFullLine(t *testing.T) {
	const chars = han + "0123456789.。"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	body := strings.Repeat("发展改革推进建设", 6)
	line := func(prefix string) string { // 44 characters: 72 to 534, a sentence's end last
		rs := []rune(prefix + body)
		return string(rs[:43]) + "。"
	}
	var b strings.Builder
	for i, s := range []string{line(""), line(""), line("1."), "2.3某市办公室。", line("某市"), "2.3年月。"} {
		b.WriteString(show(72, 700-15*float64(i), s))
	}
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var starts []string
	for _, p := range doc.Paragraphs {
		starts = append(starts, string([]rune(p)[:4]))
	}
	if want := []string{"发展改革", "1.发展", "2.3某", "某市发展"}; fmt.Sprint(starts) != fmt.Sprint(want) {
		t.Errorf("paragraphs open %q, want %q", starts, want)
	}
}
