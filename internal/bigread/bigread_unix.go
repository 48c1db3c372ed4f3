//go:build unix

package bigread

import (
	"io"
	"os"
	"sync"
	"syscall"

	"wenji/internal/par"
)

// readMapped reads f (size bytes by its Stat) into an anonymous mapping,
// falling back to the heap where mapping fails or the file grew meanwhile.
func readMapped(f *os.File, size int) ([]byte, func(), error) {
	off, err := f.Seek(0, io.SeekCurrent)
	if err != nil || off > int64(size) {
		b, err := io.ReadAll(f)
		return b, func() {}, err
	}
	size -= int(off)
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		b, err := io.ReadAll(f)
		return b, func() {}, err
	}
	adviseHuge(mem)
	var once sync.Once
	release := func() { once.Do(func() { syscall.Munmap(mem) }) }
	n, err := readParts(f, mem, off)
	if err != nil {
		release()
		return nil, func() {}, err
	}
	if _, err := f.Seek(off+int64(n), io.SeekStart); err != nil {
		release()
		return nil, func() {}, err
	}
	if n < size {
		return mem[:n], release, nil // the file shrank: what there is
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

// readParts fills mem from f at offset off, in parts read at once on all
// cores: the time goes into the kernel's copying and first touching of
// each page, which cores share out (100 MB: 65-80 ms read in one piece,
// 38-48 ms in two). It returns how many bytes from the start were read:
// fewer than len(mem) where the file shrank.
func readParts(f *os.File, mem []byte, off int64) (int, error) {
	const part = 16 << 20
	parts := (len(mem) + part - 1) / part
	got := make([]int, parts)
	errs := make([]error, parts)
	par.Each(parts, func(k int) {
		lo, hi := k*part, min((k+1)*part, len(mem))
		got[k], errs[k] = f.ReadAt(mem[lo:hi], off+int64(lo))
	})
	n := 0
	for k := range parts {
		n += got[k]
		switch {
		case errs[k] == io.EOF:
			return n, nil
		case errs[k] != nil:
			return n, errs[k]
		case got[k] < min(part, len(mem)-k*part):
			return n, nil
		}
	}
	return n, nil
}
