package parse

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// validUTF8Bytes (SIMD, segmentio/asm) agrees with utf8.Valid: on every
// kind of broken or forbidden sequence (stray continuation bytes, cut
// runes, overlong forms, surrogates, code points past U+10FFFF), placed at
// every offset around the 16-, 32- and 64-byte blocks a vector check reads.
func TestValidUTF8Bytes(t *testing.T) {
	base := bytes.Repeat([]byte("调查研究a，"), 40)
	bad := [][]byte{{0x80}, {0xFF}, {0xE8}, {0xE8, 0x80}, {0xC0, 0x80}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80},
		{0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF0, 0x9F, 0x98, 0x80}, {0xEF, 0xBB, 0xBF}, {0}}
	check := func(name string, b []byte) {
		t.Helper()
		if got, want := validUTF8Bytes(b), utf8.Valid(b); got != want {
			t.Errorf("%s: %v, utf8.Valid says %v", name, got, want)
		}
	}
	check("valid", base)
	check("empty", nil)
	for i := 0; i < 130; i++ {
		for _, seq := range bad {
			b := append(append(bytes.Clone(base[:i]), seq...), base[i:]...)
			check(fmt.Sprintf("% x at %d", seq, i), b)
			check(fmt.Sprintf("% x at %d, end", seq, i), b[:i+len(seq)])
		}
		check(fmt.Sprintf("cut at %d", i), base[:i])
	}
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

// runeLen is utf8.RuneCountInString on valid UTF-8 of every length around
// its eight-byte steps, and counts the bytes that start a rune in broken
// text.
func TestRuneLen(t *testing.T) {
	s := strings.Repeat("调查研究a，“一是”😀é\u3000", 3)
	for n := 0; n <= len(s); n++ {
		if !utf8.ValidString(s[:n]) {
			continue
		}
		if got, want := runeLen(s[:n]), utf8.RuneCountInString(s[:n]); got != want {
			t.Fatalf("runeLen(%q) = %d, want %d", s[:n], got, want)
		}
	}
	for s, want := range map[string]int{"\x80\x80a": 1, "\xe4\xb8": 1, "a\xffb": 3, "": 0} {
		if got := runeLen(s); got != want {
			t.Errorf("runeLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// clauseStats agrees with the passes it replaces, on random strings of
// commas, colons, quotes, Han characters and broken bytes.
func TestClauseStats(t *testing.T) {
	atoms := []string{"，", ",", "：", ":", "；", "“", "”", "‘", "’", "《", "》", "调查", "a", "\xef\xbc", "\xe2\x80", "\xe3\x80", "。", "😀", "—", "、", "\x80", "推进工作"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		s := joinRandom(rng, atoms, 24, "")
		runes, commas, colon := clauseStats(s)
		wantColon := strings.Contains(s, "：") || strings.Contains(s, "；") || strings.IndexByte(s, ':') >= 0
		if runes != runeLen(s)-quoteRunes(s) || commas != strings.Count(s, "，")+strings.Count(s, ",") || colon != wantColon {
			t.Fatalf("clauseStats(%q) = %d %d %v", s, runes, commas, colon)
		}
	}
}

// joinRandom joins up to max-1 atoms picked by rng, each followed by sep:
// the random documents the tests that hold new code to the former use.
func joinRandom(rng *rand.Rand, atoms []string, max int, sep string) string {
	var b strings.Builder
	for range rng.IntN(max) {
		b.WriteString(atoms[rng.IntN(len(atoms))])
		b.WriteString(sep)
	}
	return b.String()
}
