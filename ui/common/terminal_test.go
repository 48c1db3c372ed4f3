package common

import (
	"os/exec"
	"testing"
	"time"
)

// TestTerminalLent: a command run through LentCommand counts as having
// the terminal while it runs, and only then, so that internal/app answers
// SIGTERM itself only while Bubble Tea drops it.
func TestTerminalLent(t *testing.T) {
	if TerminalLent() {
		t.Fatal("lent before any command ran")
	}
	cmd := LentCommand(exec.Command("sh", "-c", "sleep 0.3"))
	done := make(chan error)
	go func() { done <- cmd.Run() }()
	seen := false
	for end := time.Now().Add(5 * time.Second); !seen && time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		seen = TerminalLent()
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !seen || TerminalLent() {
		t.Errorf("lent while running %v, after it %v", seen, TerminalLent())
	}
}
