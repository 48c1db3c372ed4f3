package parse

import (
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// A site's own furniture that no single line of it says enough about: the
// site naming itself inside a sentence of the genre's length, a price
// standing alone on its line under a paywall, a list of links under a
// navigation head.

// siteSelfWords are the site, the account or the shop speaking of itself
// (fSelf less 广告 and 赞助, which the genre writes of as subjects of its
// own: 虚假广告).
var siteSelfWords = []string{"本号", "本站", "本网站", "全站", "本平台", "小编", "本帖", "本店", "号主", "博主", "楼主"}

// siteSpeaks reports a line in which the site speaks of itself and no
// official sender is named: a long sentence of it is the site's notice,
// not a paragraph of the genre that blank lines happen to set off
// (scoreNotice leaves it where it stands). So is a seller's offer
// (sellerOffers, shopPriced) and a shop's terms of sale (sellerTerms).
func siteSpeaks(p string, h *hits) bool {
	return h[fOfficial] == 0 && (h[fSelf] > 0 && containsWord(p, siteSelfWords) || sellerOffers(h) || shopPriced(p, h) || sellerTerms(p) || pitchesReader(p, h))
}

// pitchesReader reports a line that speaks to the reader (您, 你,
// fReader after the quoted and reported speech are taken out) and gives
// a channel or a price in the same breath, listing nothing (no two 、),
// with no word of the genre's prose and no official one: who speaks is a
// seller, however long the sentence. Not an offer's words alone (限时,
// 免费): an office answering the public writes them (限时反馈). A public
// letter that asks its readers not to do a list of things (请您…不给孩子
// 的游戏账号充值、打赏) lists them in 、.
func pitchesReader(p string, h *hits) bool {
	return h[fReader] > 0 && h[fProse] == 0 && h[fHandle]+h[fMoney] > 0 && strings.Count(p, "、") < 2
}

// shopPriced reports a line that trades (fTrade: 定金, 发货, 立减) and prices
// in the shop's sign (¥399, ￥ 58): a seller's offer, however long its
// sentence (早鸟价 ¥399（零售价 ¥699），付定金 ¥50 锁定名额，尾款发货前补齐…).
// The genre writes its sums in 元 inside its sentences; no real text of
// the sets or the corpus writes ¥ or ￥.
func shopPriced(p string, h *hits) bool {
	return h[fTrade] > 0 && h[fMoney] > 0 && hasSignedPrice(p)
}

// hasSignedPrice reports ¥ or ￥ followed by a digit, a space between at
// most.
func hasSignedPrice(p string) bool {
	for _, sign := range []string{"¥", "￥"} {
		for rest := p; ; {
			i := strings.Index(rest, sign)
			if i < 0 {
				break
			}
			rest = strings.TrimLeft(rest[i+len(sign):], " ")
			if rest != "" && isDigit(rest[0]) {
				return true
			}
		}
	}
	return false
}

// sellerOffers reports a line that prices, trades and gives a number to
// call, all three (墓位 1.68 万元起…认购赠送…销售热线 400-827-6636。): a
// seller's offer, however long and listed its sentence runs. The genre
// reports prices and trade, and gives an office's landline, but never the
// three in one line: of the sets' lines, four of promotion do, none of
// their real text.
func sellerOffers(h *hits) bool {
	return h[fMoney] > 0 && h[fTrade] > 0 && h[fNumber] > 0
}

// isBarePrice reports a line that is a price and nothing else (¥ 3.00,
// 19.9元): beside a notice it is the notice's, a paywall's sum or a
// shop's; the genre writes its sums inside sentences.
func isBarePrice(p string) bool {
	s := strings.ReplaceAll(strings.TrimSpace(p), " ", "")
	mark := false
	for _, c := range []string{"¥", "￥"} {
		if t, ok := strings.CutPrefix(s, c); ok {
			s, mark = t, true
		}
	}
	if t, ok := strings.CutSuffix(s, "元"); ok {
		s, mark = t, true
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch {
		case isDigit(s[i]):
			digits++
		case s[i] != '.':
			return false
		}
	}
	return mark && digits > 0
}

// isLinkList reports a block between blank lines that is a list of links
// to other posts: its first line is a short head with none of the
// genre's prose or senders, and every other line, two at least, is a link
// item (isLinkItem: opens with an arrow or a bullet, no sentence). Under
// a head of navigation (往期推荐) any such items; under a mere label
// (专题导读：) only items most of which name a kind of document (…述职报告,
// …讲话稿, …心得体会): titles of the site's other posts. The genre numbers
// its lists and heads them in its own words, and its bulleted items are
// measures (● 健全议事协商机制), not documents.
func isLinkList(text string, group []line) bool {
	if len(group) < 3 {
		return false
	}
	titles := 0
	for k := 1; k < len(group); k++ {
		// The items first: most blocks' second line opens with no
		// bullet, and the head is scored only under items.
		l := &group[k]
		p := text[l.start:l.end]
		if l.junk || !isLinkItem(p) || hasPaidMarker(text, l) {
			return false
		}
		if containsWord(p, docKinds) {
			titles++
		}
	}
	head := text[group[0].start:group[0].end]
	if utf8.RuneCountInString(head) > maxHeadRunes+4 {
		return false
	}
	_, h := noticeScore(head)
	if h[fProse]+h[fOfficial] > 0 || h[fNav] == 0 && !isHeadLabel(head, &h) {
		return false
	}
	return h[fNav] > 0 || 2*titles > len(group)-1
}

// isRelatedList reports a block between blank lines that lists other
// pages' titles under a head that says they are other pages: related to
// this one, from the site's past or recommended (相关推荐, 相关搜索, 往期回顾,
// 推荐阅读: a word of navigation, or 相关 opening a label). A page's row of
// related titles gives them bare, no bullet (isLinkList's items), often
// with their source, counts and age, and may close on a button (换一换 ↻,
// 查看更多 >>). Every item, two at least, is a title's shape
// (isTitleItem) or a line of navigation; the head holds no word of the
// genre's prose and no sender. The genre heads its lists in its own words
// (附件, 目录, 相关用语说明 over definitions that are sentences), and what it
// lists under them are documents it sends, not a page's other posts.
func isRelatedList(text string, group []line) bool {
	if len(group) < 3 {
		return false
	}
	head := text[group[0].start:group[0].end]
	body := strings.TrimRight(head, "：:")
	if runeLen(body) > maxHeadRunes || containsAny(body, "，。：:") {
		return false
	}
	_, h := noticeScore(head)
	if h[fProse]+h[fOfficial] > 0 || h[fNav] == 0 && !strings.HasPrefix(body, "相关") {
		return false
	}
	for k := 1; k < len(group); k++ {
		l := &group[k]
		p := text[l.start:l.end]
		if l.junk || hasPaidMarker(text, l) {
			return false
		}
		if isTitleItem(p) {
			continue
		}
		if ih, _ := noticeHits(p); k == len(group)-1 && ih[fNav]+ih[fDecor] > 0 && !strings.Contains(p, "。") {
			continue // the row's button (换一换 ↻, 查看更多 >>)
		}
		return false
	}
	return true
}

// isTitleItem reports a line in the shape of a title listed on a page: a
// link item, or a line of at most 40 runes that ends no sentence and asks
// nothing (no 。, ！, ？ or ；, no closing colon), and is no heading of the
// genre's outline, no date and no contact line.
func isTitleItem(p string) bool {
	if isLinkItem(p) {
		return true
	}
	if runeLen(p) > 40 || containsAny(p, "。！？；!?;") || strings.HasSuffix(p, "：") || strings.HasSuffix(p, ":") {
		return false
	}
	return !isOutlineLine(p) && !isAnyDate(p) && !hasLandline(p)
}

// docKinds are the kinds of document a 素材 site's posts are titled by.
var docKinds = []string{"报告", "讲话", "发言", "心得", "体会", "总结", "述职", "材料", "范文", "模板", "公文", "写作", "提纲", "对照检查"}

// linkListKind is the kind a list of links is filtered as.
const linkListKind = model.JunkNavigation

// hasLandline reports an office's landline: an area code, its dash and
// seven or eight digits (0731-84567890), as the genre's notices give
// theirs; a site gives a mobile, a QQ or a group. A line with one is the
// office's, not a notice's odd other line (oddLine).
func hasLandline(p string) bool {
	for i := strings.IndexByte(p, '-'); i >= 0; {
		n := 0
		for n < len(p)-i-1 && isDigit(p[i+1+n]) {
			n++
		}
		if n >= 7 && n <= 8 && afterAreaCode(p[:i+1]) {
			return true
		}
		k := strings.IndexByte(p[i+1:], '-')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// siteGoods and siteEnds make the names of sites built from their goods
// (范文网, 公文吧, 文秘屋): what the site sells, then the word for a site.
// Not 库: the genre keeps 资料库 and 文献库 of its own.
var (
	siteGoods = []string{"范文", "公文", "材料", "文秘", "写作", "文档", "资料", "文案"}
	siteEnds  = []string{"网", "吧", "阁", "屋", "坊", "站"}
)

// namesGoodsSite reports a line naming a site after its goods: the site
// speaking of itself by its name (fSelf), as 本站 does by its pronoun.
func namesGoodsSite(p string) bool {
	for _, g := range siteGoods {
		for rest := p; ; {
			i := indexWord(rest, g)
			if i < 0 {
				break
			}
			rest = rest[i+len(g):]
			for _, e := range siteEnds {
				if strings.HasPrefix(rest, e) {
					return true
				}
			}
		}
	}
	return false
}

// introducesSelf reports a line that opens a clause with the speaker's
// introduction (我是…, 我叫…, 大家好，我是…): an account's persona greeting
// its readers. The genre's speakers are introduced by the chair, or say
// who they are in their office's name (我是XX县县长), which weighs
// against as an official word.
func introducesSelf(p string) bool {
	for _, w := range []string{"我是", "我叫"} {
		for rest, at := p, 0; ; {
			i := indexWord(rest, w)
			if i < 0 {
				break
			}
			prev, _ := utf8.DecodeLastRuneInString(p[:at+i])
			if at+i == 0 || strings.ContainsRune("，,！!。 \u3000", prev) {
				return true
			}
			rest, at = rest[i+len(w):], at+i+len(w)
		}
	}
	return false
}

// hasRate reports a shop's rate: a price in ¥ per piece (￥350/篇,
// ¥1.5/千字) or a price "from" (2元起, 千字50元起, 1.68 万元起). The genre writes its
// prices in 元 per its own units (元/吨, 元/平方米), never after ¥, and
// sets them, never starting from.
func hasRate(p string) bool {
	for rest := p; ; {
		i := indexWord(rest, "元起")
		if i < 0 {
			break
		}
		// 2元起, and a price in 万 or 千 as a plot's or a car's is
		// quoted (1.68 万元起)
		num := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(rest[:i], "万"), "千"), " ")
		if num != "" && isDigit(num[len(num)-1]) {
			return true
		}
		rest = rest[i+len("元起"):]
	}
	for _, y := range []string{"¥", "￥"} {
		for rest := p; ; {
			i := indexWord(rest, y)
			if i < 0 {
				break
			}
			rest = strings.TrimLeft(rest[i+len(y):], " ")
			j := 0
			for j < len(rest) && (isDigit(rest[j]) || rest[j] == '.') {
				j++
			}
			if j > 0 && (strings.HasPrefix(rest[j:], "/") || strings.HasPrefix(rest[j:], "／") || strings.HasPrefix(rest[j:], "起")) {
				return true
			}
		}
	}
	return false
}

// meetAgainBefore are the runes before a closing 见 that make it a
// meeting again at a time or a place (明天见, 下期见, 周三见, 七点见, 同一时间见,
// 老地方见, 下回见): a post's sign-off promising the next one. The genre's
// closing 见 are 意见 and 可见, which these never end.
const meetAgainBefore = "天期一二三四五六日点间方回周"

// seesYouNext reports a clause that closes on such a 见 (咱们下期见！,
// 明天同一时间见。): of the sets' promotion, seven lines sign off so; none of
// their real text, whose closing 见 are 意见.
func seesYouNext(p string) bool {
	for rest := p; ; {
		i := indexWord(rest, "见")
		if i < 0 {
			return false
		}
		before, after := rest[:i], rest[i+len("见"):]
		r, _ := utf8.DecodeLastRuneInString(before)
		n, _ := utf8.DecodeRuneInString(after)
		if strings.ContainsRune(meetAgainBefore, r) && (after == "" || strings.ContainsRune("。！!～~，, 　", n) || n >= 0x1F000) {
			return true
		}
		rest = after
	}
}

// siteCadence is cadenceIn of a line, less when the site speaks of itself
// in it (siteSpeaks: 加小编微信…，审核后次日推送。): a long sentence that
// ends in 。 and lists with 、 is the genre's shape, but a site naming
// itself is no office writing, however long its sentence runs; its
// cadence counts 1 at most.
func siteCadence(p string, pr *profile, reg register, h *hits) int {
	c := cadenceIn(p, pr, reg)
	if c > 1 && siteSpeaks(p, h) {
		return 1
	}
	return c
}

// barMenu reports a row of links between bars (isMenu): a page's menu
// signals by its shape, with or without a word of a signal, wherever it
// stands (👉 考场路线图 ｜ 👉 灯光模拟 ｜ 👉 学费明细 glued inside an article).
// Not a row that opens on its bar: a Markdown table's (| 序号 | 名称 |),
// whose cells are the text's.
func barMenu(p string) bool {
	return containsAny(p, "|｜丨") && !strings.HasPrefix(p, "|") && !strings.HasPrefix(p, "｜") && isMenu(p)
}
