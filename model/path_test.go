package model

import "testing"

// TestPathString: the root is 0 (--print 0 is the whole document), a node
// its 1-based indexes joined by dots, as --print takes them.
func TestPathString(t *testing.T) {
	for _, c := range []struct {
		idx  []int
		want string
	}{{nil, "0"}, {[]int{}, "0"}, {[]int{3}, "3"}, {[]int{2, 1, 12}, "2.1.12"}} {
		if got := PathString(c.idx); got != c.want {
			t.Errorf("PathString(%v) = %q, want %q", c.idx, got, c.want)
		}
	}
}
