package reader

import (
	"io/fs"
	"maps"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/bubbles/key"

	"wenji/model"
	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// A remembered place is applied once the pane has a size, and Place gives
// back where the reader is.
func TestResumePlace(t *testing.T) {
	doc := parse.Parse(bigText())
	off := strings.Index(doc.Text, "第7篇文章的标题")
	m := sized(doc, 80, 20, Options{Place: &Place{Offset: off}})
	if got := readerTop(m); !strings.HasPrefix(got, "第7篇文章的标题") {
		t.Fatalf("resumed at %q", got)
	}
	if p := m.Place(); p.Offset != off {
		t.Errorf("Place().Offset = %d, want %d", p.Offset, off)
	}
	m = press(m, "j")
	if p := m.Place(); p.Offset <= off {
		t.Errorf("after j: Place().Offset = %d, want > %d", p.Offset, off)
	}
	// An offset past the end (the file was parsed differently) is the end.
	m = sized(doc, 80, 20, Options{Place: &Place{Offset: len(doc.Text) + 100}})
	if !m.reader.AtEnd() {
		t.Error("a place past the end does not show the end")
	}
	// Quit before any resize: the place is kept as it was.
	m = New(doc, Options{Place: &Place{Offset: off}})
	if p := m.Place(); p.Offset != off {
		t.Errorf("unsized: Place().Offset = %d, want %d", p.Offset, off)
	}
}

// A place beyond a large file's preview waits for the whole document.
func TestResumeBeyondPreview(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	off := strings.Index(whole.Text, "第200篇文章的标题")
	m := sized(preview(text, 4000), 80, 20, Options{Place: &Place{Offset: off}, Load: func() (*model.Document, error) { return whole, nil }})
	m = update(m, m.Init()())
	if got := readerTop(m); !strings.HasPrefix(got, "第200篇文章的标题") {
		t.Errorf("after loading: top %q", got)
	}
}

func TestMarks(t *testing.T) {
	doc := parse.Parse(bigText())
	m := sized(doc, 80, 20, Options{Lang: "en"})
	m = press(m, "}", "}")
	at := readerTop(m)
	m = press(m, "m", "a")
	if !strings.Contains(statusLine(m), "mark a set") {
		t.Errorf("status after ma: %q", statusLine(m))
	}
	m = press(m, "G", "'", "a")
	if got := readerTop(m); got != at {
		t.Errorf("'a: top %q, want %q", got, at)
	}
	m = press(m, "'", "'")
	if !m.reader.AtEnd() {
		t.Error("'' does not return to the end")
	}
	m = press(m, "'", "b")
	if !strings.Contains(statusLine(m), "no mark b") {
		t.Errorf("status after 'b: %q", statusLine(m))
	}
	// A key that is not a letter is not a mark, as less says, and is
	// not acted on.
	m = press(m, "g", "m", "]")
	if !strings.HasPrefix(readerTop(m), "预览测试汇编") || !strings.Contains(statusLine(m), "invalid mark letter ]") {
		t.Errorf("m]: top %q, status %q", readerTop(m), statusLine(m))
	}
	p := m.Place()
	if len(p.Marks) != 1 || p.Marks["a"] == 0 {
		t.Errorf("Place().Marks = %v", p.Marks)
	}
	// Marks come back with the place.
	m = sized(doc, 80, 20, Options{Lang: "en", Place: &p})
	m = press(m, "'", "a")
	if got := readerTop(m); got != at {
		t.Errorf("'a after reopening: top %q, want %q", got, at)
	}
}

// A notice (a corrupt state file) is shown at the start.
func TestNotice(t *testing.T) {
	m := sized(handDoc(), 80, 20, Options{Lang: "en", Notice: "state file ignored"})
	if !strings.Contains(statusLine(m), "state file ignored") {
		t.Errorf("status: %q", statusLine(m))
	}
}

// Reopened where it was left, the reader says so (with the way back to
// the top), beside what the filter hid; opened afresh it does not.
func TestResumeNotice(t *testing.T) {
	d := uitest.SeedDoc(t)
	off := strings.Index(d.Text, "靶向施策抓整改")
	m := sized(d, 120, 30, Options{Place: &Place{Offset: off}})
	if st := statusLine(m); !strings.Contains(st, "接着上次读到的地方") || !strings.Contains(st, "已隐藏") {
		t.Errorf("reopened: status %q", st)
	}
	if st := statusLine(sized(d, 120, 30, Options{})); strings.Contains(st, "接着上次") {
		t.Errorf("opened afresh: status %q", st)
	}
	// A large file: the notice comes with the whole document.
	text := bigText()
	whole := parse.Parse(text)
	m = sized(preview(text, 4000), 120, 20, Options{Lang: "en", Place: &Place{Offset: strings.Index(whole.Text, "第200篇文章的标题")}, Load: func() (*model.Document, error) { return whole, nil }})
	m = update(m, m.Init()())
	if st := statusLine(m); !strings.Contains(st, "back where you left off") {
		t.Errorf("reopened large file: status %q", st)
	}
}

// TestResumeNoticeLeft: once a jump has left the place the reader
// reopened at (g, G, a search), the notice, which keys do not
// clear, stops saying "back where you left off (g: top)" and keeps what
// the filter hid; a scroll keeps it all. It went on offering g at the top
// g had gone to.
func TestResumeNoticeLeft(t *testing.T) {
	d := uitest.SeedDoc(t)
	off := strings.Index(d.Text, "靶向施策抓整改")
	for _, keys := range [][]string{{"g"}, {"G"}, {"/", "整", "改", "enter"}} {
		m := press(sized(d, 120, 30, Options{Lang: "en", Place: &Place{Offset: off}}), keys...)
		st := statusLine(m)
		if strings.Contains(st, "left off") || !strings.Contains(st, "hid") {
			t.Errorf("after %v: status %q", keys, st)
		}
	}
	m := press(sized(d, 120, 30, Options{Lang: "en", Place: &Place{Offset: off}}), "j", "j")
	if st := statusLine(m); !strings.Contains(st, "left off") || !strings.Contains(st, "hid") {
		t.Errorf("after j j: status %q", st)
	}
}

// HandOver gives a reader of the document just left the place and the
// marks it had, over those loaded (which a save still running may not
// have reached: the library reopened a document at its top); another
// document's place is the one loaded.
func TestHandOver(t *testing.T) {
	loaded := &Place{Offset: 7, Marks: map[string]int{"a": 1, "e": 2}}
	left := Place{Offset: 99, Marks: map[string]int{"e": 50, "g": 60}}
	got := HandOver(loaded, left, "k", "k")
	if got.Offset != 99 || !maps.Equal(got.Marks, map[string]int{"a": 1, "e": 50, "g": 60}) {
		t.Errorf("same document: %+v", got)
	}
	if loaded.Marks["e"] != 2 {
		t.Error("HandOver changed the place loaded")
	}
	if got := HandOver(loaded, left, "k", "other"); got != loaded {
		t.Errorf("another document: %+v", got)
	}
	if got := HandOver(nil, left, "", ""); got != nil {
		t.Errorf("no key: %+v", got)
	}
	if got := HandOver(nil, left, "k", "k"); got == nil || !maps.Equal(got.Marks, left.Marks) {
		t.Errorf("nothing loaded: %+v", got)
	}
}

// The help names the letters a mark takes, and each of them works: a–z
// and A–Z (the help said a–z while mA and 'A worked).
func TestHelpNamesMarkLetters(t *testing.T) {
	doc := parse.Parse(bigText())
	m := sized(doc, 100, 40, Options{Lang: "en"})
	for _, b := range []key.Binding{m.keys.Mark, m.keys.GotoMark} {
		if k := b.Help().Key; !strings.Contains(k, "a–z") || !strings.Contains(k, "A–Z") {
			t.Errorf("the help calls %q %q: want a–z and A–Z", b.Keys(), k)
		}
	}
	help := strings.Join(screen(press(m, "?")), "\n")
	for _, k := range []string{"m a–z A–Z", "' a–z A–Z"} {
		if !strings.Contains(help, k) {
			t.Errorf("the help does not show %q:\n%s", k, help)
		}
	}
	for _, r := range []string{"a", "z", "A", "Z"} {
		m := press(sized(doc, 80, 20, Options{Lang: "en"}), "}", "}")
		at := readerTop(m)
		m = press(m, "m", r)
		if !strings.Contains(statusLine(m), "mark "+r+" set") {
			t.Errorf("m%s: status %q", r, statusLine(m))
		}
		if m = press(m, "G", "'", r); readerTop(m) != at {
			t.Errorf("'%s: top %q, want %q", r, readerTop(m), at)
		}
	}
}

// TestBackAfterLargeMoves: ” returns to where the last large move was
// made, as in less (G, g, N%, a search, n, N) and vim (their jumps), not
// only after a mark: G then ” said 没有跳转过 (no jump to go back from).
func TestBackAfterLargeMoves(t *testing.T) {
	doc := parse.Parse(bigText())
	for _, c := range []struct {
		name string
		keys []string
	}{
		{"G", []string{"G"}},
		{"g", []string{"g"}},
		{"50%", []string{"5", "0", "%"}},
		{"n", []string{"n"}},
		{"N", []string{"N"}},
	} {
		m := sized(doc, 80, 20, Options{Lang: "en"})
		m = searchFor(m, "第9篇文章的标题")
		m = keys(m, "esc", "}", "}", "}")
		if c.name == "g" {
			m = keys(m, "G", "'", "'")
		}
		at := readerTop(m)
		m = keys(m, c.keys...)
		moved := readerTop(m)
		if moved == at {
			t.Fatalf("%s did not move from %q", c.name, at)
		}
		m = press(m, "'", "'")
		if got := readerTop(m); got != at {
			t.Errorf("%s then '': top %q, want %q (status %q)", c.name, got, at, statusLine(m))
		}
		m = press(m, "'", "'")
		if got := readerTop(m); got != moved {
			t.Errorf("%s then '' '': top %q, want %q", c.name, got, moved)
		}
	}
	// A search confirmed: '' goes back to where the prompt was opened.
	m := sized(doc, 80, 20, Options{Lang: "en"})
	m = press(m, "}", "}")
	at := readerTop(m)
	m = searchFor(m, "第30篇文章的标题")
	if readerTop(m) == at {
		t.Fatal("the search did not move")
	}
	m = press(m, "'", "'")
	if got := readerTop(m); got != at {
		t.Errorf("a search then '': top %q, want %q", got, at)
	}
	// A small move is no jump: j then '' still says there is none.
	m = sized(doc, 80, 20, Options{Lang: "en"})
	m = press(m, "j", "'", "'")
	if !strings.Contains(statusLine(m), "no jump") {
		t.Errorf("j then '': %q", statusLine(m))
	}
}

// A key after m or ' that is no mark letter says so, in the interface's
// language, as less's "Invalid mark letter" does; it said "cancelled",
// as if the m had been taken back.
func TestInvalidMarkLetter(t *testing.T) {
	doc := parse.Parse(bigText())
	for _, c := range []struct {
		lang string
		keys []string
		want string
	}{
		{"en", []string{"m", "1"}, "invalid mark letter 1"},
		{"en", []string{"'", "1"}, "invalid mark letter 1"},
		{"en", []string{"'", "enter"}, "invalid mark letter (a–z, A–Z)"},
		{"zh", []string{"m", "1"}, "无效的标记字母 1"},
		{"zh", []string{"'", "enter"}, "无效的标记字母（可用 a–z、A–Z）"},
		{"zh", []string{"'", "。"}, "无效的标记字母 。"},
	} {
		m := sized(doc, 80, 20, Options{Lang: c.lang})
		m = press(m, c.keys...)
		if got := statusLine(m); !strings.Contains(got, c.want) {
			t.Errorf("%s %q: status %q, want %q", c.lang, c.keys, got, c.want)
		}
		if p := m.Place(); len(p.Marks) != 0 {
			t.Errorf("%s %q: marks %v", c.lang, c.keys, p.Marks)
		}
	}
}

// TestHelpNamesBack: the help lists ” (back from the last jump), which
// works and was missing from it, in both languages; the help's ' is not a
// second action for the key.
func TestHelpNamesBack(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		m := sized(parse.Parse(bigText()), 100, 40, Options{Lang: lang})
		m = press(m, "?")
		v := strings.Join(screen(m), "\n")
		if !strings.Contains(v, "''") || !strings.Contains(v, marksTextOf(m.tx).HBack) {
			t.Errorf("%s: the help lacks '':\n%s", lang, v)
		}
		m = press(m, "q", "G", "'", "'")
		if m.reader.AtEnd() {
			t.Errorf("%s: '' after G did not go back", lang)
		}
	}
}

// TestHelpToList: in a document opened from the library, the help lists
// Esc and Backspace going back to the list, which they do; a reader
// started on a file does not list them.
func TestHelpToList(t *testing.T) {
	for _, c := range []struct {
		lang    string
		library bool
	}{{"zh", true}, {"en", true}, {"zh", false}, {"en", false}} {
		m := sized(parse.Parse(bigText()), 100, 40, Options{Lang: c.lang, Library: c.library})
		v := strings.Join(screen(press(m, "?")), "\n")
		if got := strings.Contains(v, m.tx.HToList) && strings.Contains(v, "esc/backspace"); got != c.library {
			t.Errorf("%s, library %v: the help lists going back to the list: %v\n%s", c.lang, c.library, got, v)
		}
	}
}

// TestMarkNotSaved: a mark whose save fails (a full disk, a read-only
// state directory) is said unsaved at once, once: it was said set, and
// only quitting said the state could not be written, so a crash before
// lost it unsaid.
func TestMarkNotSaved(t *testing.T) {
	saves := 0
	full := &fs.PathError{Op: "write", Path: "/s/wenji/docs/.tmp-1", Err: syscall.ENOSPC}
	opt := Options{Lang: "zh", Key: "k", FileName: "x.txt", Save: func(key, path string, p Place) error {
		saves++
		return full
	}}
	m := sized(parse.Parse(bigText()), 80, 20, opt)
	m = keys(m, "}", "m", "a")
	if st := statusLine(m); !strings.Contains(st, "标记和阅读位置未能保存：磁盘空间不足") {
		t.Errorf("status after ma on a full disk: %q", st)
	}
	m = keys(m, "m", "b")
	if st := statusLine(m); strings.Contains(st, "未能保存") || !strings.Contains(st, "已设标记 b") {
		t.Errorf("the failure said again: %q", st)
	}
	if saves != 2 {
		t.Errorf("%d saves, want one a mark", saves)
	}
}

// TestHelpAlternate: the help lists Ctrl-^ where a program opens other
// documents in the reader's place (BasketPage), and not in a reader
// alone; Ctrl-^ there, with no document read before, says so. The
// program takes it when it has one (AlternateKey), not while the prompt
// has the keys.
func TestHelpAlternate(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, page := range []bool{false, true} {
			m := sized(parse.Parse(bigText()), 100, 40, Options{Lang: lang, BasketPage: page})
			v := strings.Join(screen(press(m, "?")), "\n")
			if strings.Contains(v, "ctrl+^") != page || strings.Contains(v, marksTextOf(m.tx).HAlternate) != page {
				t.Errorf("%s, basket page %v: the help lists Ctrl-^ %v:\n%s", lang, page, !page, v)
			}
			if !page {
				continue
			}
			if !m.AlternateKey(uitest.KeyPress("ctrl+^")) || press(m, "/").AlternateKey(uitest.KeyPress("ctrl+^")) {
				t.Errorf("%s: AlternateKey in the reader %v, in the prompt %v", lang, m.AlternateKey(uitest.KeyPress("ctrl+^")), press(m, "/").AlternateKey(uitest.KeyPress("ctrl+^")))
			}
			if got := statusLine(press(m, "ctrl+^")); !strings.Contains(got, marksTextOf(m.tx).NoAlternate) {
				t.Errorf("%s: Ctrl-^ with none: status %q", lang, got)
			}
		}
	}
}

// TestEscCancelsSecondKey: Esc after a key that waits for another (m and
// ' for their letter, a count for its move) takes it back quietly, as
// vim's Esc does: nothing said, no mark set, and the Esc does nothing
// else (the highlights stay; in the library the reader stays). m then Esc
// said "invalid mark letter".
func TestEscCancelsSecondKey(t *testing.T) {
	doc := parse.Parse(bigText())
	for _, lang := range []string{"zh", "en"} {
		for _, first := range [][]string{{"m"}, {"'"}, {"5"}, {"1", "2"}} {
			for _, library := range []bool{false, true} {
				m := searchFor(sized(doc, 80, 20, Options{Lang: lang, Library: library}), "的")
				want := readerTop(keys(m, "j")) // where j alone goes
				m = keys(m, first...)
				if m.marks.pending == 0 && m.count == 0 {
					t.Fatalf("%s %q: nothing waits", lang, first)
				}
				nm, cmd := m.Update(uitest.KeyPress("esc"))
				m = nm.(Model)
				if cmd != nil {
					if _, ok := cmd().(BackMsg); ok {
						t.Errorf("%s %q library: Esc went back to the list", lang, first)
					}
				}
				if got := strings.TrimSpace(statusLine(m)); strings.Contains(got, marksTextOf(m.tx).Invalid) ||
					strings.Contains(got, first[0]+"：") || strings.Contains(got, first[0]+":") {
					t.Errorf("%s %q: Esc says %q", lang, first, got)
				}
				if m.search.query == nil {
					t.Errorf("%s %q: Esc cleared the search", lang, first)
				}
				// The key after it is a key of its own: j moves one line.
				m = keys(m, "j")
				if p := m.Place(); len(p.Marks) != 0 || readerTop(m) != want {
					t.Errorf("%s %q: marks %v, j went to %q, want %q", lang, first, p.Marks, readerTop(m), want)
				}
			}
		}
	}
}

// TestCountGotoLine: a count before G or g goes to that line of the text,
// as less's and vim's NG do: 1G is the top (it went to the end), 13G the
// second article's title (line 13 of bigText), a line past the end the
// last; it is a jump ” comes back from.
func TestCountGotoLine(t *testing.T) {
	doc := parse.Parse(bigText())
	top := readerTop(sized(doc, 80, 20, Options{Lang: "en"}))
	for _, c := range []struct {
		keys []string
		want string
	}{
		{[]string{"1", "G"}, top},
		{[]string{"1", "g"}, top},
		{[]string{"1", "3", "G"}, "第2篇文章的标题"},
		{[]string{"1", "3", "g"}, "第2篇文章的标题"},
		{[]string{"2", "2", "G"}, "第3篇文章的标题"},
	} {
		m := keys(sized(doc, 80, 20, Options{Lang: "en"}), "}", "}", "}", "}", "}")
		at := readerTop(m)
		m = press(m, c.keys...)
		if got := readerTop(m); got != c.want {
			t.Errorf("%s: top %q, want %q", strings.Join(c.keys, ""), got, c.want)
		}
		if m = press(m, "'", "'"); readerTop(m) != at {
			t.Errorf("%s then '': top %q, want %q", strings.Join(c.keys, ""), readerTop(m), at)
		}
	}
	end := readerTop(press(sized(doc, 80, 20, Options{Lang: "en"}), "G"))
	if got := readerTop(press(sized(doc, 80, 20, Options{Lang: "en"}), "9", "9", "9", "9", "9", "G")); got != end {
		t.Errorf("99999G: top %q, want the end's %q", got, end)
	}
}
