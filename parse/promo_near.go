package parse

import (
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// The lines next to promotion that go with it (spreadPromo): a list's
// items, a handle split off from its notice, a price under a paywall; and
// the genre's sentences, which never do.

// fragmentKind is the kind of a fragment joining promotion of kind near:
// its own when it has signals of its own, else near's.
func fragmentKind(p string, near model.JunkKind, reg register) model.JunkKind {
	if _, h := noticeScoreIn(p, reg); h.signalled() {
		return kindOf(&h)
	}
	return near
}

// isNoticeFragment reports whether a short line next to promotion belongs
// to it (the items of a 往期 list, a handle split off from its notice, a
// rule line under it): a line of decoration only, an item of a list, or
// needFragment.
func isNoticeFragment(p string) bool { return isNoticeFragmentIn(p, registerGenre) }

// isNoticeFragmentIn is isNoticeFragment in a document of register reg.
// A line whose signal is beyond goods (an act, a handle, the reader, the
// text cut, the page's furniture) and which holds no word of the genre's
// prose and no official word joins at one strong signal's weight, one
// less than needFragment: a notice's own last or first line (由于篇幅限制，
// 以上先写到第三部分。 over where the rest is, 快捷回复：… under a mail's
// toolbar) says less than its head. The real note needFragment keeps out
// names the article only (（本文刊发于《XX日报》…）: goods), and the genre's
// lines carry its words.
func isNoticeFragmentIn(p string, reg register) bool {
	if len(p) > 150 {
		return false
	}
	if shapeOnly(p) || isLinkItem(p) || isBarePrice(p) || firmSignOff(p) {
		return true
	}
	if !mayBeNotice(p) {
		return false
	}
	score, h := noticeScoreIn(p, reg)
	return h.signalled() && (score >= needFragment || score == needFragment-1 && h.signalledBeyondGoods() && h[fProse]+h[fOfficial] == 0)
}

// firmSuffixes end a firm's name as it signs (某某文化传媒有限公司,
// 某某（集团）, 某某工作室).
var firmSuffixes = []string{"有限公司", "有限责任公司", "股份公司", "集团", "（集团）", "工作室", "事务所"}

// firmSignOff reports a firm signing the line above it after a dash
// (——某某会展（集团）有限公司 under its slogan): the dash, then a name of
// at most twenty characters ending as a firm's does, no clause mark and no
// official word. Beside promotion it is the sponsor's sign-off; the
// genre's dash-led lines are its subtitles and a quotation's source
// (——在…上的讲话, ——某某县委书记 李四), never a company.
func firmSignOff(p string) bool {
	name, ok := strings.CutPrefix(p, "——")
	if !ok {
		return false
	}
	name = strings.Trim(name, " \u3000")
	if n := runeLen(name); n < 4 || n > 20 || containsAny(name, "，。；：！？、,;:!?") {
		return false
	}
	if _, ok := hasSuffixAny(name, firmSuffixes...); !ok {
		return false
	}
	h, _ := noticeHits(name)
	return h[fOfficial] == 0
}

// isGenreSentence reports a sentence of the genre: it ends in 。 and holds
// a word of its prose (依法查处有偿代写…问题11起。) or runs long. It never joins the
// promotion it stands next to.
func isGenreSentence(p string) bool {
	if !strings.HasSuffix(p, "。") {
		return false
	}
	h, _ := noticeHits(p)
	return isLongSentence(p) || h[fProse] > 0
}

// isSiteInstruction reports a sentence of the genre's length that is a
// notice's instruction, not the genre's (报名：应用商店搜“稿匠”，注册后进入…，填
// 入暗号…即可。 under a 内测 call): no word of its prose, no official word,
// and the signals of a notice where it stands aside (noticeNeed's 4).
// Beside promotion it goes with it, as a shorter line so weighed does.
func isSiteInstruction(p string, reg register) bool {
	score, h := noticeScoreIn(p, reg)
	return h[fProse] == 0 && h[fOfficial] == 0 && score >= noticeNeed[placeAside]
}

// namesOffice reports a line with an official word (联系人, 人民政府, 抄送):
// a number in it does not join it to the promotion beside it (联系人：某某，
// 联系电话：0736-…，139…。 glued under a site's ad), as it is weighed alone
// (isNoticeFragment's score weighs the official word already).
func namesOffice(p string) bool {
	h, _ := noticeHits(p)
	return h[fOfficial] > 0
}

// isOutlineLine reports a line that opens with an outline marker (一、,
// （二）, 3.): it is structure, never a notice, whatever it says.
func isOutlineLine(p string) bool {
	_, ok := parseMarker(p)
	return ok
}

// endsClause reports a line that ends as the genre's sentences and
// clauses do: in 。！？；：，、 or their ASCII forms, or an ellipsis.
func endsClause(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimBlankRight(p))
	return strings.ContainsRune("。！？；：，、!?;:,…", r)
}

// uncite takes out of h the prose and official words inside the titles
// a line cites (《…》): they are the cited document's words, not the line's
// own (下期预告：《…党委书记…述职报告》 is a teaser, not an office's line).
func uncite(p string, h *hits) {
	for rest := p; ; {
		i := indexWord(rest, "《")
		if i < 0 {
			return
		}
		rest = rest[i+len("《"):]
		j := indexWord(rest, "》")
		if j < 0 {
			return
		}
		t, _ := noticeHits(rest[:j])
		h[fProse] -= min(h[fProse], t[fProse])
		h[fOfficial] -= min(h[fOfficial], t[fOfficial])
		rest = rest[j:]
	}
}

// cadence weighs the genre's sentence shape against a line: its sentences
// run long and end in 。 (a speech's in ！, a report's in the speech it
// quotes: endsInSpeech), and enumerate with 、; a
// notice is terse, ends in no mark, and lists nothing.
func cadence(p string, runes int) int {
	c := 0
	if strings.HasSuffix(p, "。") || strings.HasSuffix(p, "！") || strings.HasSuffix(p, "；") || endsInSpeech(p) {
		switch n := runes; {
		case n > 40:
			c += 3
		case n > 25:
			c++
		}
	}
	if strings.Count(p, "、") >= 2 {
		c++
	}
	return c
}

// isLongSentence reports a sentence of the genre's length, ending in 。:
// whatever blank lines stand around it, it is weighed as a line glued
// inside prose (in a file with a blank line after every paragraph, every
// paragraph stands alone).
func isLongSentence(p string) bool {
	return strings.HasSuffix(p, "。") && runeLen(p) > 40
}

// isStandaloneShort reports a short line of no genre vocabulary: between
// blank lines that is a slogan's, a card's or a notice's shape, not a
// heading's or a paragraph's (the genre's headings and sentences carry
// its words: 推动, 坚持, 建设, or name its senders: 人民政府, 本单位).
func isStandaloneShort(p string, h *hits) bool {
	return h[fProse] == 0 && h[fOfficial] == 0 && runeLen(p) <= 40
}

// kindOf names the kind of a notice from its hits: that the text is cut,
// a disclaimer (source, copyright, a producer's stamp), navigation (only
// furniture, credits and calls to act), or else advertising.
func kindOf(h *hits) model.JunkKind {
	switch {
	case !h.signalled():
		return model.JunkPromo // a slogan: wording and form only
	case h[fCut] > 0 && (h[fCut] >= h[fTrade] || h[fCut] >= 2):
		return model.JunkTruncation
	case h[fSource] > 0 || h[fStamp] > 0 && h[fTrade]+h[fHandle]+h[fMoney] == 0:
		return model.JunkDisclaimer
	case h[fReader]+h[fTrade]+h[fHandle]+h[fNumber]+h[fMoney]+h[fSelf]+h[fPromise] == 0:
		return model.JunkNavigation
	}
	return model.JunkPromo
}

// carrier is a line the chrome pass takes that is a notice too (回复 | 回复全部
// | 转发 | 删除 | 更多, a webmail's toolbar), and its kind as a notice.
type carrier struct {
	line int
	kind model.JunkKind
}

// chromeCarriers lays the carriers found per chunk out by line, 1 + the
// kind of each, for spreadPromo: the fragments beside a notice the chrome
// pass takes (快捷回复：收到，谢谢！ under the toolbar) are the notice's as
// they are beside promotion's. Nil when there is none, as in most files.
func chromeCarriers(carry [][]carrier, n int) []uint8 {
	var out []uint8
	for _, cs := range carry {
		for _, c := range cs {
			if out == nil {
				out = make([]uint8, n)
			}
			out[c.line] = 1 + uint8(c.kind)
		}
	}
	return out
}
