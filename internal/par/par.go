// Package par runs independent pieces of work on all cores.
package par

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Each runs fn(0) … fn(n-1) on all cores and returns when all are done;
// each call must touch only its own part of the data.
func Each(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	// Workers take the next index from a counter: a channel's lock, taken
	// twice for each of tens of thousands of articles, had the workers
	// spinning on it.
	var wg sync.WaitGroup
	var next atomic.Int64
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
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
