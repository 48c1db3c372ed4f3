package parse

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestScanSentencesSkips: scanSentences, which steps over the runs between
// marks eight bytes at a time and looks for openers only at clause starts,
// splits every paragraph of valid UTF-8 (all text that comes through
// Decode) exactly as the former rune-by-rune loop did — in broken bytes
// the two step differently after a lead byte with nothing after it, and
// the sentences need only be well formed — and
// its opener flag is never missing where the paragraph holds a numbered
// run (what the flag is for) nor set where the former found no opener
// (read only when the whole paragraph is scanned; in broken UTF-8 the
// former could step over a 一 with the bytes before it).
// Paragraphs: the fixtures, a generated compilation, and random strings of
// marks, quotes, numerals, ASCII and broken bytes, cut at every length.
func TestScanSentencesSkips(t *testing.T) {
	paras := testLines(t, 2<<20)
	atoms := []string{"一", "二", "三", "十", "是", "要", "第", "其", "首先", "其次", "最后", "加强", "领导",
		"。", "！", "？", "；", "：", "，", "、", "“", "”", "（", "）", "《", "》", "「", "」", "『", "』", "【", "】", "’",
		"(", ")", ",", ";", ":", " ", "\"", "'", "\u3000", "a", "1", ".", "\xe3", "\x80", "\xef\xbc", "😀", "é",
		"\xe4", "\xc3", "\xf0", "\xf0\x9f"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 40000 {
		s := joinRandom(rng, atoms, 20, "")
		paras = append(paras, s, s[:rng.IntN(len(s)+1)])
	}
	runs := 0
	for _, p := range paras {
		for _, limit := range []int{-1, 1, 2} {
			got, op := scanSentences(nil, p, limit == 2, limit)
			want, refOp := scanSentencesRef(nil, p, limit == 2, limit)
			if !utf8.ValidString(p) {
				at := 0
				for _, s := range got {
					if s.start != at || s.bodyEnd < s.start || s.end < s.bodyEnd || s.end > len(p) {
						t.Fatalf("scanSentences(%q, %d) = %v: not a split of the paragraph", p, limit, got)
					}
					at = s.end
				}
			} else if !slices.Equal(got, want) {
				t.Fatalf("scanSentences(%q, %d) = %v, want %v", p, limit, got, want)
			}
			if limit == -1 && op && !refOp && utf8.ValidString(p) {
				t.Fatalf("scanSentences(%q, %d): an opener the former scan did not see", p, limit)
			}
			if limit == -1 && len(inlineSequences(inlineMarkers(p))) > 0 {
				runs++
				if !op {
					t.Fatalf("scanSentences(%q): no opener, but the paragraph holds a numbered run", p)
				}
			}
		}
	}
	if runs < 200 {
		t.Fatalf("only %d paragraphs with numbered runs: the test does not reach the flag", runs)
	}
}

// byteSkipRef is the former byteSkip.
var byteSkipRef = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == '(' || c == ')':
		case c < 0x80:
			t[c] = 1
		case c < 0xC0:
			t[c] = 1 // a stray continuation byte
		case c < 0xE0:
			t[c] = 2
		case c < 0xF0:
			switch c {
			case 0xE2, 0xE3, 0xE4, 0xE9, 0xEF:
			default:
				t[c] = 3
			}
		default:
			t[c] = 4
		}
	}
	return t
}()

// scanSentencesRef is the former scanSentences, which stopped at every 一
// and 首 to find openers anywhere.
func scanSentencesRef(buf []sentence, p string, semi bool, limit int) (out []sentence, opener bool) {
	out = buf[:0]
	start, depth := 0, 0
	for i := 0; i < len(p); {
		c := p[i]
		// Most runes are skipped on one table lookup (byteSkip) without
		// being decoded.
		if n := byteSkipRef[c]; n != 0 {
			i += int(n)
			continue
		}
		var r rune
		size := 3
		switch {
		case c < 0x80:
			r, size = rune(c), 1
		case i+2 >= len(p):
			i = len(p)
			continue
		case c == 0xE4:
			if p[i+1] == 0xB8 && p[i+2] == 0x80 { // 一
				if _, ok := hasPrefixAny(p[i+3:], "是", "要", "，", "、"); ok {
					opener = true
				}
			}
			i += 3
			continue
		case c == 0xE9:
			if p[i+1] == 0xA6 && p[i+2] == 0x96 && strings.HasPrefix(p[i+3:], "先") { // 首先
				opener = true
			}
			i += 3
			continue
		default: // E2, E3, EF: quotes, brackets, CJK punctuation
			r = rune(c&0x0F)<<12 | rune(p[i+1]&0x3F)<<6 | rune(p[i+2]&0x3F)
		}
		switch r {
		case '“', '（', '《', '「', '『', '(':
			depth++
		case '”', '）', '》', '」', '』', ')':
			if depth > 0 {
				depth--
			}
		case '。', '！', '？', '；':
			if r == '；' && !semi {
				break
			}
			j := i + size
			for j < len(p) {
				r2, s2 := utf8.DecodeRuneInString(p[j:])
				if !isClosing(r2) {
					break
				}
				j += s2
				if depth > 0 {
					depth--
				}
			}
			if depth > 0 {
				// Inside a quotation the mark ends the quoted sentence,
				// not ours.
				i = j
				continue
			}
			out = append(out, sentence{start: start, end: j, bodyEnd: i, mark: r})
			if len(out) == limit {
				return out, opener
			}
			start = j
			i = j
			continue
		}
		i += size
	}
	if start < len(p) {
		out = append(out, sentence{start: start, end: len(p), bodyEnd: len(p)})
	}
	return out, opener
}

// TestClosingLeadBytes: every closing mark opens with a byte stepClosing
// looks further at; one that opened with another would be passed over
// (the test fails when isClosing takes such a mark).
func TestClosingLeadBytes(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !isClosing(r) {
			continue
		}
		s := string(r) + "。"
		if j, _ := stepClosing(s, 0, 0); j != len(string(r)) {
			t.Errorf("stepClosing(%q) = %d, want %d: %U's lead byte %#x is not looked at", s, j, len(string(r)), r, s[0])
		}
	}
}
