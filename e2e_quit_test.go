package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"wenji/internal/basket"
	"wenji/internal/bench/tmuxtool"
)

// TestQuitPathsKeepE2E: whatever ends wenji (q, less's Q and ZZ, Ctrl-C, SIGTERM from kill,
// SIGHUP from a closed terminal), the place, the mark and the excerpts
// typed just before, in the order typed, are there afterwards: nothing
// the user made is lost.
func TestQuitPathsKeepE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	for _, how := range []string{"q", "Q", "ZZ", "C-c", "TERM", "HUP"} {
		t.Run(how, func(t *testing.T) {
			stateDir, dataDir := t.TempDir(), t.TempDir()
			tm := newTerm(t, 100, 30, fmt.Sprintf("XDG_STATE_HOME=%s XDG_DATA_HOME=%s exec %s '%s'", stateDir, dataDir, bin, seed))
			tm.waitText("│")
			tm.keys("2", "0", "j", "m", "x", "}", "a", "}", "a")
			switch how {
			case "q", "Q", "C-c":
				tm.keys(how)
			case "ZZ":
				tm.keys("Z", "Z")
			case "TERM", "HUP":
				// A signal is out of band: keys still in the terminal's
				// buffer, unread on a loaded machine, were never made. Wait
				// until wenji has read the last one (the second add).
				tm.waitText("Added to basket (2)")
				signalWenji(t, tm, map[string]syscall.Signal{"TERM": syscall.SIGTERM, "HUP": syscall.SIGHUP}[how])
			}
			if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
				t.Fatalf("after %s: exit %v, %v", how, st, err)
			}
			if marks := savedMarks(stateDir); marks["x"] == 0 {
				t.Errorf("after %s: marks %v, want x", how, marks)
			}
			b, err := basket.Open(dataDir + "/wenji/basket.json")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range b.List() {
				got = append(got, e.Heading)
			}
			if len(got) != 2 || !strings.HasPrefix(got[0], "发挥") || !strings.HasPrefix(got[1], "坚持以党") {
				t.Errorf("after %s: basket %q, want the two articles in the order added", how, got)
			}
		})
	}
}

// signalWenji sends sig to the wenji running in tm's pane (the program
// under the recording wrapper), as kill does.
func signalWenji(t *testing.T, tm *term, sig syscall.Signal) {
	t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(tm.tmux("display-message", "-p", "#{pane_pid}")))
	if err != nil {
		t.Fatal(err)
	}
	for todo := []int{pid}; len(todo) > 0; {
		p := todo[0]
		todo = todo[1:]
		if comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", p)); strings.TrimSpace(string(comm)) == "wenji-real" {
			if err := syscall.Kill(p, sig); err != nil {
				t.Fatal(err)
			}
			return
		}
		out, _ := exec.Command("pgrep", "-P", strconv.Itoa(p)).Output()
		for _, f := range strings.Fields(string(out)) {
			if c, err := strconv.Atoi(f); err == nil {
				todo = append(todo, c)
			}
		}
	}
	t.Fatal("no wenji process under the pane")
}
