package pdf

import (
	"fmt"
	"testing"
)

// TestSpacesDrawnKept reads the spaces a producer draws as the text's own:
// an ideographic space between a title's two halves (LibreOffice draws
// U+3000 as a glyph of an em) stays one, not an ASCII space, as the .docx
// reader gives it; a space drawn after a list number (第一节 指导思想) is
// kept, where the gap LibreOffice and Word leave for the tab after a
// number they set themselves (一、 then 总体要求) is not.
func TestSpacesDrawnKept(t *testing.T) {
	const chars = han + "第节指导思想　 、总体要求"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 12 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	content := show(72, 700, "发展改革　推进建设") + // one string, the space a glyph
		show(72, 650, "第一节 指导思想") +
		show(72, 600, "一、") + show(72+24+12, 600, "总体要求") + // a tab's gap, no space drawn
		show(72, 550, "某市 办公室")
	doc, err := Extract(buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"发展改革　推进建设", "第一节 指导思想", "一、总体要求", "某市 办公室"}
	if fmt.Sprint(doc.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", doc.Paragraphs, want)
	}
}
