package parse

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// isTerminal reports punctuation that ends a sentence or a clause a heading
// never ends with (GB/T 15834 句末点号 plus ；：).
func isTerminal(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '：', '.', '!', '?', ';', ':', '…', '，', '、', ',':
		return true
	}
	return false
}

// isClosing reports closing quotes and brackets that may follow a sentence's
// end mark (…整改。” 习近平…).
func isClosing(r rune) bool {
	switch r {
	case '”', '’', '）', '》', '」', '』', '】', ')', '"', '\'':
		return true
	}
	return false
}

// lastMeaningful returns the last rune of s, looking past closing quotes and
// brackets.
func lastMeaningful(s string) rune {
	for len(s) > 0 {
		r, size := lastRune(s)
		if !isClosing(r) {
			return r
		}
		s = s[:len(s)-size]
	}
	return 0
}

// load8 reads s[i:i+8] as one little-endian word, without a copy
// (binary.LittleEndian is one instruction where the processor allows).
// i+8 must not pass len(s).
func load8(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:i+8]), 8))
}

// decodeRune is utf8.DecodeRuneInString(s[i:]), a three-byte rune of
// Han text decoded in place: a lead byte E1-EC or EE-EF with two
// continuation bytes is always a valid rune (E0 and ED, which may be
// overlong or a surrogate, go to the decoder). For the loops that read
// every rune of every short line, where range calls the runtime's decoder
// for each.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if r, ok := rune3(s, i); ok {
		return r, 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// rune3 decodes the well-formed three-byte rune (Han, CJK punctuation) at
// s[i], if one starts there; small enough to inline, so that the hot loops
// that decode in place (decodeRune is not) share one check.
func rune3(s string, i int) (rune, bool) {
	if c := s[i]; c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), true
	}
	return 0, false
}

// indexWord is strings.Index(s, w), stepping from one occurrence of w's
// last byte to the next (IndexByte): for a word of Han characters a
// continuation byte, which stands about once in a hundred bytes of Han
// text, where strings.Index steps by w's first byte, a lead byte (E4-E9
// lead one Han character in three or more) and turns to a rolling hash
// once those steps fail. The rules ask for words in every short line of a
// file (containsWord).
func indexWord(s, w string) int {
	n := len(w)
	if n < 2 {
		return strings.Index(s, w)
	}
	last, before := w[n-1], w[n-2]
	for i := n - 1; i < len(s); i++ {
		o := strings.IndexByte(s[i:], last)
		if o < 0 {
			return -1
		}
		i += o
		// The byte before first: a Han word's last byte is a
		// continuation byte, which one rune in 30 or so ends with.
		if s[i-1] == before && s[i+1-n:i+1] == w {
			return i + 1 - n
		}
	}
	return -1
}

// containsAny is strings.ContainsAny(s, chars) for the rules' short sets of
// marks and digits (chars valid UTF-8 without U+FFFD): a pass over s for
// each rune of chars, each an IndexByte, where the library's loop looks
// every rune of s up in chars when a mark of chars is not ASCII (7 % of a
// 100 MB file's parse). A valid rune's bytes in s are that rune as s
// decodes, broken bytes or not: its first byte is never a continuation.
// Each rune of chars is looked for as its bytes (indexWord), not decoded
// and encoded again for strings.IndexRune: the rules ask about short
// titles and clauses, where that was most of the cost.
func containsAny(s, chars string) bool {
	for i := 0; i < len(chars); {
		n := runeSize(chars[i])
		if indexWord(s, chars[i:i+n]) >= 0 {
			return true
		}
		i += n
	}
	return false
}

// lastRune is utf8.DecodeLastRuneInString(s) on any bytes, a last rune
// of ASCII or of three bytes (Han text) read in place: the library's call
// steps back byte by byte and calls its decoder, and the rules ask for the
// last rune before a place in most lines and sentences of a file.
func lastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n >= 3 {
		if c := s[n-3]; c >= 0xE1 && c <= 0xEF && c != 0xED && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// runeCount is utf8.RuneCountInString(s) on any bytes — a broken byte one
// rune, as the decoder steps — with a three-byte rune of Han text counted
// in place (decodeRune's test), where the library calls the runtime's
// decoder for every rune outside ASCII. For the counts whose bytes may be
// broken (runeLen counts a stray continuation byte as nothing).
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if c := s[i]; c < utf8.RuneSelf {
			i++
		} else if _, ok := rune3(s, i); ok {
			i += 3
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}

// runeLen counts runes: the bytes that start one, eight bytes at a time
// (utf8.RuneCountInString decodes CJK a rune at a time, and the lead
// heuristics count every short line and sentence of a large file). For
// valid UTF-8 — all text that comes through Decode — it is the rune count;
// in broken bytes a stray continuation byte counts as nothing, where the
// decoder would count it as one U+FFFD.
func runeLen(s string) int {
	const highs = 0x8080808080808080
	cont := 0 // continuation bytes: 10xxxxxx
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		cont += bits.OnesCount64(x &^ (x << 1) & highs)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// hanCount counts Han characters, at most limit.
func hanCount(s string, limit int) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
			if n >= limit {
				return n
			}
		}
	}
	return n
}

// maxHeadingRunes bounds a standalone heading line: long enough for the
// 44-character headings of 经验材料, short of a paragraph.
const maxHeadingRunes = 64

// titleLike reports whether a paragraph reads as a heading line: short, with
// at least two Han characters, not ending in terminal punctuation.
func titleLike(p string) bool {
	if p == "" || len(p) > maxHeadingRunes*4 {
		return false
	}
	if n := runeLen(p); n > maxHeadingRunes {
		return false
	}
	if isTerminal(lastMeaningful(p)) || containsAny(p, "。！？") {
		return false
	}
	r, _ := lastRune(p)
	if r == '—' || r == '-' {
		return false
	}
	if hanCount(p, 2) < 2 {
		return false
	}
	return !isDateLine(p) && !strings.HasPrefix(p, "——") && !strings.HasPrefix(p, "<")
}

// isClosingLine reports a short exclamation standing as a paragraph of its
// own (谢谢大家！, 谢谢！): a speech's or a letter's closing words, never the
// text of a heading above them.
func isClosingLine(p string) bool {
	p = strings.TrimSpace(strings.Trim(p, "　"))
	if !strings.HasSuffix(p, "！") && !strings.HasSuffix(p, "!") {
		return false
	}
	n := utf8.RuneCountInString(p)
	return n >= 2 && n <= 8
}

// isDateLine reports a line that opens with a date (2023年8月1日,
// （2018年1月2日）); a title that opens with a year (2024年工作要点) is not one.
func isDateLine(p string) bool {
	p = strings.TrimPrefix(p, "（")
	p = strings.TrimPrefix(p, "(")
	v, n := arabicNumber4(p)
	if n == 0 || v < 1900 || v > 2200 || !strings.HasPrefix(p[n:], "年") {
		return false
	}
	p = p[n+len("年"):]
	_, m := arabicNumber(p)
	if m == 0 {
		_, m = hanNumber(p)
	}
	return m > 0 && strings.HasPrefix(p[m:], "月")
}

// arabicNumber4 reads up to four ASCII digits.
func arabicNumber4(s string) (int, int) {
	v, n := 0, 0
	for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}

// sentence is a byte range of a paragraph ending after its end mark (and
// closing quotes that follow it).
type sentence struct {
	start, end int // [start, end) within the paragraph, end mark included
	bodyEnd    int // end without the end mark and closing quotes
	mark       rune
}

// sentences splits a paragraph at 。！？ (and ； when semi is true), keeping
// closing quotes with the sentence they close. Marks inside quotation marks
// or brackets do not end a sentence unless the quote closes right after
// them.
func sentences(p string, semi bool) []sentence {
	out, _ := scanSentences(nil, p, semi, -1)
	return out
}

// firstSentence returns the first sentence of p, false when p is empty.
// Its buffer is on the stack: a heading's title clause is looked for on
// 40,000 headings of a 100 MB file, each a slice allocated before.
func firstSentence(p string, semi bool) (sentence, bool) {
	var one [1]sentence
	ss, _ := scanSentences(one[:0], p, semi, 1)
	if len(ss) == 0 {
		return sentence{}, false
	}
	return ss[0], true
}

// byteSkip says, for the first byte of a rune, how many bytes to step over
// without looking, or 0 for the bytes scanSentences must decode: the lead
// bytes E2 E3 EF (quotes, brackets, CJK punctuation, U+3000) and the ASCII
// marks that open or close a bracket or a clause ( ) , ; : space " '.
var byteSkip = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case strings.IndexByte("(),;: \"'", byte(c)) >= 0:
		case c < 0x80:
			t[c] = 1
		case c < 0xC0:
			t[c] = 1 // a stray continuation byte
		case c < 0xE0:
			t[c] = 2
		case c < 0xF0:
			switch c {
			case 0xE2, 0xE3, 0xEF:
			default:
				t[c] = 3
			}
		default:
			t[c] = 4
		}
	}
	return t
}()

// scanSentences is sentences appending to buf (reused between paragraphs to
// spare the allocations), stopping after limit sentences when limit >= 0. It
// also reports whether p may hold an opener of a numbered run (一是, 一要,
// 第一，, 其一、, 首先，) at the start of a clause, found in the same pass.
//
// This loop reads every byte of a large document, so it looks only at the
// runes that matter — CJK punctuation and quotes (lead bytes E2, E3, EF)
// and ASCII marks — and steps over the runs of Han characters between them.
func scanSentences(buf []sentence, p string, semi bool, limit int) (out []sentence, opener bool) {
	out = buf[:0]
	start, depth := 0, 0
	opener = openerAt(p, 0)
	for i := 0; i < len(p); {
		// Step to the next byte that may start a rune decoded below —
		// E2, E3, EF, or ASCII below 40 (space " ' ( ) , : ; among
		// them; the digits and the rest of it byteSkip steps over) —
		// eight bytes at a time: between two marks run dozens of Han
		// characters that need no look. Each test flags its lowest byte
		// exactly (a borrow may flag bytes above it, which the lowest
		// over all tests ignores), and a lead byte is never a
		// continuation byte, so the step ends where a rune starts.
		// (Three tests, where four flagged ASCII 20-2F and 3A-3B
		// exactly: a digit read as a mark costs less than the fourth.)
		for i+8 <= len(p) {
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			x := load8(p, i)
			a := x & (0xC0 * ones)
			e := x&(0xFE*ones) ^ 0xE2*ones
			f := x ^ 0xEF*ones
			if m := ((a-ones)&^a | (e-ones)&^e | (f-ones)&^f) & highs; m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(p) {
			break
		}
		c := p[i]
		if n := byteSkip[c]; n != 0 {
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
		default: // E2, E3, EF: quotes, brackets, CJK punctuation
			r = rune(c&0x0F)<<12 | rune(p[i+1]&0x3F)<<6 | rune(p[i+2]&0x3F)
		}
		// A numbered run opens at the start of a clause, which is after
		// one of these marks: look there. (第一， and 其一、 are told by the
		// 一 before their comma.)
		if !opener {
			switch r {
			case '，', '、':
				opener = i >= 3 && p[i-3:i] == "一" || openerAt(p, i+size)
			case '。', '；', '：', '！', '？', ';', ':', ',', ' ', '\u3000',
				'”', '’', '）', '》', '」', '』', '】', ')', '"', '\'':
				opener = openerAt(p, i+size)
			}
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
			j, depth = stepClosing(p, j, depth)
			// The closing quotes were stepped over: a clause starts
			// after them too.
			opener = opener || openerAt(p, j)
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

// stepClosing steps over the closing quotes and brackets at p[j:] that
// follow a sentence's end mark, each closing one open level of depth.
func stepClosing(p string, j, depth int) (int, int) {
	for j < len(p) {
		// Every closing mark (isClosing) opens with one of these six
		// bytes: after most end marks stands a Han character, which
		// is not decoded then.
		if c := p[j]; c != 0xE2 && c != 0xE3 && c != 0xEF && c != ')' && c != '"' && c != '\'' {
			break
		}
		r, size := decodeRune(p, j)
		if !isClosing(r) {
			break
		}
		j += size
		if depth > 0 {
			depth--
		}
	}
	return j, depth
}

// openerAt reports whether a numbered run may open at p[j:]: 一是 or 一要
// there or one rune on (二一是 reads as 1 too), or 首先. Byte by byte: it
// is asked at every comma.
func openerAt(p string, j int) bool {
	if j+6 > len(p) {
		return false
	}
	q := p[j:]
	switch {
	case q[0] == 0xE4 && q[1] == 0xB8 && q[2] == 0x80: // 一
		if shiYao(q[3:]) {
			return true
		}
	case q[0] == 0xE9:
		if strings.HasPrefix(q, "首先") {
			return true
		}
	}
	return len(q) >= 9 && q[3] == 0xE4 && q[4] == 0xB8 && q[5] == 0x80 && q[0]&0xF0 == 0xE0 && shiYao(q[6:])
}

// shiYao reports whether s opens with 是 or 要.
func shiYao(s string) bool {
	return strings.HasPrefix(s, "是") || strings.HasPrefix(s, "要")
}

// cutTitle shortens an over-long lead title at its first comma, so that a
// 第一条 whose first sentence runs for a line has an outline entry that
// reads as one. It returns the new length in bytes.
func cutTitle(t string, limit int) int {
	if len(t) <= limit || utf8.RuneCountInString(t[:min(len(t), 4*(limit+1))]) <= limit {
		return len(t)
	}
	if i := strings.Index(t, "，"); i >= len("一二三四") {
		return i
	}
	return len(t)
}

// trimTitleEnd drops a final 。；：，、 and white space from a title.
func trimTitleEnd(t string) string {
	for t != "" {
		r, size := lastRune(t)
		switch r {
		case '。', '；', '：', '，', '、', '.', ';', ':', ',', ' ', '\u3000':
			t = t[:len(t)-size]
			continue
		}
		break
	}
	return t
}

// commonPrefix returns the number of leading runes a and b share,
// counting no further than upTo. On valid UTF-8 two runes are equal when
// their bytes are, so runes are compared as bytes, not decoded.
func commonPrefix(a, b string, upTo int) int {
	n, i := 0, 0
	for n < upTo && i < len(a) && i < len(b) {
		size := runeSize(a[i])
		if i+size > len(a) || i+size > len(b) || a[i:i+size] != b[i:i+size] {
			break
		}
		n++
		i += size
	}
	return n
}

// commonSuffix returns the number of trailing runes a and b share,
// counting no further than upTo, comparing bytes as commonPrefix does.
func commonSuffix(a, b string, upTo int) int {
	n := 0
	for n < upTo && a != "" && b != "" {
		// The last rune of a starts at the last byte that is not a
		// continuation byte, at most 3 back.
		size := 1
		for size < 4 && size < len(a) && a[len(a)-size]&0xC0 == 0x80 {
			size++
		}
		if size > len(b) || a[len(a)-size:] != b[len(b)-size:] {
			break
		}
		n++
		a, b = a[:len(a)-size], b[:len(b)-size]
	}
	return n
}

// firstRunes returns the distinct first runes of words, in order, as one
// string: a line that holds none of them (containsAny) holds none of the
// words, the cheap test a rule asks before it looks for each word.
func firstRunes(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if w != "" && !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nextDigit returns the index of the first ASCII digit of s at or after i,
// or len(s): eight bytes at a time over the bytes of multi-byte runes (Han
// text), where the rules that look at a line's figures (hasPrice,
// hasDashedPhone) read it byte by byte otherwise.
func nextDigit(s string, i int) int {
	for i < len(s) {
		for i+8 <= len(s) && load8(s, i)&0x8080808080808080 == 0x8080808080808080 {
			i += 8
		}
		for end := min(i+8, len(s)); i < end; i++ {
			if isDigit(s[i]) {
				return i
			}
		}
	}
	return len(s)
}
