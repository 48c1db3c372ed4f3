package model

import "testing"

// TestAppendHeading: AppendHeading appends what Heading returns, after
// what dst holds, for every shape of marker and title.
func TestAppendHeading(t *testing.T) {
	for _, c := range []struct{ marker, title, want string }{
		{"", "指导思想", "指导思想"},
		{"（一）", "指导思想", "（一）指导思想"},
		{"一是", "纵深推进南沙开发开放", "一是纵深推进南沙开发开放"},
		{"第一章", "总则", "第一章 总则"},
		{"附件1", "名单", "附件1 名单"},
		{"第三条", "", "第三条"},
		{"", "", ""},
	} {
		n := &Node{Marker: c.marker, Title: c.title}
		if got := n.Heading(); got != c.want {
			t.Errorf("Heading(%q, %q) = %q, want %q", c.marker, c.title, got, c.want)
		}
		if got := string(n.AppendHeading([]byte("> "))); got != "> "+c.want {
			t.Errorf("AppendHeading(%q, %q) = %q, want %q", c.marker, c.title, got, "> "+c.want)
		}
	}
}
