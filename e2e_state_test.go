package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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
			files, _ := filepath.Glob(filepath.Join(stateDir, "wenji", "docs", "*.json"))
			if len(files) != 1 {
				t.Fatalf("state files %v", files)
			}
			b, _ := os.ReadFile(files[0])
			var d struct {
				Offset int            `json:"offset"`
				Marks  map[string]int `json:"marks"`
			}
			if err := json.Unmarshal(b, &d); err != nil || len(d.Marks) != 2 || d.Marks["a"] == 0 || d.Marks["b"] <= d.Marks["a"] {
				t.Errorf("marks %v (%v):\n%s", d.Marks, err, b)
			}
			last := map[byte]string{'A': "a", 'B': "b"}[order[1]]
			if d.Offset != d.Marks[last] {
				t.Errorf("place %d, want the last reader's (mark %s at %d)", d.Offset, last, d.Marks[last])
			}
		})
	}
}
