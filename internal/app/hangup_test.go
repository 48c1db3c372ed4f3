package app

import (
	"errors"
	"os"
	"runtime"
	"testing"
)

// TestEndedByHangup: a run's error counts as the terminal going away only
// when the terminal has hung up (here a pipe whose writer closed, which
// polls as POLLHUP as a closed pty does); an error while the terminal is
// there, or no error, is not one.
func TestEndedByHangup(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no poll on Windows: hungUp is always false there")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	readErr := errors.New("error reading input: read /dev/tty: input/output error")
	if endedByHangup(readErr, r) {
		t.Error("an error while the terminal is there counted as a hang-up")
	}
	w.Close()
	if !endedByHangup(readErr, r) {
		t.Error("an error after the terminal hung up did not count as one")
	}
	if endedByHangup(nil, r) || endedByHangup(readErr, nil) {
		t.Error("no error, or no terminal, counted as a hang-up")
	}
}
