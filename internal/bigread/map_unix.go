//go:build unix

package bigread

import (
	"os"
	"sync"
	"syscall"
)

// Map maps the regular file f, size bytes by its Stat, whole, read-only
// and private: its bytes are the page cache's, with no copy and no fresh
// memory for the kernel to zero (`--outline` on 100 MB: a quarter of its
// CPU went into the copy and the zeroing). It reports false, with nothing
// mapped, for what Read should read instead: a file under Threshold or
// over maxMap, or one the system will not map.
//
// Unlike Read's, these bytes are the file's as it is: a file cut short
// afterwards makes a read of a page past its new end a fault (SIGBUS),
// and one written meanwhile may change under the reader. Every goroutine
// that touches them must run under debug.SetPanicOnFault(true) and turn
// the panic into an error (par.Each's workers carry theirs to its
// caller); what lives on with the bytes (the reader) must use Read.
// release unmaps them, once nothing refers into b.
func Map(f *os.File, size int64) (b []byte, release func(), ok bool) {
	if size < Threshold || size > maxMap {
		return nil, nil, false
	}
	mem, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil, false
	}
	var once sync.Once
	return mem, func() { once.Do(func() { syscall.Munmap(mem) }) }, true
}
