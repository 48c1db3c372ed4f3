package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/internal/bench/tmuxtool"
)

// TestHangupSavesE2E: the terminal closed under the reader (tmux
// kill-session sends SIGHUP, as closing a window does) saves the place
// and the marks as q does: the next run opens where the first was, with
// its mark. Without the handler Go's default for SIGHUP killed wenji with
// nothing saved.
func TestHangupSavesE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	stateDir := t.TempDir()
	cmd := fmt.Sprintf("XDG_STATE_HOME=%s %s '%s'", stateDir, bin, seed)
	tm := newTerm(t, 100, 30, cmd)
	tm.waitText("│")
	tm.keys("2", "0", "j", "m", "q")
	top := readerTop(tm.settle())
	tm.tmux("kill-session")
	st, err := tmuxtool.WaitRuns(tm.runs, exitBound)
	if err != nil || len(st) != 1 || (st[0] != 0 && st[0] != 1) {
		t.Fatalf("after the hang-up: exit %v, %v", st, err)
	}
	b, offset, marks := savedDoc(t, stateDir)
	if offset == 0 || marks["q"] != offset {
		t.Fatalf("saved %s; want the place and mark q there", b)
	}
	again := newTerm(t, 100, 30, cmd)
	if got := readerTop(again.waitFor("the reader", func(s string) bool { return strings.Contains(s, "│") })); got != top {
		t.Errorf("reopened at %q, left at %q", got, top)
	}
	again.keys("g", "g", "'", "q")
	if got := readerTop(again.settle()); got != top {
		t.Errorf("'q went to %q, the mark was at %q", got, top)
	}
	again.quit("q")
}

// TestHangupLibraryE2E: the terminal closed while a library's document is
// open saves which document it was: the next run says so.
func TestHangupLibraryE2E(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	for i, n := range []string{"甲", "乙", "丙"} {
		text := fmt.Sprintf("%s号文件汇编\n\n\n第一篇%s文章\n\n正文。\n", n, n)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d_%s.txt", i+1, n)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stateDir := t.TempDir()
	cmd := fmt.Sprintf("XDG_STATE_HOME=%s LANG=en_US.UTF-8 %s %s", stateDir, bin, dir)
	tm := newTerm(t, 100, 8, cmd)
	tm.waitText("3 documents")
	tm.keys("Down", "Down", "Enter")
	tm.waitText("第一篇丙文章")
	tm.tmux("kill-session")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || (st[0] != 0 && st[0] != 1) {
		t.Fatalf("after the hang-up: exit %v, %v", st, err)
	}
	again := newTerm(t, 100, 8, cmd)
	again.waitText("last opened: 03_丙.txt")
	again.quit("q") // the list browsed: q quits, as in less
}

// TestHangupUnsignalledE2E: the terminal gone with no SIGHUP reaching
// wenji. tmux kill-server closes the pane's terminal without signalling
// the pane; the kernel signals the session's leader only, here the
// harness's shell, which traps it (as nohup or a wrapper would). wenji
// saw end of input and ran on with no terminal for ever; it now finds its
// terminal hung up, saves the place and ends with 0.
func TestHangupUnsignalledE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	stateDir := t.TempDir()
	// exec: the harness's wrapper, which traps SIGHUP, is the session's
	// leader; a leader that died of it would have the kernel signal wenji.
	cmd := fmt.Sprintf("exec env XDG_STATE_HOME=%s %s '%s'", stateDir, bin, seed)
	tm := newTerm(t, 100, 30, cmd)
	tm.waitText("│")
	tm.keys("2", "0", "j")
	tm.settle()
	tm.tmux("kill-server")
	st, err := tmuxtool.WaitRuns(tm.runs, exitBound)
	if err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("after the terminal went: exit %v, %v", st, err)
	}
	if b, offset, _ := savedDoc(t, stateDir); offset == 0 {
		t.Fatalf("saved %s; want the place", b)
	}
}

// savedDoc reads the one document state file under stateDir (XDG_STATE_HOME):
// its bytes, the place and the marks; the test fails unless there is
// exactly one.
func savedDoc(t *testing.T, stateDir string) (raw []byte, offset int, marks map[string]int) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(stateDir, "wenji", "docs", "*.json"))
	if len(files) != 1 {
		t.Fatalf("state files %v, want one", files)
	}
	raw, _ = os.ReadFile(files[0])
	var d struct {
		Offset int            `json:"offset"`
		Marks  map[string]int `json:"marks"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("state %s: %v", raw, err)
	}
	return raw, d.Offset, d.Marks
}
