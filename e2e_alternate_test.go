package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/internal/bench/tmuxtool"
)

// TestAlternateE2E: Ctrl-^ as a terminal sends it (0x1E) goes back from
// the document the basket page opened to the one read before, and again
// to the other: wenji FILE had no way back to FILE.
func TestAlternateE2E(t *testing.T) {
	seed := seedOrSkip(t)
	dir := t.TempDir()
	first, other := filepath.Join(dir, "first.txt"), filepath.Join(dir, "other.txt")
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(other, b, 0o644)
	os.WriteFile(first, []byte("关于做好春耕生产工作的通知\n\n一、总体要求\n\n坚持稳中求进工作总基调。\n"), 0o644)
	bin := binary(t)
	tm := newTerm(t, 100, 24, fmt.Sprintf("%s '%s'; %s '%s'", bin, other, bin, first))
	tm.waitText("│")
	tm.keys("]", "a")
	tm.waitText("Added to basket (1)")
	tm.quit("q")
	tm.waitText("关于做好春耕生产工作的通知")
	tm.keys("B")
	tm.waitText("Basket")
	tm.keys("Enter")
	tm.waitFor("other.txt in the status bar", func(s string) bool { return strings.Contains(lastLine(s), "other.txt") })
	tm.keys("C-^")
	tm.waitFor("first.txt back", func(s string) bool { return strings.Contains(lastLine(s), "first.txt") })
	tm.keys("C-^")
	tm.waitFor("other.txt again", func(s string) bool { return strings.Contains(lastLine(s), "other.txt") })
	tm.quit("q")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 2 || st[1] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
}

// lastLine is the screen's last non-blank line: the status bar.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n "), "\n")
	return lines[len(lines)-1]
}
