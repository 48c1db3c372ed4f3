package parse

import "testing"

// blind26Floor is what the filter hides of the twenty-sixth blind set
// (heldout26_test.go) one block at a time in each compilation. Measured
// blind on 90ecd75 (session 23's start): 22, 21 and 21 of 30 (seed, 十九大,
// 一号文件), 23, 22 and 22 all at once; on a23c0d0 (its end) and ef7b6b5
// (filter round 29's start): 23, 22 and 22, all at once 24, 23 and 23.
// Retrained on it: 24, 23 and 23, all at once 25, 24 and 24. Missed: the
// 兼职群's opening (hidden but for its first line, which moves the
// outline), a 众筹 gadget's 早鸟价 with 定金/尾款, a 婚恋 嘉宾's profile
// continued next week, a 车贷 风险提示, a 加盟 page's 投资有风险 with its
// 备案号 (in 十九大 and 一号文件), a 刷题 app's question-source note and a
// 家政 couplet signed by the agency.
// Filter round 29 (a price in the shop's sign with a sale's terms keeps
// its place, shopPriced: the 早鸟价; a note denying it is any official
// body's, deniesAffiliation: the 刷题 app's): 26, 25 and 25 one at a time,
// 27, 26 and 26 all at once; held out of the model (TestPromoLOSO), 25, 24
// and 24. Still missed: the 兼职群's opening, the 嘉宾 profile's teaser,
// the 风险提示 and the 投资有风险 block (each worded as a regulator's own
// caveat might be: kept, in doubt), the couplet.
const blind26Floor = 25

// blind26KeepFloor is how many of the set's 25 real blocks each
// compilation keeps one at a time, whole and with the outline as it was.
// None is filtered: two paragraphs that open with a short sentence
// (推进家政服务提质扩容。, 加强商业特许经营备案管理。) move the outline, the
// first in the seed and 十九大, the second in the seed and 一号文件.
var blind26KeepFloor = []int{23, 24, 24}

// TestBlindHeldOut26 runs the twenty-sixth blind set (heldout26_test.go)
// through the same harness as the earlier sets, one block at a time and
// all at once; its 25 real blocks one at a time are counted against
// blind26KeepFloor.
func TestBlindHeldOut26(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind26Promo, nil, blind26Floor) })
	t.Run("keep", func(t *testing.T) { keptAtLeast(t, blind26Keep, blind26KeepFloor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind26Promo, nil, blind26Floor) })
}
