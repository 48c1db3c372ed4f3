package parse

import (
	"strings"
	"unicode/utf8"
)

// keywordScore counts the distinct strong and weak advertising words in p,
// plus a strong signal for a brand in black lenticular brackets at its start
// (【某某素材库】).
//
// Every keyword is two runes or more, so a keyword's first or second rune
// stands at an odd rune of p (the second, fourth…): only those are looked
// up, in the set of the keywords' first and second runes (promoPair), and
// a hit tries the keywords that start at it or at the rune before it. Each
// rune where a keyword can start is tried once, as when every rune was
// looked up (keywordScoreRef, the tests'), at half the lookups: the loop
// reads every rune of most paragraphs of a file.
func keywordScore(p string) (strong, weak int) {
	var seen uint64
	try := func(i int, r rune) {
		for _, k := range promoKeys[promoFirst[r]-1] {
			if seen&k.bit == 0 && hasPrefixLast(p[i:], k.word) {
				seen |= k.bit
				if k.strong {
					strong++
				} else {
					weak++
				}
			}
		}
	}
	for i := 0; i < len(p); {
		// Most of p is pairs of runes of three bytes (CJK) whose odd
		// rune is in no keyword: stepped over a pair at a time, as the
		// steps below step them. A pair whose odd rune is a keyword's
		// is left to them.
		// (Read eight bytes at a time: the pair's six and two more.)
		for i+8 <= len(p) {
			x := load8(p, i)
			if x&0xF0_0000_F0 != 0xE0_0000_E0 {
				break
			}
			// The odd rune's word in the set (its top ten bits: the
			// lead byte's four, the next byte's six) and its bit (the
			// last byte's six).
			word := (x>>18&0x3C0 | x>>32&0x3F) & uint64(len(promoPair)-1)
			if promoPair[word]&(1<<(x>>40&0x3F)) != 0 {
				break
			}
			i += 6
		}
		if i >= len(p) {
			break
		}
		// The even rune: its size only.
		a := i
		switch c := p[i]; {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(p[i:])
			i += size
		}
		if i >= len(p) {
			break // a last rune starts no keyword of two
		}
		// The odd rune, decoded in place where it is of three bytes
		// (all of CJK), as keywordRune does.
		r, size := rune(p[i]), 1
		if c := p[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(p) {
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		} else if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		if promoPair.has(r) {
			if ra, _ := keywordRune(p, a); promoSecond.has(r) && promoHas.has(ra) {
				try(a, ra)
			}
			if promoHas.has(r) {
				try(i, r)
			}
		}
		i += size
	}
	if strings.HasPrefix(p, "【") {
		if i := strings.Index(p, "】"); i > 0 && i < 60 {
			if s, w := keywordScore(p[len("【"):i]); s+w > 0 {
				strong++
			}
		}
	}
	return strong, weak
}

// keywordRune decodes the rune at p[i] as keywordScore steps: a lead byte
// of three with two bytes after it is read as a rune of three, whatever
// those bytes (a keyword's, where one starts there, are its own).
func keywordRune(p string, i int) (rune, int) {
	switch c := p[i]; {
	case c < utf8.RuneSelf:
		return rune(c), 1
	case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
		return rune(c&0x0F)<<12 | rune(p[i+1]&0x3F)<<6 | rune(p[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(p[i:])
}

// promoSecond holds the keywords' second runes, promoPair their first and
// second (keywordScore).
var promoSecond, promoPair = func() (*bmpSet, *bmpSet) {
	var second, pair bmpSet
	for _, w := range append(append([]string(nil), strongPromo...), weakPromo...) {
		r1, n := utf8.DecodeRuneInString(w)
		r2, m := utf8.DecodeRuneInString(w[n:])
		if m == 0 || r1 >= 1<<16 || r2 >= 1<<16 {
			panic("keywordScore: a keyword of one rune, or past the BMP: " + w)
		}
		second.add(r2)
		pair.add(r1)
		pair.add(r2)
	}
	return &second, &pair
}()
