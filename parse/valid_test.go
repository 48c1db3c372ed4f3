package parse

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// validUTF8Parallel agrees with utf8.Valid, in particular on runes that
// straddle the cuts between parts and on broken bytes next to them.
func TestValidUTF8Parallel(t *testing.T) {
	base := bytes.Repeat([]byte("调查研究a，"), 1_000_000) // 11 MB: three parts
	at := []int{0, 1, 4<<20 - 1, 4 << 20, 4<<20 + 1, 4<<20 + 2, 8 << 20, len(base) - 1}
	check := func(name string, b []byte) {
		t.Helper()
		if got, want := validUTF8Parallel(b), utf8.Valid(b); got != want {
			t.Errorf("%s: %v, utf8.Valid says %v", name, got, want)
		}
	}
	check("valid", base)
	for _, i := range at {
		for _, bad := range []byte{0x80, 0xFF, 0xE8, 'x'} {
			b := bytes.Clone(base)
			b[i] = bad
			check(fmt.Sprintf("byte %d = %#x", i, bad), b)
		}
	}
	check("cut rune at the end", base[:len(base)-1])
	check("four continuation bytes at a cut", append(append(bytes.Clone(base[:4<<20-2]), 0x80, 0x80, 0x80, 0x80, 0x80), base[:4<<20]...))
	check("small", []byte("调查"))
}

// quoteRunes counts exactly the runes stripQuotes removes.
func TestQuoteRunes(t *testing.T) {
	for _, s := range []string{"", "调查研究", "“八个专项整治”解决突出问题", "《条例》‘甲’", "“", "\xe2\x80", "a“b”c《d》e‘f’"} {
		if got, want := quoteRunes(s), utf8.RuneCountInString(s)-utf8.RuneCountInString(stripQuotes(s)); got != want {
			t.Errorf("quoteRunes(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestTrimLeaders(t *testing.T) {
	for _, s := range []string{"", "12.", "一、总则……12", "第一章 总则 · · 3", "标题\u3000\t 45", "…", "甲", "12.标题"} {
		if got, want := trimLeaders(s), strings.TrimRight(s, "0123456789 .…·\t\u3000"); got != want {
			t.Errorf("trimLeaders(%q) = %q, want %q", s, got, want)
		}
	}
}
