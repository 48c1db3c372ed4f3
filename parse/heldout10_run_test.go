package parse

import "testing"

// blind10Floor is what the filter hides of the tenth blind set
// (heldout10_test.go). Measured blind by the coordinator (its author never
// opened filter code, /work/blind10/RESULTS.md): 21, 21 and 21 of 30 (seed,
// 十九大, 一号文件) one at a time, 22, 21 and 21 all at once, on 8a9eeb1 and
// b15c70e. Seen since session 11, it is development data: this floor keeps
// the filter from losing ground on it, and the next blind set must be new.
// At the end of session 11: 27, 28 and 27 one at a time, 28, 27 and 28 all
// at once (the learned model trained on it too; held out of the model,
// TestPromoLOSO, 25 in each), all 25 real blocks kept. Session 12 trained
// the model on keep11's 100 real texts too, whose short civic slogans
// (守护数字空间 共建网络文明) weigh a group's motto (本群宗旨：资源共享　互帮互助
// 　共同进步, block 29) from 3 down to 2, below what a line of no signal
// word needs: 26, 27 and 26. Filter round 8 trained it on keep14's real
// news text too (人民日报客户端, 青川日报 bylines), which weighs a paper's
// plug for its own app (读报有新招：《XX日报》客户端…即可安装, block 3) from 2
// down to 0: 25, 26 and 25 one at a time, 26, 25 and 25 all at once. Held
// out of the model (TestPromoLOSO, the measure of generality) it hides
// 25 in each, as before the round (the rules alone 24).
const blind10Floor = 25

// TestBlindHeldOut10 runs the tenth blind set (heldout10_test.go) through
// the same harness as the earlier sets.
func TestBlindHeldOut10(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind10Promo, blind10Keep, blind10Floor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind10Promo, blind10Keep, blind10Floor) })
}
