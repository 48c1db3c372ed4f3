package reader

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/common"
	"wenji/ui/internal/uitest"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

func TestKeyActions(t *testing.T) {
	km := DefaultKeyMap("en")
	tests := []struct {
		key  string
		want action
	}{
		{"j", actDown}, {"down", actDown},
		{"k", actUp}, {"up", actUp},
		{"ctrl+d", actHalfDown}, {"ctrl+u", actHalfUp},
		{" ", actPageDown}, {"pgdown", actPageDown},
		{"b", actPageUp}, {"pgup", actPageUp},
		{"g", actTop}, {"home", actTop},
		{"G", actBottom}, {"end", actBottom},
		{"]", actNextNode}, {"[", actPrevNode},
		{"}", actNextArticle}, {"{", actPrevArticle},
		{"p", actJunk}, {"o", actOutline},
		{"tab", actFocus}, {"shift+tab", actFocus},
		{"#", actChars}, {"?", actHelp},
		{"q", actQuit}, {"ctrl+c", actQuit}, {"Q", actQuit}, {"Z", actQuitZZ},
		{"e", actDown}, {"z", actPageDown}, {"w", actPageUp},
		{"enter", actJump},
		{"h", actCollapse}, {"left", actCollapse},
		{"l", actExpand}, {"right", actExpand},
		{"y", actCopy}, {"Y", actCopyOutline},
		{"/", actSearch}, {"n", actNextHit}, {"N", actPrevHit},
		{"ctrl+n", actNextHitNode}, {"ctrl+p", actPrevHitNode},
		{"f", actHitsOnly}, {"esc", actClearSearch},
		// Unbound keys do nothing.
		{"x", actNone},
	}
	for _, tt := range tests {
		if got := matchAction(km.actions(), uitest.KeyPress(tt.key)); got != tt.want {
			t.Errorf("key %q: action %d, want %d", tt.key, got, tt.want)
		}
	}
}

// Every binding that Update matches is listed in the help, with a
// description, in both languages.
func TestHelpListsEveryBinding(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		km := DefaultKeyMap(lang)
		var _ help.KeyMap = km
		seen := map[string]bool{}
		for _, g := range km.FullHelp() {
			for _, b := range g {
				if b.Help().Key == "" || b.Help().Desc == "" {
					t.Errorf("%s: binding %v has no help", lang, b.Keys())
				}
				for _, k := range b.Keys() {
					seen[k] = true
				}
			}
		}
		for _, k := range []string{"j", "down", "k", "up", "ctrl+d", "ctrl+u", " ", "pgdown", "b", "pgup",
			"g", "home", "G", "end", "]", "[", "}", "{", "p", "o", "tab", "?", "q", "ctrl+c", "enter", "h", "l", "left", "right", "#", "y", "Y",
			"/", "n", "N", "ctrl+n", "ctrl+p", "f", "esc", "Q", "e", "z", "w"} {
			if !seen[k] {
				t.Errorf("%s: key %q missing from help", lang, k)
			}
		}
	}
	zh := DefaultKeyMap("zh").NextArticle.Help().Desc
	if !strings.ContainsRune(zh, '篇') {
		t.Errorf("zh help for } = %q, want Chinese", zh)
	}
}

func TestLang(t *testing.T) {
	tests := []struct {
		all, msgs, lang, want string
	}{
		{"", "", "zh_CN.UTF-8", "zh"},
		{"", "", "en_US.UTF-8", "en"},
		{"C", "", "zh_CN.UTF-8", "en"},
		{"zh_TW.UTF-8", "", "en_US.UTF-8", "zh"},
		{"", "zh_CN", "C", "zh"},
		{"", "", "", "en"},
	}
	for _, tt := range tests {
		t.Setenv("LC_ALL", tt.all)
		t.Setenv("LC_MESSAGES", tt.msgs)
		t.Setenv("LANG", tt.lang)
		if got := common.Lang(); got != tt.want {
			t.Errorf("LC_ALL=%q LC_MESSAGES=%q LANG=%q: %q, want %q", tt.all, tt.msgs, tt.lang, got, tt.want)
		}
	}
}

// TestHelpShowsWhatWorks (issue 16): the help lists exactly the keys that
// do something for this document: without an outline, no Enter/h/l/#;
// with nothing filtered, no p (and p does nothing). The seed has both.
func TestHelpShowsWhatWorks(t *testing.T) {
	plain := buildDoc("标题", "第一段正文。", "第二段正文。")
	seed := uitest.SeedDoc(t)
	for _, tc := range []struct {
		doc  *model.Document
		want bool
	}{{plain, false}, {seed, true}} {
		m := press(sized(tc.doc, 100, 40, Options{}), "?")
		help := strings.Join(screen(m), "\n")
		for _, desc := range []string{zhText.HJump, zhText.HCollapse, zhText.HExpand, zhText.HChars, zhText.HJunk} {
			if strings.Contains(help, desc) != tc.want {
				t.Errorf("outline %v, junk %d: %q in the help: %v, want %v", !m.outline.Empty(), len(tc.doc.Junk), desc, !tc.want, tc.want)
			}
		}
		if got := matchAction(m.acts, uitest.KeyPress("p")) == actJunk; got != tc.want {
			t.Errorf("junk %d: p bound: %v", len(tc.doc.Junk), got)
		}
		if !strings.Contains(help, zhText.HOutline) {
			t.Errorf("o left the help: it says why there is no outline")
		}
	}
}

// The help lists exactly the bindings enabled for the document shown:
// each enabled one with its description, no disabled one, in both
// languages, for a document without outline or filtered text and for the
// seed (issue 16: the help shows exactly what works).
func TestHelpListsEnabledBindings(t *testing.T) {
	plain := buildDoc("标题", "第一段正文。", "第二段正文。")
	for _, lang := range []string{"zh", "en"} {
		for name, d := range map[string]*model.Document{"plain": plain, "seed": uitest.SeedDoc(t)} {
			m := press(sized(d, 200, 60, Options{Lang: lang}), "?")
			s := strings.Join(screen(m), "\n")
			for _, group := range m.keys.FullHelp() {
				for _, b := range group {
					h := b.Help()
					pair := regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(h.Key) + `\s+` + regexp.QuoteMeta(h.Desc) + `(\s\s|\s*$)`)
					if pair.MatchString(s) != b.Enabled() {
						t.Errorf("%s %s: %q %q enabled %v, listed %v:\n%s", lang, name, h.Key, h.Desc, b.Enabled(), !b.Enabled(), s)
					}
				}
			}
		}
	}
}

// The help's title says how it closes as it does: j/k scroll it, any
// other key (not only ? and Esc) closes it; a help the screen holds whole
// offers no scrolling, and any key closes it.
func TestHelpTitleSaysHowItCloses(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		m := press(sized(parse.Parse(bigText()), 100, 12, Options{Lang: lang}), "?")
		if s := strings.Join(screen(m), "\n"); !strings.Contains(s, wtext.SharedFor(lang).HelpTitle) {
			t.Fatalf("%s: the help's title not shown:\n%s", lang, s)
		}
		if !strings.Contains(wtext.SharedFor(lang).HelpTitle, "j/k") {
			t.Errorf("%s: the title %q does not say j/k scroll", lang, wtext.SharedFor(lang).HelpTitle)
		}
		if m = press(m, "j"); !m.help {
			t.Errorf("%s: j closed the help", lang)
		}
		if m = press(m, "x"); m.help {
			t.Errorf("%s: x left the help open", lang)
		}
		// Shown whole, it has nothing to scroll: the title offers no
		// j/k (it did), and j closes it as any key does.
		m = press(sized(parse.Parse(bigText()), 160, 60, Options{Lang: lang}), "?")
		s := strings.Join(screen(m), "\n")
		if !strings.Contains(s, wtext.SharedFor(lang).HelpTitleFits) || strings.Contains(s, "j/k") {
			t.Errorf("%s: a help shown whole offers to scroll:\n%s", lang, s)
		}
		if m = press(m, "j"); m.help {
			t.Errorf("%s: j left a help shown whole open", lang)
		}
	}
}

// The help's / line names @, the pinyin initials, beside \ and #.
func TestHelpSearchNamesPinyin(t *testing.T) {
	for lang, want := range map[string]string{"en": "@ pinyin initials", "zh": "@拼音"} {
		m := press(sized(parse.Parse(bigText()), 160, 40, Options{Lang: lang}), "?")
		if s := strings.Join(screen(m), "\n"); !strings.Contains(s, want) {
			t.Errorf("%s: the help does not name %q:\n%s", lang, want, s)
		}
	}
}

// p where nothing was filtered says so (it did nothing and said nothing),
// and still stays out of the help, which lists what works.
func TestJunkKeyNothingHidden(t *testing.T) {
	plain := buildDoc("标题", "第一段正文。", "第二段正文。")
	for _, lang := range []string{"zh", "en"} {
		tx := textFor(lang)
		m := press(sized(plain, 100, 20, Options{Lang: lang}), "p")
		if st := statusLine(m); !strings.Contains(st, tx.NothingHidden) {
			t.Errorf("%s: p with nothing filtered: status %q, want %q", lang, st, tx.NothingHidden)
		}
		if m.reader.ShowJunk() {
			t.Errorf("%s: p with nothing filtered turned the filtered text on", lang)
		}
	}
	// With something filtered, p still shows it and counts it.
	m := press(sized(uitest.SeedDoc(t), 100, 20, Options{Lang: "zh"}), "p")
	if st := statusLine(m); strings.Contains(st, zhText.NothingHidden) || !m.reader.ShowJunk() {
		t.Errorf("seed: p: status %q, shown %v", st, m.reader.ShowJunk())
	}
}

// # with no outline says there is none, as o and Tab do (it did nothing
// and said nothing), and stays out of the help; the choice is not
// changed, so the next document's column is as the user left it.
func TestCharsKeyNoOutline(t *testing.T) {
	plain := buildDoc("标题", "第一段正文。", "第二段正文。")
	for _, lang := range []string{"zh", "en"} {
		tx := textFor(lang)
		m := press(sized(plain, 100, 20, Options{Lang: lang}), "#")
		if st := statusLine(m); !strings.Contains(st, tx.OutlineNone) {
			t.Errorf("%s: # with no outline: status %q, want %q", lang, st, tx.OutlineNone)
		}
		if m.ViewOptions(Options{}).ShowChars {
			t.Errorf("%s: # with no outline turned the column on", lang)
		}
		if v := strings.Join(screen(press(m, "?")), "\n"); strings.Contains(v, tx.HChars) {
			t.Errorf("%s: the help offers #:\n%s", lang, v)
		}
	}
	// With an outline, # shows the column and says so.
	m := press(sized(uitest.SeedDoc(t), 100, 20, Options{Lang: "zh"}), "#")
	if st := statusLine(m); !strings.Contains(st, zhText.CharsOn) || !m.ViewOptions(Options{}).ShowChars {
		t.Errorf("seed: #: status %q", st)
	}
}

// The help at 120×40 shows every key at once in both languages: one long
// description (English's search line, 48 columns) widens its own column,
// not every column, so the groups still go three abreast. It was one
// column of 40-odd rows in English, the search and basket keys below the
// screen's end, to be scrolled to.
func TestHelpFitsWideScreen(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		tx := wtext.SharedFor(lang)
		m := press(sized(uitest.SeedDoc(t), 120, 40, Options{Lang: lang}), "?")
		s := strings.Join(screen(m), "\n")
		if strings.Contains(s, tx.HelpMore) || strings.Contains(s, tx.HelpEnd) {
			t.Errorf("%s: the help scrolls at 120×40:\n%s", lang, s)
		}
		for _, want := range []string{wtext.BasketFor(lang).HOpen, wtext.SearchFor(lang).HHitsOnly} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: the help at 120×40 does not show %q", lang, want)
			}
		}
	}
}

// TestNoHeadingSaysNone: ] and [ in a document without headings say there
// is no heading after or before; Chinese said 已是最后一个标题 (already at
// the last heading), which claims one.
func TestNoHeadingSaysNone(t *testing.T) {
	plain := buildDoc("", "第一段正文。", "第二段正文。")
	for _, tt := range []struct{ lang, key, want string }{
		{"zh", "]", "后面没有标题"}, {"zh", "[", "前面没有标题"},
		{"en", "]", "no next heading"}, {"en", "[", "no previous heading"},
	} {
		m := press(sized(plain, 100, 20, Options{Lang: tt.lang}), tt.key)
		if st := statusLine(m); !strings.Contains(st, tt.want) || strings.Contains(st, "已是") {
			t.Errorf("%s %s: %q, want %q", tt.lang, tt.key, st, tt.want)
		}
	}
}

// keyLabel is how the help writes a key that key.Binding names k.
func keyLabel(k string) string {
	switch k {
	case " ":
		return "space"
	case "pgdown":
		return "pgdn"
	case "down":
		return "↓"
	case "up":
		return "↑"
	case "left":
		return "←"
	case "right":
		return "→"
	}
	return k
}

// Every key a binding of the help answers to is written in its entry:
// Ctrl-e, Ctrl-y, Ctrl-f and Ctrl-b moved as less's do, and Shift-Tab
// changed panes, but the help named only j/↓, k/↑, space/pgdn, b/pgup and
// tab.
func TestHelpNamesEveryKey(t *testing.T) {
	km := DefaultKeyMap("en")
	for _, g := range km.FullHelp() {
		for _, b := range g {
			for _, k := range b.Keys() {
				if !strings.Contains(b.Help().Key, keyLabel(k)) {
					t.Errorf("%q (%s) answers to %q, not in its help", b.Help().Key, b.Help().Desc, k)
				}
			}
		}
	}
}

// TestEnterScrollsReadingPane: Enter in the reading pane moves a line
// down, as less's RETURN (a count before it too), with an outline and
// without one; in the outline it still jumps to the entry. It did
// nothing in the reading pane.
func TestEnterScrollsReadingPane(t *testing.T) {
	plain := buildDoc("", "第一段。", "第二段。", "第三段。", "第四段。", "第五段。", "第六段。", "第七段。", "第八段。")
	for name, doc := range map[string]*model.Document{"outline": handDoc(), "no outline": plain} {
		m := sized(doc, 80, 8, Options{Lang: "en"})
		j := press(m, "j", "j")
		e := press(m, "enter", "enter")
		if readerTop(e) != readerTop(j) || readerTop(e) == readerTop(m) {
			t.Errorf("%s: Enter Enter shows %q at the top, j j %q (before: %q)", name, readerTop(e), readerTop(j), readerTop(m))
		}
		if got, want := readerTop(press(m, "2", "enter")), readerTop(j); got != want {
			t.Errorf("%s: 2 Enter shows %q, want %q", name, got, want)
		}
	}
	// In the outline, Enter is its jump: the entry stays at the top.
	m := press(sized(handDoc(), 80, 20, Options{Lang: "en"}), "tab", "j", "j")
	sel, top := m.outline.Selected(), readerTop(m)
	m = press(m, "enter")
	if m.Current() != sel || readerTop(m) != top {
		t.Errorf("Enter in the outline: at %q (top %q), want %q (top %q)", m.Current().Title, readerTop(m), sel.Title, top)
	}
}

// pressCmd sends one key and returns the model and the command it gave.
func pressCmd(m Model, k string) (Model, tea.Cmd) {
	nm, cmd := m.Update(uitest.KeyPress(k))
	return nm.(Model), cmd
}

// quits reports whether cmd is tea.Quit (a key's command that quits is
// that alone, never batched with a timer that would block here).
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// TestLessKeys: less's keys where wenji left them free: Q quits as q
// does, ZZ too (less's and vim's); w and z page back and forward as b and
// space, e goes a line down as j, in either pane. A Z followed by another
// key drops the Z and does that key (Zq quits, Zj is j); Esc takes the Z
// back quietly.
func TestLessKeys(t *testing.T) {
	d := uitest.SeedDoc(t)
	fresh := func() Model { return sized(d, 100, 30, Options{Lang: "en"}) }
	for _, k := range []string{"Q", "q"} {
		if _, cmd := pressCmd(fresh(), k); !quits(cmd) {
			t.Errorf("%s does not quit", k)
		}
	}
	m, cmd := pressCmd(fresh(), "Z")
	if cmd == nil || m.mode() != modeMarkPending || !strings.Contains(statusLine(m), m.tx.QuitWait) {
		t.Fatalf("Z: mode %v, status %q; want it waiting for the second Z, saying %q", m.mode(), statusLine(m), m.tx.QuitWait)
	}
	if _, cmd := pressCmd(m, "Z"); !quits(cmd) {
		t.Error("ZZ does not quit")
	}
	if _, cmd := pressCmd(m, "q"); !quits(cmd) {
		t.Error("Zq does not quit")
	}
	if got := press(m, "esc"); got.mode() != modeReading || readerTop(got) != readerTop(fresh()) || strings.Contains(statusLine(got), m.tx.QuitWait) {
		t.Errorf("Z Esc: mode %v, top %q, status %q", got.mode(), readerTop(got), statusLine(got))
	}
	for _, c := range []struct{ keys, same []string }{
		{[]string{"Z", "j"}, []string{"j"}},
		{[]string{"e"}, []string{"j"}},
		{[]string{"3", "e"}, []string{"3", "j"}},
		{[]string{"z"}, []string{" "}},
		{[]string{"z", "z", "w"}, []string{" ", " ", "b"}},
		{[]string{"G", "w"}, []string{"G", "b"}},
		{[]string{"tab", "e", "e"}, []string{"tab", "j", "j"}},
		{[]string{"tab", "z"}, []string{"tab", " "}},
		{[]string{"tab", "z", "w"}, []string{"tab", " ", "b"}},
	} {
		got, want := press(fresh(), c.keys...), press(fresh(), c.same...)
		if got.reader.top != want.reader.top || got.outline.cursor != want.outline.cursor || got.mode() != modeReading {
			t.Errorf("%q: top %v, outline row %d, mode %v; want %q's %v, %d", c.keys, got.reader.top, got.outline.cursor, got.mode(), c.same, want.reader.top, want.outline.cursor)
		}
		if start := fresh(); got.reader.top == start.reader.top && got.outline.cursor == start.outline.cursor {
			t.Errorf("%q: nothing moved", c.keys)
		}
	}
}

// A key that is no command says so and points to ?, and an outline key
// typed in the reading pane names the outline (they did nothing and said
// nothing); Esc with nothing to take back and a paste stay quiet, as in
// less and vim, and a key that moves still says nothing.
func TestUnboundKeySaysWhy(t *testing.T) {
	seed := func(t *testing.T) *model.Document { return uitest.SeedDoc(t) }
	for _, lang := range []string{"zh", "en"} {
		tx := textFor(lang)
		for _, c := range []struct {
			keys []string
			want string // "" for no message
		}{
			{[]string{"x"}, fmt.Sprintf(tx.NotAKeyFmt, "x")},
			{[]string{"E"}, fmt.Sprintf(tx.NotAKeyFmt, "E")},
			{[]string{"ctrl+a"}, fmt.Sprintf(tx.NotAKeyFmt, "ctrl+a")},
			{[]string{"5", "x"}, fmt.Sprintf(tx.NotAKeyFmt, "x")},
			{[]string{"h"}, fmt.Sprintf(tx.OutlineKeyFmt, "h")},
			{[]string{"right"}, fmt.Sprintf(tx.OutlineKeyFmt, "→")},
			{[]string{"o", "l"}, tx.OutlineHidden},
			{[]string{"tab", "x"}, fmt.Sprintf(tx.NotAKeyFmt, "x")},
			{[]string{"%"}, tx.PercentAlone},
			{[]string{"esc"}, ""},
			{[]string{"j"}, ""},
		} {
			m := press(sized(seed(t), 120, 30, Options{Lang: lang}), c.keys...)
			st := statusLine(m)
			for _, msg := range []string{fmt.Sprintf(tx.NotAKeyFmt, ""), fmt.Sprintf(tx.OutlineKeyFmt, ""), tx.OutlineHidden, tx.PercentAlone} {
				msg = strings.TrimSpace(msg)
				if c.want == "" && strings.Contains(st, msg) {
					t.Errorf("%s %v: status %q, want no message", lang, c.keys, st)
				}
			}
			if c.want != "" && !strings.Contains(st, c.want) {
				t.Errorf("%s %v: status %q, want %q", lang, c.keys, st, c.want)
			}
		}
		// The outline's h still folds there.
		m := press(sized(seed(t), 120, 30, Options{Lang: lang}), "tab", "h")
		if st := statusLine(m); strings.Contains(st, fmt.Sprintf(tx.OutlineKeyFmt, "h")) {
			t.Errorf("%s: h in the outline: status %q", lang, st)
		}
	}
	// A paste is no key typed.
	m := update(sized(seed(t), 120, 30, Options{Lang: "en"}), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("调查研究"), Paste: true})
	if st := statusLine(m); strings.Contains(st, "not a command") {
		t.Errorf("paste: status %q", st)
	}
}
