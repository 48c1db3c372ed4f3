package reader

import (
	"strings"
	"testing"
	"wenji/ui/internal/uitest"

	tea "github.com/charmbracelet/bubbletea"
)

// The acceptance checks of the reader issue, on the real sample.

var junkWords = []string{"哒哒", "素材库", "客服"}

func hasJunk(v string) string {
	for _, w := range junkWords {
		if strings.Contains(v, w) {
			return w
		}
	}
	return ""
}

func TestSeedScreen(t *testing.T) {
	d := uitest.SeedDoc(t)
	for _, sz := range [][2]int{{100, 30}, {60, 20}, {200, 50}} {
		w, h := sz[0], sz[1]
		m := sized(d, w, h, Options{FileName: "seed.txt"})
		s := screen(m)
		checkSize(t, m, w, h)
		// The outline lists the four articles (truncated is fine).
		for _, a := range d.Root.Children {
			prefix := string([]rune(a.Title)[:4])
			if !strings.Contains(m.View(), prefix) {
				t.Errorf("%dx%d: article %q not in the outline", w, h, a.Title)
			}
		}
		if got := readerTop(m); !strings.Contains(got, "2023主题教育经验做法汇编") {
			t.Errorf("%dx%d: reading pane starts with %q", w, h, got)
		}
		// The bar: its percent, and the file's name where the opening
		// notice leaves room for it.
		if !strings.HasSuffix(s[h-1], "0% ") || w >= 100 && !strings.Contains(s[h-1], "seed.txt") {
			t.Errorf("%dx%d: last line is not the status bar: %q", w, h, s[h-1])
		}
		// No junk anywhere, at any scroll position, nor after G.
		for i := 0; i < 200 && !m.reader.AtEnd(); i++ {
			if j := hasJunk(m.View()); j != "" {
				t.Fatalf("%dx%d: %q on screen after %d pages", w, h, j, i)
			}
			m = press(m, " ")
		}
		m = press(m, "G")
		if j := hasJunk(m.View()); j != "" {
			t.Errorf("%dx%d: %q on screen after G", w, h, j)
		}
		m = press(m, "p", "G")
		if hasJunk(m.View()) == "" {
			t.Errorf("%dx%d: footer not shown after p G", w, h)
		}
		// The kinds by name, as many as the bar holds: the seed's 3 ad
		// blocks and 2 paid markers (issue 19).
		want := "广告3 · 付费标记2"
		if w < 100 {
			want = "广告3"
		}
		if st := statusLine(m); !strings.Contains(st, want) {
			t.Errorf("%dx%d: status after p: %q", w, h, st)
		}
		checkSize(t, m, w, h)
	}
}

func TestSeedNavigation(t *testing.T) {
	const target = "坚持校准靶向，确保调查研究选题精准"
	m := sized(uitest.SeedDoc(t), 100, 30, Options{FileName: "seed.txt"})
	start := screen(m)
	m = press(m, "]", "]")
	if got := readerTop(m); !strings.HasPrefix(got, target) {
		t.Errorf("] ]: top %q, want %q", got, target)
	}
	if st := statusLine(m); !strings.Contains(st, target) {
		t.Errorf("] ]: breadcrumb %q lacks %q", st, target)
	}
	m = press(m, "}")
	if got := readerTop(m); !strings.HasPrefix(got, "发挥领头羊和火车头作用") {
		t.Errorf("}: top %q", got)
	}
	m = press(m, "G", "g")
	if got := screen(m); strings.Join(got, "\n") != strings.Join(start, "\n") {
		t.Errorf("G g does not round-trip:\n%s\n---\n%s", strings.Join(got, "\n"), strings.Join(start, "\n"))
	}
}

// Resizing keeps the paragraph at the top.
func TestSeedResizeKeepsParagraph(t *testing.T) {
	d := uitest.SeedDoc(t)
	m := sized(d, 100, 30, Options{})
	m = press(m, "}", "}", "}", "]", "]", "j", "j", "j", "j", "j")
	if a := m.reader.Current().Path()[1]; !strings.HasPrefix(a.Title, "坚持以党的创新理论") {
		t.Fatalf("not in the third article: %q", a.Title)
	}
	para := m.reader.top.para
	if m.reader.top.row == 0 {
		t.Fatalf("top is at a paragraph start; want the middle of one")
	}
	text := d.Text[d.Paras[para].Start:d.Paras[para].End]
	for _, sz := range [][2]int{{41, 15}, {120, 40}, {100, 30}, {60, 20}, {300, 100}} {
		m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		if m.reader.top.para != para {
			t.Errorf("%dx%d: top paragraph %d, want %d", sz[0], sz[1], m.reader.top.para, para)
		}
		top := strings.ReplaceAll(readerTop(m), " ", "")
		if !strings.Contains(text, top) {
			t.Errorf("%dx%d: top row %q is not from paragraph %d", sz[0], sz[1], top, para)
		}
		checkSize(t, m, sz[0], sz[1])
	}
}

// Resizing through several sizes and back gives the same top line: the
// place is the top line's source offset before the first resize, not each
// re-wrap's new line start (which walked the top back at every resize).
func TestSeedResizeRoundTrip(t *testing.T) {
	d := uitest.SeedDoc(t)
	for _, keys := range [][]string{{"}", "]", "j", "j", "j", "j"}, {"}", "}", "}", "]", "]", "j", "j", "j", "j", "j"}, {"G", "k", "k"}} {
		m := press(sized(d, 100, 30, Options{}), keys...)
		before := m.reader.top
		want := readerTop(m)
		for _, sz := range [][2]int{{80, 24}, {60, 20}, {40, 12}, {200, 60}, {33, 9}, {100, 30}} {
			m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		}
		if got := readerTop(m); m.reader.top != before || got != want {
			t.Errorf("%v: top %v %q after the resizes, %v %q before", keys, m.reader.top, got, before, want)
		}
		// A move after the resizes starts a new place: j then a resize
		// and back keeps the line j reached.
		m = press(m, "j")
		moved, movedTop := m.reader.top, readerTop(m)
		m = update(m, tea.WindowSizeMsg{Width: 70, Height: 30})
		m = update(m, tea.WindowSizeMsg{Width: 100, Height: 30})
		if m.reader.top != moved || readerTop(m) != movedTop {
			t.Errorf("%v j: top %v after a resize and back, %v before", keys, m.reader.top, moved)
		}
	}
}
