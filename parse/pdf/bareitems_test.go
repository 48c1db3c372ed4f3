package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestBareListNumbers reads a list number drawn bare before a tab (1 then
// the item's text three ems right: LibreOffice's print of a Word list in
// ⑴) as ⑴, and its item as a paragraph of its own; an item whose text
// opens with a digit (4 then 5000万元…) too. A table row whose number
// stands before two more cells (a 序号 column) keeps its cells, a
// number in the text (12月) is no list's, and neither is one before an
// ideographic space the producer drew (1　前言, a paper's section). Without it each bare number was
// a cell of its own and its text another.
func TestBareListNumbers(t *testing.T) {
	const chars = han + "：；。0123456789　"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	var b strings.Builder
	b.WriteString(show(93, 700, "推进建设加强管理："))
	b.WriteString(show(72, 685, "1") + show(107.6, 685, "发展改革；"))
	b.WriteString(show(72, 670, "2") + show(107.6, 670, "5000年；"))
	b.WriteString(show(72, 655, "1") + show(107.6, 655, "某市") + show(200, 655, "改革") + show(300, 655, "建设"))
	b.WriteString(show(72, 640, "12") + show(93.5, 640, "月推进建设。"))
	b.WriteString(show(72, 625, "1　发展改革"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"推进建设加强管理：", "⑴发展改革；", "⑵5000年；", "1", "某市", "改革", "建设", "12月推进建设。", "1　发展改革"}
	if fmt.Sprint(doc.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("paragraphs %q, want %q", doc.Paragraphs, want)
	}
}
