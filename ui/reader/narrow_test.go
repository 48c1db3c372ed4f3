package reader

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/internal/uitest"
)

// Below 60 columns the outline pane is folded away and the text has the
// whole width (at 40 the pane took 16 columns and its rule, the text 23);
// o shows it there and hides it again, Tab says how to show it, and a
// wider terminal shows it as before. Folded by the width is no choice of
// the user's: the next document and the next run keep the pane.
func TestNarrowOutlineFolded(t *testing.T) {
	d, err := uitest.SampleDoc()
	if err != nil {
		t.Skipf("sample: %v", err)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int{40, 59} {
			m := sized(d, w, 20, Options{Lang: lang})
			if m.outlineW != 0 || m.reader.Width != w || strings.Contains(strings.Join(screen(m), "\n"), separator) {
				t.Errorf("%s, %d columns: outline %d, text %d columns, want the text the whole width", lang, w, m.outlineW, m.reader.Width)
			}
			if got := strings.Join(screen(press(m, "tab")), "\n"); !strings.Contains(got, m.tx.OutlineFolded[:20]) {
				t.Errorf("%s, %d: tab said %q, want %q", lang, w, got, m.tx.OutlineFolded)
			}
			m = press(m, "o")
			if m.outlineW == 0 || m.reader.Width >= w-m.outlineW {
				t.Errorf("%s, %d: o did not show the outline (outline %d, text %d)", lang, w, m.outlineW, m.reader.Width)
			}
			checkSize(t, m, w, 20)
			if o := m.ViewOptions(Options{}); o.HideOutline || !o.NarrowOutline {
				t.Errorf("%s, %d: after o, options %+v: the next reader keeps the pane shown", lang, w, o)
			}
			if n := sized(d, w, 20, m.ViewOptions(Options{Lang: lang})); n.outlineW == 0 {
				t.Errorf("%s, %d: the next reader folded the outline o showed", lang, w)
			}
			m = press(m, "o")
			if m.outlineW != 0 || m.reader.Width != w {
				t.Errorf("%s, %d: o again: outline %d, text %d", lang, w, m.outlineW, m.reader.Width)
			}
			if o := m.ViewOptions(Options{}); o.HideOutline {
				t.Errorf("%s, %d: o hid the folded pane for every width: %+v", lang, w, o)
			}
			if m = update(m, tea.WindowSizeMsg{Width: 100, Height: 20}); m.outlineW == 0 {
				t.Errorf("%s, %d: widened to 100, no outline", lang, w)
			}
		}
		m := sized(d, 60, 20, Options{Lang: lang})
		if m.outlineW == 0 {
			t.Errorf("%s, 60 columns: no outline", lang)
		}
		if m = update(m, tea.WindowSizeMsg{Width: 50, Height: 20}); m.outlineW != 0 {
			t.Errorf("%s: narrowed to 50, the outline %d columns", lang, m.outlineW)
		}
		if m = press(sized(d, 100, 20, Options{Lang: lang}), "o"); m.outlineW != 0 {
			t.Fatalf("%s: o at 100 did not hide the outline", lang)
		}
		// Hidden by the user everywhere: o at 50 shows it, for every width.
		m = update(m, tea.WindowSizeMsg{Width: 50, Height: 20})
		if m = press(m, "o"); m.outlineW == 0 || m.ViewOptions(Options{}).HideOutline {
			t.Errorf("%s: o at 50 after o at 100: outline %d, options %+v", lang, m.outlineW, m.ViewOptions(Options{}))
		}
	}
}
