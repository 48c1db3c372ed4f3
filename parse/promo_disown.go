package parse

import (
	"strings"
	"unicode/utf8"
)

// Registers of a page's own notices, each two kinds of words together,
// never one: a disclaimer's (disowns), a sign-off's wish to the reader
// (wishesReader) and a teaser's deferral of the rest (defersRest); and
// the speech's address to its audience, which no slogan is
// (addressesAudience).

// A disclaimer is told by what it says of the text it stands by: it names
// that text as content (本文, 文中, 该回答, 本材料, 视频中, 图片: the page's
// goods) and limits its standing: its truth or accuracy is someone else's
// to answer for (真实性由…负责, 不代表…观点, 不作…保证), it is for
// reference only and the official text prevails (仅供参考, 以…为准, 请核对),
// it may not be used as it stands or passed on (请勿照搬, 严禁翻印、转售),
// or it was processed (脱敏, 技术处理). The genre names itself by its
// instrument (本公告, 本办法, 本通知), whose limits are the law's
// (本公告…不承担责任 in a tender), and is not weighed so.

// contentSelf name the text as the page's content.
var contentSelf = []string{"本文", "此文", "文中", "本篇", "本材料", "本资料", "该材料", "该回答", "本回答", "本书", "本讲义",
	"本作品", "本视频", "视频中", "图片", "以上内容", "上述内容", "本内容", "该内容", "本稿", "内容真实性", "转载目的",
	// content limited in the same breath (课程内容仅代表…, 内容仅供参考)
	"内容仅",
	// content someone else gave it (词条内容由网友协作编辑, 本页内容由…插件
	// 自动翻译): a platform's of what its users or its tools wrote; the
	// genre's text is its office's own
	"内容由"}

// standingLimits limit the standing of the text named.
var standingLimits = []string{"真实性", "准确性", "完整性", "仅供", "为准", "负责", "观点", "照搬", "原样", "核对", "甄别",
	"依据", "用途", "翻印", "转售", "退款", "保证", "脱敏", "技术处理", "自负", "请勿",
	// what the text is not (本广告不构成任何诊疗建议, 本文不能代替面诊)
	"不构成", "不能代替", "不能替代",
	// its use in trade barred, 商用 ending its clause (文中图片禁止商用，
	// 请勿商用）): a rights holder's notice on its page; the genre's text
	// is public and limits no one's trade in it, and its 商用 heads a
	// noun (商用车, 商用密码)
	"商用，", "商用。", "商用）", "商用、", "商用；"}

// disowns reports a line that names its text as content and limits its
// standing: a disclaimer's register, whatever its words of rights.
// Its words are counted in noticeHits' pass (fContent, fLimit, fInstr):
// 本文 inside 本文件 (本文件自印发之日起施行), an instrument, is no content.
func disowns(h *hits) bool {
	return h[fLimit] > 0 && h[fContent] > h[fInstr]
}

// liabilityDenials deny answering for something (不承担…责任, 不对…负责,
// 不代表…观点, 概不负责) or being advice (不构成…建议).
var liabilityDenials = []string{"不承担", "不负责", "不对", "不代表", "概不", "不构成"}

// siteDisowns reports a site speaking of itself (本站, 本平台, 本店: fSelf)
// or a platform (小程序, 微信: fHandle) that limits the standing of what it
// carries and denies answering for it (…以原发布媒体为准，本站不承担…责任,
// 本店仅提供打印服务，不对…内容负责, 微信仅提供技术支持，不对其内容负责): it
// names the text as what it carries as much as 本文 does, and disowns it.
// The denial is asked too: a station of the genre (本站监测数据…为…提供依据)
// speaks of itself and its standing, and answers for it. The offices such
// a line names are its sources (来源于政府采购网), not its sender: noticeScore
// does not weigh them against it.
func siteDisowns(p string, h *hits) bool {
	return h[fSelf]+h[fHandle] > 0 && h[fLimit] > 0 && containsWord(p, liabilityDenials)
}

// wishWords open a wish or a dedication (愿每一位伏案的你…, 献给每一个…的你,
// 祝你…).
var wishWords = []string{"愿", "献给", "祝"}

// wishesReader reports a wish or a dedication to the reader as one person
// (愿每一位伏案的你，笔下有光): a post's sign-off, in the register of a card,
// where the genre's speech wishes its audience well as 大家 or 你们
// (祝愿大家…, 希望你们…).
func wishesReader(p string) bool {
	if strings.Contains(p, "你们") || strings.Contains(p, "你我") {
		return false
	}
	for _, w := range wishWords {
		if i := indexWord(p, w); i >= 0 {
			if j := indexWord(p[i:], "你"); j >= 0 && runeLen(p[i:i+j]) <= 16 {
				return true
			}
		}
	}
	return false
}

// audienceWords address a speech's audience, as the genre's speeches close
// (祝愿大家新春愉快、阖家幸福！, 谢谢各位！).
var audienceWords = []string{"大家", "各位", "同志们"}

// selfToAll reports a line where the site's persona (fSelf: 小编, 本站)
// speaks to 大家 (小编为大家精心整理的…，希望对大家有所帮助): in its voice 大家
// are its readers, as 您 is. A speech's 大家 has no such persona beside it;
// no real text of the sets or the corpus writes both in a line.
func selfToAll(p string) bool {
	return strings.Contains(p, "大家")
}

// addressesAudience reports a line that speaks to the audience of a
// speech: with no signal word, it is the speech's own line however odd
// its wording (新春愉快, 阖家幸福 are no bigrams of the genre's reports),
// never a slogan's.
func addressesAudience(p string) bool {
	return containsWord(p, audienceWords)
}

// A teaser points to the rest of its own text, elsewhere or later: it
// names a part of the text as a portion (后面还有三条, 剩下的, 以上内容为摘要,
// 此处仅摘录, 本系列共三篇, 下一篇) and defers the rest (明天接着分享, 留到下回,
// 周三见, 陆续推送, 见合集, 联系作者获取, 去原帖看). The genre's parts name
// each other (以下为具体情况, 下一步) but defer nothing to another day or
// another page.
var (
	portionWords = []string{"后面还有", "剩下的", "以上内容", "以上先", "以下为摘要", "摘要版", "此处仅", "仅摘录", "完整稿", "完整报告",
		"完整版", "本系列", "下一篇", "第一篇", "全文较长",
		// a part put up first (先放三篇), the rest to follow
		"先放"}
	deferWords = []string{"明天", "下回", "下次", "改天", "陆续", "将于", "见合集", "获取", "原帖", "接着", "再唠", "周一见", "周二见",
		"周三见", "周四见", "周五见", "周六见", "周日见", "下周",
		// a serial video's next episode (剩下的在合集下一集)
		"下一集",
		// a serial's schedule of posting the rest (一天更一篇, 隔天更)
		"一天更", "隔天更", "每日一更"}
)

// defersRest reports a teaser that points to the rest of its text
// (portionWords, deferWords, counted in noticeHits' pass).
func defersRest(h *hits) bool {
	return h[fPortion] > 0 && h[fDefer] > 0
}

// A page also reports what was done to the text it carries, in the
// perfect: the text named as content opens the line and 已 follows it at
// once (本文已被“学习强国”学习平台采用, 文章已于…修改, 本文已收录于付费专栏,
// 本文已开启快捷转载): the site speaking of the text as an object it
// handles. The genre names its text as an instrument (本办法已经…审议通过,
// 本文件已…), and its notes on an article's origin say what the text is
// (本文系…阶段性成果, 本文有删节, 本文根据…整理), never what befell it.
var handledSelf = []string{"本文", "文章", "本篇", "此文", "该文", "本作品", "本书", "本材料", "本资料"}

// reportsHandling reports a line that opens on the text named as content,
// after an opening bracket or a label in 【】 at most, with 已 next.
func reportsHandling(p string) bool {
	if indexWord(p, "已") < 0 {
		return false // the 已 it asks for, looked for before the line is trimmed
	}
	p = strings.TrimLeft(p, "（(〔[ 　")
	if strings.HasPrefix(p, "【") {
		if i := strings.Index(p, "】"); i > 0 {
			p = p[i+len("】"):]
		}
	}
	for _, w := range handledSelf {
		if strings.HasPrefix(p, w) {
			return strings.HasPrefix(p[len(w):], "已")
		}
	}
	return false
}

// A printed paper continues an article on another page and says so on a
// line of its own ((下转第四版), ……（上接第一版）): the whole line is the
// reference to the rest, a teaser's deferral in print. The genre's 下转
// inside a sentence (上转患者…，下转…) is no such line.
var jumpWords = []string{"下转", "上接"}

// isJumpLine reports a line that holds nothing but a jump to another page
// of the print: a jump word, 第, a number and 版 or 页, in brackets or
// after dots at most.
func isJumpLine(p string) bool {
	if !containsWord(p, jumpWords) {
		return false // the jump word it opens on, looked for before the line is trimmed and measured
	}
	p = strings.Trim(p, "…．.·（）()〔〕[] 　")
	if runeLen(p) > 10 || !(strings.HasSuffix(p, "版") || strings.HasSuffix(p, "页")) {
		return false
	}
	for _, w := range jumpWords {
		if strings.HasPrefix(p, w) {
			rest := strings.TrimPrefix(strings.TrimPrefix(p[len(w):], "至"), "第")
			rest = strings.TrimSuffix(strings.TrimSuffix(rest, "版"), "页")
			return rest != "" && strings.Trim(rest, "0123456789一二三四五六七八九十百") == ""
		}
	}
	return false
}

// opensOnContent reports a line that opens on the text it names as
// content (本文…, 文中…, 本材料…), after a label at most (查重提示：本文…,
// 【编者说明】文中…): asked of a disclaimer (disowns), it speaks of the
// article from outside it, as a page's note does; a sentence of the genre
// that limits its text's standing names it by its instrument (本办法,
// 本公告, 本文件) or opens on its subject. Of the sets' lines that disown
// their text, the thirty that open so are all promotion.
func opensOnContent(p string) bool {
	p = strings.TrimLeft(p, " \u3000")
	if rest, ok := strings.CutPrefix(p, "【"); ok {
		if i := indexWord(rest, "】"); i > 0 && runeLen(rest[:i]) <= maxHeadRunes {
			p = rest[i+len("】"):]
		}
	} else if i := strings.Index(p, "："); i > 0 && runeLen(p[:i]) <= maxHeadRunes && !containsAny(p[:i], "，。；") {
		p = p[i+len("："):]
	}
	if strings.HasPrefix(p, "本文件") {
		return false
	}
	for _, w := range contentSelf {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	return false
}

// An advertisement's or a platform's fine print denies that what it
// carries is advice, a promise or an offer (本广告不构成任何诊疗建议, 不构成
// 任何收益承诺, 效果图…不作为要约, 不构成对该企业的任何评价或投资建议) while it
// limits the text's standing or names its sources (以…为准, 仅供参考, 来源于):
// the seller or the platform speaking of its own page, whatever offices it
// names as sources. The genre limits its instruments' standing too (以…为准
// in a tender, 仅对所检样品负责, 不代表…质量状况, 不作为…处罚的依据) but never
// denies that its text advises, promises or offers: an office's text
// advises and binds by what it is.
// 不作为 is also the genre's noun for an office's inaction (查处不作为、
// 不落实承诺的…): as a denial it is asked of an offer only.
var standingDenials = []struct {
	denial string
	denied []string
}{
	{"不构成", []string{"建议", "意见", "承诺", "要约", "评价"}},
	{"不作为", []string{"要约"}},
}

// maxDeniedRunes is how far after its denial (不构成) the thing denied
// (建议) may stand, within the clause: 不构成对该企业的任何评价或投资建议.
const maxDeniedRunes = 16

// deniesAdvice reports a denial of standingDenials followed, within the
// clause (to its next mark, 、 too) and maxDeniedRunes, by a thing it
// denies, outside
// quotation marks: a report that quotes a page's fine print (页面注明“不
// 构成投资建议”) is the reporter's sentence.
func deniesAdvice(p string) bool {
	p = unquoted(p)
	for _, d := range standingDenials {
		for rest := p; ; {
			i := indexWord(rest, d.denial)
			if i < 0 {
				break
			}
			rest = rest[i+len(d.denial):]
			clause := rest
			if j := strings.IndexAny(clause, "，。；！？、"); j >= 0 {
				clause = clause[:j]
			}
			if runeLen(clause) > maxDeniedRunes {
				clause = string([]rune(clause)[:maxDeniedRunes])
			}
			if containsWord(clause, d.denied) {
				return true
			}
		}
	}
	return false
}

// finePrint reports a line that denies being advice, a promise or an
// offer (deniesAdvice), or being or speaking for any official body
// (deniesAffiliation), and limits its standing or names its sources
// (fLimit, fSource, counted in noticeHits' pass).
func finePrint(p string, h *hits) bool {
	return h[fLimit]+h[fSource] > 0 && (deniesAdvice(p) || deniesAffiliation(p))
}

// A site or an app that carries official matter also denies being, or
// speaking for, any official body (非任何期刊官方网站, 与任何考试机构无关,
// 不代表任何机关的正式发文) while it limits its text's standing or names its
// sources (仅供参考, 以…为准, 来源于): the page's note that its matter is
// unofficial. The genre is the official body: it forbids and warns of
// what any unit or person does (任何单位不得…, 不委托任何机构…, 与本次考试
// 无关), but never says of itself that it is none of them. An office's
// statement naming itself (我局, 本单位) is left to the rules.
var affiliationDenials = []struct {
	denial string
	denied []string
}{
	{"非任何", deniedBodies},
	{"不代表任何", deniedBodies},
	{"与任何", []string{"无关"}},
}

// deniedBodies are what a page denies being or speaking for.
var deniedBodies = []string{"官方", "机关", "机构", "部门", "单位", "政府", "考试", "期刊", "组织"}

// deniesAffiliation reports a denial of affiliationDenials followed,
// within the clause and maxDeniedRunes, by what it denies, outside
// quotation marks, in a line that names no office of its own.
func deniesAffiliation(p string) bool {
	p = unquoted(p)
	if containsWord(p, officeSelfWords) {
		return false
	}
	for _, d := range affiliationDenials {
		if wordThenInClause(p, []string{d.denial}, maxDeniedRunes, d.denied) {
			return true
		}
	}
	return false
}

// officeSelfWords are an office or a unit speaking of itself (我局, 本单位):
// its statement that a site is none of its is the office's.
var officeSelfWords = []string{"我县", "我市", "我省", "我区", "我镇", "我乡", "我局", "我委", "我厅", "我州", "我村", "我院", "我校",
	"我部", "我办", "我中心", "本单位", "本机关", "本部门"}

// unquoted is p less what stands inside “…”.
func unquoted(p string) string {
	if !strings.Contains(p, "“") {
		return p
	}
	var b strings.Builder
	for {
		i := strings.Index(p, "“")
		if i < 0 {
			break
		}
		b.WriteString(p[:i])
		j := strings.Index(p[i:], "”")
		if j < 0 {
			return b.String()
		}
		p = p[i+j+len("”"):]
	}
	b.WriteString(p)
	return b.String()
}

// A teaser or a paywall also says that the text here is a part taken out
// of a whole (只摘了…3条, 仅展示前800字, 以下只节译第二章, 仅第1页被成功抓取)
// and names the rest or the whole it left (其余9条, 剩余1450题, 完整版,
// 全文): the page speaking of its text as an excerpt. The genre takes
// parts of things (仅占三成, 只检查了3家) but does not tell the reader that
// it shows, excerpts or copies only part of its own text; of the sets'
// lines, thirteen of promotion say both, none of their real text, nor any
// line of the corpus.
var (
	partOnlyWords = []string{"只", "仅"}
	// verbs of copying text out, in forms no other sense shares (摘 alone
	// is also 摘帽, 录 录取, 贴 补贴, 展示 an exhibition's)
	excerptVerbs = []string{"摘录", "摘编", "摘了", "摘取", "节选", "节译", "节录", "收录", "抓取", "贴出", "贴了", "整理了", "译了",
		"选登", "刊登", "展示前", "显示前", "预览",
		// a page showing a part of its text by number (此处只展示第1周,
		// 仅显示第一章), as it shows the first so many words; not 列出
		// (本表仅列出主要指标，完整清单见附件: an office's table), nor 放了
		// (只放了三天假，全部员工…)
		"展示第", "显示第"}
	restWords = []string{"其余", "剩余", "剩下", "前半", "后半", "完整", "全文", "全部"}
	// the whole named by the share the excerpt is of it (本文只整理了…，
	// 约为现场内容的三分之一): a rest word only where the line names its
	// text as content (contentSelf), for a report's work done in part
	// (全年只整理了馆藏档案的五分之一) names a share too
	shareWords = []string{"分之", "一半"}
)

// maxExcerptRunes is how far after 只 or 仅 its verb of excerpting may
// stand, within the clause (仅第1页被成功抓取).
const maxExcerptRunes = 8

// excerptsOnly reports a line that takes only a part of its text
// (partOnlyWords, then an excerptVerbs within the clause and
// maxExcerptRunes) and names the rest or the whole (restWords), or, naming
// its text as content, the share it took (shareWords).
func excerptsOnly(p string) bool {
	if !containsWord(p, partOnlyWords) {
		return false // wordThenInClause's first words, two single runes, asked first
	}
	if !containsWord(p, restWords) && !(containsWord(p, shareWords) && containsWord(p, contentSelf)) {
		return false
	}
	return wordThenInClause(p, partOnlyWords, maxExcerptRunes, excerptVerbs)
}

// A teaser with no word of truncation sends the reader who wants the rest
// to the whole elsewhere (想听的朋友请收听完整节目, 想看完整版的戳这里) or
// promises the next issue more (下期更精彩, 且听下回分解): the page speaking
// of its text as a part. The genre tells its reader where to read a
// policy (想了解更多政策，可登录…) and announces its next issue's subject
// (下期简报拟刊发…), but wants nothing of a whole it withheld nor boasts
// of its next issue.
var (
	wantWords      = []string{"想看", "想听", "想读"}
	wholeWords     = []string{"完整", "全部", "全文", "后续", "剩下", "剩余"}
	nextIssueWords = []string{"下期", "下回", "下一期", "下集", "下一集"}
	betterWords    = []string{"更精彩", "更好看", "分解"}
)

// maxTeaseRunes is how far after 想看 the whole it wants, or after 下期 its
// boast, may stand within the clause (想听的朋友请收听完整节目).
const maxTeaseRunes = 12

// teasesRest reports a teaser (wantWords, nextIssueWords): a want of the whole, or the
// next issue's boast, within the clause.
func teasesRest(p string) bool {
	return containsAny(p, wantFirsts) && wordThenInClause(p, wantWords, maxTeaseRunes, wholeWords) ||
		containsAny(p, nextIssueFirsts) && wordThenInClause(p, nextIssueWords, maxTeaseRunes, betterWords)
}

// wantFirsts and nextIssueFirsts are the first runes of wantWords and
// nextIssueWords (想, 下): a line holding none of them holds none of the
// words, and teasesRest asks for the words only where it holds one.
var wantFirsts, nextIssueFirsts = firstRunes(wantWords), firstRunes(nextIssueWords)

// A paywall reserves the rest of the text to a class of the site's users
// (以下内容仅对会员开放, 剩余部分仅对充电用户可见): only for them (仅对, 只对),
// a user of the site (reservedUsers) and open or visible (开放, 可见) in one
// clause. The genre opens its services to residents or units (仅对本市户籍
// 居民开放, 阅览室仅对持证读者开放), never its text to a site's members; of
// the sets' lines, five of promotion reserve so, none of the real text.
var (
	reserveWords  = []string{"仅对", "只对"}
	reservedUsers = []string{"用户", "会员", "粉丝"}
	// the text reserved, named in the line (以下内容, 正文, 剩余部分): a
	// library's reading room or an association's platform open only to
	// its readers or 会员单位 reserves no text
	reservedText = []string{"内容", "正文", "全文", "原文", "原版", "文章", "剩余部分"}
	reservedOpen = []string{"开放", "可见"}
)

// maxReserveRunes is how much of the clause after 仅对 holds its users and
// its 开放 (仅对付费用户可见, 仅对正式用户开放).
const maxReserveRunes = 12

// reservesRest reports a clause reserving the text named before it
// (reservedText) to the site's users: reserveWords, then reservedUsers
// (not an association's 会员单位) and reservedOpen within maxReserveRunes
// of the clause.
func reservesRest(p string) bool {
	for _, w := range reserveWords {
		for at := 0; ; {
			i := indexWord(p[at:], w)
			if i < 0 {
				break
			}
			before := p[:at+i]
			at += i + len(w)
			clause := p[at:]
			if j := strings.IndexAny(clause, "，。；！？）】"); j >= 0 {
				clause = clause[:j]
			}
			if runeLen(clause) > maxReserveRunes {
				clause = string([]rune(clause)[:maxReserveRunes])
			}
			if containsWord(before, reservedText) && containsWord(clause, reservedUsers) && containsWord(clause, reservedOpen) &&
				!containsWord(clause, associationMembers) {
				return true
			}
		}
	}
	return false
}

// prevailWords say that another text prevails over this one (以…为准,
// 以…为依据): the one limit the genre puts on its own figures.
var prevailWords = []string{"为准", "依据"}

// prevailsOnly reports a line whose one limit (fLimit) is that another
// text prevails (prevailWords).
func prevailsOnly(p string, h *hits) bool {
	return h[fLimit] == 1 && containsWord(p, prevailWords)
}

// wordThenInClause reports one of words in p followed, within the first
// within runes of the rest of its clause (up to ，。；！？), by one of then.
func wordThenInClause(p string, words []string, within int, then []string) bool {
	for _, w := range words {
		for rest := p; ; {
			i := indexWord(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			clause := rest
			if j := strings.IndexAny(clause, "，。；！？"); j >= 0 {
				clause = clause[:j]
			}
			if runeLen(clause) > within {
				clause = string([]rune(clause)[:within])
			}
			if containsWord(clause, then) {
				return true
			}
		}
	}
	return false
}

// disownsLater reports a line whose first sentence introduces its author
// (introducesAuthor) and a later one disowns the text: it opens on the
// text named as content (opensOnContent) and, within itself, limits its
// standing beyond another text's prevailing (disowns, prevailsOnly). An
// author's footer introduces the author and then disowns the text
// (作者：某某，前…，带过…学员。文中观点为个人经验，…以…为准。): the page's
// note about its article from outside it, as a disclaimer opening the line
// is. The genre's notes on an article's author (（作者系…副教授）) limit
// nothing, its sentences that limit their figures name another text as
// prevailing only (文中数据以统计部门公布为准), and a notice that limits
// its own use after its orders (…请各单位认真组织学习。本材料仅供内部学习
// 使用，请勿外传。) opens on its business, not on an author.
func disownsLater(p string) bool {
	first := true
	for rest := p; rest != ""; {
		i := strings.IndexAny(rest, "。！？")
		s := rest
		if i >= 0 {
			_, size := utf8.DecodeRuneInString(rest[i:])
			s, rest = rest[:i], rest[i+size:]
		} else {
			rest = ""
		}
		if first {
			if !introducesAuthor(s) {
				return false
			}
		} else if opensOnContent(s) {
			h, _ := noticeHits(s)
			if disowns(&h) && !prevailsOnly(s, &h) {
				return true
			}
		}
		first = false
	}
	return false
}

// postBylines name who wrote or told a post (作者：, 文/, 答主：, 口述|):
// a byline's label, closed by one of bylineMarks.
var postBylines = []string{"作者", "答主", "文", "撰文", "撰稿", "口述", "博主", "楼主", "up主", "主播", "笔者"}

// bylineMarks close a byline's label (作者：某某, 文/某某, 口述丨某某,
// 【作者】某某).
var bylineMarks = []string{"：", ":", "/", "／", "丨", "|", "｜", "】"}

// introducesAuthor reports a sentence that opens as a byline, after an
// opening bracket and 本文 at most: a label of postBylines (any case:
// UP主, up主), spaces at most, then one of bylineMarks (答主：老陈，做了十二年
// 车险定损; 作者 | 老周; 【作者】老周; 本文作者：…), or a writer introducing
// themselves (我是老王，…; not 我是否…).
func introducesAuthor(s string) bool {
	s = strings.TrimLeft(s, " \u3000（(【[〔")
	s = strings.TrimPrefix(s, "本文")
	if rest, ok := strings.CutPrefix(s, "我是"); ok {
		return !strings.HasPrefix(rest, "否")
	}
	for _, l := range postBylines {
		if len(s) < len(l) || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		rest := strings.TrimLeft(s[len(l):], " \u3000")
		for _, m := range bylineMarks {
			if strings.HasPrefix(rest, m) {
				return true
			}
		}
	}
	return false
}
