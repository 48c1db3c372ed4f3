package parse

import "testing"

// TestStyleValues: styles are values that rank and group without strings,
// and name themselves as written.
func TestStyleValues(t *testing.T) {
	if len(styleNames) != int(styleSentence)+1 {
		t.Fatalf("%d style names for %d styles", len(styleNames), styleSentence+1)
	}
	cases := []struct {
		st   style
		name string
		rank int
		fam  family
	}{
		{styleHan, "一、", 0, famNone},
		{stylePart, "第X部分", 0, famNone},
		{styleBian, "第X编", 1, famChapter},
		{styleTiao, "第X条", 4, famChapter},
		{styleSentence, "sentence", 0, famNone},
		{mdStyle(1), "#", 1, famMD},
		{mdStyle(3), "###", 3, famMD},
		{mdStyle(0), "style(256)", 0, famNone},
	}
	for _, c := range cases {
		if c.st.String() != c.name || c.st.rank() != c.rank || c.st.family() != c.fam {
			t.Errorf("%d: %q rank %d family %d, want %q %d %d", c.st, c.st, c.st.rank(), c.st.family(), c.name, c.rank, c.fam)
		}
	}
	for unit, st := range chapterStyles {
		if m, ok := parseMarker("第一" + unit + " 总则"); !ok || m.style != st {
			t.Errorf("第一%s: %v %v, want %v", unit, m.style, ok, st)
		}
	}
}
