package par

import (
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
