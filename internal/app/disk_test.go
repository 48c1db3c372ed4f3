package app

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestFindSame: the file with the content key looked for is found, one
// of the same name first; none is "".
func TestFindSame(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) string {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a/报告.txt", "同一篇报告的正文。")
	b := write("b/副本.txt", "同一篇报告的正文。")
	c := write("c/其他.txt", "另一篇。")
	key := fileKey(a)
	ctx := context.Background()
	if got := findSame(ctx, key, "报告.txt", []string{c, b, a}); got != a {
		t.Errorf("same name first: %q, want %q", got, a)
	}
	if got := findSame(ctx, key, "旧名.txt", []string{c, b}); got != b {
		t.Errorf("another name: %q, want %q", got, b)
	}
	if got := findSame(ctx, "no such key", "报告.txt", []string{a, b, c}); got != "" {
		t.Errorf("no match: %q", got)
	}
	// Esc on the basket page cancels the look: it reads no further file.
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	if got := findSame(stopped, key, "报告.txt", []string{c, b, a}); got != "" {
		t.Errorf("a cancelled look found %q", got)
	}
	if got := findSame(stopped, key, "旧名.txt", []string{c, b}); got != "" {
		t.Errorf("a cancelled look found %q among other names", got)
	}
}

// TestStatFile: a file's stamp changes with its size or time; a file
// gone or made unreadable is an error, as is a FIFO, never opened.
func TestStatFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(p, []byte("一"), 0o644)
	s1, err := statFile(p, "en")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, []byte("一二"), 0o644)
	os.Chtimes(p, time.Now(), s1.Mod.Add(time.Second))
	if s2, err := statFile(p, "en"); err != nil || s2 == s1 {
		t.Errorf("a changed file has the same stamp: %v %v", s2, err)
	}
	os.Remove(p)
	if _, err := statFile(p, "en"); err == nil {
		t.Error("a removed file has a stamp")
	}
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		if _, err := statFile(fifo, "en"); err == nil {
			t.Error("a FIFO has a stamp")
		}
	}
}

// TestFindNear: a file renamed in its folder is found by its content;
// one in the folder of the document read too; a hidden file is not.
func TestFindNear(t *testing.T) {
	docs, here := t.TempDir(), t.TempDir()
	old := filepath.Join(docs, "旧名.txt")
	renamed := filepath.Join(docs, "新名.txt")
	os.WriteFile(renamed, []byte("同一篇报告的正文。"), 0o644)
	key := fileKey(renamed)
	ctx := context.Background()
	if got := findNear(ctx, key, old, filepath.Join(here, "a.txt")); got != renamed {
		t.Errorf("renamed in its folder: %q", got)
	}
	moved := filepath.Join(here, "挪过来.txt")
	os.Rename(renamed, moved)
	if got := findNear(ctx, key, old, filepath.Join(here, "a.txt")); got != moved {
		t.Errorf("beside the document read: %q", got)
	}
	// Standard input's reader: the working directory is not its folder.
	t.Chdir(here)
	if got := findNear(ctx, key, old, "-"); got != "" {
		t.Errorf("here standard input: the working directory was read: %q", got)
	}
	os.Rename(moved, filepath.Join(here, ".hidden.txt"))
	if got := findNear(ctx, key, old, filepath.Join(here, "a.txt")); got != "" {
		t.Errorf("a hidden file: %q", got)
	}
}
