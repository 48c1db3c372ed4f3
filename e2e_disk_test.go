package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/internal/basket"
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
	tm.keys("m", "a", "C-d")
	s := tm.waitFor("below the third article's heading", func(s string) bool {
		return !strings.HasPrefix(readerTop(s), third)
	})
	s = tm.settle()
	for i := 0; readerTop(s) == "" && i < 3; i++ { // a blank row between paragraphs: a line of text on top
		tm.keys("j")
		s = tm.settle()
	}
	top := readerTop(s)
	if top == "" || strings.HasPrefix(top, third) {
		t.Fatalf("no line of text below the heading on top:\n%s", s)
	}

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
	tm.quit("q")

	// Back, and never written: the only file there is the one the
	// test wrote, removed.
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("files left in the folder: %v", ents)
	}
	if got, _ := os.ReadFile(seed); !bytes.Equal(got, b) {
		t.Error("the seed changed")
	}
}

// TestExcerptSourceGoneE2E: an excerpt taken from a file that is then
// deleted opens, from the basket page of a reader of another file, as
// the basket keeps it, with the cause said; the basket keeps it.
func TestExcerptSourceGoneE2E(t *testing.T) {
	seed := seedOrSkip(t)
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	dir, data := t.TempDir(), t.TempDir()
	src := filepath.Join(dir, "将删除.txt")
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(src, b, 0o644)
	os.WriteFile(other, []byte("某县工作总结\n\n一、总体情况\n\n今年以来，全县上下认真贯彻落实各项决策部署，经济社会发展稳中有进。\n"), 0o644)
	tm := newTerm(t, 100, 30, fmt.Sprintf("XDG_DATA_HOME=%s %s '%s'", data, binary(t), src))
	tm.waitText("│")
	tm.keys("}", "a")
	tm.waitText("Added to basket (1)")
	tm.quit("q")
	list := waitBasket(t, data, "the excerpt", func(l []basket.Excerpt) bool { return len(l) == 1 })
	if err := os.Remove(src); err != nil {
		t.Fatal(err)
	}
	tm2 := newTerm(t, 100, 30, fmt.Sprintf("XDG_DATA_HOME=%s %s '%s'", data, binary(t), other))
	tm2.waitText("某县工作总结")
	tm2.keys("B")
	tm2.waitText(list[0].Heading)
	tm2.keys("Enter")
	s := tm2.waitText("source gone")
	first := []rune(strings.TrimSpace(strings.SplitN(list[0].Text, "\n", 3)[1]))[:12]
	if !strings.Contains(s, string(first)) {
		t.Errorf("the kept excerpt is not shown (want %q):\n%s", first, s)
	}
	tm2.keys("C-^")
	tm2.waitText("全县上下认真贯彻落实")
	tm2.quit("q")
	if l := basketAt(t, data); len(l) != 1 {
		t.Errorf("the basket holds %d excerpts", len(l))
	}
}
