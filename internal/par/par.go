// Package par runs independent pieces of work on all cores.
package par

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Each runs fn(0) … fn(n-1) on all cores and returns when all are done;
// each call must touch only its own part of the data.
//
// A caller running under debug.SetPanicOnFault(true) (a one-shot command
// parsing a file mapped straight from the disk, which a fault reads when
// the file is cut short meanwhile) has its workers run so too, and a panic
// in one of them (the fault, or what bytes changed under the parse led to)
// comes back to the caller as a *Panic, panicked again once all workers
// are done: recovered there, not the end of the process from a goroutine
// nobody can recover. Otherwise a worker's panic ends the process as any
// goroutine's does.
func Each(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	fault := debug.SetPanicOnFault(false)
	debug.SetPanicOnFault(fault)
	// Workers take the next index from a counter: a channel's lock, taken
	// twice for each of tens of thousands of articles, had the workers
	// spinning on it.
	if fault && OnFaultingEach != nil {
		OnFaultingEach()
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	var failed atomic.Pointer[Panic]
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if fault {
				debug.SetPanicOnFault(true)
				defer carry(&failed, &next, n)
			}
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
	if p := failed.Load(); p != nil {
		panic(p)
	}
}

// OnFaultingEach, when set (by a test), runs as an Each under
// debug.SetPanicOnFault is about to start its workers: there a test cuts
// short the file mapped, to have the workers fault.
var OnFaultingEach func()

// Panic is a panic in one of Each's workers, carried to Each's caller:
// the value panicked with and the worker's stack where it did.
type Panic struct {
	Value any
	Stack []byte
}

func (p *Panic) Error() string {
	return fmt.Sprintf("%v [in a worker of par.Each]\n\n%s", p.Value, p.Stack)
}

// Unwrap is the value panicked with, when it is an error.
func (p *Panic) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}

// carry, deferred in a worker, keeps its panic, the first of all
// workers', in failed (one already carried from a nested Each as it is),
// and has the other workers take no more indices.
func carry(failed *atomic.Pointer[Panic], next *atomic.Int64, n int) {
	r := recover()
	if r == nil {
		return
	}
	p, ok := r.(*Panic)
	if !ok {
		p = &Panic{Value: r, Stack: debug.Stack()}
	}
	failed.CompareAndSwap(nil, p)
	next.Store(int64(n))
}

// IsFault reports a value recovered from a panic that is a memory fault
// (a read of a mapped file's page past its end: see
// debug.SetPanicOnFault), carried from a worker of Each or not.
func IsFault(r any) bool {
	if p, ok := r.(*Panic); ok {
		r = p.Value
	}
	_, ok := r.(interface {
		runtime.Error
		Addr() uintptr
	})
	return ok
}

// Stream runs fn(0) … fn(n-1) on workers goroutines (all cores when 0 or
// less), in index order as far as they start, and sends each result on
// the channel it returns, buffered by buf; the channel closes when all are
// done. Once ctx is cancelled no more calls start and the results of those
// that had not started are dropped. The library's parsing and its search
// stream their rows through it.
func Stream[T any](ctx context.Context, n, workers, buf int, fn func(i int) T) <-chan T {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ch := make(chan T, buf)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() != nil {
					continue
				}
				ch <- fn(i)
			}
		}()
	}
	go func() {
		for i := range n {
			if ctx.Err() != nil {
				break
			}
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(ch)
	}()
	return ch
}
