package parse

import (
	"strings"
	"unicode/utf8"
)

// The records a notice or a news release keeps of itself, which a page's
// or a shop's furniture can look like: its hours (9:00—12:00), its date in
// Chinese numerals (二〇二六年十二月三日), an office's contact line (a
// landline with its area code), a Q&A's question (问：…？), the state's
// hotline (12315), speech it reports (“家人们，…！”) and its
// organisers and source (主办单位：…, 来源：…融媒体中心). Each is the
// document's own by its structure, not by a phrase: what it records and
// whom it speaks for.

// timeSpanMarks part the two ends of a span of hours.
var timeSpanMarks = []string{"—", "–", "-", "~", "～", "至", "到", "－"}

// inTimeSpan reports whether the clock time whose colon is at p[i] is an
// end of a span of hours: a span mark right after its minutes, or right
// before its hour.
func inTimeSpan(p string, i int) bool {
	after := p[i+3:]
	after = strings.TrimLeft(after, " ")
	h := i
	for h > 0 && isDigit(p[h-1]) {
		h--
	}
	before := strings.TrimRight(p[:h], " ")
	for _, m := range timeSpanMarks {
		if rest, ok := strings.CutPrefix(after, m); ok {
			if rest = strings.TrimLeft(rest, " "); rest != "" && isDigit(rest[0]) {
				return true
			}
		}
		if rest, ok := strings.CutSuffix(before, m); ok {
			if rest = strings.TrimRight(rest, " "); rest != "" && isDigit(rest[len(rest)-1]) {
				return true
			}
		}
	}
	return false
}

// hanDigits are the digits of a date in Chinese numerals (二〇二六年).
const hanDigits = "〇零一二三四五六七八九"

// isHanDate reports a date line in Chinese numerals, as a document's
// signature dates it (二〇二六年十二月三日, （二〇二五年三月）): a year of four
// Chinese digits, then 年 and a month. Like a date in Arabic numerals
// (isDateLine) it is the document's record, never a notice's other line.
func isHanDate(p string) bool {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "（"), "(")
	n := 0
	for n < 4 {
		r, size := utf8.DecodeRuneInString(p)
		if size == 0 || !strings.ContainsRune(hanDigits, r) {
			return false
		}
		p = p[size:]
		n++
	}
	p, ok := strings.CutPrefix(p, "年")
	if !ok {
		return false
	}
	_, m := hanNumber(p)
	return m > 0 && strings.HasPrefix(p[m:], "月")
}

// isAnyDate reports a date line in either numerals.
func isAnyDate(p string) bool { return isDateLine(p) || isHanDate(p) }

// chatHandles are the channels of a person or a shop (a chat account, a
// group), which an office's contact line does not give.
var chatHandles = []string{"微信", "QQ", "qq", "群", "V信", "vx", "VX"}

// officeContact reports an office's contact line: a landline with its area
// code (0578-6102 5577, hasLandline), as the genre's notices give theirs,
// and nothing of a shop's (no price, no goods, no trade, no reader
// addressed, no site speaking of itself, no chat account or group).
func officeContact(p string, h *hits) bool {
	return h[fReader]+h[fSelf]+h[fTrade]+h[fMoney]+h[fGoods] == 0 && strings.IndexByte(p, '-') >= 0 &&
		(hasLandline(p) || hasLandline(strings.Replace(p, " ", "", 1))) && !containsWord(p, chatHandles)
}

// reportChannel reports an office's channel for the public's reports and
// complaints standing as a line of its own: it opens on a label of
// officeLineWords before a line or a mailbox (举报邮箱：…　举报电话：0731-…,
// 监督邮箱：…), and has nothing of a shop's (no price, no goods, no trade,
// no reader addressed, no site speaking of itself, no chat account). A
// site's lines take orders, ads and its customers (订购热线, 广告热线, 客服
// 邮箱); an office's take what the public reports, and a page's 举报 is a
// button (举报/反馈, 点击右上角举报), no label over a number or an address.
// Such a line is the document's footer or a notice's, kept alone and never
// carried into the promotion it stands next to, as an office's landline
// (officeContact) is.
func reportChannel(p string, h *hits) bool {
	i := fieldLabel(p)
	if i <= 0 || h[fReader]+h[fSelf]+h[fTrade]+h[fMoney]+h[fGoods] != 0 || containsWord(p, chatHandles) {
		return false
	}
	l := p[:i]
	return containsWord(l, officeLineWords) && containsWord(l, channelLabels)
}

// channelLabels are the channels an office's label names: a telephone
// line or a mailbox.
var channelLabels = []string{"电话", "热线", "邮箱", "信箱"}

// asksInQA reports a Q&A's question, as a 政策解读 prints it (问：在直播间买
// 到假货，应该找主播还是找商家？): a question under its label, asked of no
// one in particular (no 您, no site of its own).
func asksInQA(p string, h *hits) bool {
	return (strings.HasPrefix(p, "问：") || strings.HasPrefix(p, "问:")) && h[fReader]+h[fSelf] == 0 &&
		(strings.HasSuffix(p, "？") || strings.HasSuffix(p, "?"))
}

// isServiceNumber reports a public service's short number at the start
// of s: five digits opening with 1, the numbers the state gives its
// hotlines (12315, 12345) and its carriers and post their service lines
// (10086, 11185), or with 95 or 96, the numbers it gives banks, insurers
// and utilities (95588, 96166). A site's number is a mobile, a QQ or a
// 400 line, ten digits and more. (namesStateHotline asks for 12.)
func isServiceNumber(s string) bool {
	return len(s) >= 5 && (s[0] == '1' || s[0] == '9' && (s[1] == '5' || s[1] == '6')) && isDigit(s[1]) &&
		isDigit(s[2]) && isDigit(s[3]) && isDigit(s[4]) && (len(s) == 5 || !isDigit(s[5]))
}

// amountUnits follow a number that counts or prices something (12000元,
// 12500人次, 12315件): a number so followed is an amount, no line.
const amountUnits = "元万亿千百年月日号个件人份次户家条台辆吨米只名所项本张篇字分秒天余多册间套亩位株头箱瓶斤克座处例宗起"

// namesStateHotline reports a line that gives a state's public-service
// number (isServiceNumber: 12345, 12315, 12121), as an office's notice
// sends the public to it (可以拨打12121收听天气预报, 通过“12328”热线反映):
// a site gives its own mobile, QQ or 400 line, never the state's. Of the
// sets' 800-odd blocks of promotion none gives one; a hundred of their
// real blocks do. A number followed by a unit is an amount (12000元/场);
// one inside a run of letters, digits and marks is part of a handle, a
// code or an address (abc12345, 0571-12345678).
func namesStateHotline(p string) bool {
	for i := 0; i+5 <= len(p); i++ {
		if p[i] != '1' || p[i+1] != '2' || i > 0 && handleByte(p[i-1]) || !isServiceNumber(p[i:]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p[i+5:])
		if !strings.ContainsRune(amountUnits, r) && (r >= utf8.RuneSelf || !handleByte(byte(r))) {
			return true
		}
	}
	return false
}

// handleByte reports an ASCII letter, digit or mark that a handle, a code
// or an address joins its characters with.
func handleByte(c byte) bool {
	return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' || strings.IndexByte(".-_@/", c) >= 0
}

// unquoteSpeech takes out of h the reader's address and the chat register
// that stand only inside quotation marks in a line of narrative (55岁的村民
// 王秀英正对着镜头介绍：“家人们，这是咱自家地里长的…！”): words a report
// quotes are the quoted speaker's, not the line's own register. Asked
// only of a line with both hits and a quotation. Every closed quotation
// goes (commaQuotes, the walk speechQuoted and unnameQuoted share); an
// unclosed “ keeps the rest, as there.
func unquoteSpeech(p string, h *hits) {
	if runeLen(p) <= 40 {
		return // a line this short is a notice's or a heading's, no report's narrative
	}
	rest, _ := commaQuotes(p, func(_, _, _ string) bool { return true })
	out, _ := noticeHits(rest)
	h[fReader] = min(h[fReader], out[fReader])
	h[fChatty] = min(h[fChatty], out[fChatty])
}

// softChromeLabels open a line that a page's header or footer carries
// (来源：新华社 over its 发布时间, 主办单位：…办公室 beside its 网站标识码) and
// a notice or a news release carries as its own record (主办单位：临江市委
// 宣传部, 来源：青溪县融媒体中心).
var softChromeLabels = []string{"来源：", "来源:", "主办单位：", "承办单位：", "协办单位："}

// siteNameMarks mark a source or a sponsor that is a site or an account
// (人民网, 本站, 公众号, 客户端), the page's own furniture wherever it stands.
var siteNameMarks = []string{"网", "站", "号", "整理", "端", "平台"}

// namesSite reports a source's or a sponsor's name that is a site's or an
// account's: it holds a mark of siteNameMarks, unless it ends as an
// office's name does (creditOffices), whose 网 is the field it governs
// (福州市委网信办, 杭州互联网法院), not a site it runs.
func namesSite(s string) bool {
	if !containsWord(s, siteNameMarks) {
		return false
	}
	_, office := hasSuffixAny(s, creditOffices...)
	return !office
}

// isSoftChrome reports a line that is chrome only beside the page's other
// furniture (markChrome): a label of softChromeLabels over the name of
// an office, a paper or a media centre, and nothing else: no second field,
// no site, no Latin letters or digits (a URL, a date); or an article's
// byline naming its office as the office's website prints it
// (officeCredit: 来源：市民政局　作者：李晓东　发布时间：2026-11-20), the
// article's record of who issued it and when, as a release's 来源 line is.
func isSoftChrome(s string) bool {
	if officeCredit(s) {
		return true
	}
	for _, w := range softChromeLabels {
		rest, ok := strings.CutPrefix(s, w)
		if !ok {
			continue
		}
		n := runeLen(rest)
		if n < 2 || n > 30 || containsAny(rest, "：:|｜") || namesSite(rest) {
			return false
		}
		for i := 0; i < len(rest); i++ {
			if c := rest[i]; c < utf8.RuneSelf && c != ' ' {
				return false
			}
		}
		return !isChromeLine(rest)
	}
	return false
}
