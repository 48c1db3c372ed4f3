package parse

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// The genre's own vocabulary, as a one-class model: which pairs of Han
// characters (bigrams) the genre's prose writes at all. It is read from
// real documents of the genre only (../shared's reports, laws, standards
// and the family fixtures; promoGenreSources), never from promotion, so it
// cannot fit the promotion examples the filter was tuned on: a line is
// unlike the genre when most of its bigrams are ones no official document
// here used twice (觉得不错, 顺手转发, 有求必应), whatever words it uses. Ads
// of sites in styles nobody has seen share that with those we have; the
// genre's sentences about 公众号 and 扫码 share the genre's bigrams instead.
//
// The set is a Bloom filter (genreBits bits, two hashes) of the bigrams
// seen at least twice, in promo_genre_table.go, written by
// TestGenreTableCurrent with -update-genre; its false positives (some 4 %
// of the bigrams not in it) only make a line look a little more like the
// genre, the side of keeping it.

// genreBits is the Bloom filter's size in bits, a power of two.
const genreLog = 17
const genreBits = 1 << genreLog

// genreSet is the decoded filter.
var genreSet = func() *[genreBits / 64]uint64 {
	var s [genreBits / 64]uint64
	raw, err := base64.StdEncoding.DecodeString(genreTable)
	if err != nil || len(raw) != genreBits/8 {
		return &s // an empty set: every line looks unlike the genre by nothing (genreOdd says n = 0)
	}
	for i := range s {
		for b := 0; b < 8; b++ {
			s[i] |= uint64(raw[i*8+b]) << (8 * b)
		}
	}
	return &s
}()

// genreHashes returns the filter's two bit positions of the bigram a, b.
func genreHashes(a, b rune) (uint32, uint32) {
	k := uint32(a)<<16 | uint32(b)&0xFFFF
	return (k * 0x9E3779B1) >> (32 - genreLog), (k*0x85EBCA77 + 0x27D4EB2F) >> (32 - genreLog)
}

// inGenre reports whether the genre writes the bigram a, b.
func inGenre(a, b rune) bool {
	h1, h2 := genreHashes(a, b)
	return genreSet[h1/64]&(1<<(h1%64)) != 0 && genreSet[h2/64]&(1<<(h2%64)) != 0
}

// isHan reports a CJK unified ideograph of the BMP's main block.
func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// genreOdd counts the bigrams of adjacent Han characters in p (n) and
// those of them the genre does not write (odd).
//
// The words of a title the line cites (《…》) are the cited document's, not
// the line's own, and are passed over, as uncite does for the word lists.
func genreOdd(p string) (odd, n int) {
	prev := rune(-1)
	cited := 0
	for i := 0; i < len(p); {
		// The runes as range reads them, a rune of three bytes decoded
		// in place (decodeRune): range called the runtime's decoder
		// for each rune of every short line weighed.
		var r rune
		var size int
		if c := p[i]; c < utf8.RuneSelf {
			r, size = rune(c), 1
		} else if h, ok := rune3(p, i); ok {
			r, size = h, 3
		} else {
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		i += size
		switch r {
		case '《':
			cited++
		case '》':
			cited = max(cited-1, 0)
		}
		if isHan(r) && cited == 0 {
			if prev >= 0 {
				n++
				if !inGenre(prev, r) {
					odd++
				}
			}
			prev = r
		} else {
			prev = -1
		}
	}
	return odd, n
}

// genreAdd adds a text's bigrams to counts: the generator's side of genreOdd.
func genreAdd(counts map[[2]rune]int, text string) {
	prev := rune(-1)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if isHan(r) {
			if prev >= 0 {
				counts[[2]rune{prev, r}]++
			}
			prev = r
		} else {
			prev = -1
		}
	}
}

// genreWeight weighs how unlike the genre's prose a line's wording is:
// +2 when four fifths or more of its bigrams are none the genre writes, +1
// from two thirds, -1 for a line of ten bigrams or more of which at most
// three in ten are odd. A line of fewer than six bigrams says too little
// (a name, 删节, 掌声 are odd in a short line of the genre's own), and a
// sentence ending in 。 weighs one less: the set is read from a few hundred
// thousand characters, and the genre's sentences on a topic of their own
// (积分, 超市) are as odd to it as a site's words.
func genreWeight(p string) int {
	odd, n := genreOdd(p)
	w := 0
	switch {
	case n < 6:
		return 0
	case 5*odd >= 4*n:
		w = 2
	case 3*odd >= 2*n:
		w = 1
	case n >= 10 && 10*odd <= 3*n:
		return -1
	}
	if w > 0 && strings.HasSuffix(p, "。") {
		w--
	}
	return w
}
