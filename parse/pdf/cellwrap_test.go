package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestCellWrapsInto reads a table cell's text wrapped onto a second line
// (审议…情况的 / 报告: a line of no cells under the row, at the cell's
// start) as that cell's, not as a paragraph of its own; a line at the
// row's left edge after the table's last row is the text's next
// paragraph. Without it 报告 was a paragraph.
func TestCellWrapsInto(t *testing.T) {
	const chars = han + "的。"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	var b strings.Builder
	b.WriteString(show(72, 700, "某市办公室") + show(200, 700, "发展改革推进建设加强管理服务的") + show(400, 700, "一月"))
	b.WriteString(show(200, 685, "通知"))
	b.WriteString(show(72, 670, "某市政府") + show(200, 670, "发展改革") + show(400, 670, "二月"))
	b.WriteString(show(72, 655, "推进建设。"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"某市办公室", "发展改革推进建设加强管理服务的通知", "一月", "某市政府", "发展改革", "二月", "推进建设。"}
	if fmt.Sprint(doc.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("paragraphs %q, want %q", doc.Paragraphs, want)
	}
}
