package parse

import "testing"

// blind29Floor is what the filter hides of the twenty-ninth blind set
// (heldout29_test.go) one block at a time in each compilation. Measured
// blind on 2770e13's code (session 26's start): 22, 22 and 22 of 30 (seed,
// 十九大, 一号文件), and on ed82e70 (its end) 23, 23 and 23; all at once
// 24, 25 and 25 at both. Retrained on it (filter round 35's first
// step): 23, 25 and 23, all at once 24, 27 and 25.
const blind29Floor = 23

// blind29KeepFloor is how many of the set's 25 real blocks each
// compilation keeps one at a time, whole and with the outline as it was:
// blind 24, 25 and 25 at both ends of session 26, and the same retrained.
var blind29KeepFloor = []int{24, 25, 25}

// TestBlindHeldOut29 runs the twenty-ninth blind set (heldout29_test.go)
// through the same harness as the earlier sets, one block at a time and
// all at once; its 25 real blocks one at a time are counted against
// blind29KeepFloor.
func TestBlindHeldOut29(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind29Promo, nil, blind29Floor) })
	t.Run("keep", func(t *testing.T) { keptAtLeast(t, blind29Keep, blind29KeepFloor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind29Promo, nil, blind29Floor) })
}
