package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wenji/internal/bench/tmuxtool"
)

// TestFinishChecksExit: the harness's finish waits for a program told to
// quit until it ends (exitBound at most), and fails the test on any status
// but 0 or one the test expects; a program left running is hung up on and
// its status looked at too. It gave a program told to quit a second, then
// hung up, and never looked at the status of one still running then: a
// crash on the way out after that second passed. A fake wenji under the
// same recording wrapper plays each case (the shell's exit 2 stands for
// Go's panic status).
func TestFinishChecksExit(t *testing.T) {
	if raceOn {
		t.Skip("-race: the tmux tests run in the full pass")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	fake := filepath.Join(t.TempDir(), "fake")
	if err := tmuxtool.Wrap(fake, "/bin/sh"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, script string
		quit         bool
		expect       []int
		want         string // in the one problem reported; "" for none
		ready        string // what the fake prints once it waits; "" for none
	}{
		{"crash after a slow quit", "read x; sleep 1.5; exit 2", true, nil, "status 2: a panic", ""},
		{"slow clean quit", "read x; sleep 1.5; exit 0", true, nil, "", ""},
		{"failure expected", "read x; exit 1", true, []int{1}, "", ""},
		{"failure not expected", "read x; exit 1", true, nil, "exited with status 1", ""},
		{"left running, killed by the hang-up", "sleep 30", false, nil, "killed by signal 1", ""},
		// A hang-up before the trap is set kills the shell (status
		// "killed by signal 1"): the trap is waited for.
		{"left running, ends on the hang-up", `trap "exit 0" HUP; echo trapped; while :; do sleep 0.05; done`, false, nil, "", "trapped"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tm := newTerm(t, 40, 5, fake+" -c '"+c.script+"'")
			tm.expectExit(c.expect...)
			// The shell is waiting once it is recorded as running.
			for deadline := time.Now().Add(exitBound); ; time.Sleep(10 * time.Millisecond) {
				if _, running, _ := tmuxtool.Runs(tm.runs); running > 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("the fake never started")
				}
			}
			if c.ready != "" {
				tm.waitText(c.ready)
			}
			if c.quit {
				tm.quit("q", "Enter")
			}
			got := tm.end()
			switch {
			case c.want == "" && len(got) != 0:
				t.Errorf("problems %q, want none", got)
			case c.want != "" && (len(got) != 1 || !strings.Contains(got[0], c.want)):
				t.Errorf("problems %q, want one saying %q", got, c.want)
			}
		})
	}
}
