package parse

import "testing"

// blind7Floor is what the filter hides of the seventh blind set
// (heldout7_test.go). Measured blind by the coordinator on main (its
// authors never opened the set): 25 of 30 in each compilation one at a
// time and all at once on 9ca9351, 26 on 6665c82 and on aa79eb3, all 27
// real blocks kept (/work/blind7/RESULTS.md). Seen since (session 9), it
// is development data and this floor keeps the filter from losing ground
// on it; the next blind set must be new. Session 9's first rules (from
// heldout2–6's misses only: a paywall's words, a bare price, a site
// speaking of itself in a long sentence, a list of links under a
// navigation head) left it at 26, the hold-out check of those rules. Its
// misses read then taught the page moving the reader on (fScroll: 往下翻,
// 次条, 下回, 本系列) and the rest of the text placed there (后半部分,
// comboCutScroll): 28 of 30 in each, one at a time and all at once; those
// rules left heldout2–6 as they were, the hold-out check the other way.
// Measured again at filter round 18: 29 of 30 in each, one at a time and
// all at once (the shipped model took block 20 already; since round 18's
// opensOnContent, a disclaimer opening on the text it disowns, the rules
// alone take it too).
const blind7Floor = 29

// TestBlindHeldOut7 runs the seventh blind set (heldout7_test.go) through
// the same harness as the earlier sets.
func TestBlindHeldOut7(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind7Promo, blind7Keep, blind7Floor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind7Promo, blind7Keep, blind7Floor) })
}
