package common

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestWithoutColour(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	st := DefaultStyles().WithoutColour()
	for name, s := range map[string]lipgloss.Style{"Article": st.Article, "MatchCurrent": st.MatchCurrent, "StatusBar": st.StatusBar, "OutlineChars": st.OutlineChars} {
		out := s.Render("字")
		if strings.Contains(out, "38;") || strings.Contains(out, "48;") {
			t.Errorf("%s draws a colour: %q", name, out)
		}
	}
	if out := st.Article.Render("字"); !strings.Contains(out, "1") {
		t.Errorf("Article is not bold: %q", out)
	}
	if out := st.Match.Render("字"); !strings.Contains(out, "7") {
		t.Errorf("Match is not reversed: %q", out)
	}
	if out := st.StatusBar.Render("字"); !strings.Contains(out, "7") {
		t.Errorf("StatusBar is not reversed: %q", out)
	}
	// The default keeps its colours.
	if out := DefaultStyles().Article.Render("字"); !strings.Contains(out, "38;2;") {
		t.Errorf("default Article has no colour: %q", out)
	}
}
