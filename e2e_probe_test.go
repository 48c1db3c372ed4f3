package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

// drawnWidth measures s as tmux draws it: East Asian Ambiguous characters
// one column wide, whatever the locale wenji runs in.
func drawnWidth(s string) int {
	c := runewidth.NewCondition()
	c.EastAsianWidth = false
	return c.StringWidth(s)
}

// TestAmbiguousProbeE2E: under a Chinese locale, where the locale alone
// would have “”…—① two columns wide, wenji asks the terminal; tmux draws
// them in one, so the outline's divider stands in one column on every
// line, and no line is wider than the pane. The library's columns line up
// the same way. Quitting leaves nothing of the question on the screen.
func TestAmbiguousProbeE2E(t *testing.T) {
	bin := binary(t)
	sample, err := filepath.Abs("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	const w, h = 100, 30
	tm := newTerm(t, w, h, fmt.Sprintf("echo BEFORE; env LANG=zh_CN.UTF-8 %s %s; echo AFTER; sleep 30", bin, sample))
	s := tm.waitFor("the first frame", func(s string) bool {
		ls := lines(s)
		// The status bar (in Chinese: the locale is Chinese) and a full outline.
		return len(ls) == h && strings.Contains(ls[h-1], "sample.txt") && strings.Contains(s, "坚持共建共治")
	})
	tm.checkWidths(s)
	ls := lines(s)
	col := -1
	for i, l := range ls[:h-1] { // the status bar has no divider
		j := strings.Index(l, "│")
		if j < 0 {
			t.Fatalf("line %d has no divider: %q\n%s", i+1, l, s)
		}
		c := drawnWidth(l[:j])
		if col < 0 {
			col = c
		}
		if c != col {
			t.Errorf("line %d: the divider at column %d, line 1's at %d: %q", i+1, c, col, l)
		}
	}
	if !strings.Contains(s, "“") {
		t.Errorf("no “ on screen: the test shows nothing:\n%s", s)
	}

	tm.quit("q")
	s = tm.waitText("AFTER")
	ls = lines(s)
	if len(ls) < 2 || ls[0] != "BEFORE" || ls[1] != "AFTER" || strings.TrimSpace(strings.Join(ls[2:], "")) != "" {
		t.Errorf("the screen after quitting is not the shell's BEFORE and AFTER alone:\n%q", s)
	}

	// The library: its columns are right-aligned up to the last (the
	// number of articles), so every row ends in one column.
	dir := t.TempDir()
	for name, src := range map[string]string{"样例“文集”.txt": sample, "plain.txt": "testdata/compilation.txt"} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	tm = newTerm(t, w, 12, fmt.Sprintf("env LANG=zh_CN.UTF-8 %s %s", bin, dir))
	s = tm.waitFor("both documents parsed", func(s string) bool {
		return strings.Contains(s, "2024年基层治理与作风建设") && strings.Contains(s, "2024年基层治理经验材料")
	})
	tm.checkWidths(s)
	var ends []int
	for _, l := range lines(s) {
		if strings.Contains(l, ".txt") {
			ends = append(ends, drawnWidth(strings.TrimRight(l, " ")))
		}
	}
	if len(ends) != 2 || ends[0] != ends[1] {
		t.Errorf("the rows end in columns %v:\n%s", ends, s)
	}
}

// TestStdinTerminalE2E: wenji - with the terminal as standard input says
// so, in the locale's language, and exits 1 instead of waiting for a
// document to be typed.
func TestStdinTerminalE2E(t *testing.T) {
	bin := binary(t)
	for _, c := range []struct{ lang, want string }{
		{"C.UTF-8", "wenji: -: standard input is a terminal; pipe a file in or name one"},
		{"zh_CN.UTF-8", "wenji: -: 标准输入是终端，请用管道传入文件或给出文件名"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			tm := newTerm(t, 100, 10, fmt.Sprintf("env LANG=%s %s -; echo EXIT=$?; sleep 30", c.lang, bin))
			tm.expectExit(1)
			s := tm.waitText("EXIT=")
			ls := lines(s)
			if ls[0] != c.want || ls[1] != "EXIT=1" {
				t.Errorf("screen:\n%s\nwant %q, then EXIT=1", s, c.want)
			}
		})
	}
}
