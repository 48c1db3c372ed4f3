package main

import (
	"fmt"
	"testing"

	"wenji/internal/bench/tmuxtool"
)

// TestTwoReadersE2E: two readers of one document each set a mark and quit,
// in either order: both marks are kept (each save merges with what the
// other wrote), and the place is the last one's.
func TestTwoReadersE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	for _, order := range []string{"AB", "BA"} {
		t.Run(order, func(t *testing.T) {
			stateDir := t.TempDir()
			open := func() *term {
				tm := newTerm(t, 100, 30, fmt.Sprintf("XDG_STATE_HOME=%s %s '%s'", stateDir, bin, seed))
				tm.waitText("│")
				return tm
			}
			terms := map[byte]*term{'A': open(), 'B': open()}
			terms['A'].keys("}", "m", "a")
			terms['B'].keys("}", "}", "}", "m", "b")
			terms['A'].settle()
			terms['B'].settle()
			for _, who := range []byte(order) {
				tm := terms[who]
				tm.quit("q")
				if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
					t.Fatalf("reader %c: exit %v, %v", who, st, err)
				}
			}
			b, offset, marks := savedDoc(t, stateDir)
			if len(marks) != 2 || marks["a"] == 0 || marks["b"] <= marks["a"] {
				t.Errorf("marks %v:\n%s", marks, b)
			}
			last := map[byte]string{'A': "a", 'B': "b"}[order[1]]
			if offset != marks[last] {
				t.Errorf("place %d, want the last reader's (mark %s at %d)", offset, last, marks[last])
			}
		})
	}
}
