package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
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

// Without a terminal, wenji DIR lists the documents' paths; --outline and
// the like still take one document.
func TestLibraryCLI(t *testing.T) {
	dir := makeLibrary(t)
	code, out, errOut := cli(t, "", dir)
	if code != 0 || strings.Count(out, "\n") != 6 || !strings.Contains(out, filepath.Join(dir, "sub", "b.md")) || errOut != "" {
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
	count := "1/6" // the filter's count: 1 of the library's documents
	if seed, err := os.ReadFile(seedPath); err == nil {
		os.WriteFile(filepath.Join(dir, "sub", "主题教育.txt"), seed, 0o644)
		count = "1/7"
	}
	tm := newTerm(t, 100, 24, fmt.Sprintf("LANG=en_US.UTF-8 %s %s", bin, dir))
	tm.waitText("a.txt")
	s := tm.waitText("甲汇编")
	tm.checkWidths(s)
	tm.tmux("send-keys", "-l", "丙") // a Han character typed in the list filters
	// The list's count, not the "…/001/" of the temp directory's path.
	s = tm.waitFor("the filter", func(s string) bool {
		return strings.Contains(s, "丙页面") && !strings.Contains(s, "甲汇编")
	})
	if !strings.Contains(s, count) {
		t.Fatalf("filter 丙: no count %s:\n%s", count, s)
	}
	tm.keys("Enter", "Enter") // the filter kept, then its document opened
	s = tm.waitText("c.HTML") // the reader's status bar
	tm.waitFor("the reader", func(s string) bool { return strings.Contains(s, "│") || !strings.Contains(s, "1/") })
	tm.keys("Escape")
	s = tm.waitFor("the list as it was", func(s string) bool {
		return strings.Contains(s, "filter 丙") && strings.Contains(s, count) && !strings.Contains(s, "│")
	})
	tm.keys("BSpace")
	tm.waitFor("the whole list", func(s string) bool { return strings.Contains(s, "甲汇编") })
	// Library search: /, results, Enter opens at the hit with the query
	// active.
	tm.keys("Escape", "/")
	tm.waitText("search all /") // "/页面" in one read: TestLibraryKeysInOneReadE2E
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
		tm.tmux("send-keys", "-l", "f@ztjy")
		tm.waitText("主题教育.txt")
		tm.keys("Enter", "Enter")
		// The reader, not the list's row of the same title: keys sent
		// while the document loads go to the filter.
		tm.waitFor("the reader", func(s string) bool { return strings.Contains(s, "2023主题教育") && strings.Contains(s, "│") })
		tm.keys("}", "}")
		s = tm.settle()
		top := readerTop(s)
		tm.keys("Escape")
		tm.waitText("@ztjy")
		tm.keys("Enter")
		tm.waitFor("the place left", func(s string) bool { return readerTop(s) == top })
	}
	tm.quit("q")
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
	tm.quit("q")
	libs := filepath.Join(stateDir, "wenji", "libraries")
	ents, _ := os.ReadDir(libs)
	for deadline := time.Now().Add(exitBound); len(ents) == 0 && time.Now().Before(deadline); {
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
