//go:build linux

package par

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
)

// Under debug.SetPanicOnFault, a fault in any worker (a read of a mapped
// file's page past its end, once the file is cut short), in a nested Each
// too, comes back to Each's caller as a *Panic that IsFault, to recover;
// so does any other panic, with its value and the worker's stack.
func TestEachCarriesFaults(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4)) // workers, on one core too
	page := os.Getpagesize()
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, make([]byte, 8*page), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	mem, err := syscall.Mmap(int(f.Fd()), 0, 8*page, syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	if err := os.Truncate(p, int64(page)); err != nil {
		t.Fatal(err)
	}
	var sink atomic.Int64
	touch := func(i int) { sink.Add(int64(mem[i*page])) }
	for _, c := range []struct {
		name  string
		fn    func(i int)
		fault bool
	}{
		{"fault in a worker", func(i int) { touch(i % 8) }, true},
		{"fault in a nested Each", func(int) { Each(8, touch) }, true},
		{"other panic", func(i int) {
			if i == 5 {
				var s []int
				_ = s[i]
			}
		}, false},
	} {
		r := func() (r any) {
			defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
			defer func() { r = recover() }()
			Each(64, c.fn)
			return nil
		}()
		p, ok := r.(*Panic)
		switch {
		case !ok:
			t.Errorf("%s: recovered %T %v, want a *Panic", c.name, r, r)
		case IsFault(r) != c.fault:
			t.Errorf("%s: IsFault %v (%v)", c.name, IsFault(r), p.Value)
		case !strings.Contains(string(p.Stack), "par.TestEachCarriesFaults"):
			t.Errorf("%s: stack without the worker's function:\n%s", c.name, p.Stack)
		}
	}
	if debug.SetPanicOnFault(false) {
		t.Error("SetPanicOnFault left on")
	}
}
