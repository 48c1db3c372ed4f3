package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// containsAnySets are the sets the rules ask containsAny about.
var containsAnySets = []string{
	"。！？", "。；", "。，；", "，；", ">＞»", " \u3000，、：；",
	"0123456789０１２３４５６７８９", "、0123456789０１２３４５６７８９百千万亿",
	"0123456789０１２３４５６７８９%％、", "。！？；：，!?;:", "。；！？",
	"。！？；：:;“”\"0123456789０１２３４５６７８９、",
}

// TestContainsAny: containsAny says what strings.ContainsAny says, in
// text, in broken bytes and at a string's ends.
func TestContainsAny(t *testing.T) {
	inputs := []string{
		"", "一", "。", "强化对标学习，把准选题方向。", "首页 > 政务公开", "全年完成12项",
		"完成１２项", "百分之八十", "无标点的标题", "\xe3\x80", "\xe3\xe3\x80\x82", "a\x82\x80",
		"\xef\xbc", "abc;", "“引语”", "«»", "·", "\xc2»", "\x80。",
	}
	for _, chars := range containsAnySets {
		for _, s := range inputs {
			if got, want := containsAny(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Errorf("containsAny(%q, %q) = %v, want %v", s, chars, got, want)
			}
		}
	}
}

// FuzzContainsAny: containsAny is strings.ContainsAny on any bytes.
func FuzzContainsAny(f *testing.F) {
	for i, s := range []string{"强化对标学习，把准选题方向。", "\xe3\xe3\x80\x82", "首页 > 政务公开", "完成１２项"} {
		f.Add(s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		chars := containsAnySets[int(k)%len(containsAnySets)]
		if got, want := containsAny(s, chars), strings.ContainsAny(s, chars); got != want {
			t.Errorf("containsAny(%q, %q) = %v, want %v", s, chars, got, want)
		}
	})
}

// indexWords are words the rules look for, and words at the edges of
// indexWord's steps.
var indexWords = []string{"", "a", "须于", "按照规定", "发布”", "政务\"", "。", "ab", "\x82", "一是", "是是"}

// TestIndexWord: indexWord finds what strings.Index finds, first.
func TestIndexWord(t *testing.T) {
	inputs := []string{"", "须", "须于", "请于3日前须于窗口办理，须于", "按照规定按照规定", "江州人社发布”微信", "是是是", "\xe9\xa1\xbb", "ab\x82ab"}
	for _, w := range indexWords {
		for _, s := range inputs {
			if got, want := indexWord(s, w), strings.Index(s, w); got != want {
				t.Errorf("indexWord(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
}

// FuzzIndexWord: indexWord is strings.Index on any bytes.
func FuzzIndexWord(f *testing.F) {
	f.Add("请于3日前须于窗口办理", "须于")
	f.Add("是是是", "是是")
	f.Fuzz(func(t *testing.T, s, w string) {
		if got, want := indexWord(s, w), strings.Index(s, w); got != want {
			t.Errorf("indexWord(%q, %q) = %d, want %d", s, w, got, want)
		}
	})
}

// FuzzDecodeRune: decodeRune reads s as utf8.DecodeRuneInString does, from
// every byte of s.
func FuzzDecodeRune(f *testing.F) {
	for _, s := range []string{"责任编辑：张三", "\xe0\x80\x80\xed\xa0\x80\xef\xbf\xbf", "\xe4\xb8", "a\xe4\x41\x80", "\xf0\x9f\x98\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range len(s) {
			r, n := decodeRune(s, i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Fatalf("decodeRune(%q, %d) = %q, %d; want %q, %d", s, i, r, n, wr, wn)
			}
		}
	})
}
