package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
	want := "a.txt link.txt sub/b.md sub/deeper/c.HTML"
	if strings.Join(rels, " ") != want {
		t.Errorf("found %q, want %q", rels, want)
	}
	if _, err := findDocuments(filepath.Join(dir, "none")); err == nil {
		t.Error("a missing directory is no error")
	}
}

// Without a terminal, wenji DIR lists the documents' paths; --outline and
// the like still take one document.
func TestLibraryCLI(t *testing.T) {
	dir := makeLibrary(t)
	code, out, errOut := cli(t, "", dir)
	if code != 0 || strings.Count(out, "\n") != 4 || !strings.Contains(out, filepath.Join(dir, "sub", "b.md")) || errOut != "" {
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
	if seed, err := os.ReadFile(seedPath); err == nil {
		os.WriteFile(filepath.Join(dir, "sub", "主题教育.txt"), seed, 0o644)
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
	if !strings.Contains(s, "1/5") {
		t.Fatalf("filter 丙: no count 1/5:\n%s", s)
	}
	tm.keys("Enter")
	s = tm.waitText("c.HTML") // the reader's status bar
	tm.waitFor("the reader", func(s string) bool { return strings.Contains(s, "│") || !strings.Contains(s, "1/") })
	tm.keys("Escape")
	s = tm.waitFor("the list as it was", func(s string) bool {
		return strings.Contains(s, "filter 丙") && strings.Contains(s, "1/5") && !strings.Contains(s, "│")
	})
	tm.keys("BSpace")
	tm.waitFor("the whole list", func(s string) bool { return strings.Contains(s, "甲汇编") })
	// Library search: / with the filter empty, results, Enter opens at
	// the hit with the query active.
	tm.keys("C-u", "/")
	tm.tmux("send-keys", "-l", "页面")
	s = tm.waitText("1 hits in 1 documents")
	tm.checkWidths(s)
	tm.keys("Down", "Enter")
	tm.waitText("1/1")
	tm.keys("Escape", "Escape")
	tm.waitText("1 hits in 1 documents")
	tm.keys("Escape")
	tm.waitText("a.txt")
	if _, err := os.Stat(seedPath); err == nil {
		tm.tmux("send-keys", "-l", "@ztjy")
		tm.waitText("主题教育.txt")
		tm.keys("Enter")
		tm.waitText("2023主题教育")
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
