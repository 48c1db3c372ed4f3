package reader

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/ui/cjk"
	"wenji/ui/internal/uitest"
)

var update_ = flag.Bool("update", false, "rewrite the view goldens in testdata/")

// golden compares the unstyled view with testdata/name.golden.
func golden(t *testing.T, name string, m Model) {
	t.Helper()
	got := strings.Join(screen(m), "\n") + "\n"
	path := filepath.Join("testdata", name+".golden")
	if *update_ {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run Golden -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden:\n--- got\n%s--- want\n%s", name, got, want)
	}
}

func TestGoldenViews(t *testing.T) {
	d, err := uitest.SampleDoc()
	if err != nil {
		t.Skipf("sample: %v", err)
	}
	tests := []struct {
		name string
		w, h int
		amb  int
		keys []string
	}{
		{"sample_100x30", 100, 30, 1, nil},
		{"sample_100x30_amb2", 100, 30, 2, nil},
		{"sample_60x20", 60, 20, 1, nil},
		{"sample_60x20_next2", 60, 20, 1, []string{"]", "]"}},
		{"sample_100x30_junk_end", 100, 30, 1, []string{"p", "G"}},
		{"sample_100x30_outline_focus", 100, 30, 1, []string{"}", "}", "tab", "j", "l", "#"}},
		{"sample_100x30_help", 100, 30, 1, []string{"?"}},
		// Below 60 columns the outline is folded away: the text has the
		// width without o (the same screen o gave before).
		{"sample_reader40", 42, 60, 1, []string{"]", "]"}},
		{"sample_reader40_amb2", 42, 60, 2, []string{"]", "]"}},
		{"sample_en_80x24", 80, 24, 1, []string{"p"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{FileName: "sample.txt", Ambiguous: tt.amb}
			if strings.Contains(tt.name, "_en_") {
				opt.Lang = "en"
			}
			m := press(sized(d, tt.w, tt.h, opt), tt.keys...)
			checkSize(t, m, tt.w, tt.h)
			golden(t, tt.name, m)
		})
	}
}

// The reading pane at 40 columns, page by page through the whole sample and
// the seed: no line starts with closing punctuation, none ends with an
// opening one, no line is wider than the pane (a wide character is never
// split: a split one would show as a wider line or a replacement).
func TestReaderLineBreaking(t *testing.T) {
	var names []string
	var ms []Model
	for _, amb := range []int{1, 2} {
		if d, err := uitest.SampleDoc(); err == nil {
			names = append(names, "sample")
			ms = append(ms, sized(d, 42, 30, Options{HideOutline: true, Ambiguous: amb, ShowChars: true}))
		}
		if _, err := os.Stat(uitest.SeedPath); err == nil {
			names = append(names, "seed")
			ms = append(ms, sized(uitest.SeedDoc(t), 42, 30, Options{HideOutline: true, Ambiguous: amb}))
		}
	}
	if len(ms) == 0 {
		t.Skip("no sample")
	}
	const noStart = "，。、；：？！”’）》」』】〕…"
	const noEnd = "“‘（《「『【〔"
	for i, m := range ms {
		m = press(m, "p") // junk too: it is wrapped by the same code
		cw := cjk.New(m.opt.Ambiguous)
		for page := 0; page < 500; page++ {
			for _, l := range m.reader.View() {
				l = strings.TrimRight(l, " ")
				if cw.String(l) > m.reader.Width {
					t.Errorf("%s: line wider than the pane: %q", names[i], l)
				}
				body := strings.TrimLeft(l, " ")
				if body == "" {
					continue
				}
				first := []rune(body)[0]
				last := []rune(body)[len([]rune(body))-1]
				if strings.ContainsRune(noStart, first) {
					t.Errorf("%s: line starts with %q: %q", names[i], first, body)
				}
				if strings.ContainsRune(noEnd, last) {
					t.Errorf("%s: line ends with %q: %q", names[i], last, body)
				}
				if strings.ContainsRune(body, '\uFFFD') {
					t.Errorf("%s: replacement character: %q", names[i], body)
				}
			}
			if m.reader.AtEnd() {
				break
			}
			m = press(m, " ")
		}
	}
}
