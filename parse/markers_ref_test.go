package parse

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestInlineMarkersOnePass: the one-pass inlineMarkers finds what the
// former search, one strings.Index pass a word, found: on every paragraph
// of the fixtures and of a generated compilation, and on random strings of
// the key words, numerals, marks and broken bytes.
func TestInlineMarkersOnePass(t *testing.T) {
	paras := testLines(t, 4<<20)
	atoms := []string{"一", "二", "三", "十", "两", "是", "要", "第", "其", "首先", "其次", "再次", "最后", "先", "次",
		"，", "、", ",", "。", "；", "”", "）", " ", "\u3000", "加强", "a", "\xe6", "\x98", "\xaf", "\xe5\x85"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		paras = append(paras, joinRandom(rng, atoms, 14, ""))
	}
	found := 0
	for _, p := range paras {
		got, want := inlineMarkers(p), inlineMarkersRef(p)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("inlineMarkers(%q) = %+v, want %+v", p, got, want)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d markers in all: the test does not reach them", found)
	}
}

// inlineMarkersRef is the former inlineMarkers: it lists the numbering markers inside s at clause starts. It
// looks for the few words that end or open a marker (是 要 第 其 首先 其次
// 再次 最后) with strings.Index rather than decoding every rune.
func inlineMarkersRef(s string) []inlineMarker {
	var out []inlineMarker
	// 一是, 二要: a Han numeral of one or two runes before 是/要.
	for _, suf := range []string{"是", "要"} {
		for at := 0; ; {
			i := strings.Index(s[at:], suf)
			if i < 0 {
				break
			}
			i += at
			at = i + len(suf)
			j := i
			for k := 0; k < 2 && j > 0; k++ {
				r, size := utf8.DecodeLastRuneInString(s[:j])
				if hanDigit(r) <= 0 && r != '十' {
					break
				}
				j -= size
			}
			if j == i || !boundaryBefore(s, j) {
				continue
			}
			if v, n := hanNumber(s[j:i]); n == i-j && v > 0 && v <= 20 {
				out = append(out, inlineMarker{pos: j, size: i - j + len(suf), family: suf, num: v})
			}
		}
	}
	// 第一，其二、: a numeral between 第/其 and a comma.
	for _, pre := range []string{"第", "其"} {
		for at := 0; ; {
			i := strings.Index(s[at:], pre)
			if i < 0 {
				break
			}
			i += at
			at = i + len(pre)
			if !boundaryBefore(s, i) {
				continue
			}
			v, n := hanNumber(s[at:])
			if n == 0 || v > 20 {
				continue
			}
			if sep, ok := hasPrefixAny(s[at+n:], "，", "、"); ok {
				out = append(out, inlineMarker{pos: i, size: len(pre) + n + len(sep), family: pre, num: v})
			}
		}
	}
	for k, w := range []string{"首先", "其次", "再次", "最后"} {
		for at := 0; ; {
			i := strings.Index(s[at:], w)
			if i < 0 {
				break
			}
			i += at
			at = i + len(w)
			if !boundaryBefore(s, i) {
				continue
			}
			if sep, ok := hasPrefixAny(s[at:], "，", ","); ok {
				num := k + 1
				if w == "最后" {
					num = -1
				}
				out = append(out, inlineMarker{pos: i, size: len(w) + len(sep), family: "首先", num: num})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}
