package model

import (
	"slices"
	"testing"
)

// TestTitleLines: TitleBreak parts a title into the lines it was set on
// (less the 　 that joined them); no break, or one that does not fall
// inside the title on a character's start, is a title of one line.
func TestTitleLines(t *testing.T) {
	for _, c := range []struct {
		title string
		brk   uint16
		want  []string
	}{
		{"沣口市2025年政府工作报告", 0, []string{"沣口市2025年政府工作报告"}},
		{"沣口市人民政府　关于全市工作情况的报告", uint16(len("沣口市人民政府　")), []string{"沣口市人民政府", "关于全市工作情况的报告"}},
		{"关于上半年情况和下半年工作安排的报告", uint16(len("关于上半年情况")), []string{"关于上半年情况", "和下半年工作安排的报告"}},
		{"沣口市人民政府", uint16(len("沣口市人民政府")), []string{"沣口市人民政府"}}, // past the end
		{"沣口市人民政府", 1, []string{"沣口市人民政府"}},                      // inside a character
		{"　报告", uint16(len("　")), []string{"　报告"}},               // no first line
	} {
		n := &Node{Title: c.title, TitleBreak: c.brk}
		if got := n.TitleLines(); !slices.Equal(got, c.want) {
			t.Errorf("%q at %d: %q, want %q", c.title, c.brk, got, c.want)
		}
	}
}
