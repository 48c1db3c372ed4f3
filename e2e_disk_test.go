package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFileChangedE2E: the file read is rewritten under the reader, as an
// editor saves it (a new file renamed over the old, an article added at
// the front): the status bar says so within seconds without a key, R
// reads it again with the same words at the top and mark a still on its
// heading; the file removed says so and the text stays. wenji never
// writes the file.
func TestFileChangedE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "汇编.txt")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	tm := newTerm(t, 100, 30, bin+" '"+file+"'")
	tm.waitText("│")
	const third = "坚持以党的创新理论凝心铸魂"
	tm.keys("}", "}", "}")
	tm.waitFor("the third article", func(s string) bool { return strings.HasPrefix(readerTop(s), third) })
	tm.keys("m", "a", "C-d", "j", "j")
	s := tm.waitFor("below the third article's heading", func(s string) bool {
		return readerTop(s) != "" && !strings.HasPrefix(readerTop(s), third)
	})
	s = tm.settle()
	top := readerTop(s)

	// An article added after the title, as an editor writes: a new file
	// renamed into place.
	text := string(b)
	i := strings.Index(text, "\n") + 1
	added := text[:i] + "\n新增的一篇文章标题\n\n这是一篇新加的文章，写在所有文章的前面，有好几段。\n" + strings.Repeat("新增加的内容在这里，一段接一段。\n", 20) + text[i:]
	tmp := filepath.Join(dir, ".tmp")
	if err := os.WriteFile(tmp, []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, file); err != nil {
		t.Fatal(err)
	}
	tm.waitText("file changed on disk — R to reload")
	if readerTop(tm.screen()) != top {
		t.Errorf("the change moved the text before R:\n%s", tm.screen())
	}
	tm.keys("R")
	s = tm.waitText("reloaded")
	if got := readerTop(s); got != top {
		t.Errorf("after R the top is %q, want %q:\n%s", got, top, s)
	}
	if strings.Contains(s, "file changed on disk") {
		t.Errorf("the note stays after R:\n%s", s)
	}
	tm.keys("g", "'", "a")
	tm.waitFor("mark a on its heading in the new text", func(s string) bool { return strings.HasPrefix(readerTop(s), third) })

	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	s = tm.waitText("file gone or unreadable")
	if !strings.Contains(s, third) {
		t.Errorf("the text left the screen when the file went:\n%s", s)
	}
	tm.keys("R")
	tm.waitText("could not reload")
	tm.keys("q")

	// Back, and never written: the only file there is the one the
	// test wrote, removed.
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("files left in the folder: %v", ents)
	}
	if got, _ := os.ReadFile(seed); !bytes.Equal(got, b) {
		t.Error("the seed changed")
	}
}
