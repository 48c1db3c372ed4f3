package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCommonAffixes: commonPrefix and commonSuffix, which compare runes as
// bytes and stop at upTo, count what the former rune-decoding loops
// counted, capped at upTo, on valid UTF-8 (all text that comes through
// Decode): the table's edges, then random strings of ASCII, Han, 2-byte
// and 4-byte runes that share openings and endings of every length.
func TestCommonAffixes(t *testing.T) {
	for _, tc := range []struct {
		a, b     string
		upTo     int
		pre, suf int
	}{
		{"", "", 4, 0, 0},
		{"强化组织领导", "强化问题导向", 4, 2, 0},
		{"把准选题方向", "提升选题方向", 4, 0, 4},
		{"强化对标学习", "强化对标学习", 4, 4, 4},
		{"强化对标学习", "强化对标学习", 9, 6, 6},
		{"强化", "强化对标", 4, 2, 0},
		{"对标", "强化对标", 4, 0, 2},
		{"a强", "a弱", 4, 1, 0},
		{"é", "è", 4, 0, 0}, // one byte apart, after the same lead byte
		{"𠀀x", "𠀁x", 4, 0, 1},
		{"xy", "xy", 0, 0, 0},
	} {
		if got := commonPrefix(tc.a, tc.b, tc.upTo); got != tc.pre {
			t.Errorf("commonPrefix(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.upTo, got, tc.pre)
		}
		if got := commonSuffix(tc.a, tc.b, tc.upTo); got != tc.suf {
			t.Errorf("commonSuffix(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.upTo, got, tc.suf)
		}
	}
	runes := []rune("强化对标学习问题导向ab1éè𠀀𠀁")
	rng := rand.New(rand.NewPCG(3, 9))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(runes[rng.IntN(len(runes))])
		}
		return b.String()
	}
	for range 50000 {
		head, tail := word(rng.IntN(6)), word(rng.IntN(6))
		a := head + word(rng.IntN(4)) + tail
		b := head + word(rng.IntN(4)) + tail
		upTo := rng.IntN(8)
		if got, want := commonPrefix(a, b, upTo), min(upTo, commonPrefixRef(a, b)); got != want {
			t.Fatalf("commonPrefix(%q, %q, %d) = %d, the former loop %d", a, b, upTo, got, want)
		}
		if got, want := commonSuffix(a, b, upTo), min(upTo, commonSuffixRef(a, b)); got != want {
			t.Fatalf("commonSuffix(%q, %q, %d) = %d, the former loop %d", a, b, upTo, got, want)
		}
	}
}

// commonPrefixRef is the former commonPrefix, which decoded every rune.
func commonPrefixRef(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

// commonSuffixRef is the former commonSuffix.
func commonSuffixRef(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeLastRuneInString(a)
		rb, sb := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[:len(a)-sa], b[:len(b)-sb]
	}
	return n
}
