package par

import (
	"context"
	"sync/atomic"
	"testing"
)

// Each calls fn once for every index, whatever the number of pieces.
func TestEach(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 100, 10000} {
		calls := make([]atomic.Int32, n)
		Each(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Fatalf("n=%d: fn(%d) called %d times", n, i, c)
			}
		}
	}
}

// TestStream: every index's result arrives once and the channel closes;
// cancelled, no more calls start and the channel still closes.
func TestStream(t *testing.T) {
	seen := make([]int, 1000)
	for i := range Stream(context.Background(), len(seen), 3, 8, func(i int) int { return i }) {
		seen[i]++
	}
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("index %d: %d results", i, n)
		}
	}
	// Counted are the calls that start after cancel has returned: a worker
	// that checked ctx just before may still make one, no worker two. (A
	// bound on all calls would be timing: the worker that cancels can be
	// descheduled between counting and cancelling while the other runs on.)
	ctx, cancel := context.WithCancel(context.Background())
	const workers = 2
	var calls, late atomic.Int64
	var cancelled atomic.Bool
	ch := Stream(ctx, 1_000_000, workers, 0, func(i int) int {
		if cancelled.Load() {
			late.Add(1)
		}
		if calls.Add(1) == 10 {
			cancel()
			cancelled.Store(true)
		}
		return i
	})
	got := 0
	for range ch {
		got++
	}
	if got >= 1_000_000 || late.Load() > workers {
		t.Errorf("after cancel: %d results, %d calls started after cancel", got, late.Load())
	}
}
