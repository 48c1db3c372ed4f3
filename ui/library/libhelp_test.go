package library

import (
	"regexp"
	"strings"
	"testing"
	wtext "wenji/internal/text"
	"wenji/ui/internal/uitest"

	tea "github.com/charmbracelet/bubbletea"
)

func libHelpShown(l Library) bool {
	return strings.Contains(strings.Join(libScreen(l), "\n"), "key closes")
}

// ? opens the help in the list and in the search results only when no
// query is being typed; while one is, ? is a character of it.
func TestLibraryHelpKey(t *testing.T) {
	_, opt := newTestLibrary(12)
	for _, tt := range []struct {
		name   string
		keys   []string
		help   bool
		filter string // the filter, or the search's input after /
	}{
		{"list, filter empty", []string{"?"}, true, ""},
		{"list, typing the filter", []string{"f", "乡", "?"}, false, "乡?"},
		{"list, full-width ？ typed", []string{"f", "乡", "？"}, false, "乡？"},
		{"list, typing after moving", []string{"f", "乡", "down", "?"}, false, "乡?"},
		{"list, after Enter", []string{"f", "乡", "enter", "?"}, true, "乡"},
		{"list, after Enter with no match", []string{"f", "乡", "?", "enter", "?"}, true, "乡?"},
		{"list, filter deleted", []string{"f", "乡", "backspace", "backspace", "?"}, true, ""},
		{"list, filter cancelled", []string{"f", "乡", "esc", "?"}, true, ""},
		{"list, back from a document", []string{"f", "乡", "enter", "enter", "esc", "?"}, true, "乡"},
		{"search, just opened", []string{"/", "?"}, false, "?"},
		{"search, typing", []string{"/", "乡", "?"}, false, "乡?"},
		{"search, typing after moving", []string{"/", "乡", "down", "村", "?"}, false, "乡村?"},
		{"search, back from a document", []string{"/", "乡", "村", "down", "enter", "esc", "esc", "?"}, true, "乡村"},
	} {
		l := libStart(opt, 100, 30)
		l = libKeys(l, tt.keys...)
		if got := (l.mode == modeHelp); got != tt.help {
			t.Errorf("%s: help %v, want %v", tt.name, got, tt.help)
		}
		if libHelpShown(l) != tt.help {
			t.Errorf("%s: help drawn %v:\n%s", tt.name, !tt.help, strings.Join(libScreen(l), "\n"))
		}
		got := l.filter.Value()
		if l.mode.searching() || l.mode == modeHelp && l.helpFrom.searching() {
			got = l.search.input.Value()
		}
		if got != tt.filter {
			t.Errorf("%s: query %q, want %q", tt.name, got, tt.filter)
		}
		checkLibSize(t, l, 100, 30)
	}
}

// The help is the library keymap's: every binding of FullHelp that works
// where the help was opened is listed, in the UI language, and none that
// does not; the status bar offers ? when it works.
func TestLibraryHelpView(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		_, opt := newTestLibrary(3)
		opt.Reader.Lang = lang
		l := libStart(opt, 120, 40)
		if bar := libScreen(l)[39]; !strings.Contains(bar, libTextFor(lang).HelpHint) {
			t.Errorf("%s: status bar without the ? hint: %q", lang, bar)
		}
		l = libKeys(l, "?")
		s := strings.Join(libScreen(l), "\n")
		if bar := strings.TrimSpace(libScreen(l)[39]); bar != "" {
			t.Errorf("%s: the status bar under the help says %q (? opens nothing there)", lang, bar)
		}
		if !strings.Contains(s, wtext.SharedFor(lang).HelpTitle) && !strings.Contains(s, wtext.SharedFor(lang).HelpTitleFits) {
			t.Errorf("%s: no help title:\n%s", lang, s)
		}
		for _, group := range l.keys.FullHelp() {
			for _, b := range group {
				h := b.Help()
				if b.Enabled() && (!strings.Contains(s, h.Key) || !strings.Contains(s, h.Desc)) {
					t.Errorf("%s: %q %q not in the help:\n%s", lang, h.Key, h.Desc, s)
				}
				pair := regexp.MustCompile(`(?m)(^|\s)` + regexp.QuoteMeta(h.Key) + `\s+` + regexp.QuoteMeta(h.Desc) + `(\s\s|\s*$)`)
				if !b.Enabled() && pair.MatchString(s) {
					t.Errorf("%s: %q %q in the help of the list, where it does not work", lang, h.Key, h.Desc)
				}
			}
		}
		for _, title := range libHelpGroupTitles(l.tx) {
			if !strings.Contains(s, title) {
				t.Errorf("%s: group %q not in the help", lang, title)
			}
		}
		checkLibSize(t, l, 120, 40)
	}
	// Typing: no ? hint.
	_, opt := newTestLibrary(3)
	l := libKeys(libStart(opt, 120, 40), "f", "乡")
	if bar := libScreen(l)[39]; strings.Contains(bar, "? help") {
		t.Errorf("status bar offers ? while typing: %q", bar)
	}
}

// Esc, ? and q close the help (q is not typed into the filter, and does
// not quit); a help taller than the screen scrolls with j/k; Ctrl-c quits.
func TestLibraryHelpClose(t *testing.T) {
	_, opt := newTestLibrary(12)
	for _, k := range []string{"esc", "?", "q", "enter", "x"} {
		l := libKeys(libStart(opt, 100, 30), "?")
		l.cursor = 3
		l = libKeys(l, k)
		if (l.mode == modeHelp) || libHelpShown(l) || l.filter.Value() != "" || l.reader != nil || l.cursor != 3 {
			t.Errorf("%s: help %v, filter %q, reader %v, cursor %d", k, (l.mode == modeHelp), l.filter.Value(), l.reader != nil, l.cursor)
		}
	}
	// From the results, back to the results.
	l := libKeys(libStart(opt, 100, 30), "/", "乡", "down", "enter", "esc", "esc", "?", "esc")
	if (l.mode == modeHelp) || !l.mode.searching() || l.search.input.Value() != "乡" {
		t.Errorf("esc in the results' help: help %v, search %v %q", (l.mode == modeHelp), l.mode.searching(), l.search.input.Value())
	}

	// 60×12: the help does not fit; j/k scroll it, and it stays its size.
	l = libKeys(libStart(opt, 60, 12), "?")
	first := libScreen(l)
	if !strings.Contains(strings.Join(first, "\n"), "j/k") {
		t.Fatalf("no scroll hint at 60×12:\n%s", strings.Join(first, "\n"))
	}
	l = libKeys(l, "j", "j")
	if !(l.mode == modeHelp) || l.help.Top() != 2 || strings.Join(libScreen(l), "\n") == strings.Join(first, "\n") {
		t.Errorf("j j: help %v, scroll %d", (l.mode == modeHelp), l.help.Top())
	}
	checkLibSize(t, l, 60, 12)
	// The wheel scrolls it as it scrolls the list; a click leaves it open.
	for _, b := range []tea.MouseButton{tea.MouseButtonWheelDown, tea.MouseButtonLeft, tea.MouseButtonWheelUp} {
		before := l.help.Top()
		l = libDrive(l, tea.MouseMsg{X: 10, Y: 5, Button: b, Action: tea.MouseActionPress})
		want := map[tea.MouseButton]int{tea.MouseButtonWheelDown: before + 3, tea.MouseButtonLeft: before, tea.MouseButtonWheelUp: before}[b]
		if b == tea.MouseButtonWheelUp {
			want = before - 3
		}
		if l.mode != modeHelp || l.help.Top() != want {
			t.Errorf("mouse %v in the help: help %v, scroll %d, want %d", b, l.mode == modeHelp, l.help.Top(), want)
		}
	}
	l = libKeys(l, "k", "k", "k")
	if l.help.Top() != 0 || strings.Join(libScreen(l), "\n") != strings.Join(first, "\n") {
		t.Errorf("k k k: scroll %d", l.help.Top())
	}
	l = libKeys(l, "pgdown", "pgdown", "pgdown")
	if !(l.mode == modeHelp) {
		t.Error("pgdown closed the help")
	}
	checkLibSize(t, l, 60, 12)
	// G goes to the end, whose line offers g back to the top: g there
	// closed the help, as any key it does not bind.
	l = libKeys(l, "G")
	if s := strings.Join(libScreen(l), "\n"); l.mode != modeHelp || !strings.Contains(s, wtext.SharedFor("en").HelpEnd) {
		t.Errorf("G: help %v:\n%s", l.mode == modeHelp, s)
	}
	if l = libKeys(l, "g"); l.mode != modeHelp || l.help.Top() != 0 {
		t.Errorf("g at the help's end: help %v, scroll %d", l.mode == modeHelp, l.help.Top())
	}
	if _, cmd := l.Update(uitest.KeyPress("ctrl+c")); cmd == nil || cmd() != tea.Quit() {
		t.Error("ctrl+c in the help does not quit")
	}
}

// In every mode the help opens from (the list with or without a filter,
// the search's results), it lists exactly the bindings enabled there:
// each enabled one, and no disabled one (issue 16).
func TestLibraryHelpPerMode(t *testing.T) {
	_, opt := newTestLibrary(12)
	for _, tt := range []struct {
		name string
		keys []string
	}{
		{"list", []string{"?"}},
		{"list, filtered", []string{"f", "乡", "enter", "?"}},
		{"results", []string{"/", "乡", "down", "enter", "esc", "esc", "?"}},
	} {
		l := libKeys(libStart(opt, 140, 50), tt.keys...)
		if l.mode != modeHelp {
			t.Fatalf("%s: no help", tt.name)
		}
		s := strings.Join(libScreen(l), "\n")
		off := 0
		for _, group := range l.keys.FullHelp() {
			for _, b := range group {
				h := b.Help()
				pair := regexp.MustCompile(`(?m)(^|\s)` + regexp.QuoteMeta(h.Key) + `\s+` + regexp.QuoteMeta(h.Desc) + `(\s\s|\s*$)`)
				if pair.MatchString(s) != b.Enabled() {
					t.Errorf("%s: %q %q enabled %v, in the help %v:\n%s", tt.name, h.Key, h.Desc, b.Enabled(), !b.Enabled(), s)
				}
				if !b.Enabled() {
					off++
				}
			}
		}
		if off == 0 {
			t.Errorf("%s: every binding enabled: the help would list keys that do nothing", tt.name)
		}
	}
}

// TestLibraryHelpEditKeys: with text in the filter, the help lists the
// prompt's editing keys, and they edit the filter as listed.
func TestLibraryHelpEditKeys(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		_, opt := newTestLibrary(3)
		opt.Reader.Lang = lang
		l := libKeys(libStart(opt, 120, 40), "f", "乡", "enter", "?")
		s := strings.Join(libScreen(l), "\n")
		tx := wtext.LibraryFor(lang)
		if !strings.Contains(s, tx.KEdit) || !strings.Contains(s, tx.HEdit) {
			t.Errorf("%s: the editing keys are not in the help:\n%s", lang, s)
		}
	}
	_, opt := newTestLibrary(3)
	l := libKeys(libStart(opt, 100, 30), "f", "乡", "村", "left", "x", "ctrl+a", "y", "ctrl+e", "z")
	if got := l.filter.Value(); got != "y乡x村z" {
		t.Errorf("filter %q after ←, ctrl+a, ctrl+e, want y乡x村z", got)
	}
	l = libKeys(l, "ctrl+a", "ctrl+k")
	if got := l.filter.Value(); got != "" {
		t.Errorf("filter %q after ctrl+a ctrl+k, want it empty", got)
	}
}

// TestResultsHelpNamesTheQuery: the help opened in the search's results
// says that typing, Backspace and Ctrl-u edit the search's query (they
// do), not the filter: it listed them under 筛选 as 筛选标题、文件名 and
// 清除筛选, the list's words, while the filter was out of sight.
func TestResultsHelpNamesTheQuery(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		_, opt := newTestLibrary(3)
		opt.Reader.Lang = lang
		tx := wtext.LibraryFor(lang)
		s := strings.Join(libScreen(libKeys(libStart(opt, 140, 50), "/", "乡", "down", "enter", "esc", "esc", "?")), "\n")
		for _, not := range []string{tx.HType, tx.HClearFilter, tx.GFilter} {
			if strings.Contains(s, not) {
				t.Errorf("%s: the results' help says %q:\n%s", lang, not, s)
			}
		}
		for _, want := range []string{tx.HTypeQuery, tx.HClearQuery, tx.HDeleteQuery} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: the results' help lacks %q:\n%s", lang, want, s)
			}
		}
		// The list's help still says the filter's.
		s = strings.Join(libScreen(libKeys(libStart(opt, 140, 50), "f", "乡", "enter", "?")), "\n")
		// Browsed, Ctrl-u moves half a screen up (review34: the help listed
		// it as clearing the filter too); Esc clears the filter.
		if !strings.Contains(s, tx.HType) || !strings.Contains(s, tx.HClear) || strings.Contains(s, tx.HTypeQuery) {
			t.Errorf("%s: the list's help:\n%s", lang, s)
		}
		for _, line := range strings.Split(s, "\n") {
			if strings.Contains(line, "ctrl+u") && strings.Contains(line, tx.HClearFilter) {
				t.Errorf("%s: the browsed list's help says ctrl+u clears the filter: %q", lang, line)
			}
		}
	}
}
