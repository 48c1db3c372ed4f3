package library

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestSearchHistoryShared: a search opened from the library's results is
// in the history ↑ brings back in a document's / prompt, a search made in
// the document is in the history Ctrl-p brings back in the library's
// search, and both are kept for the next session (Options.Reader.Remember),
// whose library search has them again; the earlier sessions' searches are
// read once.
func TestSearchHistoryShared(t *testing.T) {
	var mu sync.Mutex
	reads, kept := 0, []string{"旧的查询"}
	_, opt := newTestLibrary(12)
	opt.Reader.Searches = func() []string {
		mu.Lock()
		defer mu.Unlock()
		reads++
		return slices.Clone(kept)
	}
	opt.Reader.Remember = func(q string) error {
		mu.Lock()
		defer mu.Unlock()
		kept = append(slices.DeleteFunc(kept, func(x string) bool { return x == q }), q)
		return nil
	}
	start := func() Library {
		l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 30})
		return libDrive(l, libRunCmd(l.Init())[0])
	}
	l := libKeys(start(), "/", "乡", "村", "enter")
	if l.reader == nil {
		t.Fatal("enter did not open the hit")
	}
	l = libKeys(l, "/", "up")
	if scr := libScreen(l); !strings.HasPrefix(strings.TrimSpace(scr[len(scr)-1]), "/乡村") {
		t.Errorf("↑ in the document's prompt after the library's search: %q, want /乡村", scr[len(scr)-1])
	}
	l = libKeys(l, "esc", "/", "导", "语", "enter", "esc", "esc")
	if l.reader != nil || !l.mode.searching() {
		t.Fatalf("esc esc: reader %v, search %v", l.reader != nil, l.mode.searching())
	}
	l = libKeys(l, "/") // the results browsed: / types the query again
	var got []string
	for _, k := range []string{"ctrl+p", "ctrl+p", "ctrl+p", "ctrl+p", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n"} {
		l = libKeys(l, k)
		got = append(got, l.search.input.Value())
	}
	if want := []string{"导语", "乡村", "旧的查询", "旧的查询", "乡村", "导语", "乡村", "乡村"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ctrl+p ×4, ctrl+n ×4 in the library's search: %q, want %q", got, want)
	}
	if l.search.query == nil || !strings.Contains(strings.Join(libScreen(l), "\n"), "12 hits in 3 documents") {
		t.Errorf("the search taken from the history did not run:\n%s", strings.Join(libScreen(l), "\n"))
	}
	mu.Lock()
	if want := []string{"旧的查询", "乡村", "导语"}; !reflect.DeepEqual(kept, want) || reads != 1 {
		t.Errorf("kept %q (want %q), earlier sessions read %d times (want once)", kept, want, reads)
	}
	mu.Unlock()

	// The next session's library search has them, the newest first.
	l = libKeys(start(), "/", "ctrl+p")
	if got := l.search.input.Value(); got != "导语" {
		t.Errorf("ctrl+p in the next session: %q, want 导语", got)
	}
	if bar := libScreen(l)[29]; !strings.Contains(bar, "Ctrl-P/N history") {
		t.Errorf("the bar does not offer the history: %q", bar)
	}
	opt.Reader.Searches = nil
	if bar := libScreen(libKeys(start(), "/", "乡"))[29]; strings.Contains(bar, "Ctrl-P") {
		t.Errorf("the bar offers an empty history: %q", bar)
	}
	// Ctrl-n and Ctrl-p move in the results no longer, and the help says so.
	l = libKeys(l, "down")
	if l.search.cursor != 1 {
		t.Errorf("↓ in the results: cursor %d", l.search.cursor)
	}
	if h := l.keys.Down.Help().Key; h != "↓" {
		t.Errorf("the help names %q for down in the results", h)
	}
	if l = libKeys(l, "esc"); l.keys.Down.Help().Key != "j/↓/ctrl+n" || !l.keys.matches(tea.KeyMsg{Type: tea.KeyCtrlN}, l.keys.Down) {
		t.Errorf("in the list, down is %q", l.keys.Down.Help().Key)
	}
}

// TestSearchHistoryHintKeepsEsc: the history's clause in the search's bar
// is the one a narrow bar drops, never Esc's: at every width where the bar
// said how to go back to the list before the search had a history, with
// room for the " …" that says a clause was dropped, it still does
// (Ctrl-P/N put before Esc took Esc off an English bar in the results
// below 81 columns, a Chinese one below 71).
func TestSearchHistoryHintKeepsEsc(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		esc := "Esc back to the list"
		if lang == "zh" {
			esc = "Esc 回到列表"
		}
		// bars[history][mode][w]: the bar typing (0) and browsing the
		// results (1), at w columns, with and without a history.
		bars := map[bool][2]map[int]string{}
		for _, history := range []bool{false, true} {
			_, opt := newTestLibrary(12)
			opt.Reader.Lang = lang
			if history {
				opt.Reader.Searches = func() []string { return []string{"旧的查询"} }
			}
			l := libKeys(libStart(opt, 100, 24), "/", "乡", "村")
			b := [2]map[int]string{{}, {}}
			for mode := range 2 {
				if mode == 1 {
					l = libKeys(l, "down")
				}
				for w := 40; w <= 100; w++ {
					l = libDrive(l, tea.WindowSizeMsg{Width: w, Height: 24})
					b[mode][w] = libScreen(l)[23]
				}
			}
			bars[history] = b
		}
		for mode, name := range []string{"typing", "results"} {
			for w := 42; w <= 100; w++ {
				if without, with := bars[false][mode][w-2], bars[true][mode][w]; strings.Contains(without, esc) && !strings.Contains(with, esc) {
					t.Errorf("%s at %d, %s: %q lost %q (without a history %q)", lang, w, name, with, esc, without)
				}
			}
		}
	}
}

// TestSearchHistoryTrimsAlike: the library's search and a document's /
// prompt keep a query typed with a stray space at an end as the same
// entry the query typed without is, and remember it so for the next
// session: both kept "乡村 " as typed beside "乡村", while the file of
// earlier sessions kept "乡村" (the state package trimmed it).
func TestSearchHistoryTrimsAlike(t *testing.T) {
	var kept []string
	_, opt := newTestLibrary(12)
	opt.Reader.Remember = func(q string) error { kept = append(kept, q); return nil }
	l := libKeys(libStart(opt, 100, 30), "/", "乡", "村", " ", "enter")
	if l.reader == nil {
		t.Fatal("enter did not open the hit")
	}
	if want := []string{"乡村"}; !reflect.DeepEqual(kept, want) {
		t.Errorf("the library's search remembered %q, want %q", kept, want)
	}
	// In the document: the same query with a space before it (an
	// input method's full-width one), then another after.
	l = libKeys(l, "/", "\u3000", "乡", "村", "enter", "/", "导", "语", " ", "enter")
	if got, want := l.history().List(), []string{"乡村", "导语"}; !reflect.DeepEqual(got, want) {
		t.Errorf("the history holds %q, want %q", got, want)
	}
	l = libKeys(l, "esc", "esc", "/")
	l = libKeys(l, "ctrl+p", "ctrl+p")
	if got := l.search.input.Value(); got != "乡村" {
		t.Errorf("ctrl+p ×2 in the library's search: %q, want 乡村", got)
	}
	// Each search is remembered (the file moves a repeated one up), as
	// the history keeps it: a loop over what was remembered asserted
	// nothing when nothing was.
	if got, want := slices.Compact(slices.Clone(kept)), []string{"乡村", "导语"}; !reflect.DeepEqual(got, want) {
		t.Errorf("remembered for the next session %q, want %q", kept, want)
	}
}
