package parse

import (
	"strings"
	"unicode/utf8"
)

// profile is what one pass over a line tells of its characters: which
// shape signals can be there at all, so that shapeHits looks for no more.
type profile struct {
	runes, han, latin, digits int
	marks                     uint16
	emoji                     bool
}

const (
	markAt         = 1 << iota // @
	markHash                   // #
	markColon                  // ： or :
	markASCIIColon             // : (a clock time)
	markSep                    // a separator of a tagline: · 丨 | ｜ ・ • ——
	markKana                   // Japanese kana
	markDecor                  // a decoration mark (isDecorMark)
	markDecorASCII             // - = ~ > < * ～ 》, which runs of decoration are made of
	markPage                   // 页
	markMinute                 // 钟 (of 分钟)
	markBy                     // 由
	markFold                   // 折 (of 五折)
	markI                      // 我
)

// ascii takes an ASCII byte into the profile.
func (pr *profile) ascii(c byte) {
	switch {
	case c >= '0' && c <= '9':
		pr.digits++
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		pr.latin++
	case c == '@':
		pr.marks |= markAt
	case c == '#':
		pr.marks |= markHash
	case c == ':':
		pr.marks |= markColon | markASCIIColon
	case c == '|':
		pr.marks |= markSep
	case c == '-' || c == '=' || c == '~' || c == '>' || c == '<' || c == '*':
		pr.marks |= markDecorASCII
	}
}

// hanWide is wide for a Han character (isHan): the count, and the few
// characters that flag a shape. Inlined into noticeHits, which takes every
// rune of a short line: most are Han, and the call was their cost.
func (pr *profile) hanWide(r rune) {
	pr.han++
	switch r {
	case '丨':
		pr.marks |= markSep
	case '页':
		pr.marks |= markPage
	case '钟':
		pr.marks |= markMinute
	case '由':
		pr.marks |= markBy
	case '折':
		pr.marks |= markFold
	case '我':
		pr.marks |= markI
	}
}

// wide takes a rune past ASCII (in the BMP) into the profile.
func (pr *profile) wide(r rune) {
	switch {
	case isHan(r):
		pr.hanWide(r)
	case r == '：':
		pr.marks |= markColon
	case r == '·' || r == '｜' || r == '・' || r == '•' || r == '—':
		pr.marks |= markSep
	case r == '～' || r == '》' || r == '★' || r == '☆':
		pr.marks |= markDecorASCII
	case r >= 0x3041 && r <= 0x30FF:
		pr.marks |= markKana
	}
}

// shapeHits adds to h the signals a line gives by its shape rather than
// its words: a contact number, a price, an e-mail or @name, #tags, a page
// counter, a time stamp, a label of a signal before a colon, a producer's
// stamp (由…生成), a name and its tagline split by a separator, a line in
// Latin letters, decoration framing the line. Each is looked for only
// where the line's profile says it can be. In a document written in Latin
// script (reg) its Latin lines are its own, neither residue nor handles.
func shapeHits(p string, h *hits, pr *profile, reg register) {
	if pr.digits > 0 {
		shapeDigits(p, h, pr, reg)
	}
	if isSignOff(p, h, pr) {
		h[fShape]++
	}
	if pr.marks&markFold != 0 && hasDiscount(p) {
		h[fMoney]++
	}
	if pr.marks&(markAt|markHash) != 0 && hasHandleMark(p) {
		h[fHandle]++
	}
	if pr.marks&markMinute != 0 && strings.Contains(p, "分钟") && (strings.Contains(p, "阅读") || strings.Contains(p, "读完")) {
		h[fNav]++ // a reading-time line
	}
	if pr.marks&markColon != 0 && labelled(p) {
		h[fShape] += 2 // a field of the page's furniture: 上一篇：, 价格：
	}
	if pr.marks&markBy != 0 && isProducerStamp(p, pr.runes) {
		h[fStamp]++
		h[fShape] += 2 // a program's stamp, whatever its name
	}
	if pr.marks&markSep != 0 {
		sepHits(p, h, pr)
	}
	if pr.digits >= 2 && isCounterRow(p) {
		h[fNav] += 2 // a post's counters: 转发 286　评论 41　赞 1.2万
	}
	if pr.digits > 0 && pr.runes <= 16 && (isReaderCount(p) || endsLikeCount(p)) {
		h[fNav] += 2   // a count of readers or likes: 156人划线, 湖南　12赞
		h[fShape] += 2 // a page's residue, wherever it stands
	}
	if pr.latin >= 12 && pr.latinLine() && !reg.ownScript(pr) {
		h[fShape]++ // a line in Latin letters: a program's or a site's residue
	}
	if pr.marks&(markDecor|markDecorASCII|markSep) != 0 && framed(p) {
		h[fDecor]++
	}
	if isButtonRow(p) {
		h[fNav], h[fShape] = h[fNav]+2, h[fShape]+2 // a page's buttons: [ 暂不 ]　[ 去开启 ]
	}
	if linkRow(p) {
		h[fNav], h[fShape] = h[fNav]+2, h[fShape]+2 // a page's link to more: 全部评价（2318）› (promo_link.go)
	}
	if isAside(p) || opensOnTag(p) {
		h[fShape]++
	}
	if seesYouNext(p) {
		h[fScroll]++ // a post's sign-off promising the next: 明天见, 下期见, 周三见
	}
	if namesGoodsSite(p) {
		h[fSelf]++ // a site named after its goods: 范文网
	}
	if pr.marks&markI != 0 && speaksAsI(p) {
		h[fVoice]++
		if introducesSelf(p) {
			h[fVoice]++ // a persona's introduction: 我是老周, 大家好，我叫…
		}
	}
	if pr.marks&markKana != 0 {
		h[fChatty]++ // の and ー in Chinese text: the internet's register
	}
	if pr.emoji {
		h[fChatty]++ // emoji: the chat register (not decoration: 👍 is a word)
	}
	if pr.marks&markPage != 0 && pr.digits > 0 && pageLine(p) {
		h[fCut] += 2   // a line of nothing but a page number: 第3/12页
		h[fShape] += 2 // a converter's residue, wherever it stands
	}
}

// pageLine reports a line that is a page number and nothing else (第 3 页,
// 3/12页, 第1页 共9页, 【第2页】): digits, spaces, slashes, dashes,
// brackets and the words 第, 共 and 页.
func pageLine(p string) bool {
	for _, r := range p {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(" /-—()（）【】[]第共页", r)) {
			return false
		}
	}
	return true
}

// shapeDigits adds the signals made of digits: a contact number, a price,
// a page counter, a clock time. An account name of letters and digits is
// none in a Latin line of a Latin document, whose file names, versions and
// commits are written so (std12_design.doc, utf8, 24ffa2f3).
func shapeDigits(p string, h *hits, pr *profile, reg register) {
	if pr.digits >= 7 && (hasLongNumber(p) || hasDashedPhone(p)) || pr.latin >= 2 && pr.digits >= 2 && !reg.ownScript(pr) && hasHandleID(p) {
		h[fNumber]++
	}
	if hasPrice(p) {
		h[fMoney]++
	}
	if hasPartCount(p) {
		h[fCut]++ // only part shown: 以上为前1500字
	}
	if hasBuyerCount(p) {
		h[fMoney]++ // a sales counter: 已有 3062 人付费
	}
	if hasRate(p) {
		h[fMoney]++ // a shop's rate: ￥350/篇, 2元起
	}
	if pr.marks&markPage != 0 && hasPageCounter(p) && !containsWord(p, pageRefWords) {
		h[fCut]++
	}
	if pr.digits >= 4 && pr.marks&markASCIIColon != 0 && hasTimeStamp(p) {
		h[fCredit]++
		if hasProgress(p) {
			h[fNav] += 2 // a player's progress: 01:05 / 05:32
		}
	}
}

// isAside reports a line wholly in brackets (（…）, 【…】): an aside set
// off from the text, as notices and editors' notes are.
func isAside(p string) bool {
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}} {
		if strings.HasPrefix(p, b[0]) && strings.HasSuffix(p, b[1]) && strings.Count(p, b[0]) == 1 {
			return true
		}
	}
	return false
}

// opensOnTag reports a line that opens on a short tag in black lenticular
// brackets and goes on after it (【迁移公告】本号…, 【内测招募】…): a post's
// label, as sites and feeds head their notices. Of the sets' 42 blocks of
// promotion that open so, none is real; of their real text none opens so,
// nor does a line of the seed's, the corpus's or the fixtures' documents
// but the seed's own ads.
func opensOnTag(p string) bool {
	rest, ok := strings.CutPrefix(p, "【")
	if !ok {
		return false
	}
	i := indexWord(rest, "】")
	return i > 0 && runeLen(rest[:i]) <= 12 && strings.TrimSpace(rest[i+len("】"):]) != ""
}

// isLinkItem reports a short line opening with an arrow or a bullet (▶,
// », ·): an item of a list of links when it stands by a notice. Not #, -
// or *, which open Markdown's headings and lists.
func isLinkItem(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return runeLen(p) <= 40 && !strings.Contains(p, "。") && (isDecorMark(r) || strings.ContainsRune("»·•", r))
}

// hasPrice reports a price: a number followed by 元 or 块 (budgets in real
// text are 万元 and 亿元, which this passes over), or a dollar's, a euro's
// or a pound's sign before a number ($9.99), as an English page prices;
// not a tariff's rate per measure (tariffAt).
func hasPrice(p string) bool {
	// Both forms stand by a digit: the digits are visited, the Han text
	// between them stepped over (nextDigit).
	for i := nextDigit(p, 0); i < len(p); i = nextDigit(p, i+1) {
		if rest := p[i+1:]; strings.HasPrefix(rest, "元") && !tariffAt(rest) || strings.HasPrefix(rest, "块") {
			return true
		}
		if i > 0 && (p[i-1] == '$' || strings.HasSuffix(p[:i], "€") || strings.HasSuffix(p[:i], "£")) {
			return true
		}
	}
	return false
}

// hasLongNumber reports a contact number: seven or more digits in a run
// that may be broken by spaces, not followed by a unit (a QQ number, a
// phone, a group); hotlines of five digits (12345, 96110) are the
// genre's.
//
// A number after an area code (0551-65432100) is an office's landline, as
// the genre gives them; sites give mobiles, QQ and group numbers.
func hasLongNumber(p string) bool {
	run, from := 0, 0
	for i := 0; i <= len(p); i++ {
		if i < len(p) && isDigit(p[i]) {
			if run == 0 {
				from = i
			}
			run++
			continue
		}
		if i < len(p) && p[i] == ' ' && run > 0 {
			continue
		}
		if run >= 7 && (i == len(p) || !unitAt(p[i:])) && !afterAreaCode(p[:from]) {
			return true
		}
		run = 0
	}
	return false
}

// afterAreaCode reports whether s ends in an area code and its dash
// (0551-), or in the same code dialled from abroad, the country's code
// before it and no trunk 0 (+86-10-, +86 551-): an office's landline as a
// ministry gives it to citizens overseas is its landline still.
func afterAreaCode(s string) bool {
	s, ok := strings.CutSuffix(s, "-")
	if !ok {
		return false
	}
	n := 0
	for n < len(s) && n < 5 && isDigit(s[len(s)-1-n]) {
		n++
	}
	if code := s[len(s)-n:]; n == 2 && (code == "10" || code[0] == '2') || n == 3 && code[0] >= '3' {
		// China's area codes less their 0: 10, 2x, then three digits
		// from 3 on; a mobile's 13x is none.
		head := s[:len(s)-n]
		return strings.HasSuffix(head, "+86-") || strings.HasSuffix(head, "+86 ")
	}
	return n >= 3 && n <= 4 && s[len(s)-n] == '0'
}

// hasHandleID reports an account name of letters and digits (wxgw1688,
// kaoshi2024): a run of six or more of them with both, which the genre
// has no use for (its codes are GB/T 9704-2012, 5G, 2024年).
func hasHandleID(p string) bool {
	run, letters, digits := 0, 0, 0
	for i := 0; i <= len(p); i++ {
		c := byte(0)
		if i < len(p) {
			c = p[i]
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			run++
			letters++
		case isDigit(c):
			run++
			digits++
		default:
			if run >= 6 && letters >= 2 && digits >= 2 {
				return true
			}
			run, letters, digits = 0, 0, 0
			// Bytes past ASCII after this one change nothing: stepped
			// over eight at a time (Han text).
			for c >= utf8.RuneSelf && i+9 <= len(p) && load8(p, i+1)&0x8080808080808080 == 0x8080808080808080 {
				i += 8
			}
		}
	}
	return false
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
	tags, mid := 0, false
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
				if i > 0 && p[i+1] >= 0x80 {
					// One tag after a space inside a line (收录于 #某某):
					// a social tag; at a line's start it may be a
					// Markdown heading's mark.
					mid = true
				}
			}
		}
	}
	return tags >= 2 || mid
}

// pageRefWords send the reader to a page of the document itself (详见本
// 汇编第47页, 详见附件3…第2页至第5页): a cross-reference, which a
// compilation's notes make, not a viewer's page counter (第 1 页 / 共 9
// 页, 还剩11页). No promotion of the sets writes one before its page.
var pageRefWords = []string{"详见", "参见", "见第", "见附件", "见本"}

// hasPageCounter reports a page count (还剩11页, 第 1 页 / 共 9 页): a
// number, maybe spaced, before 页.
func hasPageCounter(p string) bool {
	for i := indexWord(p, "页"); i > 0; {
		j := i
		for j > 0 && p[j-1] == ' ' {
			j--
		}
		if j > 0 && p[j-1] >= '0' && p[j-1] <= '9' {
			return true
		}
		k := indexWord(p[i+len("页"):], "页")
		if k < 0 {
			break
		}
		i += len("页") + k
	}
	return false
}

// hasTimeStamp reports a clock time (09:15): a post's metadata, which the
// genre writes as 9时15分 if at all. Not a time that opens or closes a
// span of hours (9:00—12:00, 8:30至17:00): a timetable, an office's hours
// or an event's, which a notice gives, not a post's stamp.
func hasTimeStamp(p string) bool {
	for i := 2; i+2 < len(p); i++ {
		if p[i] == ':' && isDigit(p[i-1]) && isDigit(p[i-2]) && isDigit(p[i+1]) && isDigit(p[i+2]) && !inTimeSpan(p, i) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// speaksAsI reports a person speaking as I: 我 not followed by 们 nor by
// what makes it an institution's (我市, 我局, 我会 of an association) or
// the country's (我国, 我党). A blogger or a shop says 我整理了, 找我; the
// genre's prose speaks as 我们 or as its office.
func speaksAsI(p string) bool {
	for i := indexWord(p, "我"); i >= 0; {
		next, _ := utf8.DecodeRuneInString(p[i+len("我"):])
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		// 你我, 自我, 忘我, 敌我: a pair or a reflexive, not a speaker.
		if !strings.ContainsRune("们国省市区县局委部院厅党军校镇乡村州司处科馆站团所会办社队行", next) && !strings.ContainsRune("你自忘敌", prev) {
			return true
		}
		k := indexWord(p[i+len("我"):], "我")
		if k < 0 {
			break
		}
		i += len("我") + k
	}
	return false
}

// hasDashedPhone reports a mobile or a company's 400/800 number written in
// dashed groups (138-1234-5678, 400-6789-123): a business's line, where
// the genre's office gives its landline after an area code (0551-…,
// which afterAreaCode leaves) and its hotlines as 12345.
func hasDashedPhone(p string) bool {
	// A number's head is three digits: only digits are visited (nextDigit).
	for i := nextDigit(p, 0); i+3 < len(p); i = nextDigit(p, i+1) {
		if i > 0 && isDigit(p[i-1]) {
			continue
		}
		head := p[i : i+3]
		if !(head[0] == '1' && head[1] >= '3' && head[1] <= '9' && isDigit(head[2]) || head == "400" || head == "800") {
			continue
		}
		groups, digits, j := 1, 3, i+3
		for j < len(p) && p[j] == '-' {
			k := j + 1
			for k < len(p) && isDigit(p[k]) {
				k++
			}
			if k-j-1 < 3 || k-j-1 > 4 {
				break
			}
			groups++
			digits += k - j - 1
			j = k
		}
		if groups >= 3 && digits >= 10 && (j == len(p) || !isDigit(p[j])) {
			return true
		}
	}
	return false
}

// hasProgress reports a media player's progress, two clock times with
// only a slash between them (00:00 / 05:32): a page's player, not the
// genre's text.
func hasProgress(p string) bool {
	clock := func(s string) bool {
		return len(s) == 5 && isDigit(s[0]) && isDigit(s[1]) && s[2] == ':' && isDigit(s[3]) && isDigit(s[4])
	}
	for i := indexWord(p, "/"); i >= 0; {
		before, after := strings.TrimRight(p[:i], " "), strings.TrimLeft(p[i+1:], " ")
		if len(before) >= 5 && len(after) >= 5 && clock(before[len(before)-5:]) && clock(after[:5]) {
			return true
		}
		k := indexWord(p[i+1:], "/")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
