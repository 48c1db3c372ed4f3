package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"wenji/internal/state"
	"wenji/ui"
)

// makeLibrary writes a small library: documents in every format the
// library lists, in subdirectories, with things it must leave out.
func makeLibrary(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "甲汇编\n\n\n第一篇文章\n\n正文。\n")
	write("sub/b.md", "# 乙文档\n\n正文。\n")
	write("sub/deeper/c.HTML", "<h1>丙页面</h1><p>正文。</p>")
	write("notes.pdf", "%PDF")
	write("old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an OLE2 file")
	write(".hidden/d.txt", "隐藏。")
	write(".e.txt", "隐藏。")
	os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt"))
	os.Symlink(dir, filepath.Join(dir, "sub", "loop")) // a cycle, not followed
	return dir
}

func TestFindDocuments(t *testing.T) {
	dir := makeLibrary(t)
	files, err := findDocuments(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rels []string
	for _, f := range files {
		rels = append(rels, f.Rel)
	}
	want := "a.txt link.txt old.doc sub/b.md sub/deeper/c.HTML"
	if strings.Join(rels, " ") != want {
		t.Errorf("found %q, want %q", rels, want)
	}
	// Through a link to the library (a link below it is not followed).
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(dir, link)
	files, err = findDocuments(link)
	rels = rels[:0]
	for _, f := range files {
		rels = append(rels, f.Rel)
		if !strings.HasPrefix(f.Path, link+string(filepath.Separator)) || strings.Contains(f.Path, "//") {
			t.Errorf("path %q is not under %s", f.Path, link)
		}
	}
	if err != nil || strings.Join(rels, " ") != want {
		t.Errorf("through a link: %q, %v; want %q", rels, err, want)
	}
	if _, err := findDocuments(filepath.Join(dir, "none")); err == nil {
		t.Error("a missing directory is no error")
	}
	// The .doc is listed for its row to say what to do with it, in the
	// user's language.
	for lang, want := range map[string]string{"zh": "另存为 .docx", "en": "save it as .docx"} {
		_, err := libraryOptions(dir, files, lang, options{}, nil).Open(filepath.Join(dir, "old.doc"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: opening old.doc: %v", lang, err)
		}
	}
	// A broken .docx says so in Chinese only, under zh.
	broken := filepath.Join(dir, "broken.docx")
	os.WriteFile(broken, []byte("PK\x03\x04 not really"), 0o644)
	if _, err := libraryOptions(dir, files, "zh", options{}, nil).Open(broken); err == nil || !strings.HasSuffix(err.Error(), ": 无法读取的 Word 文档") {
		t.Errorf("broken.docx under zh: %v", err)
	}
}

// Without a terminal, wenji DIR lists the documents' paths; --outline and
// the like still take one document.
func TestLibraryCLI(t *testing.T) {
	dir := makeLibrary(t)
	code, out, errOut := cli(t, "", dir)
	if code != 0 || strings.Count(out, "\n") != 5 || !strings.Contains(out, filepath.Join(dir, "sub", "b.md")) || errOut != "" {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	code, _, errOut = cli(t, "", "--lang", "en", "--outline", dir)
	if code != 1 || !strings.Contains(errOut, "is a directory: --outline, --json and --print read one document") {
		t.Errorf("--outline DIR: exit %d, %q", code, errOut)
	}
}

// TestLibraryE2E: wenji DIR in a terminal: the list with titles, typing
// filters, Enter opens, Esc returns to the list as it was, q quits and
// the place is remembered.
func TestLibraryE2E(t *testing.T) {
	bin := binary(t)
	dir := makeLibrary(t)
	count := "1/5" // the filter's count: 1 of the library's documents
	if seed, err := os.ReadFile(seedPath); err == nil {
		os.WriteFile(filepath.Join(dir, "sub", "主题教育.txt"), seed, 0o644)
		count = "1/6"
	}
	tm := newTerm(t, 100, 24, fmt.Sprintf("LANG=en_US.UTF-8 %s %s", bin, dir))
	tm.waitText("a.txt")
	s := tm.waitText("甲汇编")
	tm.checkWidths(s)
	tm.tmux("send-keys", "-l", "丙")
	// The list's count, not the "…/001/" of the temp directory's path.
	s = tm.waitFor("the filter", func(s string) bool {
		return strings.Contains(s, "丙页面") && !strings.Contains(s, "甲汇编")
	})
	if !strings.Contains(s, count) {
		t.Fatalf("filter 丙: no count %s:\n%s", count, s)
	}
	tm.keys("Enter")
	s = tm.waitText("c.HTML") // the reader's status bar
	tm.waitFor("the reader", func(s string) bool { return strings.Contains(s, "│") || !strings.Contains(s, "1/") })
	tm.keys("Escape")
	s = tm.waitFor("the list as it was", func(s string) bool {
		return strings.Contains(s, "filter 丙") && strings.Contains(s, count) && !strings.Contains(s, "│")
	})
	tm.keys("BSpace")
	tm.waitFor("the whole list", func(s string) bool { return strings.Contains(s, "甲汇编") })
	// Library search: / with the filter empty, results, Enter opens at
	// the hit with the query active.
	tm.keys("C-u", "/")
	tm.waitText("search all /") // "/页面" in one read is typed into the filter (issue 15, item 13)
	tm.tmux("send-keys", "-l", "页面")
	s = tm.waitText("1 hit in 1 document")
	tm.checkWidths(s)
	tm.keys("Down", "Enter")
	tm.waitText("1/1")
	tm.keys("Escape", "Escape")
	tm.waitText("1 hit in 1 document")
	tm.keys("Escape")
	tm.waitText("a.txt")
	if _, err := os.Stat(seedPath); err == nil {
		tm.tmux("send-keys", "-l", "@ztjy")
		tm.waitText("主题教育.txt")
		tm.keys("Enter")
		// The reader, not the list's row of the same title: keys sent
		// while the document loads go to the filter.
		tm.waitFor("the reader", func(s string) bool { return strings.Contains(s, "2023主题教育") && strings.Contains(s, "│") })
		tm.keys("}", "}")
		time.Sleep(200 * time.Millisecond)
		s = tm.settle()
		top := readerTop(s)
		tm.keys("Escape")
		tm.waitText("@ztjy")
		tm.keys("Enter")
		tm.waitFor("the place left", func(s string) bool { return readerTop(s) == top })
	}
	tm.keys("q")
}

// libraryScreen is the library main would run on dir with o, at 100×20,
// as text.
func libraryScreen(t *testing.T, dir string, o options) string {
	t.Helper()
	files, err := findDocuments(dir)
	if err != nil {
		t.Fatal(err)
	}
	mem := newMemory(o, "en", &bytes.Buffer{})
	var m tea.Model = ui.NewLibrary(libraryOptions(dir, files, "en", o, mem))
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	return ansi.Strip(m.View())
}

// The library remembers the document last opened, relative to its
// directory, under the directory's real path: named another way (through
// a link, with ./..) it is the same library, and the list says so.
func TestLibraryMemory(t *testing.T) {
	stateDir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", stateDir)
	dir := makeLibrary(t)
	var errs bytes.Buffer
	mem := newMemory(options{}, "en", &errs)
	if rel, notice := mem.libraryLast(dir); rel != "" || notice != "" {
		t.Fatalf("never opened: %q %q", rel, notice)
	}
	mem.saveLibraryLast(dir, filepath.Join("sub", "b.md"))
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(dir, link)
	for _, d := range []string{dir, link, filepath.Join(dir, "sub", "..")} {
		if rel, notice := mem.libraryLast(d); rel != filepath.Join("sub", "b.md") || notice != "" {
			t.Errorf("%s: %q %q", d, rel, notice)
		}
	}
	// One file, the document in it relative.
	ents, _ := os.ReadDir(filepath.Join(stateDir, "wenji", "libraries"))
	if len(ents) != 1 {
		t.Fatalf("libraries: %v", ents)
	}
	b, _ := os.ReadFile(filepath.Join(stateDir, "wenji", "libraries", ents[0].Name()))
	if !strings.Contains(string(b), `"last": "sub/b.md"`) {
		t.Errorf("state file:\n%s", b)
	}
	if s := libraryScreen(t, link, options{}); !strings.Contains(s, "last opened: sub/b.md") {
		t.Errorf("the list does not say it:\n%s", s)
	}
	if errs.Len() > 0 {
		t.Errorf("stderr: %s", errs.String())
	}
}

// corruptLibraryMemory replaces the memory of the library in dir by junk
// and returns its path.
func corruptLibraryMemory(t *testing.T, dir string) string {
	t.Helper()
	newMemory(options{}, "en", &bytes.Buffer{}).saveLibraryLast(dir, "a.txt")
	st, _ := state.Open()
	ents, _ := os.ReadDir(filepath.Join(st.Dir, "libraries"))
	if len(ents) != 1 {
		t.Fatalf("libraries: %v", ents)
	}
	p := filepath.Join(st.Dir, "libraries", ents[0].Name())
	os.WriteFile(p, []byte(`{"dir": 5, garbage`), 0o600)
	return p
}

// A damaged memory is ignored: the list starts at the top and says so
// once, in the UI language.
func TestLibraryMemoryCorrupt(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := makeLibrary(t)
	corruptLibraryMemory(t, dir)
	rel, notice := newMemory(options{}, "zh", &bytes.Buffer{}).libraryLast(dir)
	if rel != "" || !strings.Contains(notice, "已损坏") {
		t.Errorf("zh: %q %q", rel, notice)
	}
	s := libraryScreen(t, dir, options{})
	if !strings.Contains(s, "damaged record of the last opened document ignored: ") || strings.Contains(s, "last opened: ") {
		t.Errorf("the list:\n%s", s)
	}
	// Opening a document afterwards replaces the junk.
	mem := newMemory(options{}, "en", &bytes.Buffer{})
	mem.saveLibraryLast(dir, "link.txt")
	if rel, notice := mem.libraryLast(dir); rel != "link.txt" || notice != "" {
		t.Errorf("after saving: %q %q", rel, notice)
	}
}

// --no-resume neither reads the library's memory (a damaged one says
// nothing) nor writes it.
func TestLibraryMemoryNoResume(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := makeLibrary(t)
	p := corruptLibraryMemory(t, dir)
	before, _ := os.ReadFile(p)
	o := options{noResume: true}
	files, _ := findDocuments(dir)
	opt := libraryOptions(dir, files, "en", o, newMemory(o, "en", &bytes.Buffer{}))
	if opt.Last != "" || opt.Notice != "" {
		t.Errorf("--no-resume read the memory: %q %q", opt.Last, opt.Notice)
	}
	newMemory(o, "en", &bytes.Buffer{}).saveLibraryLast(dir, "a.txt")
	if after, _ := os.ReadFile(p); string(after) != string(before) {
		t.Errorf("--no-resume wrote %q", after)
	}
	// Nothing is made in a fresh state directory either.
	fresh := t.TempDir()
	t.Setenv("XDG_STATE_HOME", fresh)
	newMemory(o, "en", &bytes.Buffer{}).saveLibraryLast(dir, "a.txt")
	if ents, _ := os.ReadDir(fresh); len(ents) != 0 {
		t.Errorf("--no-resume made %v", ents)
	}
}

// A state directory that cannot be written is reported once for the
// places and the library together; the library still opens.
func TestLibraryMemoryUnwritable(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a file")
	os.WriteFile(f, nil, 0o600)
	t.Setenv("XDG_STATE_HOME", f)
	dir := makeLibrary(t)
	var errs bytes.Buffer
	mem := newMemory(options{}, "en", &errs)
	mem.saveLibraryLast(dir, "a.txt")
	mem.save(state.Key([]byte("文档")), "x.txt", ui.Place{Offset: 1})
	mem.saveLibraryLast(dir, "a.txt")
	if n := strings.Count(errs.String(), "cannot remember"); n != 1 {
		t.Errorf("reported %d times: %q", n, errs.String())
	}
	if s := libraryScreen(t, dir, options{}); !strings.Contains(s, "a.txt") {
		t.Errorf("the list:\n%s", s)
	}
}

// reverseSGR finds reverse video in an SGR sequence as tmux's capture-pane
// -e writes them: the list's selection.
var reverseSGR = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m`)

// TestLibraryRemembersE2E: open the fifth document of a library from its
// list, quit in the reader; wenji DIR again starts with the fifth
// highlighted, scrolled into view (the terminal shows four rows), and says
// so.
func TestLibraryRemembersE2E(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	names := []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"}
	for i, n := range names {
		text := fmt.Sprintf("%s号文件汇编\n\n\n第一篇%s文章\n\n正文。\n", n, n)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d_%s.txt", i+1, n)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stateDir := t.TempDir()
	open := func() *term {
		tm := newTerm(t, 100, 8, fmt.Sprintf("XDG_STATE_HOME=%s LANG=en_US.UTF-8 %s %s", stateDir, bin, dir))
		tm.waitText("8 documents") // parsed
		return tm
	}
	// The selected row of the list: the one drawn in reverse video.
	selected := func(tm *term) string {
		ls := lines(tm.tmux("capture-pane", "-p", "-e"))
		var rows []string
		for _, l := range ls[3 : len(ls)-1] {
			if reverseSGR.MatchString(l) {
				rows = append(rows, ansi.Strip(l))
			}
		}
		if len(rows) != 1 {
			t.Fatalf("%d rows selected: %q", len(rows), rows)
		}
		return rows[0]
	}

	tm := open()
	if s := selected(tm); !strings.Contains(s, "01_甲.txt") {
		t.Fatalf("first run: %q selected", s)
	}
	tm.keys("Down", "Down", "Down", "Down")
	tm.waitFor("the fifth selected", func(string) bool { return strings.Contains(selected(tm), "05_戊.txt") })
	tm.keys("Enter")
	tm.waitText("第一篇戊文章")
	tm.keys("q")
	libs := filepath.Join(stateDir, "wenji", "libraries")
	ents, _ := os.ReadDir(libs)
	for range 100 {
		if len(ents) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond) // the program saves as it exits
		ents, _ = os.ReadDir(libs)
	}
	if len(ents) != 1 {
		t.Fatalf("state files: %v", ents)
	}

	tm = open()
	s := tm.waitText("last opened: 05_戊.txt")
	tm.checkWidths(s)
	if sel := selected(tm); !strings.Contains(sel, "戊号文件汇编") || !strings.Contains(sel, "05_戊.txt") {
		t.Errorf("reopened: %q selected:\n%s", sel, s)
	}
	// Enter opens it.
	tm.keys("Enter")
	tm.waitText("第一篇戊文章")
}
