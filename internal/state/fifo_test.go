//go:build unix

package state

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestFIFONotRead: a FIFO where a state file should be is not opened (the
// open waited for a writer, and the reader hung before its first frame);
// loading and saving the place say why and return at once, the FIFO left
// as it is; a directory is refused as before.
func TestFIFONotRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := ReadCapped(fifo, MaxFileSize); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("ReadCapped(FIFO) = %v, want ErrNotRegular", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("ReadCapped blocked on a FIFO")
	}
	if _, err := ReadCapped(dir, MaxFileSize); err == nil || errors.Is(err, ErrNotRegular) {
		t.Errorf("ReadCapped(dir) = %v, want the directory's own error", err)
	}

	t.Setenv("XDG_STATE_HOME", dir)
	s, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	key := Key([]byte("文档"))
	docs := filepath.Join(dir, "wenji", "docs")
	os.MkdirAll(docs, 0o700)
	if err := syscall.Mkfifo(filepath.Join(docs, key+".json"), 0o600); err != nil {
		t.Fatal(err)
	}
	go func() {
		_, err := s.Load(key)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("Load = %v, want ErrNotRegular", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Load blocked on a FIFO")
	}
}
