package reader

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// TestNotFoundLeavesScreen: a search confirmed with Enter that finds
// nothing says so and, as in less and vim, leaves the screen as it was:
// the place, no count (the bar said -/0 until Esc), and what ” goes back
// to; n says again that it is not there, as vim's n does; in both
// languages.
func TestNotFoundLeavesScreen(t *testing.T) {
	d := uitest.SeedDoc(t)
	for _, lang := range []string{"zh", "en"} {
		m := sized(d, 100, 30, Options{Lang: lang})
		m = keys(searchFor(m, "调查研究"), "n")
		top, bar, back := readerTop(m), statusLine(m), m.marks.back
		if !strings.Contains(bar, " 2/16 ") {
			t.Fatalf("%s: before: %q", lang, bar)
		}
		m = searchFor(m, "不存在的词")
		st := statusLine(m)
		if want := m.stx().NotFound + "不存在的词"; !strings.Contains(st, want) {
			t.Errorf("%s: no %q: %q", lang, want, st)
		}
		if strings.Contains(st, "/0") || strings.Contains(st, "/16") {
			t.Errorf("%s: a count after a search that found nothing: %q", lang, st)
		}
		if got := readerTop(m); got != top || m.marks.back != back {
			t.Errorf("%s: the screen moved: top %q (was %q), '' %d (was %d)", lang, got, top, m.marks.back, back)
		}
		if m = keys(m, "n"); !strings.Contains(statusLine(m), m.stx().NotFound+"不存在的词") || readerTop(m) != top {
			t.Errorf("%s: n after it: %q, top %q", lang, statusLine(m), readerTop(m))
		}

		// With no search before: no count at all.
		m = searchFor(sized(d, 100, 30, Options{Lang: lang}), "不存在的词")
		if st := statusLine(m); strings.Contains(st, "/0") || !strings.Contains(st, m.stx().NotFound) {
			t.Errorf("%s: no search before: %q", lang, st)
		}
	}
}

// TestNotFoundAfterLongScan: in a document large enough to be searched
// once typing pauses, Enter before the pause starts the scan; when it
// ends with nothing, the bar says so, with no count.
func TestNotFoundAfterLongScan(t *testing.T) {
	text := strings.Repeat(bigText(), 1+instantSearch/len(bigText()))
	m := sized(parse.Parse(text), 100, 30, Options{Lang: "en"})
	m = searchFor(m, "群众")
	before := statusLine(m)
	if !strings.Contains(before, "1/") {
		t.Fatalf("群众: %q", before)
	}
	m = keys(m, "/")
	nm, _ := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("不存在")}) // its debounce never fires
	m = keys(nm.(Model), "enter")
	st := statusLine(m)
	if !strings.Contains(st, "not found: 不存在") || strings.Contains(st, "/0") {
		t.Errorf("after a long scan that found nothing: %q, want not found and no count", st)
	}
}

// TestNotFoundInJunk: a search that finds nothing in the text shown, with
// a match in the filtered text that p hides, says so and that p shows it
// (the user saw the words in the file: "not found" alone read as a broken
// search); with p on it finds the match; a query the filtered text lacks
// says "not found" alone; in both languages, after Enter, n and Ctrl-n.
func TestNotFoundInJunk(t *testing.T) {
	d := parse.Parse(junkFixture)
	for _, lang := range []string{"zh", "en"} {
		m := sized(d, 100, 30, Options{Lang: lang})
		hint := m.stx().NotFound + "用户上传" + m.stx().InJunk
		m = searchFor(m, "用户上传")
		if st := statusLine(m); !strings.Contains(st, hint) {
			t.Errorf("%s: Enter: %q, want %q", lang, st, hint)
		}
		for _, k := range []string{"n", "ctrl+n"} {
			if st := statusLine(keys(m, k)); !strings.Contains(st, hint) {
				t.Errorf("%s: %s: %q, want %q", lang, k, st, hint)
			}
		}
		m = searchFor(sized(d, 100, 30, Options{Lang: lang}), "不存在的词")
		if st := statusLine(m); strings.Contains(st, m.stx().InJunk) || !strings.Contains(st, m.stx().NotFound) {
			t.Errorf("%s: a word found nowhere: %q", lang, st)
		}
		m = searchFor(keys(sized(d, 100, 30, Options{Lang: lang}), "p"), "用户上传")
		if st := statusLine(m); strings.Contains(st, m.stx().NotFound) || !strings.Contains(st, "1/1") {
			t.Errorf("%s: with p: %q, want the hit", lang, st)
		}
	}
}
