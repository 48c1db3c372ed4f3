package parse

import "testing"

// blind22Floor is what the filter hides of the twenty-second blind set
// (heldout22_test.go) one block at a time in each compilation. Measured
// on 9438f57 (session 19's end, the same on a8244eb at its start) before
// the model saw it: 21, 20 and 20 of 30 (seed, 十九大, 一号文件), 20, 22 and
// 21 all at once, real text kept 24 of 25 in each. Seen since filter
// round 20, it is development data: this floor keeps the filter from
// losing ground on it (with the shipped model, trained on it too; held
// out of the model, TestPromoLOSO).
// Retrained on it: 25, 24 and 23 one at a time, 23, 26 and 24 all at
// once, kept 24 of 25 (block 23, prose forbidding trust seals on a
// government site, taken for a page's chrome: it lists 网站标识码).
// Filter round 20 (a coined name over a two-clause tagline, an agent's
// sign-off parted by spaces, a heading's parallel pair kept, seal rows, a
// used good's grade, an abridged version's note, a column's chatty close;
// prose listing a page's fields kept, a document's number kept out of a
// slogan's block): 27, 25 and 25 one at a time, 28, 28 and 27 all at
// once, kept 25 of 25 (held out of the model, TestPromoLOSO: 27, 25 and
// 25). Left: the 有偿调研 invitation's first line, the 代理记账 price
// block's hotline line, the 仅供内部学习 insurance disclaimer.
const blind22Floor = 25

// blind22KeepFloor is how many of the set's 25 real blocks each
// compilation keeps one at a time, whole and with the outline as it was.
// 24 when the set was added (block 23 filtered as a page's chrome), 25
// since filter round 20 (listedItem).
var blind22KeepFloor = []int{25, 25, 25}

// TestBlindHeldOut22 runs the twenty-second blind set (heldout22_test.go)
// through the same harness as the earlier sets, one block at a time and
// all at once; its 25 real blocks one at a time are counted against
// blind22KeepFloor, all at once with the blocks none may lose a byte.
func TestBlindHeldOut22(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind22Promo, nil, blind22Floor) })
	t.Run("keep", func(t *testing.T) { keptAtLeast(t, blind22Keep, blind22KeepFloor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind22Promo, blind22Keep, blind22Floor) })
}
