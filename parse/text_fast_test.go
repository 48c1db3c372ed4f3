package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// fastAlphabet is what the byte-level helpers' tests build strings from:
// the white space and marks they look for, a Han character, and the
// pieces of runes (a lone lead byte, a stray continuation byte) that
// broken text holds.
var fastAlphabet = []string{" ", "\t", "\u3000", "\u3000"[:2], "\x80", "\xe3", "电", "日", "月", "）", ")", "（", "本报讯", "a", "，", "。", "\n"}

// randomText joins n pieces of fastAlphabet.
func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(fastAlphabet[r.IntN(len(fastAlphabet))])
	}
	return b.String()
}

// TestTrimBlankRight: trimBlankRight is strings.TrimRight(s, " \t\u3000")
// on every string, broken UTF-8 included.
func TestTrimBlankRight(t *testing.T) {
	cases := []string{"", " ", "\u3000", "电\u3000 \t", "\u3000"[:2], "a\u3000"[1:], "\xe3\x80\x80\x80", "\x80\x80\u3000", "电 \u3000\t\u3000", " 电"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		cases = append(cases, randomText(r, r.IntN(8)))
	}
	for _, s := range cases {
		if got, want := trimBlankRight(s), strings.TrimRight(s, " \t\u3000"); got != want {
			t.Fatalf("trimBlankRight(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestBMPSet: a bmpSet holds the BMP runes added and no other rune, the
// edges of its words and of the plane included.
func TestBMPSet(t *testing.T) {
	var s bmpSet
	in := []rune{0, 63, 64, '素', 0xFFFF}
	for _, r := range in {
		s.add(r)
	}
	for _, r := range in {
		if !s.has(r) {
			t.Errorf("%U added, not in the set", r)
		}
	}
	for _, r := range []rune{1, 62, 65, 127, '材', 0xFFFE, 0x10000, 0x1F600, -1, utf8.RuneError} {
		if s.has(r) {
			t.Errorf("%U in the set, never added", r)
		}
	}
	// The tables built on it flag exactly the first runes of their words.
	for r := rune(0); r < 1<<16; r++ {
		if promoHas.has(r) != (promoFirst[r] != 0) {
			t.Fatalf("%U: promoHas %v, promoFirst %d", r, promoHas.has(r), promoFirst[r])
		}
	}
}
