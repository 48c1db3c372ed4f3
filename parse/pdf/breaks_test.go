package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestIndentedParagraphBreaks: LibreOffice sets a report whose paragraphs
// open two characters in, 14-pt text between 72 and 492. A paragraph's
// line that fills the margin and ends a sentence is followed by a line
// at the margin opening with a bold lead and going on in the body's
// weight: a lead sentence inside the paragraph (营商环境持续领先；出台…),
// not a new one, which would stand indented. Another paragraph fills its
// last line with a sentence's end; the short line under it that ends
// with no punctuation (附件) and the title under that are paragraphs of
// their own.
func TestIndentedParagraphBreaks(t *testing.T) {
	const set = han + "。"
	w := &pdfWriter{}
	f := cidFont(w, set)
	bold := cidFontNamed(w, set, "SimHei-Bold")
	rs := []rune(han)
	show := func(font string, x, y float64, chars string) string {
		return fmt.Sprintf("BT /%s 14 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", font, x, y, cids(set, chars))
	}
	var b strings.Builder
	b.WriteString(show("F1", 100, 700, string(rs[0:28])))                                                // 100–492
	b.WriteString(show("F1", 72, 680, string(rs[1:30])+"。"))                                             // 72–492
	b.WriteString(show("F2", 72, 660, string(rs[4:8])+"。") + show("F1", 142, 660, string(rs[5:20])+"。")) // a lead
	b.WriteString(show("F1", 100, 640, string(rs[0:28])))
	b.WriteString(show("F1", 72, 620, string(rs[2:31])+"。"))
	b.WriteString(show("F1", 72, 600, string(rs[2:4])))
	b.WriteString(show("F1", 72, 580, string(rs[10:18])))
	b.WriteString(show("F1", 100, 560, string(rs[0:10])+"。"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, bold)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		string(rs[0:28]) + string(rs[1:30]) + "。" + string(rs[4:8]) + "。" + string(rs[5:20]) + "。",
		string(rs[0:28]) + string(rs[2:31]) + "。",
		string(rs[2:4]),
		string(rs[10:18]),
		string(rs[0:10]) + "。",
	}
	if got := strings.Join(doc.Paragraphs, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}
