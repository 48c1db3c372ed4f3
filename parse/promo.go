package parse

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// Promotion in other sites' styles than the 素材库 pitches isPromo knows
// (a 公众号's 点个在看, a 文库's 剩余内容需登录, a repost's 版权声明, a
// shop's 拍下发货) is told by what kind of thing a short line does, not by
// its words: each word below stands for a signal (it addresses the reader,
// sells, gives a contact, says the text is cut, disclaims, points elsewhere,
// decorates…), and a line is promotion when it carries signals of two or
// more kinds more than it carries the genre's own prose (推动, 开展, 群众…).
// A single word decides nothing: 公众号, 扫码, 会员, 代写, 侵权 and 开通 all
// appear in real government text, next to the prose words that keep them.
const (
	sigReader   = 1 << iota // addresses the reader: 您, 亲, 小伙伴, 朋友们…
	sigGoods                // the text as goods: 范文, 文档, 精品, 合集, 全文
	sigGet                  // getting it: 下载, 获取, 领取, 解锁
	sigSell                 // selling and membership: 会员, 购买, 优惠, 元
	sigContact              // a handle: QQ, 微信, 私信, 网址, 邮箱
	sigTrunc                // the text is cut: 节选, 未完, 仅展示, 剩余
	sigDisclaim             // source and copyright: 版权, 侵权, 转自, 仅供参考
	sigCTA                  // calls to action and navigation: 点赞, 在看, 往期
	sigSite                 // the site speaking of itself: 本号, 小编, 本站
	sigSlogan               // a sign-off: 专注, 值得信赖, 就找
	sigDecor                // decoration: arrows, stars, >>>, ~, long dashes
	sigProse                // the genre's own prose: 推动, 开展, 群众, 依法
)

// promoWords maps each word to its signal. Words are looked for with one
// pass over a line (promoSignals), so their number costs nothing per line.
var promoWords = map[int][]string{
	sigReader: {"您", "亲们", "亲，", "亲！", "小伙伴", "朋友们，", "朋友，", "各位读者", "粉丝", "你可能", "你的", "你想"},
	sigGoods: {"范文", "文档", "精品", "合集", "全文", "全本", "完整版", "全套", "汇编版", "可编辑", "Word", "word",
		"WORD", "PPT", "docx", "doc版", "写作素材", "干货", "材料包", "精选"},
	sigGet: {"下载", "获取", "领取", "解锁", "自取", "发送", "回复", "拿走", "收到", "移步"},
	sigSell: {"开通", "会员", "VIP", "vip", "购买", "年费", "年卡", "月卡", "优惠", "特惠", "限时", "折扣", "店铺", "本店",
		"代写", "代拟", "代笔", "付费", "充值", "打赏", "售出", "拍下", "拍前", "发货", "仅需", "只要", "打包", "包邮", "退换"},
	sigContact: {"QQ", "qq", "微信", "加V", "加v", "V信", "私信", "后台", "邮箱", "邮件至", "http", "www.", ".com", ".cn",
		"提取码", "网盘", "二维码", "扫码", "加群", "交流群", "@"},
	sigTrunc: {"节选", "未完", "待续", "仅展示", "预览", "剩余", "余下", "已隐藏", "登录", "请翻页", "阅读全文",
		"全文请", "篇幅所限", "篇幅有限"},
	sigDisclaim: {"版权", "侵权", "转自", "来源于网络", "来自网络", "源于网络", "仅供参考", "仅供学习", "仅供交流", "不代表",
		"删除", "原作者", "用户上传", "免责", "所有权", "转载"},
	sigCTA: {"点赞", "在看", "转发", "分享", "收藏", "关注", "星标", "置顶", "点击", "戳", "阅读原文", "往期", "上一篇",
		"下一篇", "推荐", "还想看", "查看更多", "喜欢", "蓝字", "长按", "识别", "排版", "审核", "校对", "责编", "图片来源", "END", "End"},
	sigSite:   {"本号", "本站", "本平台", "小编", "本文由", "整理发布", "官网", "公众号", "号主", "平台处理", "本文档"},
	sigSlogan: {"专注", "值得信赖", "就找", "用心写", "一站式", "品质保证", "放心"},
	sigDecor: {"→", "←", "↓", "↑", "▶", "►", "▼", "★", "☆", "♥", "❤", ">>", "<<", "》》", "~", "～", "——", "——", "═", "◆", "◇",
		"●", "✦"},
	sigProse: {"推动", "推进", "开展", "坚持", "加强", "全市", "全省", "全区", "全县", "组织", "依法", "查处", "打击", "专项",
		"党员", "群众", "干部", "同志", "落实", "治理", "办理", "办结", "累计", "人次", "万件", "工作", "建设",
		"发展", "单位", "深入", "持续", "进一步", "政务", "市民", "提供",
		// and of its titles: 关于推荐精品课程的通知 is a document, not a pitch.
		"关于", "通知", "意见", "方案", "办法", "决定", "公示", "公告", "实施", "贯彻", "名单", "报告", "讲话"},
	// 我们 is not among them: sites say it as often as reports do.
}

// promoTable holds the words grouped by their first rune, and promoGroup
// maps a BMP rune to 1 + its group (0: no word starts with it): a table,
// not a map, as keywordScore's, since this reads every short line.
var promoTable, promoGroup = func() ([][]promoWord, *[1 << 16]uint16) {
	t := new(runeGroups[promoWord, uint16])
	for sig, words := range promoWords {
		for _, w := range words {
			t.add(w, promoWord{w, uint16(sig)})
		}
	}
	return t.groups, &t.first
}()

type promoWord struct {
	word string
	sig  uint16
}

// maxShortBytes bounds the lines read as possible promotion: 100 Han
// characters. A notice is a line or two; a longer paragraph is prose.
const maxShortBytes = 300

// promoSignals returns the signals found in p, the signals carried by
// three or more distinct words (a pitch that piles up 限时, 特惠, 仅需, 打包
// weighs more than one 会员), and how many distinct words of the genre's
// prose it holds (up to 3).
func promoSignals(p string) (sig, heavy uint16, prose int) {
	// Most short lines of a compilation (headings, 目录 entries) carry no
	// signal; a first pass that only looks for one, passing over the
	// prose words, which are everywhere, leaves them at that.
	if !anySignal(p) {
		return 0, 0, 0
	}
	var seen [24]string
	nSeen := 0
	var count [16]uint8
	for i := 0; i < len(p); {
		r, size := rune(p[i]), 1
		switch c := p[i]; {
		case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		case c >= utf8.RuneSelf:
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		if r >= 1<<16 {
			// Emoji are words in today's text (👍, 🇨🇳), not decoration.
		} else if g := promoGroup[r]; g != 0 {
			for _, w := range promoTable[g-1] {
				if !strings.HasPrefix(p[i:], w.word) || contains(seen[:nSeen], w.word) {
					continue
				}
				if nSeen < len(seen) {
					seen[nSeen] = w.word
					nSeen++
				}
				if w.sig == sigProse {
					prose = min(prose+1, 3)
					continue
				}
				sig |= w.sig
				b := bits.TrailingZeros16(w.sig)
				if count[b]++; count[b] >= 3 {
					heavy |= w.sig
				}
			}
		}
		i += size
	}
	if hasPrice(p) {
		sig |= sigSell
	}
	if hasContact(p) {
		sig |= sigContact
	}
	return sig, heavy, prose
}

// anySignal reports whether p holds a signal word.
func anySignal(p string) bool {
	for i := 0; i < len(p); {
		r, size := rune(p[i]), 1
		switch c := p[i]; {
		case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		case c >= utf8.RuneSelf:
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		if r < 1<<16 && signalFirst[r] {
			for _, w := range promoTable[promoGroup[r]-1] {
				if w.sig != sigProse && strings.HasPrefix(p[i:], w.word) {
					return true
				}
			}
		}
		i += size
	}
	return false
}

// signalFirst flags the first runes of the signal words (not of the
// prose words, which are everywhere): a table of its own, smaller than
// promoGroup, for the pass that reads every short line.
var signalFirst = func() *[1 << 16]bool {
	var t [1 << 16]bool
	for sig, words := range promoWords {
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); sig != sigProse && r < 1<<16 {
				t[r] = true
			}
		}
	}
	return &t
}()

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hasPrice reports a price: a number followed by 元 or 块, or ¥/￥ before
// one, in a short line (budgets in real text are 万元 and 亿元).
func hasPrice(p string) bool {
	if strings.Contains(p, "¥") || strings.Contains(p, "￥") {
		return true
	}
	for i := 1; i < len(p); i++ {
		if p[i-1] >= '0' && p[i-1] <= '9' && (strings.HasPrefix(p[i:], "元") || strings.HasPrefix(p[i:], "块")) {
			return true
		}
	}
	return false
}

// shortPromoKind reports whether a short line is promotion by the weight of
// its signals, and of which kind. alone says the line stands between blank
// lines or outside the articles (a notice of its own); a line glued between
// two paragraphs of an article needs one more signal.
func shortPromoKind(p string, alone bool) (model.JunkKind, bool) {
	if len(p) > maxShortBytes {
		return 0, false
	}
	sig, heavy, prose := promoSignals(p)
	sig |= shapeSignals(p)
	if sig&^sigDecor == 0 {
		return 0, false // decoration alone is a separator, not a notice
	}
	n := bits.OnesCount16(sig) + bits.OnesCount16(heavy) + shapeWeight(p)
	// A long sentence ending in 。 is the genre's; a notice is terse.
	if strings.HasSuffix(p, "。") && len(p) > 120 {
		prose++
	}
	need := 2
	if !alone {
		need = 3
	}
	if n-prose < need {
		return 0, false
	}
	return kindOf(sig), true
}

// shapeSignals adds the signals that a line's shape gives: a reading-time
// line (阅读本文约需 5 分钟), a run of credits (排版：… 审核：…).
func shapeSignals(p string) uint16 {
	var s uint16
	if strings.Contains(p, "分钟") && (strings.Contains(p, "阅读") || strings.Contains(p, "读完")) {
		s |= sigCTA | sigSite
	}
	if i := strings.Index(p, "："); i >= 0 && strings.Contains(p[i+len("："):], "：") && runeLen(p) <= 40 && !strings.ContainsAny(p, "。，") {
		s |= sigCTA
	}
	return s
}

// shapeWeight weighs decoration by where it stands: a line of nothing but
// decoration and a word or two (-END-), or a line framed by it at both
// ends (—— 以上为节选 ——), is a notice whatever it says.
func shapeWeight(p string) int {
	if shapeOnly(p) {
		return 1
	}
	first, _ := utf8.DecodeRuneInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	if isDecorRune(first) && isDecorRune(last) {
		return 1
	}
	return 0
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
// decoration runes and at most four Han characters (-END-, >>> <<<).
func shapeOnly(p string) bool {
	han, decor := 0, 0
	for _, r := range p {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		case isDecorRune(r):
			decor++
		}
	}
	return han <= 4 && decor >= 2
}

// fragmentKind is the kind of a fragment joining promotion of kind near:
// its own when its signals name one, else near's.
func fragmentKind(p string, near model.JunkKind) model.JunkKind {
	sig, _, _ := promoSignals(p)
	if k := kindOf(sig); sig&^sigDecor != 0 && k != model.JunkPromo {
		return k
	}
	return near
}

// kindOf names the kind of a promotion line from its signals: a notice
// that the text is cut, a disclaimer, navigation, or else advertising.
func kindOf(sig uint16) model.JunkKind {
	switch {
	case sig&sigTrunc != 0:
		return model.JunkTruncation
	case sig&sigDisclaim != 0:
		return model.JunkDisclaimer
	case sig&(sigSell|sigContact|sigGet|sigReader|sigSlogan) == 0:
		return model.JunkNavigation
	}
	return model.JunkPromo
}

// isNoticeFragment reports whether a short line next to promotion belongs
// to it (the items of a 往期推荐 list, a handle split off from its notice):
// one signal more than its prose words, and no full stop (a sentence of
// the genre next to a notice stays).
func isNoticeFragment(p string) bool {
	if len(p) > 60 || strings.Contains(p, "。") {
		return false
	}
	sig, heavy, prose := promoSignals(p)
	sig |= shapeSignals(p)
	if sig&^sigDecor == 0 {
		return false // decoration alone joins nothing
	}
	n := bits.OnesCount16(sig) + bits.OnesCount16(heavy) + shapeWeight(p)
	return n-prose >= 1
}

// isGenreSentence reports a sentence of the genre: it ends in 。 and holds
// a word of its prose (依法查处有偿代写…问题11起。). It never joins the
// promotion it stands next to.
func isGenreSentence(p string) bool {
	if !strings.HasSuffix(p, "。") {
		return false
	}
	_, _, prose := promoSignals(p)
	return prose > 0
}

// isOutlineLine reports a line that opens with an outline marker (一、,
// （二）, 3.): it is structure, never a notice, whatever it says.
func isOutlineLine(p string) bool {
	_, ok := parseMarker(p)
	return ok
}
