package parse

import "testing"

// blind19Floor is what the filter hides of the nineteenth blind set
// (heldout19_test.go) one block at a time in each compilation. Measured
// on 2f935ef (session 16's end) when the set was added: 22, 22 and 22 of
// 30 (seed, 十九大, 一号文件), 23, 25 and 22 all at once, every real block
// kept. Seen since filter round 13, it is development data: this floor
// keeps the filter from losing ground on it (with the shipped model,
// trained on it too; held out of the model, TestPromoLOSO).
// Retrained on it: 23, 23 and 23 one at a time, 25, 26 and 23 all at once.
// Filter round 13 (a mail speaking of itself) moves the rules and the
// held-out rows (22 → 23 held out), not this one.
// Filter round 16 (a Latin line glued to a notice: latinResidue) hides
// block 19's English line: 24, 25 and 25 one at a time, 27, 26 and 24 all
// at once.
const blind19Floor = 24

// TestBlindHeldOut19 runs the nineteenth blind set (heldout19_test.go)
// through the same harness as the earlier sets, one block at a time and
// all at once, its 25 real blocks with them: every one was kept when the
// set was added, so none may lose a byte or move the outline.
func TestBlindHeldOut19(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind19Promo, blind19Keep, blind19Floor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind19Promo, blind19Keep, blind19Floor) })
}
