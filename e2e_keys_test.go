package main

import (
	"os/exec"
	"strings"
	"testing"
	"time"
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

// TestMouseBackE2E: the mouse works again once wenji has the terminal
// back, after fg and after the basket page's editor: Bubble Tea turned it
// off to hand the terminal over and left it off, so the wheel and the
// outline's clicks did nothing for the rest of the run (tmux's
// mouse_any_flag stayed 0).
func TestMouseBackE2E(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	bin := binary(t)
	// true for the editor: it leaves the excerpt as it was, at once.
	tm := newTerm(t, 100, 30, "VISUAL=true PS1='$ ' bash --norc --noprofile -i")
	tm.waitText("$")
	tm.tmux("send-keys", bin+" testdata/sample.txt", "Enter")
	tm.waitText("以“小网格”托起“大民生”")
	mouse := func(when string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for strings.TrimSpace(tm.tmux("display", "-p", "#{mouse_any_flag}")) != "1" {
			if time.Now().After(deadline) {
				t.Fatalf("the mouse is off %s; screen:\n%s", when, tm.screen())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	mouse("at the start")
	tm.keys("C-z")
	tm.waitText("Stopped")
	tm.tmux("send-keys", "fg", "Enter")
	tm.waitFor("the reader back", func(s string) bool { return strings.Contains(s, "│") })
	mouse("after fg")
	tm.keys("}", "a")
	tm.waitText("Added to basket")
	tm.keys("B")
	tm.waitText("Basket · 1")
	tm.keys("e")
	tm.waitText("not changed")
	mouse("after the editor")
	tm.quit("C-c")
	tm.waitFor("the shell", func(s string) bool { return !strings.Contains(s, "Basket") })
}
