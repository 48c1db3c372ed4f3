package parse

import (
	"unicode/utf8"
)

// The notice pass's first look at a short line (promo.go): whether it can
// carry a signal at all, before it is scored. Most short lines of a
// compilation hold none and are left at that.

// mayBeNotice reports whether p can be signalled at all: it holds a word
// of a signal, a digit, @ or #. Most short lines of a compilation
// (headings, 目录 entries) hold none, and are left at that by this pass,
// which looks at the signal words' first runes only (signalFirst).
func mayBeNotice(p string) bool {
	for i := 0; i < len(p); {
		r, size := rune(p[i]), 1
		switch c := p[i]; {
		case c >= '0' && c <= '9' || c == '@' || c == '#':
			return true
		case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		case c >= utf8.RuneSelf:
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		if signalFirst.has(r) {
			for _, w := range noticeTable[noticeGroup[r]-1] {
				if w.f < fChatty && hasPrefixLast(p[i:], w.word) {
					return true
				}
			}
		}
		i += size
	}
	return false
}

// signalFirst flags the first runes of the signal words (not of the prose
// words, which are everywhere): a table of its own for mayBeNotice.
var signalFirst = func() *bmpSet {
	var t bmpSet
	for _, fw := range allNoticeFeatures() {
		for _, w := range fw.words {
			if r, _ := utf8.DecodeRuneInString(w); fw.f < fChatty && r < 1<<16 {
				t.add(r)
			}
		}
	}
	return &t
}()

// maySignalBare reports whether a standalone line of no signal word can
// be a notice at all (scoreNotice): its wording wholly unlike the genre's,
// or a shape that signals without a word, a page's menu between bars or a
// discount (五折), or a name's claim about itself in the genre's words
// (brandClaim, promo_slogan.go), or a writing site's motto about its craft
// (craftMotto, promo_motto.go), or a coined name's tagline in English or
// pictographs (foreignTagline, promo_brand.go). Most standalone lines are headings, which it passes
// over on their bigrams, cheaper than the score.
func maySignalBare(p string) bool {
	return containsAny(p, "折|｜丨[［") || genreWeight(p) >= 2 || learnBareWeight(p) > 0 || brandClaim(p) || nameTagline(p) ||
		craftMotto(p) || foreignTagline(p)
}

// maxBareBytes bounds the lines of no signal word that are weighed at
// all (40 Han characters): a slogan's or a tagline's length.
const maxBareBytes = 120

// maxBareDigits bounds the numbers isBareNumber answers for: a 目录's
// entries, short of a phone number's or a QQ number's length.
const maxBareDigits = 6

// isBareNumber reports a line that is only a number of at most
// maxBareDigits ASCII digits, with or without a full stop after it (a
// 目录's entry 493.): it carries no word, handle nor price, and
// scoreNoticeFull never finds a notice in it, wherever it stands
// (TestBareNumberNoNotice, FuzzBareNumberNoNotice).
func isBareNumber(p string) bool {
	n := len(p)
	if n > 0 && p[n-1] == '.' {
		n--
	}
	if n == 0 || n > maxBareDigits {
		return false
	}
	for i := range n {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}
