package pdf

import (
	"fmt"
	"strings"
	"testing"
)

func TestNarrowedColumnAndCloseCells(t *testing.T) {
	// A paragraph whose lines run beside a figure for a while, ending at
	// the figure's edge (72–268) short of the margin (492), goes on over
	// them into the full lines after; three one-line sentences of one
	// length stay three paragraphs. A table row whose cells stand half an
	// em apart, between two rows parted by their gaps, is a row too.
	const set = han + "，。%1"
	w := &pdfWriter{}
	f := cidFont(w, set)
	rs := []rune(han)
	show := func(x, y float64, chars string) string {
		return fmt.Sprintf("BT /F1 14 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(set, chars))
	}
	var b strings.Builder
	b.WriteString(show(100, 760, string(rs[0:28])) + show(72, 740, string(rs[1:31])))
	for k, y := range []float64{720, 700, 680, 660} {
		b.WriteString(show(72, y, string(rs[k:k+14]))) // beside the figure
	}
	b.WriteString(show(72, 640, string(rs[2:12])+"。"))
	for k, y := range []float64{620, 600, 580} {
		b.WriteString(show(72, y, string(rs[k:k+13])+"。"))
	}
	b.WriteString(show(72, 540, string(rs[10:14])) + show(272, 540, "1%"))
	b.WriteString(show(72, 520, string(rs[14:20])) + show(72+6*14+7, 520, "1%"))
	b.WriteString(show(72, 500, string(rs[20:24])) + show(272, 500, "1%"))
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, p := range doc.Paragraphs {
		got = append(got, fmt.Sprintf("%d %v", len([]rune(p)), doc.Styles[i].Cell))
	}
	want := []string{"125 false", "14 false", "14 false", "14 false",
		"4 true", "2 true", "8 true", "4 true", "2 true"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v\n%s", got, want, strings.Join(doc.Paragraphs, "\n"))
	}
}
