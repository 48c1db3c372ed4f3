package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

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

// TestEditorEndKeepsEditE2E: wenji told to end while the basket page's
// editor runs keeps what the writer saved in the editor: SIGTERM (which
// Bubble Tea dropped while the editor had the terminal: wenji ran on after
// it) ends wenji once the editor is done, and the terminal closed (tmux
// kill-session, which ends the editor too) ends both; the excerpt has the
// text the editor wrote and no temporary file is left. Each lost the
// edit, the file left in $TMPDIR. The nano cases' editor ends as nano
// does on SIGHUP and SIGTERM: its buffer, changed since the save, written
// to FILE.save, and status 1 (vim's :cq status), which gave the edit up;
// FILE.save is the writer's latest text and the edit.
func TestEditorEndKeepsEditE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	for _, how := range []string{"TERM", "HUP", "TERM nano", "HUP nano"} {
		t.Run(how, func(t *testing.T) {
			dataDir, tmp, ctl := t.TempDir(), t.TempDir(), t.TempDir()
			nano := strings.HasSuffix(how, " nano")
			how, _, _ := strings.Cut(how, " ")
			want := "编辑器里改过\n"
			// The editor saves its change (vim's :w), says so, and waits
			// to be told to end (or for the hang-up).
			editor := ctl + "/editor"
			script := "#!/bin/sh\nprintf '%s\\n' '编辑器里改过' >> \"$1\"\n"
			if nano {
				want = "编辑器里改过\n又打的字\n"
				script += "trap '{ cat \"$1\"; echo 又打的字; } > \"$1.save\"; exit 1' HUP TERM\necho $$ > " + ctl + "/pid\n"
			}
			script += ": > " + ctl + "/ready\n"
			if how == "HUP" {
				// nano and vim read the terminal, and end when the read
				// fails: the closed terminal need not signal them (vim
				// says it cannot read its input and exits 1). An editor
				// that did not read it waited out its loop, 30 s.
				script += "while read x; do :; done\n"
				if nano {
					script += "{ cat \"$1\"; echo 又打的字; } > \"$1.save\"\n"
				}
				script += "exit 1\n"
			} else {
				script += "i=0; while [ ! -e " + ctl + "/go ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done\n"
			}
			if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
				t.Fatal(err)
			}
			tm := newTerm(t, 100, 30, fmt.Sprintf("XDG_DATA_HOME=%s TMPDIR=%s EDITOR=%s exec %s '%s'", dataDir, tmp, editor, bin, seed))
			tm.waitText("│")
			tm.keys("}", "a")
			tm.waitText("Added to basket (1)")
			tm.keys("B")
			tm.waitText("Basket")
			tm.keys("e")
			for i := 0; ; i++ {
				if _, err := os.Stat(ctl + "/ready"); err == nil {
					break
				} else if i > 200 {
					t.Fatal("the editor never ran")
				}
				time.Sleep(50 * time.Millisecond)
			}
			if how == "TERM" {
				signalWenji(t, tm, syscall.SIGTERM)
				time.Sleep(300 * time.Millisecond)
				if nano { // the editor told to end too (kill -TERM -PGID)
					b, _ := os.ReadFile(ctl + "/pid")
					pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
					if err != nil {
						t.Fatal(err)
					}
					syscall.Kill(pid, syscall.SIGTERM)
				} else {
					os.WriteFile(ctl+"/go", nil, 0o644) // the writer quits the editor
				}
			} else {
				tm.tmux("kill-session")
			}
			if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || (st[0] != 0 && (how == "TERM" || st[0] != 1)) {
				t.Fatalf("after %s: exit %v, %v", how, st, err)
			}
			b, err := basket.Open(dataDir + "/wenji/basket.json")
			if err != nil {
				t.Fatal(err)
			}
			if l := b.List(); len(l) != 1 || !strings.HasSuffix(l[0].Text, want) {
				var ends []string
				for _, e := range l {
					r := []rune(e.Text)
					ends = append(ends, string(r[max(0, len(r)-20):]))
				}
				t.Errorf("after %s: the basket's excerpts end %q, want the editor's change", how, ends)
			}
			if left, _ := filepath.Glob(tmp + "/wenji-excerpt-*"); len(left) > 0 {
				t.Errorf("after %s: %q left", how, left)
			}
		})
	}
}
