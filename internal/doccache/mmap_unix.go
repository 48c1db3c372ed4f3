//go:build unix

package doccache

import (
	"errors"
	"os"
	"sync"
	"syscall"
	"time"
)

// mapFile maps the file at p read-only. The standard library's syscall.Mmap
// is all it takes (no mmap package): the cache needs one call on the
// systems wenji runs on, and a fallback read elsewhere.
func mapFile(p string) (b []byte, release func(), mtime time.Time, err error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	size := st.Size()
	if size <= 0 || size > 1<<31-1 {
		return nil, nil, time.Time{}, errors.New("bad entry size")
	}
	m, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	var once sync.Once
	return m, func() { once.Do(func() { syscall.Munmap(m) }) }, st.ModTime(), nil
}
