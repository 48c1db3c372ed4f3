package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// An office's own lines that a site's words can look like: what it
// requires of those it addresses, and its media account by name
// (noticeScore weighs both against a notice).

// requireWords state what an office requires of those it addresses.
var requireWords = []string{"须于", "必须于", "务必于", "应于", "应当于", "须在", "应在", "按规定", "按照规定", "逾期不", "逾期未"}

// requires reports a sentence that states a requirement (须于…前, 按规定,
// 逾期不予…) or what its public may do (publicMay), as an office's notice
// does and a site's never does.
func requires(p string) bool {
	return containsAny(p, requireFirsts) && containsWord(p, requireWords) || byDate(p) || publicMay(p)
}

// requireFirsts are the first runes of requireWords (须, 必, 务, 应, 按,
// 逾): a line holding none of them holds none of the words.
var requireFirsts = firstRunes(requireWords)

// servedPublic are the publics an office serves, named in the third
// person: a site addresses its reader as 您, 你 or 朋友们, and names its own
// as 用户, 会员, 学员 or 粉丝 (用户可免费下载), none of them here. 人员 ends
// the role a notice names those it addresses by (应聘人员, 报考人员,
// 符合条件的人员): a site's reader is a 朋友, never a 人员.
var servedPublic = []string{"市民", "居民", "群众", "村民", "农民工", "职工", "申请人", "纳税人", "参保人", "办事人", "服务对象", "人员"}

// publicMay reports a sentence saying what a public the office serves may
// do (市民可登录…报名, 群众可通过12345反映, 有意参加…的市民，可将…发送至…) or
// asking it to (符合条件的人员请登录…下载报名表): an office's notice grants
// and asks its public in the third person; of the sets' promotion no
// block names one of these publics so.
func publicMay(p string) bool {
	if indexWord(p, "可") < 0 && indexWord(p, "请") < 0 {
		return false // the 可 or 请 after the public, looked for once
	}
	for _, w := range servedPublic {
		for rest := p; ; {
			i := indexWord(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			after := strings.TrimLeft(rest, "，也均还")
			if len(rest)-len(after) <= 2*len("，") && (strings.HasPrefix(after, "可") || strings.HasPrefix(after, "请")) {
				// Not where the site speaks of itself or to its reader
				// (本站客服人员可…, 您…): the 人员 are its own staff then
				// (review35). Asked only of a line that matched.
				h, _ := noticeHits(p)
				return h[fSelf]+h[fReader] == 0
			}
		}
	}
	return false
}

// byDate reports a request to act by a date of the calendar (请于12月20日前
// 登录…报名, 请于3月15日前…完成登记): an office's deadline in the register
// of its notices. A site asks for what it sells now, or within hours of a
// download (请于下载后24小时内删除), never by a day of the calendar.
func byDate(p string) bool {
	i := strings.Index(p, "请于")
	if i < 0 {
		return false
	}
	rest := p[i+len("请于"):]
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == 0 || !strings.HasPrefix(rest[j:], "月") {
		return false
	}
	rest = rest[j+len("月"):]
	j = 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	return j > 0 && strings.HasPrefix(rest[j:], "日")
}

// fraudWords are the genre's words for a scam, its victims and the
// police: a police or regulator's warning quotes a scam's pitch (“帮我砍一
// 刀”, 添加客服微信) to warn of it, and names the fraud as a third party's;
// a site's pitch never does. Not 谨防假冒, 认准, 甄别: a site guards its
// own name with them (the seed's ad: 认准哒哒…谨防假冒！), and a sponsored
// post asks its readers to 自行甄别.
//
// And the wary words of such a warning for what it warns of (陌生来电,
// 来历不明的链接, 可疑链接): a site never calls what it offers strange,
// unknown or suspect. Of the 754 blocks of promotion in promodata/ none
// writes one; ten of the real ones do.
var fraudWords = []string{"诈骗", "被骗", "报警", "反诈", "不法分子", "受害人", "涉案",
	"陌生", "来历不明", "来源不明", "不明来源", "可疑"}

// warnsOfFraud reports a line that names a scam, its victims or the
// police (公安机关提示：不要轻易点击…“0元领好礼”等链接…请拨打110报警。): the
// genre warning of a pitch, not making one.
func warnsOfFraud(p string) bool {
	return containsWord(p, fraudWords)
}

// noFeeWords state that an office charges nothing or forbids charging
// (本次培训不收取培训费, 不得收取任何费用), in the register of its notices.
var noFeeWords = []string{"不收取", "不得收取", "不另收取"}

// chargesNothing reports a line that states no fee is charged: an
// office's notice, a journal's call for papers (本刊不收取任何版面费) say
// so; a site sells, or gives away 免费 what it sells, and has never once
// in the sets written 不收取.
func chargesNothing(p string) bool {
	return containsWord(p, noFeeWords)
}

// govAccountEnds end the names of government media accounts (“上海发布”,
// “江州人社发布”, “XX政务”, “XX融媒”), quoted as a notice quotes them.
var govAccountEnds = []string{"发布”", "发布\"", "政务”", "政务\"", "融媒”", "融媒\"", "发布」", "政务」"}

// govAccount reports a line that names a government's media account (请关
// 注“江州人社发布”微信公众号及时获取最新信息。) or its service app (扫码进入
// “清河办”小程序): an office's notice sends people to its channel; a site's
// plug names its own.
func govAccount(p string) bool {
	return govAccountEnd(p) || govService(p) || publicBodyAccount(p)
}

// govAccountNamed is govAccount of a line that is no tagline of the
// account's own: an office names its account in a sentence, in the third
// person (请关注“江州人社发布”微信公众号…。); the account speaking to 您 in a
// line of no sentence (千年古县 · 水韵清溪 ——「清溪发布」，与您一起见证家乡每一天)
// is its slogan, a page's furniture.
func govAccountNamed(p string, h *hits) bool {
	return govAccount(p) && (h[fReader] == 0 || containsAny(p, "。；"))
}

// govAccountEnd reports a quoted name ending as a government account's
// does (govAccountEnds), with a name before the ending: a quoted 发布
// alone (备注“发布”) is a word, no account.
func govAccountEnd(p string) bool {
	for _, e := range govAccountEnds {
		for rest := p; ; {
			i := indexWord(rest, e)
			if i < 0 {
				break
			}
			if !strings.HasSuffix(rest[:i], "“") && !strings.HasSuffix(rest[:i], "\"") && !strings.HasSuffix(rest[:i], "「") {
				return true
			}
			rest = rest[i+len(e):]
		}
	}
	return false
}

// govService reports a quoted name ending in 办 (“浙里办”, “随申办”, 「清河办」):
// the genre's name for a government's service app, where the people 办 their
// affairs. Not 代办, which is a trade (“执照代办”).
func govService(p string) bool {
	for _, q := range []string{"办”", "办\"", "办」"} {
		for rest := p; ; {
			i := indexWord(rest, q)
			if i < 0 {
				break
			}
			if !strings.HasSuffix(rest[:i], "代") && !strings.HasSuffix(rest[:i], "“") && !strings.HasSuffix(rest[:i], "「") {
				return true
			}
			rest = rest[i+len(q):]
		}
	}
	return false
}

// tableHeader reports a table's header row copied out as text: its first
// cell 序号 and two cells more after it, parted by tabs or runs of spaces
// (序号  报刊名称  订阅份数  单价（元/年）). The genre numbers its tables'
// rows so; a site's price list or menu bar does not head itself 序号.
func tableHeader(p string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(p, " \t\u3000"), "序号")
	if r, _ := utf8.DecodeRuneInString(rest); !ok || !strings.ContainsRune(" \t\u3000", r) {
		return false
	}
	return len(strings.Fields(rest)) >= 2 // Fields parts at U+3000 too
}

// containsWord reports whether p holds any of words.
func containsWord(p string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return indexWord(p, w) >= 0 })
}

// countUnits are the measure words the genre counts its work's results in
// (cases, items, sessions, households, firms…). Not 个, 套, 篇, 份, 元, 天
// or 人, which a site's offers count in too (20个名额, 500套模板, 共560篇).
var countUnits = []string{"人次", "条", "件", "次", "场", "部", "项", "家", "户", "所", "起", "批", "台", "册", "亩", "吨"}

// reportsCount reports a count of a result in the genre's units: a number
// of two digits or more, or one with 余, 多, 万 or 亿, followed by such a
// unit (347件, 3400余条, 1.2万条, 46家). Of the 421 lines of promotion in
// the held-out and development sets none has one; of the 222 real lines,
// 54 do.
// A count after what is left (仅剩最后86件, 只剩12件) is a shop's stock,
// its offer's scarcity, not a result (stockLeft).
func reportsCount(p string) bool {
	for i := 0; i < len(p); {
		if !isDigit(p[i]) {
			i++
			continue
		}
		j := i
		for j < len(p) && (isDigit(p[j]) || p[j] == '.') {
			j++
		}
		digits, rest := j-i, p[j:]
		big := false
		for _, m := range []string{"余", "多", "万", "亿"} {
			if r, ok := strings.CutPrefix(rest, m); ok {
				rest, big = r, true
			}
		}
		if (digits >= 2 || big) && !stockLeft(p[:i]) && slices.ContainsFunc(countUnits, func(u string) bool { return strings.HasPrefix(rest, u) }) {
			return true
		}
		i = j
	}
	return false
}

// stockLeft reports text that ends on what is left (仅剩, 只剩最后): the
// count after it is a shop's stock.
func stockLeft(before string) bool {
	before = strings.TrimSuffix(before, "最后")
	return strings.HasSuffix(before, "仅剩") || strings.HasSuffix(before, "只剩")
}
