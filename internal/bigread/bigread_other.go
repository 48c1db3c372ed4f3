//go:build !unix

package bigread

import (
	"io"
	"os"
)

// Reading is a file being read (Start); without an anonymous mmap it is
// read onto the heap by Wait.
type Reading struct {
	f    *os.File
	done chan struct{}
}

func startMapped(f *os.File, _ int, _ bool) *Reading {
	return &Reading{f: f, done: make(chan struct{})}
}

// Done is closed once the file is read, within Wait.
func (r *Reading) Done() <-chan struct{} { return r.done }

// Wait reads the file and returns its bytes, as Read does.
func (r *Reading) Wait() ([]byte, func(), error) {
	defer close(r.done)
	b, err := io.ReadAll(r.f)
	return b, func() {}, err
}
