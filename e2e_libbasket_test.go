package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/internal/bench/tmuxtool"
)

// TestLibraryBasketE2E: in a document opened from the library, B shows
// the basket page in the same program (it used to point to wenji
// --basket), with the excerpt just added; Esc there gives the document
// back, Esc in the document the list, and Ctrl-c quits cleanly.
func TestLibraryBasketE2E(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	text := "甲号文件汇编\n\n\n第一篇甲文章\n\n正文。\n\n\n第二篇甲文章\n\n再一段正文。\n"
	if err := os.WriteFile(filepath.Join(dir, "甲.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	env := fmt.Sprintf("XDG_DATA_HOME=%s XDG_STATE_HOME=%s XDG_CACHE_HOME=%s LANG=en_US.UTF-8", t.TempDir(), t.TempDir(), t.TempDir())
	tm := newTerm(t, 100, 24, fmt.Sprintf("%s %s %s", env, bin, dir))
	tm.waitText("1 document")
	tm.keys("Enter")
	tm.waitText("│") // the reader, its outline beside the text
	tm.keys("}", "}", "a")
	tm.waitText("Added to basket (1)")
	tm.keys("B")
	s := tm.waitFor("the basket page", func(s string) bool {
		return strings.Contains(s, "Basket") && strings.Contains(s, "第二篇甲文章") && !strings.Contains(s, "│")
	})
	tm.checkWidths(s)
	if strings.Contains(s, "wenji --basket") {
		t.Fatalf("B still points to wenji --basket:\n%s", s)
	}
	tm.keys("Escape")
	tm.waitFor("the document again", func(s string) bool { return strings.Contains(s, "│") && strings.Contains(s, "第二篇甲文章") })
	tm.keys("Escape")
	tm.waitFor("the list", func(s string) bool { return strings.Contains(s, "1 document") && !strings.Contains(s, "│") })
	tm.quit("C-c")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
}

// TestLibraryTabBasketE2E: Tab in the library's list shows the basket
// page with no document open (B too; typed into the filter, it is text), with
// the excerpts of two documents; J moves one, and q comes back to the
// list, under zh_CN as the help and the status line speak it.
func TestLibraryTabBasketE2E(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	for name, text := range map[string]string{
		"甲.txt": "甲号文件汇编\n\n\n第一篇甲文章\n\n正文。\n\n\n第二篇甲文章\n\n再一段正文。\n",
		"乙.txt": "乙号文件汇编\n\n\n第一篇乙文章\n\n正文。\n\n\n第二篇乙文章\n\n再一段正文。\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := fmt.Sprintf("XDG_DATA_HOME=%s XDG_STATE_HOME=%s XDG_CACHE_HOME=%s LANG=zh_CN.UTF-8", t.TempDir(), t.TempDir(), t.TempDir())
	tm := newTerm(t, 100, 24, fmt.Sprintf("%s %s %s", env, bin, dir))
	tm.waitText("B 素材篮")
	for i := range 2 {
		tm.keys("Enter")
		tm.waitText("│")
		tm.keys("}", "}", "a")
		tm.waitText("已加入素材篮")
		tm.keys("Escape")
		tm.waitFor("the list", func(s string) bool { return strings.Contains(s, "2 份文档") && !strings.Contains(s, "│") })
		if i == 0 {
			tm.keys("Down")
		}
	}
	tm.keys("f", "B")
	tm.waitText("筛选 B")
	tm.keys("Escape", "Tab")
	s := tm.waitFor("the basket page", func(s string) bool {
		return strings.Contains(s, "素材篮 · 2 条") && strings.Contains(s, "第二篇甲文章") && strings.Contains(s, "第二篇乙文章")
	})
	tm.checkWidths(s)
	first := func(s string) bool {
		return strings.Index(s, "第二篇甲文章") < strings.Index(s, "第二篇乙文章")
	}
	was := first(s)
	tm.keys("J")
	tm.waitFor("the excerpt moved", func(s string) bool { return first(s) != was })
	tm.keys("q")
	tm.waitFor("the list again", func(s string) bool {
		return strings.Contains(s, "2 份文档") && !strings.Contains(s, "素材篮 · 2 条")
	})
	tm.quit("C-c")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
}
