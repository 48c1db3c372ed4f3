package reader

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/cjk"
	"wenji/ui/internal/uitest"
)

// cutInside is an ellipsis right after a character: a word or a key cut
// (…(p sh…); a notice's own ellipsis follows a space (广告6 …, … · …).
var cutInside = regexp.MustCompile(`[^ ]…`)

// noticeIn returns the part of the status bar from the notice's first
// words to the percent, "" when the bar does not show it.
func noticeIn(bar, first string) string {
	i := strings.Index(bar, first)
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(percentEnd.ReplaceAllString(bar[i:], ""))
}

// TestOpeningNoticeFitsWidth: the opening notice (the place resumed, the
// filtered text hidden) is worded for the width the bar is drawn at, which
// New does not know yet: whole at 100 columns; at 60, fewer kinds and
// whole parts, each key's hint whole, then …, never cut inside a word or a
// key (…(p sh…). A resize lays it out again: 60 then 100 says it whole.
func TestOpeningNoticeFitsWidth(t *testing.T) {
	d, err := uitest.SampleDoc()
	if err != nil {
		t.Skipf("sample: %v", err)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, resumed := range []bool{false, true} {
			opt := Options{Lang: lang, FileName: "/docs/2024年某某市人民政府工作报告全文（定稿）.txt"}
			if resumed {
				opt.Place = &Place{Offset: len(d.Text) / 2}
			}
			m := New(d, opt)
			full, _ := m.openingNotice()
			first := strings.Fields(full)[0]
			hint := full[strings.LastIndexAny(full, "(（"):]
			for _, sz := range [][2]int{{60, 20}, {100, 30}, {60, 20}, {100, 30}} {
				m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				bar := strings.TrimSpace(statusLine(m))
				shown := noticeIn(bar, first)
				switch {
				case shown == "":
					t.Errorf("%s resumed=%v at %d: no notice: %q", lang, resumed, sz[0], bar)
				case sz[0] == 100 && shown != full:
					t.Errorf("%s resumed=%v at 100: %q, want the whole %q", lang, resumed, shown, full)
				case cutInside.MatchString(shown):
					t.Errorf("%s resumed=%v at %d: cut inside a word: %q", lang, resumed, sz[0], bar)
				case !resumed && !strings.HasSuffix(shown, hint):
					t.Errorf("%s at %d: the key's hint %q is not whole: %q", lang, sz[0], hint, bar)
				}
				checkSize(t, m, sz[0], sz[1])
			}
		}
	}
}

// TestFitWhole: a part too long alone ends after its last whole word,
// outside brackets, then … (one: never "… …").
func TestFitWhole(t *testing.T) {
	w := cjk.New(1)
	for _, tt := range []struct {
		parts []string
		room  int
		want  string
	}{
		{[]string{"back where you left off (g: top)", "hid 3 ads"}, 40, "back where you left off (g: top) …"},
		{[]string{"back where you left off (g: top)"}, 30, "back where you left off …"},
		{[]string{"back where you left off (g: top)"}, 12, "back where …"},
		{[]string{"接着上次读到的地方（g 回到开头）"}, 24, "接着上次读到的地方 …"},
		{[]string{"接着上次读到的地方（g 回到开头）"}, 10, "接着上次 …"},
		{[]string{"hid 3 ads"}, 40, "hid 3 ads"},
		// A summary that says there is more (广告6 …) is cut after it,
		// with no second … (at 30 columns it read "已隐藏 广告6 … …").
		{[]string{"已隐藏 广告6 …（按 p 显示）"}, 16, "已隐藏 广告6 …"},
		{[]string{"hid 6 ads … (p shows)"}, 14, "hid 6 ads …"},
	} {
		if got := fitWhole(w, tt.parts, " · ", tt.room); got != tt.want {
			t.Errorf("fitWhole(%q, %d) = %q, want %q", tt.parts, tt.room, got, tt.want)
		}
	}
}
