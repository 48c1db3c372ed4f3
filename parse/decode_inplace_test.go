package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The loops that decode their runes in place (genreOdd, isNavLine) read
// them as range did: the references below are those functions as they
// were, with range, compared on the fixtures' lines and on random strings
// of Han, marks, separators, ASCII and broken bytes (E0 and ED leads,
// stray continuation bytes, cut runes), cut at every length.

func genreOddRef(p string) (odd, n int) {
	prev := rune(-1)
	cited := 0
	for _, r := range p {
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

func isNavLineRef(s string) bool {
	if len(s) > 240 {
		return false
	}
	// One pass, left at the first clause mark: a line of prose has one
	// within a few runes. It goes before the labels' checks, which read
	// every short line of a file to the end of its label.
	sep := false
	for _, r := range s {
		switch r {
		case '。', '，', '；', '！', '？':
			return false
		case ' ', '|', '>', '/', '\t', '\u3000', '｜', '＞', '»', '·':
			sep = true
		}
	}
	if !sep || isRecordLine(s) || tableHeader(s) {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\u3000' || r == '|' || r == '｜' || r == '>' || r == '＞' || r == '»' || r == '·' || r == '/' || r == '\t'
	})
	crumbs := containsAny(s, ">＞»")
	if len(words) < 4 && !(crumbs && len(words) >= 2 && strings.HasPrefix(s, "首页")) {
		return false
	}
	if !crumbs && letterSpaced(words) {
		return false // 政 府 工 作 报 告: a title set out letter by letter
	}
	for _, w := range words {
		if n := runeLen(w); n > 8 || hanCount(w, 1) == 0 {
			return false
		}
		if _, ok := parseMarker(w); ok {
			return false
		}
	}
	return true
}

func TestDecodeInPlaceAsRange(t *testing.T) {
	lines := testLines(t, 1<<20)
	atoms := []string{"首页", "政务公开", "办事", "服务", "《", "》", "。", "，", "；", "！", "？", " ", "|", ">", "/", "\t",
		"\u3000", "｜", "＞", "»", "·", "a", "1", "\xe0\xa0\x80", "\xe0\x80\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xe4", "\xe4\xb8", "\x80", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xef\xbc\x89", "\xe1\x80\x80"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 30000 {
		s := joinRandom(rng, atoms, 12, "")
		lines = append(lines, s, s[:rng.IntN(len(s)+1)], strings.Repeat(s, 1+rng.IntN(8)))
	}
	for _, s := range lines {
		if go1, gn := genreOdd(s); true {
			if wo, wn := genreOddRef(s); go1 != wo || gn != wn {
				t.Fatalf("genreOdd(%q) = %d, %d; want %d, %d", s, go1, gn, wo, wn)
			}
		}
		if got, want := isNavLine(s), isNavLineRef(s); got != want {
			t.Fatalf("isNavLine(%q) = %v, want %v", s, got, want)
		}
	}
}
