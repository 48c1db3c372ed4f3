//go:build unix

package doccache

import (
	"errors"
	"io"
	"os"
	"sync"
	"syscall"
	"time"
)

// mapMin is the entry size from which an entry is mapped rather than
// read. Unmapping costs more than reading a small file: on a 10,000-file
// search munmap alone took 0.32 s of 2.4 s of CPU (TLB shootdowns across
// cores, dearer in a virtual machine), reading the same 18 KB entries into
// a pooled buffer a fraction of that. Either way the entry is used where
// it lies, never decoded into objects.
const mapMin = 1 << 20

// bufs are the buffers small entries are read into, back on Release.
var bufs = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// mapFile maps (or, when small, reads) the file at p. The standard
// library's syscall.Mmap is all it takes (no mmap package): the cache
// needs one call on the systems wenji runs on and a read elsewhere. An
// entry file is never changed in place (a new one is renamed over it),
// so a mapping can never see it shrink.
func mapFile(p string) (b []byte, release func(), mtime time.Time, err error) {
	if err := regular(p); err != nil {
		return nil, nil, time.Time{}, err
	}
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
	if size < mapMin {
		bp := bufs.Get().(*[]byte)
		if int64(cap(*bp)) < size {
			*bp = make([]byte, size)
		}
		b := (*bp)[:size]
		if _, err := f.ReadAt(b, 0); err != nil && err != io.EOF {
			bufs.Put(bp)
			return nil, nil, time.Time{}, err
		}
		var once sync.Once
		return b, func() { once.Do(func() { bufs.Put(bp) }) }, st.ModTime(), nil
	}
	m, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	var once sync.Once
	return m, func() { once.Do(func() { syscall.Munmap(m) }) }, st.ModTime(), nil
}
