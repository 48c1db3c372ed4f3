//go:build unix

package bigread

import (
	"errors"
	"io"
	"os"
	"sync"
	"syscall"
)

// readMapped reads f (size bytes by its Stat) into an anonymous mapping,
// falling back to the heap where mapping fails or the file grew meanwhile.
func readMapped(f *os.File, size int) ([]byte, func(), error) {
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		b, err := io.ReadAll(f)
		return b, func() {}, err
	}
	var once sync.Once
	release := func() { once.Do(func() { syscall.Munmap(mem) }) }
	n, err := io.ReadFull(f, mem)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return mem[:n], release, nil // the file shrank: what there is
	case err != nil:
		release()
		return nil, func() {}, err
	}
	// The file may have grown since Stat: read the rest onto the heap,
	// as os.ReadFile would have.
	rest, err := io.ReadAll(f)
	if err != nil {
		release()
		return nil, func() {}, err
	}
	if len(rest) > 0 {
		b := append(append(make([]byte, 0, n+len(rest)), mem...), rest...)
		release()
		return b, func() {}, nil
	}
	return mem, release, nil
}
