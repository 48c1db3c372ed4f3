package statusbar

import (
	"strings"
	"testing"

	"wenji/ui/cjk"
)

// TestWrap: a message that fits its room is left to the bar (nil); a
// wider one is broken into lines of the bar's width, each a space and its
// part, whole when most allows, else the last line ends with …; Over puts
// them over the page's last lines, never changing the page given.
func TestWrap(t *testing.T) {
	w := cjk.New(1)
	msg := "file gone or unreadable (input/output error): showing the text as loaded"
	if got := Wrap(w, msg, 120, 100, 3); got != nil {
		t.Errorf("a message that fits: %q", got)
	}
	got := Wrap(w, msg, 30, 20, 5)
	if len(got) != 3 {
		t.Fatalf("%d lines: %q", len(got), got)
	}
	var joined []string
	for _, l := range got {
		if w.String(l) != 30 || !strings.HasPrefix(l, " ") {
			t.Errorf("line %q is %d columns", l, w.String(l))
		}
		joined = append(joined, strings.TrimSpace(l))
	}
	if s := strings.Join(joined, " "); s != msg {
		t.Errorf("said %q, want %q", s, msg)
	}
	cut := Wrap(w, msg, 30, 20, 2)
	if len(cut) != 2 || !strings.HasSuffix(strings.TrimSpace(cut[1]), "…") || w.String(cut[1]) != 30 {
		t.Errorf("too few lines: %q", cut)
	}
	zh := Wrap(w, "原文件打不开（不存在），也未找到同内容的文件：显示素材篮保存的这一段", 20, 10, 9)
	for _, l := range zh {
		if w.String(l) != 20 {
			t.Errorf("%q is %d columns", l, w.String(l))
		}
	}
	body := []string{"a", "b", "c", "d"}
	if got := Over(body, []string{"x", "y"}); strings.Join(got, "") != "abxy" || strings.Join(body, "") != "abcd" {
		t.Errorf("Over: %q, body %q", got, body)
	}
	if got := Over(body[:1], []string{"x", "y"}); strings.Join(got, "") != "y" {
		t.Errorf("Over a short body: %q", got)
	}
}
