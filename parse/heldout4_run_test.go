package parse

import "testing"

// blind4Floor is what the filter hid of the fourth blind set (heldout4_test.go)
// the one time it was measured blind, 2026-12-05 06:15, on the filter of
// s6-filter2 (d743148): 16, 17 and 17 of 30 one at a time in the seed, the
// 十九大报告 and the 2018 中央一号文件 (18, 17, 17 all at once), all 17 real
// paragraphs and lines kept. (The filter of main before that round hid 12,
// 14 and 13.) Issue 19's bar is 28 (blindWant): the set shows how far the
// filter is from it on styles it has not seen. Seen since that run, the
// set is development data now, and this floor keeps the filter from
// losing ground on it; the next blind set must be new.
// With the genre's bigrams (s8-filter, promo_genre.go: a one-class model
// of the genre's wording, designed on the other sets; this set's misses
// were printed once by accident after that first step, and no rule since
// was aimed at them): 19, 20 and 20 one at a time (21, 20, 20 all at
// once); with bare slogans and the voice of a person, 20, 21 and 21 (22
// all at once in each); with a glued line of no sentence weighed as a
// standalone one and an odd line outside the prose needing a signal less,
// 21 in each (22 all at once). Then, in a second phase with this set as
// design data (its misses read; heldout5 the test, 23 before and after:
// these rules fitted this set and carried nothing to the other), a
// mobile or 400 number in dashed groups, a player's progress, one social
// #tag inside a line, a bracketed placeholder heading its card and 原标题
// as a repost's field: 26 in each, one at a time and all at once.
const blind4Floor = 26

// TestBlindHeldOut4 runs the blind harness of heldout2_run_test.go, one
// block at a time and all at once, over the fourth set: at least
// blind4Floor of its 30 blocks hidden in each compilation, no byte of its
// real text filtered, the compilations' own lines and (for hidden blocks
// and real prose) the outline unchanged.
func TestBlindHeldOut4(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind4Promo, blind4Keep, blind4Floor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind4Promo, blind4Keep, blind4Floor) })
}
