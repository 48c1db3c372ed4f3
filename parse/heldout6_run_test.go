package parse

import "testing"

// blind6Floor is what the filter hid of the sixth blind set (heldout6_test.go)
// when it was measured blind, twice, 2026-12-05, with nothing tuned on it in
// between: on main of session 8's start (001ca03) 24, 25 and 24 of 30 in the
// seed, the 十九大报告 and the 2018 中央一号文件, one at a time and all at once
// alike; on the first filter round's branch (79f9606) 27, 27 and 27 one at a
// time and 28, 28 and 28 all at once, all 23 real blocks kept in each. Issue
// 19's bar is 28 (blindWant). Seen since, the set is development data (its
// blocks may be read), and this floor keeps the filter from losing ground
// on it; the next blind set must be new. Read since (s8-filter2), its
// misses taught a block of short lines weighed whole (promo_pool.go: the
// download page's 温馨提示 list, #19) and a search on a shop's platform
// (搜「…」 on 微店, #6): 30, 29 and 30 one at a time, 30, 29 and 29 all at
// once; the studio's sign-off (#30) goes only where it stands after the
// last prose. The genre table rebuilt with blind13c's six reports as
// family fixtures (more of the genre's bigrams) keeps the 查重 price line
// (#7) where it stands glued in the 十九大报告 and the 一号文件: 29, 28 and 29
// one at a time, 29, 28 and 28 all at once. Session 9's shop rate
// (￥…/千字起: hasRate) and 降重 hide the 查重 price line glued (#7): 30, 29
// and 30 one at a time, 30, 29 and 29 all at once.
const blind6Floor = 29

// TestBlindHeldOut6 runs the sixth blind set (heldout6_test.go) through the
// same harness as the earlier sets.
func TestBlindHeldOut6(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind6Promo, blind6Keep, blind6Floor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind6Promo, blind6Keep, blind6Floor) })
}
