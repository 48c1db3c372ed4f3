package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// containsAnySets are the sets the rules ask containsAny about (each set
// of a call in parse/, as grep lists them).
var containsAnySets = []string{
	"。！？", "。；", "。，；", "，；", ">＞»", " \u3000，、：；",
	"0123456789０１２３４５６７８９", "、0123456789０１２３４５６７８９百千万亿",
	"0123456789０１２３４５６７８９%％、", "。！？；：，!?;:", "。；！？",
	"。！？；：:;“”\"0123456789０１２３４５６７８９、",
	"%％", "%％、", "·｜|丨", "、", "、百千万亿", "。！？!?", "。！？；!?;",
	"。，！？；：、,.!?;:～~", "。，；", "。，；：！？", "。；！？", "不勿禁", "折|｜丨[［",
	"，,；;：:。！？", "，,；：", "，,；：。", "，。、；：:", "，。！？；,!?;", "，。：:", "，。；",
	"：:|｜",
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

// digitInputs hold digits of both widths, at a string's ends, and
// broken bytes around and inside a fullwidth digit's three.
var digitInputs = []string{
	"", "一", "全年完成12项", "0", "9", "/", ":", "完成１２项", "０", "９", "\xef\xbc\x8f", "\xef\xbc\x9a",
	"\xef\xbc", "\xef", "\xe4\xef\xbc\x90", "\xef\xef\xbc\x95", "\xbc\x90", "百分之八十", "ＡＢ",
}

// TestHasDigit: hasDigit says what strings.ContainsAny says of the digits
// of both widths.
func TestHasDigit(t *testing.T) {
	const digits = "0123456789０１２３４５６７８９"
	for _, s := range digitInputs {
		if got, want := hasDigit(s), strings.ContainsAny(s, digits); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzHasDigit: hasDigit is strings.ContainsAny of the digits on any bytes.
func FuzzHasDigit(f *testing.F) {
	for _, s := range digitInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789０１２３４５６７８９"); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	})
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

// stripQuotesInputs hold the marks stripQuotes removes at a string's ends,
// side by side, beside broken bytes and cut marks.
var stripQuotesInputs = []string{
	"", "“", "“八个专项整治”解决突出问题", "《条例》‘一’", "“”‘’《》", "a“b", "“\xff”", "\xe2\x80", "\xe2\x80\x9c\xe2",
	"\x80\xe2\x80\x9c", "《\xe3\x80》", "题‘“‘", "\xe3\x80\x8a\xe3\x80\x8bx", "普通一句。", "\xed\xa0\x80“",
}

// stripQuotesRef is stripQuotes as it was, rune by rune: a line with a
// mark has its broken bytes written as U+FFFD, a line without one is kept.
func stripQuotesRef(s string) string {
	if !strings.ContainsAny(s, "“”‘’《》") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '“', '”', '‘', '’', '《', '》':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestStripQuotes: stripQuotes removes what its rune-by-rune form does,
// broken bytes written as U+FFFD alike.
func TestStripQuotes(t *testing.T) {
	for _, s := range stripQuotesInputs {
		if got, want := stripQuotes(s), stripQuotesRef(s); got != want {
			t.Errorf("stripQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzStripQuotes: stripQuotes is stripQuotesRef on any bytes.
func FuzzStripQuotes(f *testing.F) {
	for _, s := range stripQuotesInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := stripQuotes(s), stripQuotesRef(s); got != want {
			t.Errorf("stripQuotes(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestQuoteIndex: quoteIndex, eight bytes at a time, finds the first mark
// that a byte-by-byte look finds, among marks whose bytes open as a
// quote's do (— … 、 。 》 〈) and broken ones, in strings long enough for
// the eight-byte steps; stripQuotes on them is stripQuotesRef.
func TestQuoteIndex(t *testing.T) {
	ref := func(s string) int {
		for i := 0; i+2 < len(s); i++ {
			if quoteAt(s, i) {
				return i
			}
		}
		return -1
	}
	pieces := []string{"a", "推进", "“", "”", "‘", "’", "《", "》", "—", "…", "、", "。", "〈", "\xe2\x80", "\xe3", "\xe2\x80\x9c"[:2], "\xff", "工作"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := quoteIndex(s), ref(s); got != want {
			t.Fatalf("quoteIndex(%q) = %d, want %d", s, got, want)
		}
		if got, want := stripQuotes(s), stripQuotesRef(s); got != want {
			t.Fatalf("stripQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestRuneCount: runeCount is utf8.RuneCountInString on Han text, ASCII,
// runes of two and four bytes, surrogates, overlong forms and broken bytes.
func TestRuneCount(t *testing.T) {
	pieces := []string{"a", "调查", "é", "𠀀", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa4\x80", "\xe8\xb0", "\x83", "\xff", "\xef\xbc\x8c", "\xe1\x80"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLastRune: lastRune is utf8.DecodeLastRuneInString on strings ending
// in ASCII, Han text, runes of two and four bytes, surrogates, overlong
// forms, stray continuation bytes and cut runes.
func TestLastRune(t *testing.T) {
	pieces := []string{"a", "调查", "é", "𠀀", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa4\x80", "\xe8\xb0", "\x83", "\xff", "，", "\xe1\x80", "\xf0\x9f\x98"}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		r, n := lastRune(s)
		if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
			t.Fatalf("lastRune(%q) = %q %d, want %q %d", s, r, n, wr, wn)
		}
	}
}

// keywordScoreRef is keywordScore as it was: every rune looked up.
func keywordScoreRef(p string) (strong, weak int) {
	var seen uint64
	for i := 0; i < len(p); {
		r, size := rune(p[i]), 1
		switch c := p[i]; {
		case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		case c >= utf8.RuneSelf:
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		if promoHas.has(r) {
			for _, k := range promoKeys[promoFirst[r]-1] {
				if seen&k.bit == 0 && strings.HasPrefix(p[i:], k.word) {
					seen |= k.bit
					if k.strong {
						strong++
					} else {
						weak++
					}
				}
			}
		}
		i += size
	}
	if strings.HasPrefix(p, "【") {
		if i := strings.Index(p, "】"); i > 0 && i < 60 {
			if s, w := keywordScoreRef(p[len("【"):i]); s+w > 0 {
				strong++
			}
		}
	}
	return strong, weak
}

// keywordInputs put keywords at odd and even runes, side by side, at the
// ends, after broken bytes and runes of every width.
var keywordInputs = []string{
	"", "素", "素材", "素材库", "a素材库", "ab素材库", "加入会员群，联系客服微信：abc", "【某某素材库】每日更新",
	"QQ", "aQQ", "svipSVIP", "一键下载", "x一键下载", "\xe4素材", "\xff会员", "é会员", "𝄞会员", "会员\xe4",
	"关注公众号扫码二维码", "我们关注小伙伴的原创", "代笔代写润笔", "好评如潮持续接单认准唯一平台",
	"\xe4\x00\x00素材库", "素材库\xe4\xb8", "【】素材", "【素材】", "网盘网盘",
}

// TestKeywordScore: keywordScore counts what every rune's lookup counts.
func TestKeywordScore(t *testing.T) {
	for _, p := range keywordInputs {
		s, w := keywordScore(p)
		rs, rw := keywordScoreRef(p)
		if s != rs || w != rw {
			t.Errorf("keywordScore(%q) = %d, %d, want %d, %d", p, s, w, rs, rw)
		}
	}
	if s, w := keywordScore("a加入会员群"); s != 1 || w != 2 {
		t.Errorf("keywordScore(a加入会员群) = %d, %d, want 1, 2", s, w)
	}
	// Every keyword after Han text that holds none, at odd and even
	// runes, after a byte or two that shift the pairs the fast step
	// reads, and before broken bytes: each is counted, as the reference
	// counts it.
	filler := []rune("我们的工作取得新进展")
	for _, k := range append(append([]string(nil), strongPromo...), weakPromo...) {
		for n := range len(filler) {
			for _, pre := range []string{"", "a", "ab", "\xe4", "é"} {
				for _, post := range []string{"", "。", "\xe4\xb8", "x"} {
					p := pre + string(filler[:n]) + k + post
					s, w := keywordScore(p)
					rs, rw := keywordScoreRef(p)
					// (A broken lead byte before the keyword takes
					// its first bytes as its own rune: no count.)
					if s != rs || w != rw || s+w == 0 && utf8.ValidString(pre) {
						t.Errorf("keywordScore(%q) = %d, %d, want %d, %d (not 0)", p, s, w, rs, rw)
					}
				}
			}
		}
	}
}

// FuzzKeywordScore: keywordScore is keywordScoreRef on any bytes.
func FuzzKeywordScore(f *testing.F) {
	for _, p := range keywordInputs {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		s, w := keywordScore(p)
		rs, rw := keywordScoreRef(p)
		if s != rs || w != rw {
			t.Errorf("keywordScore(%q) = %d, %d, want %d, %d", p, s, w, rs, rw)
		}
	})
}
