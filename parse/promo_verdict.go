package parse

import (
	"strings"

	"wenji/model"
)

// scoreNoticeFull is scoreNoticeIn weighing every line that may be a
// notice: a line of no signal is refused before it is weighed
// (refusedUnweighed), the verdict on the others is noticeVerdict's.
func scoreNoticeFull(p string, at place, reg register) (model.JunkKind, bool) {
	h, pr, disowned := noticeSignals(p, reg)
	if refusedUnweighed(p, at, &h) {
		return 0, false
	}
	score, h := noticeWeigh(p, reg, h, &pr, disowned)
	return noticeVerdict(p, at, score, &h)
}

// refusedUnweighed reports a line that noticeVerdict refuses for want of
// a signal (a line of no signal word weighed only standing alone and
// worded wholly unlike the genre), told from its signals h (noticeSignals)
// before the weighing: with no signal, and no weight of the model's on a
// bare line, the weighing adds no signal nor the model's weight
// (learnedScore is not asked), and the wording, h[fOdd], is genreWeight's.
// Most lines the notice pass weighs (a sentence of the genre with a
// figure in it) are refused here, and the weighing was a third of the
// pass (TestNoticeRefusedEarly).
func refusedUnweighed(p string, at place, h *hits) bool {
	return !h.signalled() && !framesWords(p) && !dotChain(p) && (at <= placeAside || genreWeight(p) < 2) && learnBareWeight(p) == 0
}

// noticeVerdict says whether the line p, weighed at score with hits h
// (noticeWeigh), is a notice where it stands, and of which kind.
func noticeVerdict(p string, at place, score int, h *hits) (model.JunkKind, bool) {
	if officeContact(p, h) || reportChannel(p, h) || officeCredit(p) {
		// An office's contact line or credit line (promo_credit.go)
		// is no notice on its own; in a
		// block of a shop's lines (a book's price over its 发行部's
		// landline) the block is weighed whole (poolBlocks).
		return 0, false
	}
	if finePrint(p, h) {
		// A page's fine print denying it advises, promises or offers
		// (promo_disown.go) is a disclaimer wherever it stands and
		// however long its sentence: the genre never writes it.
		return model.JunkDisclaimer, true
	}
	if disowns(h) && (opensOnContent(p) && !prevailsOnly(p, h) || disownsLater(p)) && !ownCaveat(p) {
		// A disclaimer opening on the text it limits (本书仅供个人学习之用,
		// 本资料仅供内部学习交流…以…为准, 本文转载自…不代表本网…观点) speaks
		// of the article from outside it, however long its sentence and
		// whatever offices it names as sources: of the sets' lines, 32 of
		// promotion do, none of the real text nor of the corpus. Not when
		// its only limit is that another text prevails (文中所列项目以…批复
		// 为准): a report's own note on its figures. Nor only the line's
		// first sentence: an author's footer names the author first and
		// disowns the text after (disownsLater).
		return model.JunkDisclaimer, true
	}
	if excerptsOnly(p) || reservesRest(p) {
		// A page telling the reader it shows only part of its text and
		// naming the rest, or reserving the rest to its users
		// (promo_disown.go), is a truncation notice
		// wherever it stands: the genre never writes it.
		return model.JunkTruncation, true
	}
	if !h.signalled() && !framesWords(p) && !dotChain(p) && (!bareLearned(h, at) && (at <= placeAside || h[fOdd] < 2) || addressesAudience(p)) {
		// A line of no signal word is weighed only standing alone and
		// worded wholly unlike the genre (four fifths of its bigrams
		// odd: a slogan, 墨客居 · 妙笔自有乾坤); its form then has to carry
		// the rest (a separator, decoration, the chat register), never
		// its position alone. Two thirds odd is not enough: a column's
		// name of the genre (山海协作 · 共富路上) is as odd to a set read
		// from a few hundred thousand characters. Nor a line that
		// speaks to a speech's audience (祝愿大家新春愉快、阖家幸福！),
		// however odd its words: the speech's close (addressesAudience).
		return 0, false
	}
	if isLongSentence(p) && !siteSpeaks(p, h) {
		if h[fOfficial] > 0 {
			// A sentence of the genre's length with an official sign
			// (a government's account, a count of results, a
			// requirement) is the office's report, whatever platforms
			// it names (“某某发布”微信公众号、视频号…粉丝总量突破210万…):
			// of the sets' promotion, three such sentences, none
			// weighing a glued line's need.
			return 0, false
		}
		at = placeGlued
		if h[fLearn] > 1 && h[fReader]+h[fVoice]+h[fSelf] == 0 {
			// Weighed as prose, a sentence of the genre's length that
			// speaks to no one and as no one (no 您, no I, no 本站) is
			// in an office's impersonal register: the model, which
			// learnt notices of a line or two, adds at most 1 to it
			// (投稿邮箱：…，邮件主题请注明“征文+单位+姓名”。 in a 征文
			// notice weighs as a site's call for writers does, on the
			// model's odds alone; 发我邮箱…，我抽空帮着看看。 is a person's).
			score -= int(h[fLearn]) - 1
		}
	}
	if (at == placeOutside || at == placeAlone && isStandaloneShort(p, h)) && h[fOfficial] == 0 {
		// Where the genre has only titles, dates and signatures, or in
		// the shape of a slogan; an official line takes no such weight.
		score++
	}
	if at >= placeAlone && h[fOdd] > 0 && h.signalledBeyondGoods() && h[fProse] == 0 && !strings.Contains(p, "。") {
		// Standing alone, outside the prose or between blank lines, the
		// genre has titles, headings, dates, signatures and its offices'
		// lines, all in its own words: a line there worded unlike it,
		// with a signal of its own and no sentence, is the site's (three
		// weak kinds together: a word, the wording, the position). Not a
		// signal of goods alone: a title names its 文章 and 材料 in words
		// as odd (第一篇文章标题).
		score++
	}
	if score < noticeNeed[at] {
		return 0, false
	}
	return kindOf(h), true
}

// bareLearned reports a line of no signal word that the model weighs
// enough where it stands (learnBareWeight): 3 anywhere, 2 standing alone.
func bareLearned(h *hits, at place) bool {
	return h[fLearn] >= 3 || h[fLearn] >= 2 && at >= placeAlone
}
