package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestSuspendE2E: Ctrl-z hands the terminal back to the shell, as less
// and vim do (the shell reports the job stopped, the reader's screen is
// gone), and fg brings the reader back where it was.
func TestSuspendE2E(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	bin := binary(t)
	tm := newTerm(t, 100, 30, "PS1='$ ' bash --norc --noprofile -i")
	tm.waitText("$")
	tm.tmux("send-keys", bin+" testdata/sample.txt", "Enter")
	first := readerTop(tm.waitText("以“小网格”托起“大民生”"))
	tm.keys("}") // the first article: a heading at the top, never a blank row
	before := tm.waitFor("} to move", func(s string) bool { return readerTop(s) != first && readerTop(s) != "" })
	tm.keys("C-z")
	s := tm.waitText("Stopped")
	if strings.Contains(s, "│") {
		t.Errorf("the reader's screen is still up after Ctrl-z:\n%s", s)
	}
	tm.tmux("send-keys", "fg", "Enter")
	s = tm.waitFor("the reader back", func(s string) bool { return strings.Contains(s, "│") })
	if readerTop(s) != readerTop(before) {
		t.Errorf("after fg the top is %q, before Ctrl-z %q", readerTop(s), readerTop(before))
	}
	tm.quit("q")
	tm.waitFor("the shell", func(s string) bool { return !strings.Contains(s, "│") })
}
