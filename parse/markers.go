package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// style is a numbering style. Depth in the outline follows the order in
// which styles first appear (GB/T 9704: 一、 then （一） then 1. then （1）),
// so a style is only a name here, never a fixed level; the exceptions are
// the 第X编/章/节/条 family and Markdown #-levels, which rank themselves.
// A style is a value, compared and used as a map key without building
// strings: the Markdown levels are styleMarkdown plus the level (mdStyle).
type style uint16

const (
	styleNone     style = iota
	styleHan            // 一、
	styleHanParen       // （一）
	styleNum            // 1.
	styleNumParen       // （1）
	styleNumClose       // 1）, a number closed by a bracket it never opened
	styleCircled        // ①
	styleOrdinal        // 第一，
	styleQiYi           // 其一，
	styleFirstly        // 首先，
	styleShi            // 一是… opening paragraphs, one a paragraph
	styleYao            // 一要
	stylePlain          // a heading line without numbering
	styleAppendix       // 附件
	stylePart           // 第X部分
	styleBian           // 第X编, the first of the chapter family
	styleZhang          // 第X章
	styleJie            // 第X节
	styleTiao           // 第X条, the last of the chapter family
	styleSentence       // a one-sentence line heading its paragraphs (sentenceHeads)

	// styleMarkdown is the base of the Markdown levels: # is
	// styleMarkdown+1, ## styleMarkdown+2, …
	styleMarkdown style = 0x100
)

// styleNames are the styles as written, for messages.
var styleNames = [...]string{"", "一、", "（一）", "1.", "（1）", "1）", "①", "第一，", "其一，", "首先，", "一是", "一要",
	"plain", "附件", "第X部分", "第X编", "第X章", "第X节", "第X条", "sentence"}

// String returns the style as written (一、, 第X章, ## …).
func (s style) String() string {
	if s > styleMarkdown {
		return strings.Repeat("#", int(s-styleMarkdown))
	}
	if int(s) < len(styleNames) {
		return styleNames[s]
	}
	return "style(" + strconv.Itoa(int(s)) + ")"
}

// mdStyle is the style of a Markdown (or style-given) heading of level.
func mdStyle(level uint8) style { return styleMarkdown + style(level) }

// chapterStyles are the 第X… units of the chapter family, by rank.
var chapterStyles = map[string]style{"编": styleBian, "章": styleZhang, "节": styleJie, "条": styleTiao, "部分": stylePart}

// rank orders the self-ranking styles: lower is higher in the outline. Styles
// without a rank return 0.
func (s style) rank() int {
	switch {
	case s >= styleBian && s <= styleTiao:
		return int(s-styleBian) + 1
	case s > styleMarkdown:
		return int(s - styleMarkdown) // #, ##, … by level
	}
	return 0
}

// family is a group of styles that rank against each other.
type family uint8

const (
	famNone    family = iota
	famMD             // Markdown and style-given heading levels
	famChapter        // 第X编/章/节/条
)

// family returns the group s ranks in, famNone for styles placed by order.
func (s style) family() family {
	switch {
	case s > styleMarkdown:
		return famMD
	case s.rank() > 0:
		return famChapter
	}
	return famNone
}

// marker is a numbering found at the start of a paragraph.
type marker struct {
	style style
	text  string // as written, e.g. "（一）", "第一章", "1."
	num   int    // its value (1 for 一, ①, 1…), 0 when it has none
	skip  int    // bytes from the paragraph start to the title text
}

// hanDigits maps Chinese numerals to their values.
func hanDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// hanNumber reads a Chinese numeral (一 … 九十九, 一百…) at the start of s and
// returns its value and byte length, or 0, 0.
func hanNumber(s string) (int, int) {
	total, cur, n := 0, 0, 0
	seen := false
	for n < len(s) {
		r, size := decodeRune(s, n)
		switch {
		case hanDigit(r) >= 0:
			cur = hanDigit(r)
		case r == '十':
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
		case r == '百':
			if cur == 0 {
				cur = 1
			}
			total += cur * 100
			cur = 0
		default:
			if !seen {
				return 0, 0
			}
			return total + cur, n
		}
		seen = true
		n += size
	}
	if !seen {
		return 0, 0
	}
	return total + cur, n
}

// arabicNumber reads up to three ASCII or full-width digits at the start of s.
func arabicNumber(s string) (int, int) {
	v, n, digits := 0, 0, 0
	for n < len(s) && digits < 4 {
		r, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case r >= '0' && r <= '9':
			v = v*10 + int(r-'0')
		case r >= '０' && r <= '９':
			v = v*10 + int(r-'０')
		default:
			if digits == 0 {
				return 0, 0
			}
			return v, n
		}
		digits++
		n += size
	}
	if digits == 0 || digits > 3 {
		return 0, 0
	}
	return v, n
}

// anyNumber reads a Chinese (三, 十二) or Arabic (3, １２) number at the
// start of s, as 第X章 and 附件X take either; at most one of the two
// can match.
func anyNumber(s string) (int, int) {
	if v, n := hanNumber(s); n > 0 {
		return v, n
	}
	return arabicNumber(s)
}

// hasPrefixAny returns the first of the prefixes that s starts with. A
// prefix's last byte is compared before the call that compares the rest:
// asked of every line (isSalutation) or clause, a word's last byte, a
// continuation byte, tells most prefixes apart at once, the first byte
// (the same few lead bytes for all of Han) seldom does.
func hasPrefixAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if hasPrefixLast(s, p) {
			return p, true
		}
	}
	return "", false
}

// hasPrefixLast is strings.HasPrefix(s, w), w's last byte compared first:
// for the rules' words looked for at every rune that may start one
// (noticeHits, keywordScore, mayBeNotice), where most tries fail, the
// compare of the whole word (a call of the runtime's) is made only where
// that byte matches.
func hasPrefixLast(s, w string) bool {
	n := len(w)
	return len(s) >= n && (n == 0 || s[n-1] == w[n-1] && s[:n] == w)
}

// skipSpace returns the byte length of spaces (ASCII or U+3000) at s's start.
func skipSpace(s string) int {
	n := 0
	for n < len(s) {
		if s[n] == ' ' || s[n] == '\t' {
			n++
			continue
		}
		if strings.HasPrefix(s[n:], "\u3000") {
			n += len("\u3000")
			continue
		}
		break
	}
	return n
}

// parseMarker recognises a block numbering at the start of paragraph p.
func parseMarker(p string) (marker, bool) {
	if p == "" {
		return marker{}, false
	}
	if strings.HasPrefix(p, "第") {
		return parseOrdinalMarker(p)
	}
	if strings.HasPrefix(p, "其") {
		rest := p[len("其"):]
		if v, n := hanNumber(rest); n > 0 && v < 10 {
			if sep, ok := hasPrefixAny(rest[n:], "，", "、", ","); ok {
				return marker{style: styleQiYi, text: p[:len("其")+n+len(sep)], num: v, skip: len("其") + n + len(sep)}, true
			}
		}
	}
	for i, w := range []string{"首先", "其次", "再次", "最后"} {
		if hasPrefixLast(p, w) {
			if sep, ok := hasPrefixAny(p[len(w):], "，", ","); ok {
				num := i + 1
				if w == "最后" {
					num = 0 // closes a sequence of any length
				}
				return marker{style: styleFirstly, text: w + sep, num: num, skip: len(w) + len(sep)}, true
			}
			return marker{}, false
		}
	}
	if strings.HasPrefix(p, "附件") {
		return parseAppendixMarker(p)
	}
	if strings.HasPrefix(p, "附") {
		return bareAppendixMarker(p)
	}
	if p[0] == "名"[0] || p[0] == "相"[0] || p[0] == "用"[0] {
		if m, ok := glossaryLabel(p); ok {
			return m, true
		}
	}
	// （一） （1） and their half-width forms.
	if op, ok := hasPrefixAny(p, "（", "("); ok {
		rest := p[len(op):]
		st := styleHanParen
		v, n := hanNumber(rest)
		if n == 0 {
			st = styleNumParen
			v, n = arabicNumber(rest)
		}
		if n > 0 {
			if cl, ok := hasPrefixAny(rest[n:], "）", ")"); ok {
				// The marker as written is p's beginning: a substring,
				// not a string built (32,000 of a 100 MB file, kept
				// with the tree, scattered among the parse's garbage).
				text := p[:len(op)+n+len(cl)]
				skip := len(text)
				skip += skipSpace(p[skip:])
				return marker{style: st, text: text, num: v, skip: skip}, true
			}
		}
		return marker{}, false
	}
	// ①…⑳; ⑴…⒇ and ⒈…⒛, as typed or as Word numbers a list in
	// decimalEnclosedParen and decimalEnclosedFullstop, read as （1） and 1.
	switch r, size := utf8.DecodeRuneInString(p); {
	case r >= '①' && r <= '⑳':
		return marker{style: styleCircled, text: p[:size], num: int(r-'①') + 1, skip: size + skipSpace(p[size:])}, true
	case r >= '⑴' && r <= '⒇':
		return marker{style: styleNumParen, text: p[:size], num: int(r-'⑴') + 1, skip: size + skipSpace(p[size:])}, true
	case r >= '⒈' && r <= '⒛':
		return marker{style: styleNum, text: p[:size], num: int(r-'⒈') + 1, skip: size + skipSpace(p[size:])}, true
	}
	// 一、
	if v, n := hanNumber(p); n > 0 {
		if sep, ok := hasPrefixAny(p[n:], "、"); ok {
			return marker{style: styleHan, text: p[:n] + sep, num: v, skip: n + len(sep) + skipSpace(p[n+len(sep):])}, true
		}
		return marker{}, false
	}
	// 1. 1、 1． but not 1.5万 or 2023年; 1） and 1), a level of its own.
	if v, n := arabicNumber(p); n > 0 {
		sep, ok := hasPrefixAny(p[n:], "、", "．", ".", " ", "）", ")")
		if !ok {
			return marker{}, false
		}
		if sep == "）" || sep == ")" {
			text := p[:n+len(sep)]
			return marker{style: styleNumClose, text: text, num: v, skip: len(text) + skipSpace(p[len(text):])}, true
		}
		after := p[n+len(sep):]
		if r, _ := utf8.DecodeRuneInString(after); r >= '0' && r <= '9' || r == '%' {
			return marker{}, false
		}
		if sep == " " && (v > 50 || after == "") {
			return marker{}, false
		}
		return marker{style: styleNum, text: p[:n+len(sep)], num: v, skip: n + len(sep) + skipSpace(after)}, true
	}
	return marker{}, false
}

// parseOrdinalMarker reads 第X编/章/节/条/部分 and 第X， (an ordinal) at
// the start of p, which starts with 第.
func parseOrdinalMarker(p string) (marker, bool) {
	rest := p[len("第"):]
	v, n := anyNumber(rest)
	if n > 0 {
		after := rest[n:]
		for _, unit := range []string{"编", "章", "节", "条", "部分"} {
			if hasPrefixLast(after, unit) {
				text := p[:len("第")+n+len(unit)]
				st := chapterStyles[unit]
				skip := len(text)
				sp := skipSpace(p[skip:])
				// 第一章总则 and 第一条 为了…: a separator is usual but
				// optional; 第一节课… is prose, so require the unit to
				// be followed by space, punctuation or the line's end,
				// unless it is 章 or 编 (never prose openers).
				if sp == 0 && skip < len(p) && unit != "章" && unit != "编" && unit != "部分" {
					r, _ := utf8.DecodeRuneInString(p[skip:])
					if !isTitleSep(r) {
						break
					}
				}
				skip += sp
				if r, size := utf8.DecodeRuneInString(p[skip:]); isTitleSep(r) && r != ' ' {
					skip += size
				}
				return marker{style: st, text: text, num: v, skip: skip}, true
			}
		}
		if sep, ok := hasPrefixAny(after, "，", "、", ","); ok && v > 0 && v < 20 && n <= len("十九") {
			return marker{style: styleOrdinal, text: p[:len("第")+n+len(sep)], num: v, skip: len("第") + n + len(sep)}, true
		}
	}
	return marker{}, false
}

// parseAppendixMarker reads 附件, 附件1, 附件2：, 附件一 at the start of p.
func parseAppendixMarker(p string) (marker, bool) {
	rest := p[len("附件"):]
	v, n := anyNumber(rest)
	text := p[:len("附件")+n]
	skip := len(text)
	skip += skipSpace(p[skip:])
	if r, size := utf8.DecodeRuneInString(p[skip:]); r == '：' || r == ':' || r == '、' || r == '.' || r == '．' {
		skip += size
	}
	// A line that goes on into prose (附件材料已报送…) is not a part.
	if n == 0 && skip < len(p) && skip == len("附件") {
		return marker{}, false
	}
	// Nor one whose number runs on into a sentence with no separator
	// (附件30天后过期；其余请下载附件查看): a count of days or items, no
	// appendix's number; an appendix's title ends no clause.
	if n > 0 && skip == len(text) && containsAny(p[skip:], "。；！？") {
		return marker{}, false
	}
	return marker{style: styleAppendix, text: text, num: v, skip: skip}, true
}

// bareAppendixMarker reads 附 alone on its line (附, 附：), as a report
// heads what it appends after its 附件 (附 / 名词解释): an appendix whose
// title is the next line (appendixTitle). 附 opening prose (附近, 附加) is
// no marker.
func bareAppendixMarker(p string) (marker, bool) {
	skip := len("附")
	if r, size := utf8.DecodeRuneInString(p[skip:]); r == '：' || r == ':' {
		skip += size
	}
	if strings.TrimRight(p[skip:], " \u3000\t") != "" {
		return marker{}, false
	}
	return marker{style: styleAppendix, text: "附", skip: len(p)}, true
}

// isTitleSep reports separators allowed between a 第X条 marker and its text.
func isTitleSep(r rune) bool {
	switch r {
	case ' ', '\u3000', '：', ':', '、', '，', '．', '.':
		return true
	}
	return false
}

// mdHeading recognises a Markdown ATX heading (## 第一章 总则) and returns
// its level and the byte length of the #-run and following space.
func mdHeading(p string) (level, skip int) {
	for level < len(p) && level < 7 && p[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level >= len(p) || p[level] != ' ' && p[level] != '\t' {
		return 0, 0
	}
	skip = level
	for skip < len(p) && (p[skip] == ' ' || p[skip] == '\t') {
		skip++
	}
	return level, skip
}

// shiMarker recognises 一是, 二要 … opening a paragraph.
func shiMarker(s string) (marker, bool) {
	v, n := hanNumber(s)
	if n == 0 || v < 1 || v > 20 {
		return marker{}, false
	}
	suf, ok := hasPrefixAny(s[n:], "是", "要")
	if !ok {
		return marker{}, false
	}
	st := styleShi
	if suf == "要" {
		st = styleYao
	}
	return marker{style: st, text: s[:n+len(suf)], num: v, skip: n + len(suf)}, true
}
