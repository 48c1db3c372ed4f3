package library

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// Keys that arrive in one read (a slow link, keys sent at once) are the
// keys typed one by one, by the reader's rule: /@xzsc opens the search
// with @xzsc, not a filter of "/@xzsc". A bracketed paste is text.
func TestLibraryKeysInOneRead(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libStart(opt, 100, 30)
	got := libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/@xczx")})
	if !got.mode.searching() || got.search.input.Value() != "@xczx" || got.filter.Value() != "" {
		t.Fatalf("/@xczx in one read: search %v, query %q, filter %q", got.mode.searching(), got.search.input.Value(), got.filter.Value())
	}
	if len(got.search.groups) != 3 {
		t.Errorf("@xczx: %d documents, want 3", len(got.search.groups))
	}
	// The same keys one at a time: the same page.
	// (The search's elapsed time, 0.00 s or 0.01 s, is the clock's.)
	one := libKeys(l, "/", "@", "x", "c", "z", "x")
	elapsed := regexp.MustCompile(`[0-9]+\.[0-9]+ s`)
	screen := func(m Library) string { return elapsed.ReplaceAllString(strings.Join(libScreen(m), "\n"), "T s") }
	if screen(one) != screen(got) {
		t.Errorf("one read and one key at a time differ:\n%s\n---\n%s", screen(got), screen(one))
	}
	pasted := libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("乡村?"), Paste: true})
	if pasted.mode.searching() || pasted.filter.Value() != "乡村?" {
		t.Errorf("a paste: search %v, filter %q", pasted.mode.searching(), pasted.filter.Value())
	}
}

// A file name holding a newline or another control character is one row,
// the characters shown as placeholders.
func TestLibraryNameOneLine(t *testing.T) {
	_, opt := newTestLibrary(3)
	opt.Files[1].Rel = "dir/two\nlines\x1b[31m.txt"
	l := libStart(opt, 100, 20)
	s := libScreen(l)
	checkLibSize(t, l, 100, 20)
	joined := strings.Join(s, "\n")
	if !strings.Contains(joined, "two\u240alines\u241b[31m") || strings.Contains(ansiFree(l.View()), "\x1b[31m") {
		t.Errorf("the name is not one safe row:\n%s", joined)
	}
	for _, line := range s {
		if strings.HasPrefix(strings.TrimSpace(line), "lines") {
			t.Errorf("the name's second line has a row of its own: %q", line)
		}
	}
}

// ansiFree is the view without wenji's own styling, where an escape
// sequence from a name would still show.
func ansiFree(s string) string {
	return strings.NewReplacer("\x1b[0m", "", "\x1b[m", "").Replace(s)
}
