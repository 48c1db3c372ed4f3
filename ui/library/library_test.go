package library

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"wenji/model"
	"wenji/parse"
	"wenji/ui/cjk"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// testLibrary is a library of n generated compilations (the third one
// unreadable), with Open, Place and Save working on memory.
type testLibrary struct {
	texts map[string]string
	mu    sync.Mutex
	saved map[string]reader.Place
}

func newTestLibrary(n int) (*testLibrary, Options) {
	tl := &testLibrary{texts: map[string]string{}, saved: map[string]reader.Place{}}
	dir := testDir()
	var files []File
	topics := []string{"调查研究", "乡村振兴", "基层治理", "作风建设"}
	for i := range n {
		name := fmt.Sprintf("dir/%03d_%s汇编.txt", i+1, topics[i%len(topics)])
		var b strings.Builder
		fmt.Fprintf(&b, "%s工作经验汇编\n\n\n", topics[i%len(topics)])
		for a := range 3 {
			fmt.Fprintf(&b, "第%d篇关于%s的文章\n\n导语段落。\n一、主要做法\n%s\n二、取得成效\n成效明显。\n\n\n", a+1, topics[i%len(topics)], strings.Repeat("正文内容，用来撑长文章。", 40))
		}
		fmt.Fprintf(&b, "（第%d份）\n", i+1) // each its own content, as the cache keys by it
		tl.texts[name] = b.String()
		data := []byte(b.String())
		if i == 2 {
			data = []byte("\x00\x01\x02 binary\x00")
		}
		writeTestFile(filepath.Join(dir, n2s(n), name), data)
		files = append(files, File{Path: filepath.Join(dir, n2s(n), name), Rel: name, Size: int64(b.Len())})
	}
	opt := Options{
		Reader: reader.Options{Lang: "en", Ambiguous: 1},
		Dir:    "/lib",
		Cache:  testCache(),
		Files:  files,
		Open: func(path string) (Opened, error) {
			if strings.Contains(path, "/003_") {
				return Opened{}, errors.New(path + ": not a text document")
			}
			t := tl.texts[path[strings.Index(path, "dir/"):]]
			return Opened{Doc: parse.Parse(t), Key: "k/lib/" + path[strings.Index(path, "dir/"):]}, nil
		},
		Place: func(key string) (*reader.Place, string) {
			tl.mu.Lock()
			defer tl.mu.Unlock()
			if p, ok := tl.saved[key]; ok {
				return &p, ""
			}
			return nil, ""
		},
		Save: func(key, path string, p reader.Place) error {
			tl.mu.Lock()
			defer tl.mu.Unlock()
			tl.saved[key] = p
			return nil
		},
	}
	return tl, opt
}

// drive updates l with msg and runs the Cmds it returns (not timers),
// as Bubble Tea would, until none is left.
func libDrive(l Library, msg tea.Msg) Library {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		m, cmd := l.Update(queue[0])
		l = m.(Library)
		queue = append(queue[1:], libRunCmd(cmd)...)
	}
	return l
}

// libRunCmd runs cmd and the batches in it as Bubble Tea would, dropping
// the long timers (uitest.RunCmd).
func libRunCmd(cmd tea.Cmd) []tea.Msg { return uitest.RunCmd(cmd) }

func libKeys(l Library, keys ...string) Library {
	for _, k := range keys {
		l = libDrive(l, uitest.KeyPress(k))
	}
	return l
}

func libScreen(l Library) []string { return strings.Split(ansi.Strip(l.View()), "\n") }

func checkLibSize(t *testing.T, l Library, w, h int) {
	t.Helper()
	lines := strings.Split(l.View(), "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	cw := cjk.New(1)
	for i, s := range lines {
		if n := cw.String(ansi.Strip(s)); n > w {
			t.Errorf("%dx%d: line %d is %d columns: %q", w, h, i, n, ansi.Strip(s))
		}
	}
}

func TestLibraryList(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := New(opt)
	l = libDrive(l, tea.WindowSizeMsg{Width: 100, Height: 20})
	// Before the parse: file names, usable at once.
	s := strings.Join(libScreen(l), "\n")
	if !strings.Contains(s, "001_调查研究汇编") || !strings.Contains(s, "reading 0/12") {
		t.Fatalf("first screen:\n%s", s)
	}
	checkLibSize(t, l, 100, 20)
	l = libDrive(l, libRunCmd(l.Init())[0])
	s = strings.Join(libScreen(l), "\n")
	if !strings.Contains(s, "调查研究工作经验汇编") || !strings.Contains(s, "12 documents") {
		t.Fatalf("after the parse:\n%s", s)
	}
	if !strings.Contains(s, "not a text document") {
		t.Errorf("the unreadable file does not say so:\n%s", s)
	}
	checkLibSize(t, l, 100, 20)
	for _, size := range [][2]int{{20, 5}, {41, 10}, {200, 50}, {10, 3}} {
		l := libDrive(l, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		checkLibSize(t, l, size[0], size[1])
	}
}

func TestLibraryFilter(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	count := func(l Library) int { return len(l.shown) }
	if got := count(libKeys(l, "f", "乡", "村")); got != 3 {
		t.Errorf("乡村: %d shown, want 3", got)
	}
	if got := count(libKeys(l, "f", "@", "x", "c", "z", "x")); got != 3 {
		t.Errorf("@xczx: %d shown, want 3", got)
	}
	if got := count(libKeys(l, "f", "0", "0", "5")); got != 1 {
		t.Errorf("005 (file name): %d shown, want 1", got)
	}
	l2 := libKeys(l, "f", "z", "z", "z")
	if !strings.Contains(strings.Join(libScreen(l2), "\n"), "no document matches") {
		t.Error("no match is not said")
	}
	l2 = libKeys(l2, "backspace", "backspace", "backspace")
	if count(l2) != 12 {
		t.Errorf("after backspaces: %d shown", count(l2))
	}
	l2 = libKeys(l, "f", "乡", "esc")
	if count(l2) != 12 || l2.filter.Value() != "" {
		t.Errorf("esc does not clear the filter")
	}
}

// Enter opens the reader; Esc comes back to the list where it was, the
// place saved; opening again resumes there.
func TestLibraryOpenBack(t *testing.T) {
	tl, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "down", "down", "down")
	if l.cursor != 4 {
		t.Fatalf("cursor %d", l.cursor)
	}
	l = libKeys(l, "enter")
	if l.reader == nil {
		t.Fatal("enter did not open the reader")
	}
	s := strings.Join(libScreen(l), "\n")
	if !strings.Contains(s, "005_调查研究汇编.txt") {
		t.Fatalf("reader screen:\n%s", s)
	}
	l = libKeys(l, "}", "}", "j")
	top := readerTop(*l.reader)
	l = libKeys(l, "esc")
	if l.reader != nil || l.cursor != 4 {
		t.Fatalf("esc: reader %v, cursor %d", l.reader != nil, l.cursor)
	}
	if p, ok := tl.saved["k/lib/dir/005_调查研究汇编.txt"]; !ok || p.Offset == 0 {
		t.Errorf("place not saved: %v", tl.saved)
	}
	l = libKeys(l, "enter")
	if l.reader == nil || readerTop(*l.reader) != top {
		t.Errorf("reopened at %q, want %q", readerTop(*l.reader), top)
	}
	if _, _, p, ok := l.Reading(); !ok || p.Offset == 0 {
		t.Errorf("Reading: %v %v", p, ok)
	}
	// Backspace goes back too; Esc with a search active clears it first.
	l = libKeys(l, "/", "导", "enter", "esc")
	if l.reader == nil {
		t.Fatal("esc with a search active left the reader")
	}
	l = libKeys(l, "backspace")
	if l.reader != nil {
		t.Fatal("backspace did not go back")
	}
	// An unreadable file says why and stays in the list.
	l = libKeys(l, "up", "up", "enter")
	if l.reader != nil || !strings.Contains(strings.Join(libScreen(l), "\n"), "not a text document") {
		t.Errorf("opening the unreadable file:\n%s", strings.Join(libScreen(l), "\n"))
	}
	// It names the file as the list does, below the library, so that
	// the cause is said whole (the absolute path took the bar's room).
	bar := libScreen(l)[len(libScreen(l))-1]
	if !strings.Contains(bar, " dir/003_基层治理汇编.txt: not a text document") || strings.Contains(bar, testDir()) {
		t.Errorf("the unreadable file's bar: %q", bar)
	}
}

// The list is the same with no Open (nothing parsed) and with no files.
func TestLibraryEmpty(t *testing.T) {
	l := libDrive(New(Options{Reader: reader.Options{Lang: "zh", Ambiguous: 1}, Dir: "/空"}), tea.WindowSizeMsg{Width: 60, Height: 10})
	if s := strings.Join(libScreen(l), "\n"); !strings.Contains(s, "没有可读的文档") {
		t.Errorf("empty library:\n%s", s)
	}
	checkLibSize(t, l, 60, 10)
	_ = model.KindArticle
}

// TestLibraryEmptyNamesEveryFormat: an empty library's message, which
// names the formats read, is wrapped over the empty rows where the screen
// is narrow; it was cut (… .pdf .epu… at 80 columns).
func TestLibraryEmptyNamesEveryFormat(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for _, w := range []int{40, 60, 80} {
			l := libDrive(New(Options{Reader: reader.Options{Lang: lang, Ambiguous: 1}, Dir: "/x"}), tea.WindowSizeMsg{Width: w, Height: 12})
			s := strings.Join(libScreen(l), "\n")
			if !regexp.MustCompile(`(\s|^)\.epub[）)]`).MatchString(s) || !regexp.MustCompile(`(\s|^)\.pdf(\s|$)`).MatchString(s) || strings.Contains(s, "…") {
				t.Errorf("%s at %d columns:\n%s", lang, w, s)
			}
			checkLibSize(t, l, w, 12)
		}
	}
}

// / searches every document: results grouped by document, counted, and
// Enter opens the document at the hit with the query active; Esc in the
// reader comes back to the results, Esc there to the list.
func TestLibrarySearch(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 30})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "/", "乡", "村")
	s := strings.Join(libScreen(l), "\n")
	if !l.search.done || len(l.search.groups) != 3 || l.search.hits != 3*(1+3) {
		t.Fatalf("乡村: done %v, %d documents, %d hits:\n%s", l.search.done, len(l.search.groups), l.search.hits, s)
	}
	if !strings.Contains(s, "12 hits in 3 documents") || !strings.Contains(s, "第1篇关于乡村振兴的文章") {
		t.Errorf("results:\n%s", s)
	}
	checkLibSize(t, l, 100, 30)
	l = libKeys(l, "down", "down", "enter")
	if l.reader == nil || !l.reader.Searching() {
		t.Fatal("enter did not open the reader with the query")
	}
	if got := readerTop(*l.reader); !strings.Contains(got, "乡村") {
		t.Errorf("the hit is not at the top: %q", got)
	}
	l = libKeys(l, "j", "j", "esc", "esc")
	if l.reader != nil || !l.mode.searching() {
		t.Fatalf("esc esc: reader %v, search %v", l.reader != nil, l.mode.searching())
	}
	// Opened again at a hit, the document is not where it was left, and
	// does not say it is.
	if again := libKeys(l, "enter"); again.reader == nil || again.reader.Resumed() || strings.Contains(statusLine(*again.reader), "left off") {
		t.Errorf("a result opened after the place was saved claims to resume: %q", statusLine(*again.reader))
	}
	l = libKeys(l, "esc")
	if l.mode.searching() {
		t.Error("esc does not leave the results")
	}
	if b := libKeys(l, "/", "ctrl+u", "x", "backspace", "backspace"); b.mode.searching() {
		t.Error("backspace on an empty search prompt does not leave it")
	}
	// A bad pattern says so; the pinyin form finds the same documents.
	l = libKeys(l, "/", "ctrl+u", `\`, "(")
	if !strings.Contains(strings.Join(libScreen(l), "\n"), "missing closing )") {
		t.Errorf("bad pattern:\n%s", strings.Join(libScreen(l), "\n"))
	}
	l = libKeys(l, "ctrl+u", "@", "x", "c", "z", "x")
	if len(l.search.groups) != 3 {
		t.Errorf("@xczx: %d documents", len(l.search.groups))
	}
	// Nothing found: the count says how many documents were searched
	// (it said "0 hits in 0 documents").
	l = libKeys(l, "ctrl+u", "无", "此", "词")
	if s := strings.Join(libScreen(l), "\n"); !l.search.done || !strings.Contains(s, "0 hits (searched 12 documents)") || strings.Contains(s, "in 0 documents") {
		t.Errorf("no hits:\n%s", s)
	}
}

// English counts agree with their number: 1 hit, 2 hits, 1 document.
func TestLibCountWords(t *testing.T) {
	en, zh := libTextFor("en"), libTextFor("zh")
	for _, tc := range []struct {
		got, want string
	}{
		{hitsText(en, 1), "1 hit"}, {hitsText(en, 0), "0 hits"}, {hitsText(en, 2), "2 hits"}, {hitsText(en, 12345), "12,345 hits"},
		{docsText(en, 1), "1 document"}, {docsText(en, 3), "3 documents"},
		{hitsText(zh, 1), "1 处"}, {docsText(zh, 2), "2 份文档"},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
}

// On a narrow screen the number columns go before the title and the file
// name become unreadable: at 40 columns each row keeps at least 15
// columns of title.
func TestLibraryNarrow(t *testing.T) {
	_, opt := newTestLibrary(12)
	for _, w := range []int{40, 60, 100} {
		l := libDrive(New(opt), tea.WindowSizeMsg{Width: w, Height: 20})
		l = libDrive(l, libRunCmd(l.Init())[0])
		checkLibSize(t, l, w, 20)
		s := strings.Join(libScreen(l), "\n")
		if !strings.Contains(s, "汇编") {
			t.Errorf("%d columns: no title readable:\n%s", w, s)
		}
		if hasChars := strings.Contains(s, "字数") || strings.Contains(s, "Chars"); hasChars != (w >= 70) {
			t.Errorf("%d columns: 字数 column shown %v:\n%s", w, hasChars, s)
		}
	}
}

// readerTop returns the open reader's first row, trimmed.
func readerTop(m reader.Model) string {
	return strings.TrimSpace(ansi.Strip(m.TopRow()))
}

// statusLine returns the open reader's status bar.
func statusLine(m reader.Model) string {
	s := strings.Split(ansi.Strip(m.View()), "\n")
	return s[len(s)-1]
}

// TestSearchPromptKeepsQuery: on a narrow screen the library's search
// prompt shows what is typed before the count: at 30 columns and less the
// count took the line and 乡村 was not on screen (全库搜索 /… 171 处，…).
func TestSearchPromptKeepsQuery(t *testing.T) {
	_, opt := newTestLibrary(12)
	for _, lang := range []string{"zh", "en"} {
		opt.Reader.Lang = lang
		for _, w := range []int{20, 24, 30, 40, 100} {
			l := libDrive(New(opt), tea.WindowSizeMsg{Width: w, Height: 12})
			l = libDrive(l, libRunCmd(l.Init())[0])
			l = libKeys(l, "/", "乡", "村")
			checkLibSize(t, l, w, 12)
			prompt := libScreen(l)[1]
			want := "乡村"
			if w < 24 || (lang == "en" && w < 30) {
				want = "村" // the end of the text, at the cursor
			}
			if lang == "en" && w == 20 {
				want = "" // "search all /" leaves four columns
			}
			if !strings.Contains(prompt, want) {
				t.Errorf("%s, %d columns: the prompt lacks %q: %q", lang, w, want, prompt)
			}
			if w >= 40 && !strings.Contains(prompt, "12") {
				t.Errorf("%s, %d columns: the prompt lost its count: %q", lang, w, prompt)
			}
		}
	}
}

// TestRowErrorWords: a file the list cannot read says why in the
// interface's words, as opening it does (…: 没有读取权限): the row said Go's
// "open /lib/dir/001_….txt: permission denied", its whole path and all.
func TestRowErrorWords(t *testing.T) {
	_, opt := newTestLibrary(2)
	for _, c := range []struct {
		lang string
		err  error
		want string
	}{
		{"zh", fs.ErrPermission, "没有读取权限"},
		{"en", fs.ErrPermission, "permission denied"},
		{"zh", fs.ErrNotExist, "文件不存在"},
		{"en", fs.ErrNotExist, "no such file"},
		{"en", syscall.EIO, "input/output error"},
	} {
		opt.Reader.Lang = c.lang
		l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 10})
		p := l.entries[0].file.Path
		l.took([]libInfo{{i: 0, err: &fs.PathError{Op: "open", Path: p, Err: c.err}}})
		if got := l.entries[0].err; got != c.want {
			t.Errorf("%s %v: the row says %q, want %q", c.lang, c.err, got, c.want)
		}
	}
}

// TestClickSelects: a click on a row of the list, or of the search's
// results, selects it, as a click does on the basket page and in the
// reader's outline (the library took only the wheel: a click did nothing,
// and Enter opened the document the keys had left selected).
func TestClickSelects(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 12})
	l = libDrive(l, libRunCmd(l.Init())[0])
	click := func(l Library, y int) Library {
		return libDrive(l, tea.MouseMsg{X: 10, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	}
	// The header, the filter and the column heads, then the rows.
	l = click(l, 5)
	if l.cursor != 2 {
		t.Errorf("a click on the third row: cursor %d, want 2", l.cursor)
	}
	l = libKeys(l, "end")
	top := l.top
	l = click(l, 3)
	if l.cursor != top || l.top != top {
		t.Errorf("a click on the first row shown: cursor %d top %d, want %d %d", l.cursor, l.top, top, top)
	}
	for _, y := range []int{0, 1, 2, 11} { // header, filter, heads, status bar
		if c := click(l, y); c.cursor != l.cursor {
			t.Errorf("a click on row %d moved the cursor to %d", y, c.cursor)
		}
	}
	// In the results: the prompt line and a blank line above them.
	s := libKeys(l, "/", "乡", "村")
	s = click(s, 5)
	if s.search.cursor != s.search.top+2 {
		t.Errorf("a click on the third result: cursor %d, top %d", s.search.cursor, s.search.top)
	}
}

// TestHitOpenIsAJump: a document opened at a search result is a jump from
// where it opens (its top: a hit opens it there, not where it was left),
// as vim's +/pattern is a jump from line 1: ” goes back there and ”
// again to the hit. It said there was no jump to go back from.
func TestHitOpenIsAJump(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 60, Height: 10})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "/", "乡", "村", "down", "down", "down", "enter")
	if l.reader == nil {
		t.Fatal("enter did not open the reader")
	}
	hit := l.reader.Place().Offset
	if hit == 0 {
		t.Fatalf("the hit opened at the document's top: %q", readerTop(*l.reader))
	}
	l = libKeys(l, "'", "'")
	if st := statusLine(*l.reader); strings.Contains(st, "no jump") || l.reader.Place().Offset != 0 {
		t.Errorf("'' after opening at a hit: offset %d, status %q; want the document's top", l.reader.Place().Offset, st)
	}
	if l = libKeys(l, "'", "'"); l.reader.Place().Offset != hit {
		t.Errorf("'' again: offset %d, want the hit's %d", l.reader.Place().Offset, hit)
	}
}

// TestFileColumnKeepsNameEnds: at 60 columns the file column gives way in
// the folder before the name, and in the name's middle before its end, so
// that names alike but for their ends stay apart: they were
// formats/c…sign.txt and formats/c…uide.txt (the folder kept, the names
// cut in their middle).
func TestFileColumnKeepsNameEnds(t *testing.T) {
	dir := t.TempDir()
	rels := []string{"formats/comp_design.txt", "formats/comp_guide.txt",
		"formats/2023年度政府工作报告汇编_定稿.txt", "formats/2023年度政府工作报告汇编_初稿.txt"}
	var files []File
	for _, rel := range rels {
		p := filepath.Join(dir, rel)
		writeTestFile(p, []byte("标题\n\n正文。\n"))
		files = append(files, File{Path: p, Rel: rel, Size: 20})
	}
	for _, w := range []int{60, 100} {
		l := libStart(Options{Reader: reader.Options{Lang: "en", Ambiguous: 1}, Dir: dir, Files: files}, w, 12)
		checkLibSize(t, l, w, 12)
		s := strings.Join(libScreen(l), "\n")
		for _, want := range []string{"comp_design.txt", "comp_guide.txt", "定稿.txt", "初稿.txt"} {
			if !strings.Contains(s, want) {
				t.Errorf("%d columns: %q not on screen:\n%s", w, want, s)
			}
		}
	}
}

// TestFilterHintNamesSearch: the empty filter's hint names f, which
// starts the filter, and /, which opens the search of every document's
// text there: neither it nor the bar said so (the help alone did), and
// what a user typed to find a word in the text went into the filter,
// which matches titles and file names.
func TestFilterHintNamesSearch(t *testing.T) {
	_, opt := newTestLibrary(12)
	for lang, want := range map[string][2]string{"zh": {"汉字或 f 筛选", "/ 搜索全部正文"}, "en": {"f filter", "/ search all text"}} {
		opt.Reader.Lang = lang
		l := libStart(opt, 80, 24)
		for _, w := range want {
			if line := libScreen(l)[1]; !strings.Contains(line, w) || !strings.Contains(line, "12/12") {
				t.Errorf("%s: the filter's line %q lacks %q", lang, line, w)
			}
		}
		checkLibSize(t, l, 80, 24)
		if s := libKeys(l, "/"); !s.mode.searching() {
			t.Errorf("%s: / does not open the search", lang)
		}
		if f := libKeys(l, "f"); f.mode != modeFilter {
			t.Errorf("%s: f does not start the filter (mode %d)", lang, f.mode)
		}
	}
}

// TestHeadingOpenIsAJump: a document opened at a heading the # search
// found (at the top, no jump to the hit made) is a jump from its top too,
// as one opened at a hit of the text is (TestHitOpenIsAJump): ” goes back
// to the top and ” again to the heading. It said there was no jump to go
// back from.
func TestHeadingOpenIsAJump(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libStart(opt, 100, 30)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/#成效")})
	l = libKeys(l, "down", "enter")
	if l.reader == nil {
		t.Fatal("enter did not open the reader")
	}
	at := l.reader.Place().Offset
	if at == 0 || readerTop(*l.reader) != "二、取得成效" {
		t.Fatalf("the heading opened at %d: %q", at, readerTop(*l.reader))
	}
	l = libKeys(l, "'", "'")
	if st := statusLine(*l.reader); strings.Contains(st, "no jump") || l.reader.Place().Offset != 0 {
		t.Errorf("'' after opening at a heading: offset %d, status %q; want the document's top", l.reader.Place().Offset, st)
	}
	if l = libKeys(l, "'", "'"); l.reader.Place().Offset != at {
		t.Errorf("'' again: offset %d, want the heading's %d", l.reader.Place().Offset, at)
	}
}
