package text

import "testing"

// English counts agree with their number; Chinese is unchanged.
func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{Plural(1, EnBasket.CountFmt, 1), "1 excerpt"},
		{Plural(2, EnBasket.CountFmt, 2), "2 excerpts"},
		{Plural(0, EnBasket.CountFmt, 0), "0 excerpts"},
		{Plural(1, EnBasket.SelectingFmt, 1)[:20], "1 paragraph selected"},
		{Plural(3, EnBasket.SelectingFmt, 3)[:21], "3 paragraphs selected"},
		{Plural(1, EnReader.PagesFmt, "PDF", 1), "PDF 1 page"},
		{Plural(34, EnReader.PagesFmt, "PDF", 34), "PDF 34 pages"},
		{Plural(1, EnCopy.Count[1], "1"), "the outline (1 line)"},
		{Plural(1, EnCopy.What[0], "甲", "1"), "“甲” (1 char)"},
		{Plural(1, EnCLI.BasketCleared, 1), "basket emptied (1 excerpt)"},
		{Plural(1, ZhBasket.CountFmt, 1), "1 条"},
		{Plural(1, ZhReader.PagesFmt, "PDF", 1), "PDF 1页"},
		{Plural(1, "{x} {a|b|c} %d", 1), "{x} a 1"},
		{Plural(2, "no braces %d", 2), "no braces 2"},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
}
