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
// on every string, broken UTF-8 included, and trimBlankCRRight the same
// with \r.
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
		for _, s := range []string{s, s + "\r", "\r" + s, s + " \r\u3000\r"} {
			if got, want := trimBlankCRRight(s), strings.TrimRight(s, " \t\r\u3000"); got != want {
				t.Fatalf("trimBlankCRRight(%q) = %q, want %q", s, got, want)
			}
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

// isNumericDateRef is isNumericDate without its first look at the bytes.
func isNumericDateRef(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '.' || r == '/' })
	if len(parts) != 3 || len(parts[0]) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// TestIsNumericDate: isNumericDate says what its reference says, on dates,
// near-dates and random pieces of dates and broken bytes.
func TestIsNumericDate(t *testing.T) {
	cases := []string{"", "2026-11-20", "2026.11.20", "2026/1/2", "2026--11--20", "-2026-11-20-", "2026-11", "2026-11-20-1",
		"20261-1-2", "2026-11-20 ", "２０２６-11-20", "2026-1a-20", "2026年11月20日", "\xe3-11-20"}
	pieces := []string{"2026", "11", "1", "-", ".", "/", "a", " ", "\xe3", "\x80", "年", "12345"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	n := 0
	for _, s := range cases {
		got, want := isNumericDate(s), isNumericDateRef(s)
		if got != want {
			t.Fatalf("isNumericDate(%q) = %v, want %v", s, got, want)
		}
		if got {
			n++
		}
	}
	if n < 5 {
		t.Errorf("%d dates among the cases, want at least 5", n)
	}
}
