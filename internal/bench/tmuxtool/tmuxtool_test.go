package tmuxtool

import (
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestLastLine(t *testing.T) {
	for in, want := range map[string]string{"a\nb  \n\n": "b", "one": "one", "": ""} {
		if got := LastLine(in); got != want {
			t.Errorf("LastLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// A program in a pane: its screen is read, keys reach it, Wait times out
// with the screen in its error.
func TestPane(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	p, err := Start(40, 5, []string{"GREETING=hello"}, "sh", "-c", `echo "$GREETING $LANG"; read x; echo "got $x"; sleep 5`)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Kill()
	if _, _, err := p.Wait("the greeting", 5*time.Millisecond, 5*time.Second, func(s string) bool { return strings.Contains(s, "hello C.UTF-8") }); err != nil {
		t.Fatal(err)
	}
	if err := p.Type("调查"); err != nil {
		t.Fatal(err)
	}
	if err := p.Keys("Enter"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Wait("the answer", 5*time.Millisecond, 5*time.Second, func(s string) bool { return strings.Contains(s, "got 调查") }); err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Wait("nothing", time.Millisecond, 20*time.Millisecond, func(string) bool { return false }); err == nil || !strings.Contains(err.Error(), "got 调查") {
		t.Errorf("a timeout's error does not show the screen: %v", err)
	}
}
