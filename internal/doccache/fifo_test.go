//go:build unix

package doccache

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestFIFOInCache: a FIFO in place of an entry or of the index is not
// opened (the open waited for a writer: the library and --search hung);
// the entry is parsed again and written in its place.
func TestFIFOInCache(t *testing.T) {
	dir := t.TempDir()
	c := openCache(t, Options{})
	p := copyTo(t, dir, seedPath)
	e, err := c.Get(p)
	if err != nil {
		t.Fatal(err)
	}
	ep := c.entryPath(e.key)
	e.Release()
	c.Close()
	os.Remove(ep)
	index := filepath.Join(c.dir, indexName)
	os.Remove(index)
	for _, f := range []string{ep, index} {
		if err := syscall.Mkfifo(f, 0o600); err != nil {
			t.Skip("no FIFOs here:", err)
		}
	}
	done := make(chan error, 1)
	go func() {
		// The cache is closed (its index written) before done is sent:
		// a Close after it raced the test's removal of the directory.
		done <- func() error {
			c2, err := Open(c.opt)
			if err != nil {
				return err
			}
			defer c2.Close()
			e, err := c2.Get(p)
			if err == nil {
				same(t, e, p)
				e.Release()
			}
			return err
		}()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the cache blocked on a FIFO")
	}
	if st, err := os.Stat(ep); err != nil || !st.Mode().IsRegular() {
		t.Errorf("the entry was not written in the FIFO's place: %v", err)
	}
}
