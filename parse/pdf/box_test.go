package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestBoxLinesJoin reads a box set narrower than the text (专栏1: its lines
// end at the box's edge, 72–450, short of the margin at 534) as paragraphs
// that go on over the box's edge, as they go on over the margin: the two
// boxes' lines ending there mid-sentence make the edge. A box's first line
// after a sentence's end at the margin starts its own paragraph; lines as
// wide that end a sentence stay paragraphs of their own. Without the edge
// each box line was a paragraph.
func TestBoxLinesJoin(t *testing.T) {
	const chars = han + "专栏12，、。"
	w := &pdfWriter{}
	f := cidFont(w, chars)
	show := func(x, y float64, s string) string {
		return fmt.Sprintf("BT /F1 10.5 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, cids(chars, s))
	}
	body := strings.Repeat("发展改革推进建设", 6)
	cut := func(prefix string, n int, end string) string {
		return string([]rune(prefix + body)[:n-len([]rune(end))]) + end
	}
	lines := []string{
		cut("", 44, ""), cut("", 44, ""), cut("", 44, ""), cut("", 44, "。"), // 72–534: the margin
		cut("专栏1", 36, ""), cut("", 36, "、"), cut("", 20, "。"), // the box: 72–450
		cut("", 44, ""), cut("", 44, ""), cut("", 44, "。"),
		cut("专栏2", 36, "，"), cut("", 12, "。"),
		cut("某市", 36, "。"), cut("某市", 36, "。"),
	}
	var b strings.Builder
	for i, s := range lines {
		b.WriteString(show(72, 700-15*float64(i), s))
	}
	doc, err := Extract(buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range doc.Paragraphs {
		got = append(got, fmt.Sprintf("%s %d", string([]rune(p)[:3]), len([]rune(p))))
	}
	want := []string{"发展改 176", "专栏1 92", "发展改 132", "专栏2 48", "某市发 36", "某市发 36"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("paragraphs %v, want %v\n%s", got, want, strings.Join(doc.Paragraphs, "\n"))
	}
}
