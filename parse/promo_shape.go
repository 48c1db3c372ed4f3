package parse

import (
	"strings"
	"unicode/utf8"
)

// shapeHits adds to h the signals a line gives by its shape rather than
// its words: a contact number, a price, an e-mail or @name, #tags, a page
// counter, a time stamp, a label of a signal before a colon, a producer's
// stamp (由…生成), a name and its tagline split by a separator, a line in
// Latin letters, decoration framing the line. Each is a short scan of a
// line already known to be short.
func shapeHits(p string, h *hits) {
	if hasLongNumber(p) {
		h[fNumber]++
	}
	if hasPrice(p) {
		h[fMoney]++
	}
	if hasHandleMark(p) {
		h[fHandle]++
	}
	if hasPageCounter(p) {
		h[fCut]++
	}
	if hasTimeStamp(p) {
		h[fCredit]++
	}
	if strings.Contains(p, "分钟") && (strings.Contains(p, "阅读") || strings.Contains(p, "读完")) {
		h[fNav]++ // a reading-time line
	}
	if labelled(p) {
		h[fShape] += 2 // a field of the page's furniture: 上一篇：, 价格：
	}
	if isProducerStamp(p) {
		h[fStamp]++
		h[fShape] += 2 // a program's stamp, whatever its name
	}
	if isTagline(p) {
		h[fShape]++
	}
	if isLatinLine(p) {
		h[fShape]++
	}
	if framed(p) {
		h[fDecor]++
	}
}

// hasPrice reports a price: a number followed by 元 or 块 (budgets in real
// text are 万元 and 亿元, which this passes over).
func hasPrice(p string) bool {
	for i := 1; i < len(p); i++ {
		if p[i-1] >= '0' && p[i-1] <= '9' && (strings.HasPrefix(p[i:], "元") || strings.HasPrefix(p[i:], "块")) {
			return true
		}
	}
	return false
}

// hasLongNumber reports a contact number: seven or more digits in a run
// that may be broken by spaces, not followed by a unit (a QQ number, a
// phone, a group); hotlines of five digits (12345, 96110) are the
// genre's.
func hasLongNumber(p string) bool {
	run := 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case isDigit(c):
			run++
		case c == ' ' && run > 0:
		default:
			if run >= 7 && !unitAt(p[i:]) {
				return true
			}
			run = 0
		}
	}
	return run >= 7
}

// unitAt reports a unit at the start of s: a number before one is an amount.
func unitAt(s string) bool {
	for _, u := range []string{"年", "个", "万", "亿", "元", "份", "人", "件", "项", "次", "字", "%"} {
		if strings.HasPrefix(s, u) {
			return true
		}
	}
	return false
}

// hasHandleMark reports an e-mail address or @name, or two #tags: the
// handles of mail and social platforms.
func hasHandleMark(p string) bool {
	tags := 0
	for i := 0; i+1 < len(p); i++ {
		switch p[i] {
		case '@':
			if c := p[i+1]; c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				return true
			}
		case '#':
			// #tag: after a space or at the start, before a word.
			if (i == 0 || p[i-1] == ' ') && p[i+1] != '#' && p[i+1] != ' ' {
				tags++
			}
		}
	}
	return tags >= 2
}

// hasPageCounter reports a page count (还剩11页, 第 1 页 / 共 9 页): a
// number, maybe spaced, before 页.
func hasPageCounter(p string) bool {
	for i := strings.Index(p, "页"); i > 0; {
		j := i
		for j > 0 && p[j-1] == ' ' {
			j--
		}
		if j > 0 && p[j-1] >= '0' && p[j-1] <= '9' {
			return true
		}
		k := strings.Index(p[i+len("页"):], "页")
		if k < 0 {
			break
		}
		i += len("页") + k
	}
	return false
}

// hasTimeStamp reports a clock time (09:15): a post's metadata, which the
// genre writes as 9时15分 if at all.
func hasTimeStamp(p string) bool {
	for i := 2; i+2 < len(p); i++ {
		if p[i] == ':' && isDigit(p[i-1]) && isDigit(p[i-2]) && isDigit(p[i+1]) && isDigit(p[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// labelled reports a line that opens with a short label holding a signal
// before a colon (价格：, 上一篇：, 抖音搜索：): a card's or a page's field.
func labelled(p string) bool {
	i := strings.Index(p, "：")
	if j := strings.IndexByte(p, ':'); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || i > 8*3 {
		return false
	}
	h := noticeHits(p[:i])
	return h.signalled()
}

// isProducerStamp reports a producer's stamp: a short line opening with 由
// and closing with what a program does (由 某某 扫描创建, 由AI生成).
func isProducerStamp(p string) bool {
	if !strings.HasPrefix(p, "由") || runeLen(p) > 30 {
		return false
	}
	for _, v := range []string{"创建", "生成", "扫描", "转换", "制作", "导出"} {
		if strings.HasSuffix(strings.TrimRight(p, " 。."), v) {
			return true
		}
	}
	return false
}

// isTagline reports a short line split by a separator into a name and a
// tagline (某某 · 让…, 某某丨…): a sign-off's shape, with no full stop.
func isTagline(p string) bool {
	if runeLen(p) > 40 || strings.Contains(p, "。") {
		return false
	}
	for _, sep := range []string{"·", "丨", "|", "｜", "・", "•", "——"} {
		if i := strings.Index(p, sep); i > 0 && i+len(sep) < len(p) {
			return true
		}
	}
	return false
}

// isLatinLine reports a line mostly in Latin letters: in a Chinese
// compilation, a program's or a site's residue.
func isLatinLine(p string) bool {
	latin, han := 0, 0
	for _, r := range p {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			latin++
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		}
	}
	return latin >= 12 && latin > 2*han
}

// framed reports a line framed by decoration at both ends (—— 以上为节选 ——,
// >>> 往期 <<<) or holding a run of three marks (>>>, ~~~, ===).
func framed(p string) bool {
	first, _ := utf8.DecodeRuneInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	if isDecorRune(first) && isDecorRune(last) {
		return true
	}
	for _, run := range []string{">>>", "<<<", "~~~", "===", "---", "》》》", "～～～"} {
		if strings.Contains(p, run) {
			return true
		}
	}
	return false
}

// isDecorRune reports a rune sites decorate with: arrows, stars, dashes,
// tildes, angle runs and geometric shapes. Not emoji: 👍 and 🇨🇳 are words
// in today's text.
func isDecorRune(r rune) bool {
	switch {
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2500 && r <= 0x27BF:
		return true // arrows, box drawing, shapes, dingbats
	}
	return strings.ContainsRune("—-~～>＞<＜=＝*＊#§", r)
}

// shapeOnly reports a line that is mostly decoration: two or more
// decoration runes, at most four Han characters and no digit (-END-,
// >>> <<<, ────; not a date, 2024-03-02).
func shapeOnly(p string) bool {
	han, decor := 0, 0
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			return false
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		case isDecorRune(r):
			decor++
		}
	}
	return han <= 4 && decor >= 2
}
