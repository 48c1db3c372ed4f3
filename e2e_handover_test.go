package main

import (
	"fmt"
	"strings"
	"testing"

	"wenji/internal/bench/tmuxtool"
)

// TestExcerptOfSameDocumentKeepsMarksE2E: a mark set, then an excerpt of
// the same document opened from the basket page: the reader it opens has
// the mark ('e goes there), does not say it is back where it was left,
// and q saves the mark. Before, the new reader started from the marks
// saved before the session and the mark was lost.
func TestExcerptOfSameDocumentKeepsMarksE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	stateDir := t.TempDir()
	cmd := fmt.Sprintf("LANG=en_US.UTF-8 XDG_STATE_HOME=%s XDG_DATA_HOME=%s XDG_CACHE_HOME=%s %s '%s'", stateDir, t.TempDir(), t.TempDir(), bin, seed)
	tm := newTerm(t, 100, 30, cmd)
	tm.waitText("│")
	tm.keys("}", "a")
	tm.waitText("Added to basket (1)")
	tm.keys("4", "0", "j", "m", "e")
	tm.waitText("mark e set")
	top := readerTop(tm.settle())
	tm.keys("B")
	tm.waitText("Basket · 1 excerpt")
	tm.keys("Enter")
	s := tm.waitFor("the excerpt opened", func(s string) bool { return strings.Contains(s, "│") && readerTop(s) != top })
	if strings.Contains(s, "left off") {
		t.Errorf("opened at the excerpt, says it is back where it was left:\n%s", s)
	}
	tm.keys("'", "e")
	if s := tm.settle(); strings.Contains(s, "no mark e") || readerTop(s) != top {
		t.Errorf("'e in the excerpt's reader went to %q, the mark is at %q:\n%s", readerTop(s), top, s)
	}
	tm.quit("q")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
	if m := savedMarks(stateDir); m["e"] == 0 {
		t.Errorf("mark e not saved on q: %v", m)
	}
}
