package parse

import (
	"math/bits"
	"strings"
	"unsafe"

	asmutf8 "github.com/segmentio/asm/utf8"
)

// Quotation marks found a word at a time, and the rune sizes their scans
// step by (text.go keeps the sentence scanner that asks them).

// runeSize is the length of the UTF-8 sequence that byte c starts (1 for
// ASCII and for a byte that starts none).
func runeSize(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// stripQuotes removes quotation marks and title brackets so that
// “八个专项整治”解决突出问题 compares by its words. In valid UTF-8 a mark's
// bytes (quoteAt) are that mark wherever they stand, so the text between
// the marks is copied whole; broken bytes are read rune by rune, each
// bad byte written as U+FFFD (stripQuotesRunes). Decoding and writing
// every rune of every lead candidate was two fifths of leadCandidate on a
// 100 MB file.
func stripQuotes(s string) string {
	i := quoteIndex(s)
	if i < 0 {
		return s
	}
	if !asmutf8.Valid(unsafe.Slice(unsafe.StringData(s), len(s))) {
		return stripQuotesRunes(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i >= 0 {
		b.WriteString(s[from:i])
		from = i + 3
		if j := quoteIndex(s[from:]); j >= 0 {
			i = from + j
		} else {
			i = -1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// stripQuotesRunes is stripQuotes rune by rune, for broken bytes.
func stripQuotesRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '“', '”', '‘', '’', '《', '》':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// quoteAt reports “”‘’ (E2 80 9C/9D/98/99) or 《》 (E3 80 8A/8B) at s[i:],
// i+2 < len(s).
func quoteAt(s string, i int) bool {
	switch s[i] {
	case 0xE2:
		return s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x98 || s[i+2] == 0x99)
	case 0xE3:
		return s[i+1] == 0x80 && (s[i+2] == 0x8A || s[i+2] == 0x8B)
	}
	return false
}

// quoteRunes counts the runes stripQuotes removes from s.
func quoteRunes(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xE2:
			if s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x98 || s[i+2] == 0x99) {
				n++
			}
		case 0xE3:
			if s[i+1] == 0x80 && (s[i+2] == 0x8A || s[i+2] == 0x8B) {
				n++
			}
		}
	}
	return n
}

// hasQuote reports “”‘’ (E2 80 9C/9D/98/99) or 《》 (E3 80 8A/8B) in s,
// reading bytes: strings.ContainsAny decodes every rune.
func hasQuote(s string) bool { return quoteIndex(s) >= 0 }

// quoteIndex is the index of the first mark of hasQuote's in s (quoteAt),
// or -1. The bytes E2 and E3 that open them are looked for eight at a
// time, as scanSentences looks for its marks: a lead candidate's words
// (stripQuotes) are read whole, and most hold no mark.
func quoteIndex(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for i+2 < len(s) {
		if i+8 <= len(s) {
			x := load8(s, i)
			e := x&(0xFE*ones) ^ 0xE2*ones
			m := (e - ones) &^ e & highs
			if m == 0 {
				i += 8
				continue
			}
			// The lowest flagged byte is E2 or E3 exactly (a borrow
			// flags only bytes above it).
			i += bits.TrailingZeros64(m) / 8
			if i+2 >= len(s) {
				break
			}
		} else if s[i]&0xFE != 0xE2 {
			i++
			continue
		}
		if quoteAt(s, i) {
			return i
		}
		i++
	}
	return -1
}
