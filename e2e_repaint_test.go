package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRepaintE2E: Ctrl-L draws the screen again whole, as in less and
// vim, over text something else wrote on it (a background job): Bubble
// Tea redraws only the lines it changes and left the text standing, in
// the reader and in the library alike.
func TestRepaintE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	for _, target := range []string{seed, filepath.Dir(seed)} {
		go_ := filepath.Join(t.TempDir(), "go")
		// The job writes once the test says so: after the first frame.
		cmd := fmt.Sprintf("(while [ ! -e '%s' ]; do sleep 0.02; done; printf 'STRAY-OUTPUT') & exec %s '%s'", go_, bin, target)
		tm := newTerm(t, 100, 30, cmd)
		tm.waitFor("the first frame", func(s string) bool { return strings.Contains(s, "│") || strings.Contains(s, "000_") })
		if err := os.WriteFile(go_, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		tm.waitText("STRAY-OUTPUT")
		tm.keys("C-l")
		tm.waitFor("the screen drawn again", func(s string) bool { return !strings.Contains(s, "STRAY-OUTPUT") })
		tm.quit("C-c")
	}
}
