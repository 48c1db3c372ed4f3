package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/internal/bench/tmuxtool"
)

// TestNarrowOutlineKeptE2E: on a terminal under 60 columns the outline is
// folded away and o shows it; quit and reopen there, the pane is shown
// again as the user left it (it was lost with the run). view.json says
// so, the other toggles kept.
func TestNarrowOutlineKeptE2E(t *testing.T) {
	bin := binary(t)
	stateDir := t.TempDir()
	open := func() *term {
		return newTerm(t, 50, 16, fmt.Sprintf("XDG_STATE_HOME=%s %s testdata/sample.txt", stateDir, bin))
	}
	tm := open()
	s := tm.waitText("以“小网格”")
	if strings.Contains(s, "│") {
		t.Fatalf("the outline is shown at 50 columns before o:\n%s", s)
	}
	tm.keys("o")
	tm.waitText("│")
	tm.quit("q")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
	// The view is saved before the program exits.
	b, _ := os.ReadFile(filepath.Join(stateDir, "wenji", "view.json"))
	if !strings.Contains(string(b), `"narrow": true`) {
		t.Fatalf("view.json after o at 50 columns: %q", b)
	}
	tm = open()
	tm.waitText("│")
}
