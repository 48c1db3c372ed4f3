package parse

import "testing"

// blind27Floor is what the filter hides of the twenty-seventh blind set
// (heldout27_test.go) one block at a time in each compilation. Measured
// blind on ef7b6b5 (session 24's start) and dd9488c (its end): 24, 24 and
// 23 of 30 (seed, 十九大, 一号文件), 24, 23 and 23 all at once.
const blind27Floor = 23

// blind27KeepFloor is how many of the set's 25 real blocks each
// compilation keeps one at a time, whole and with the outline as it was.
var blind27KeepFloor = []int{25, 25, 25}

// TestBlindHeldOut27 runs the twenty-seventh blind set (heldout27_test.go)
// through the same harness as the earlier sets, one block at a time and
// all at once; its 25 real blocks one at a time are counted against
// blind27KeepFloor.
func TestBlindHeldOut27(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind27Promo, nil, blind27Floor) })
	t.Run("keep", func(t *testing.T) { keptAtLeast(t, blind27Keep, blind27KeepFloor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind27Promo, nil, blind27Floor) })
}
