package parse

import "testing"

// blind5Floor is what the filter hid of the fifth blind set (heldout5_test.go)
// each time it was measured blind, 2026-12-05: on main's filter of the
// session's start (62d8c3a) 20, 21 and 21 of 30 one at a time in the seed,
// the 十九大报告 and the 2018 中央一号文件 (20 each all at once), one real
// line lost (an office's contact line with an e-mail); on a branch that
// added a lexical signal (character bigram log-odds, not merged) the same
// numbers; on 9c55941, after 联系人 became an office's word (a fix made
// after the first run showed that line, so not blind for it), the same 20,
// 21 and 21, all 17 real blocks kept. Issue 19's bar is 28 (blindWant).
// Seen since, the set is development data, and this floor keeps the filter
// from losing ground on it. On s8-filter, designed on the other sets (six
// of this set's missed blocks were printed once by accident after its
// first step; no rule was aimed at them): the genre's bigrams, bare
// slogans and a person's voice left it at 20, 21, 21 (20 all at once); a
// glued line of no sentence weighed as a standalone one, and an odd line
// outside the prose needing a signal less, 21 in each, one at a time and
// all at once; an odd line joining the notice beside it (oddLine), 22;
// the odd line's signal less between blank lines too, not only outside
// the prose, 23; that signal less asked of more than a word of goods (a
// title, 第一篇文章标题, was hidden: model/export's TestPlainTextForCopy),
// 22 again. heldout4's rules of the second phase left it at 22. Session
// 9 read its misses: a paywall's words and a bare price (#11), a site
// speaking of itself in a long sentence (#18) and a list of links under
// a navigation head (#23) made 25; a site named after its goods (范文网,
// #30), 26, one at a time and all at once.
const blind5Floor = 26

// TestBlindHeldOut5 runs the blind harness of heldout2_run_test.go over
// the fifth set: at least blind5Floor of its 30 blocks hidden in each
// compilation, one at a time and all at once, no byte of its real text
// filtered, the outline unchanged where the harness asks it.
func TestBlindHeldOut5(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind5Promo, blind5Keep, blind5Floor) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind5Promo, blind5Keep, blind5Floor) })
}
