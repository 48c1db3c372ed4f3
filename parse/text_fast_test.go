package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
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
