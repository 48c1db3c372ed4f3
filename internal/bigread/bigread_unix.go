//go:build unix

package bigread

import (
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
)

// Reading is a file being read into an anonymous mapping (Start), part by
// part: the time goes into the kernel's copying and first touching of
// each page, which cores share out (100 MB: 65-80 ms read in one piece,
// 38-48 ms in two). mem is nil when the file is read onto the heap
// instead (small, not regular, or no mapping to be had), by Wait.
type Reading struct {
	f     *os.File
	mem   []byte
	off   int64 // where in f mem starts
	next  atomic.Int64
	got   []int // bytes read of each part
	errs  []error
	busy  sync.WaitGroup // parts at work
	ahead bool           // a goroutine of its own reads parts
	left  atomic.Int64   // parts not read yet
	done  chan struct{}  // closed once they are all read
}

// readPart is how much of the file one read takes: small enough that the
// part Wait finds the reading's own goroutine at is soon done (4 MB: 2–3
// ms of a core), large enough that the reads' calls cost nothing.
const readPart = 4 << 20

// startMapped maps the memory to read f (size bytes by its Stat) into and,
// when ahead, starts reading it on a goroutine of its own.
func startMapped(f *os.File, size int, ahead bool) *Reading {
	r := &Reading{f: f, done: make(chan struct{})}
	off, err := f.Seek(0, io.SeekCurrent)
	if err != nil || off > int64(size) {
		return r
	}
	mem, err := syscall.Mmap(-1, 0, size-int(off), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return r
	}
	adviseHuge(mem)
	parts := (len(mem) + readPart - 1) / readPart
	r.mem, r.off, r.got, r.errs = mem, off, make([]int, parts), make([]error, parts)
	r.left.Store(int64(parts))
	if ahead {
		r.ahead = true
		r.busy.Add(1)
		go r.work()
	}
	return r
}

// work reads the parts no one has taken yet.
func (r *Reading) work() {
	defer r.busy.Done()
	for {
		k := int(r.next.Add(1) - 1)
		if k >= len(r.got) {
			return
		}
		lo, hi := k*readPart, min((k+1)*readPart, len(r.mem))
		r.got[k], r.errs[k] = r.f.ReadAt(r.mem[lo:hi], r.off+int64(lo))
		if r.left.Add(-1) == 0 {
			close(r.done)
		}
	}
}

// Done is closed once the file is read: by the reading's own goroutine
// when nothing waits for it, else within Wait.
func (r *Reading) Done() <-chan struct{} { return r.done }

// Wait reads what is left on all cores, waits for the parts at work and
// returns the file's bytes, as Read does: falling back to the heap where
// the file could not be mapped, or grew meanwhile. Call it once.
func (r *Reading) Wait() ([]byte, func(), error) {
	if r.mem == nil {
		defer close(r.done)
		b, err := io.ReadAll(r.f)
		return b, func() {}, err
	}
	helpers := runtime.GOMAXPROCS(0) - 1 // and this goroutine
	if r.ahead {
		helpers-- // the reading's own
	}
	for range helpers {
		r.busy.Add(1)
		go r.work()
	}
	r.busy.Add(1)
	r.work()
	r.busy.Wait()
	return r.finish()
}

// finish hands out what the parts read: up to the first part cut short
// (the file shrank: what there is), and the rest of a file that grew since
// its Stat read onto the heap, as os.ReadFile would have.
func (r *Reading) finish() ([]byte, func(), error) {
	mem := r.mem
	var once sync.Once
	release := func() { once.Do(func() { syscall.Munmap(mem) }) }
	fail := func(err error) ([]byte, func(), error) {
		release()
		return nil, func() {}, err
	}
	n := 0
	for k := range r.got {
		n += r.got[k]
		if r.errs[k] == io.EOF {
			break
		}
		if r.errs[k] != nil {
			return fail(r.errs[k])
		}
		if r.got[k] < min(readPart, len(mem)-k*readPart) {
			break
		}
	}
	if _, err := r.f.Seek(r.off+int64(n), io.SeekStart); err != nil {
		return fail(err)
	}
	if n < len(mem) {
		return mem[:n], release, nil
	}
	rest, err := io.ReadAll(r.f)
	if err != nil {
		return fail(err)
	}
	if len(rest) > 0 {
		b := append(append(make([]byte, 0, n+len(rest)), mem...), rest...)
		release()
		return b, func() {}, nil
	}
	return mem, release, nil
}
