package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"wenji/internal/bench/tmuxtool"
)

// TestKilledKeepsMarksE2E: a mark is saved when it is set, not only on
// quitting: wenji killed with SIGKILL (no handler runs) right after m e
// opens again with the mark there. Before, marks lived in memory until q.
func TestKilledKeepsMarksE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	stateDir := t.TempDir()
	cmd := fmt.Sprintf("XDG_STATE_HOME=%s XDG_DATA_HOME=%s XDG_CACHE_HOME=%s %s '%s'", stateDir, t.TempDir(), t.TempDir(), bin, seed)
	tm := newTerm(t, 100, 30, cmd)
	tm.waitText("│")
	tm.keys("4", "0", "j", "m", "e")
	top := readerTop(tm.settle())
	var marks map[string]int
	deadline := time.Now().Add(exitBound)
	for marks["e"] == 0 && time.Now().Before(deadline) {
		marks = savedMarks(stateDir)
		time.Sleep(50 * time.Millisecond)
	}
	if marks["e"] == 0 {
		t.Fatalf("mark e not saved while wenji runs: %v", marks)
	}
	killWenji(t, tm)
	again := newTerm(t, 100, 30, cmd)
	again.waitText("│")
	again.keys("g", "'", "e")
	if got := readerTop(again.settle()); got != top {
		t.Errorf("'e after the kill went to %q, the mark was at %q", got, top)
	}
	again.quit("q")
}

// savedMarks reads the marks of the one document saved under stateDir.
func savedMarks(stateDir string) map[string]int {
	files, _ := filepath.Glob(filepath.Join(stateDir, "wenji", "docs", "*.json"))
	if len(files) != 1 {
		return nil
	}
	b, _ := os.ReadFile(files[0])
	var d struct {
		Marks map[string]int `json:"marks"`
	}
	json.Unmarshal(b, &d)
	return d.Marks
}

// killWenji sends SIGKILL to the wenji running in tm's pane (the program
// under the pane's shell and the recording wrapper), waits for it to end
// and forgets its run, whose status is the kill's, not a crash.
func killWenji(t *testing.T, tm *term) {
	t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(tm.tmux("display-message", "-p", "#{pane_pid}")))
	if err != nil {
		t.Fatal(err)
	}
	var killed bool
	for todo := []int{pid}; len(todo) > 0 && !killed; {
		p := todo[0]
		todo = todo[1:]
		if comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", p)); strings.TrimSpace(string(comm)) == "wenji-real" {
			killed = syscall.Kill(p, syscall.SIGKILL) == nil
			break
		}
		out, _ := exec.Command("pgrep", "-P", strconv.Itoa(p)).Output()
		for _, f := range strings.Fields(string(out)) {
			if c, err := strconv.Atoi(f); err == nil {
				todo = append(todo, c)
			}
		}
	}
	if !killed {
		t.Fatal("no wenji process under the pane to kill")
	}
	if _, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil {
		t.Fatal(err)
	}
	runs, _ := filepath.Glob(filepath.Join(tm.runs, "run-*"))
	for _, r := range runs {
		os.Remove(r)
	}
}
