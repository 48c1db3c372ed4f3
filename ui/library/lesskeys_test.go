package library

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/internal/uitest"
)

// TestLibraryKeysAsLess: with the filter not being typed, the list's keys
// are commands, as less and vim users expect: q and Q quit, G goes to the
// last document, g to the first, j/k move, / opens the search of every
// document's text (as / searches in the reader, less and vim), f starts
// the filter (ranger's and lf's find), B the basket; a Han character (any
// non-ASCII letter or digit) is no command and starts the filter with
// itself, as the list was type-to-filter; an ASCII letter bound to
// nothing (s among them) says how to filter. While the filter is typed
// every key is text until Enter (the filter kept, the list browsed) or
// Esc (the filter cleared). q and G went into the filter.
func TestLibraryKeysAsLess(t *testing.T) {
	_, opt := newTestLibrary(12)
	for _, tt := range []struct {
		name   string
		keys   []string
		quits  bool
		cursor int
		mode   mode
		filter string
		page   page
	}{
		{"q quits", []string{"q"}, true, 0, modeList, "", pageList},
		{"Q quits", []string{"Q"}, true, 0, modeList, "", pageList},
		{"G to the end", []string{"G"}, false, 11, modeList, "", pageList},
		{"g to the top", []string{"G", "g"}, false, 0, modeList, "", pageList},
		{"j and k", []string{"j", "j", "j", "k"}, false, 2, modeList, "", pageList},
		{"space pages", []string{" "}, false, 11, modeList, "", pageList},
		{"/ opens the search", []string{"/"}, false, 0, modeSearch, "", pageList},
		{"f starts the filter", []string{"f"}, false, 0, modeFilter, "", pageList},
		{"typed: q G g j ? B f s / are text", []string{"f", "q", "G", "g", "j", "?", "B", "f", "s", "/"}, false, 0, modeFilter, "qGgj?Bfs/", pageList},
		{"a Han character starts the filter", []string{"乡"}, false, 0, modeFilter, "乡", pageList},
		{"typed on after it, q and G are text", []string{"乡", "村", "q", "G"}, false, 0, modeFilter, "乡村qG", pageList},
		{"a full-width letter starts it", []string{"ｘ"}, false, 0, modeFilter, "ｘ", pageList},
		{"a full-width digit starts it", []string{"２"}, false, 0, modeFilter, "２", pageList},
		{"a full-width mark does not (an IME's /)", []string{"、"}, false, 0, modeList, "", pageList},
		{"乡村 typed straight in, Enter, then q quits", []string{"乡", "村", "enter", "q"}, true, 0, modeList, "乡村", pageList},
		{"Enter keeps the filter, G its last", []string{"f", "乡", "村", "enter", "G"}, false, 2, modeList, "乡村", pageList},
		{"↓ while typing moves and types on", []string{"f", "乡", "down", "村"}, false, 1, modeFilter, "乡村", pageList},
		{"Esc cancels the filter", []string{"乡", "esc", "G"}, false, 11, modeList, "", pageList},
		{"f again edits the filter kept", []string{"f", "乡", "enter", "f", "村"}, false, 0, modeFilter, "乡村", pageList},
		{"a Han character after Enter types on", []string{"乡", "enter", "G", "村"}, false, 2, modeFilter, "乡村", pageList},
		{"Backspace on an empty filter ends it", []string{"f", "backspace", "G"}, false, 11, modeList, "", pageList},
		{"Backspace edits the filter kept", []string{"f", "乡", "村", "enter", "backspace"}, false, 0, modeFilter, "乡", pageList},
		{"a letter bound to nothing", []string{"x"}, false, 0, modeList, "", pageList},
		{"s is bound to nothing", []string{"s"}, false, 0, modeList, "", pageList},
		{"B the basket", []string{"B"}, false, 0, modeList, "", pageBasket},
	} {
		l := libStart(opt, 100, 30)
		var quits bool
		for _, k := range tt.keys {
			m, cmd := l.Update(uitest.KeyPress(k))
			l = m.(Library)
			if uitest.Quits(cmd) {
				quits = true
				break
			}
			for _, msg := range libRunCmd(cmd) {
				l = libDrive(l, msg)
			}
		}
		if quits != tt.quits {
			t.Errorf("%s: quits %v, want %v", tt.name, quits, tt.quits)
		}
		if quits {
			continue
		}
		if l.cursor != tt.cursor || l.mode != tt.mode || l.filter.Value() != tt.filter || l.page != tt.page {
			t.Errorf("%s: cursor %d mode %d filter %q page %d; want %d %d %q %d",
				tt.name, l.cursor, l.mode, l.filter.Value(), l.page, tt.cursor, tt.mode, tt.filter, tt.page)
		}
	}
	// A letter bound to nothing says how to filter, and filters nothing;
	// so do s (the search is /) and an input method's 、 (its /).
	for _, k := range []string{"x", "s", "、"} {
		l := libKeys(libStart(opt, 100, 30), k)
		if bar := libScreen(l)[29]; !strings.Contains(bar, l.tx.TypeHow) {
			t.Errorf("%s in the list: bar %q, want %q", k, bar, l.tx.TypeHow)
		}
	}
	// Another key bound to nothing is named, as the reader names it (the
	// list said nothing); Esc and Backspace with nothing to clear are not.
	for _, k := range []string{"ctrl+a", "ctrl+e", "left"} {
		l := libKeys(libStart(opt, 100, 30), k)
		if bar, want := libScreen(l)[29], k+" is not a command"; !strings.Contains(bar, want) || l.mode != modeList {
			t.Errorf("%s in the list: bar %q, want %q", k, bar, want)
		}
	}
	if bar := libScreen(libKeys(libStart(opt, 100, 30), "backspace"))[29]; strings.Contains(bar, "not a command") {
		t.Errorf("backspace in the list: bar %q", bar)
	}
	// 乡村 as an input method hands it over, in one message: the filter.
	l := libDrive(libStart(opt, 100, 30), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("乡村")})
	if l.mode != modeFilter || l.filter.Value() != "乡村" || len(l.shown) != 3 {
		t.Errorf("乡村 typed in the list: mode %d, filter %q, %d shown; want the filter 乡村, 3 shown", l.mode, l.filter.Value(), len(l.shown))
	}
	// / then # searches the headings only, as /#words in the reader.
	l = libDrive(libStart(opt, 100, 30), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/#成效")})
	if !l.mode.searching() || l.search.input.Value() != "#成效" || l.filter.Value() != "" {
		t.Errorf("/#成效 in the list: search %v, query %q, filter %q", l.mode.searching(), l.search.input.Value(), l.filter.Value())
	}
}

// TestLibraryResultsKeysAsLess: the search's results, browsed (back from a
// hit's document), take the same commands: j/k and g/G move, q goes back
// to the list (the page's Esc), / types the query again, and so does a
// Han character, typed at its end; while the query is typed every key is
// text (q went into the query in the results too).
func TestLibraryResultsKeysAsLess(t *testing.T) {
	_, opt := newTestLibrary(12)
	results := func() Library {
		l := libKeys(libStart(opt, 100, 30), "/", "正", "文", "enter", "esc", "esc")
		if l.mode != modeResults || len(l.search.rows) < 3 {
			t.Fatalf("not back in the results: mode %d, %d rows", l.mode, len(l.search.rows))
		}
		return l
	}
	l := results()
	if l = libKeys(l, "G"); l.search.cursor != len(l.search.rows)-1 {
		t.Errorf("G in the results: row %d of %d", l.search.cursor, len(l.search.rows))
	}
	if l = libKeys(l, "g", "j", "j", "k"); l.search.cursor != 1 {
		t.Errorf("g j j k in the results: row %d, want 1", l.search.cursor)
	}
	m, cmd := results().Update(uitest.KeyPress("q"))
	if l = m.(Library); uitest.Quits(cmd) || l.mode != modeList {
		t.Errorf("q in the results: quits %v, mode %d; want the list", uitest.Quits(cmd), l.mode)
	}
	if l = libKeys(results(), "/", "q", "G"); l.mode != modeSearch || l.search.input.Value() != "正文qG" {
		t.Errorf("/ q G in the results: mode %d, query %q; want 正文qG typed", l.mode, l.search.input.Value())
	}
	for _, k := range []string{"x", "s", "、"} {
		if l = libKeys(results(), k); l.mode != modeResults || !strings.Contains(libScreen(l)[29], l.tx.ResultsTypeHow) {
			t.Errorf("%s in the results: mode %d, bar %q", k, l.mode, libScreen(l)[29])
		}
	}
	for _, k := range []string{"ctrl+a", "right"} {
		if l = libKeys(results(), k); l.mode != modeResults || !strings.Contains(libScreen(l)[29], k+" is not a command") {
			t.Errorf("%s in the results: mode %d, bar %q", k, l.mode, libScreen(l)[29])
		}
	}
	// A Han character is no command: the query typed on with it, as in
	// the list it starts the filter.
	if l = libKeys(results(), "内", "容", "q"); l.mode != modeSearch || l.search.input.Value() != "正文内容q" {
		t.Errorf("内容q in the results: mode %d, query %q; want 正文内容q typed", l.mode, l.search.input.Value())
	}
	// A paste is text wherever it lands: the query's.
	if l = libDrive(results(), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("内容"), Paste: true}); l.search.input.Value() != "正文内容" {
		t.Errorf("a paste in the results: query %q", l.search.input.Value())
	}
}

// TestLibraryHelpKeyNames: the help names each key of the list browsed as
// it is typed: b/pgup/ctrl+b (the arrows' names were replaced inside pgup:
// pg↑), j/↓/ctrl+n, space/pgdn/ctrl+f, q/ctrl+c.
func TestLibraryHelpKeyNames(t *testing.T) {
	_, opt := newTestLibrary(3)
	l := libStart(opt, 100, 30)
	k := l.keys
	for _, c := range [][2]string{
		{k.Down.Help().Key, "j/↓/ctrl+n"},
		{k.Up.Help().Key, "k/↑/ctrl+p"},
		{k.PageDown.Help().Key, "space/pgdn/ctrl+f"},
		{k.PageUp.Help().Key, "b/pgup/ctrl+b"},
		{k.Quit.Help().Key, "q/ctrl+c"},
	} {
		if c[0] != c[1] {
			t.Errorf("the help names %q, want %q", c[0], c[1])
		}
	}
}

// TestLibraryHalfPage: Ctrl-d and Ctrl-u move half a screen in the list
// and in the search's results browsed, as in the reader, the basket page,
// less and vim (Ctrl-d did nothing, not a word said); a filter held is
// kept (Esc clears it), and while the filter or the query is typed Ctrl-u
// still empties it. The ? help lists them.
func TestLibraryHalfPage(t *testing.T) {
	_, opt := newTestLibrary(60)
	l := libStart(opt, 100, 30)
	half := l.listHeight() / 2
	if l = libKeys(l, "ctrl+d"); l.cursor != half {
		t.Errorf("ctrl+d: cursor %d, want %d", l.cursor, half)
	}
	if l = libKeys(l, "ctrl+d", "ctrl+u"); l.cursor != half {
		t.Errorf("ctrl+d ctrl+u: cursor %d, want %d", l.cursor, half)
	}
	if l = libKeys(l, "ctrl+u", "ctrl+u"); l.cursor != 0 {
		t.Errorf("ctrl+u at the top: cursor %d", l.cursor)
	}
	// A filter held (15 of the 60 are 乡村振兴's), browsed: Ctrl-u moves.
	l = libKeys(l, "f", "乡", "村", "enter", "ctrl+d", "ctrl+d", "ctrl+u")
	if l.filter.Value() != "乡村" || l.cursor != min(len(l.shown)-1, 2*half)-half {
		t.Errorf("filter browsed: filter %q cursor %d of %d", l.filter.Value(), l.cursor, len(l.shown))
	}
	if l = libKeys(l, "f", "ctrl+u"); l.filter.Value() != "" || l.mode != modeFilter {
		t.Errorf("ctrl+u typing the filter: filter %q mode %d", l.filter.Value(), l.mode)
	}
	// The search's results browsed.
	// (Enter opens the first hit; back from it the results are browsed.)
	l = libKeys(libStart(opt, 100, 30), "/", "正", "文", "enter", "esc", "esc")
	if !l.search.done || len(l.search.rows) <= half || l.mode != modeResults || l.search.cursor != 0 {
		t.Fatalf("search: done %v, %d rows, mode %d, cursor %d", l.search.done, len(l.search.rows), l.mode, l.search.cursor)
	}
	if l = libKeys(l, "ctrl+d"); l.search.cursor != half || l.mode != modeResults {
		t.Errorf("results ctrl+d: cursor %d mode %d", l.search.cursor, l.mode)
	}
	if l = libKeys(l, "ctrl+u"); l.search.cursor != 0 || l.search.input.Value() != "正文" {
		t.Errorf("results ctrl+u: cursor %d query %q", l.search.cursor, l.search.input.Value())
	}
	help := strings.Join(libScreen(libKeys(libStart(opt, 140, 50), "?")), "\n")
	for _, want := range []string{"ctrl+d", "ctrl+u", "half page down", "half page up"} {
		if !strings.Contains(help, want) {
			t.Errorf("the help lacks %q:\n%s", want, help)
		}
	}
}
