package parse

import (
	"slices"
	"strings"

	"wenji/internal/par"
	"wenji/model"
)

// Blocks weighed whole: a notice of a few short lines between blank lines
// whose lines each say too little to be filtered alone (a download page's
// 温馨提示： over its numbered items, a studio's name over its motto) is
// told by what its lines say together. A line read alone is weighed
// against the genre's lines that stand alone (headings, titles, one
// sentence); a block read whole against the genre's blocks (a title and
// its date, a signature and its date, a notice's numbered conditions),
// which carry its words and its offices on some line.

// maxPoolLines and maxPoolBytes bound a block weighed whole: a notice's
// head and a few items. A longer group is the genre's list or prose.
const (
	maxPoolLines = 6
	maxPoolBytes = 900
)

// poolExtra is what a block weighed whole must weigh beyond a standalone
// line's need (noticeNeed): its lines pool the words of several lines,
// and each of them adds a chance of a word that a line of the genre
// shares with a site's.
const poolExtra = 2

// poolBlocks marks in promo the groups of lines between blank lines that
// are a notice as a whole (poolKind); first and last are the prose's
// bounds (proseBounds), outside which a block counts one more, as a line
// does. It reports whether it marked any. The blocks are weighed on all
// cores, each chunk of lines (lineChunk) taking the blocks that start in
// it: a block's weight reads its own lines only, and it marks only them.
func poolBlocks(text string, lines []line, promo []uint8, first, last int, reg register) bool {
	chunks := chunksOf(len(lines))
	found := make([]bool, chunks)
	par.Each(chunks, func(c int) {
		lo, hi := chunkLines(lines, c)
		for lo > 0 && lo < hi && !lines[lo-1].blank() {
			lo++ // in a block that started in an earlier chunk
		}
		found[c] = poolBlocksIn(text, lines, promo, lo, hi, first, last, reg)
	})
	return slices.Contains(found, true)
}

// poolBlocksIn is poolBlocks for the blocks that start at or after line
// lo (which starts one, or is blank) and before hi.
func poolBlocksIn(text string, lines []line, promo []uint8, lo, hi, first, last int, reg register) bool {
	found := false
	for i := lo; i < hi; {
		if lines[i].blank() {
			i++
			continue
		}
		j, size := i, 0
		for ; j < len(lines) && !lines[j].blank(); j++ {
			size += lines[j].end - lines[j].start
		}
		if n := j - i; n >= 2 && n <= maxPoolLines && size <= maxPoolBytes {
			k, ok := poolKind(text, lines[i:j], j <= first || i > last, reg)
			if !ok && i > last && isSignOffBlock(text, lines[i:j]) {
				k, ok = model.JunkPromo, true
			}
			if !ok && (isLinkList(text, lines[i:j]) || isRelatedList(text, lines[i:j]) || isWidgetBar(text, lines[i:j])) {
				k, ok = linkListKind, true
			}
			if ok {
				for m := i; m < j; m++ {
					if promo[m] == 0 {
						promo[m] = 1 + uint8(k)
					}
				}
				found = true
			}
		}
		i = j
	}
	return found
}

// poolLists marks in promo the labelled lists glued inside the text that
// are a notice as a whole: a head label (温馨提示：) and the numbered items
// under it (1. ①), up to the first line that is no item, weighed as a block
// between blank lines is (poolScore) but against the need of a line glued
// inside prose, two more: where no blank line sets a block off, its
// structure does. heads are the lines that may head one (mayHeadList),
// glued under a line of text (a list between blank lines is poolBlocks'),
// gathered by the scoring pass, which reads every short line anyway. It
// reports whether it marked any.
func poolLists(text string, lines []line, promo []uint8, heads []int, reg register) bool {
	found := false
	for _, i := range heads {
		if i+2 >= len(lines) {
			continue
		}
		j := i + 1
		for j < len(lines) && j-i <= maxPoolLines && !lines[j].blank() && isItemLine(text[lines[j].start:lines[j].end]) {
			j++
		}
		if j-i < 3 || j-i > maxPoolLines {
			continue
		}
		score, pooled, ok := poolScore(text, lines[i:j], reg)
		if !ok || score < noticeNeed[placeGlued]+poolExtra {
			continue
		}
		for m := i; m < j; m++ {
			if promo[m] == 0 {
				promo[m] = 1 + uint8(kindOf(&pooled))
			}
		}
		found = true
	}
	return found
}

// mayHeadList reports a line short enough to be a head label and ending
// in a full-width colon: the only lines poolLists weighs.
func mayHeadList(p string) bool {
	return len(p) <= 3*(maxHeadRunes+1) && strings.HasSuffix(p, "：")
}

// isItemLine reports a line opening with a list item's marker (1. ①).
func isItemLine(p string) bool {
	m, ok := parseMarker(p)
	return ok && isItemMarker(m.style)
}

// poolKind weighs a group of lines as one notice. Every line must be the
// notice's: a line of a signal of its own that weighs for it (score 1 or
// more), a head that labels what follows (温馨提示：), or a line worded
// unlike the genre (oddLine); none may name an official sender, open
// with a heading's marker of the genre (一、, 第三条: a list's 1. and ①
// are stripped and weighed) or hold a paid marker. Two lines at least
// must carry a signal, and one a signal of the site's own (itself, its
// rights, its prices, its promises, its producer, a person's I). The
// signals pool (a word on two lines weighs as
// two), and so do the bigrams weighed against the genre; the prose words
// weigh against as in a line, and the cadence of the block's most
// sentence-like line.
func poolKind(text string, group []line, outside bool, reg register) (model.JunkKind, bool) {
	score, pooled, ok := poolScore(text, group, reg)
	need := noticeNeed[placeAlone] + poolExtra
	if outside {
		need--
	}
	if !ok || score < need {
		return 0, false
	}
	return kindOf(&pooled), true
}

// poolScore is poolKind's weighing: the block's score and pooled hits,
// and whether every line can be the notice's.
func poolScore(text string, group []line, reg register) (int, hits, bool) {
	var pooled hits
	// Cheapest first: two lines at least must hold a signal's word, and
	// most groups of a compilation (a title and its date, a heading and
	// its paragraph) hold none or one.
	worded := 0
	for k := range group {
		p := text[group[k].start:group[k].end]
		if len(p) > maxShortBytes {
			return 0, pooled, false
		}
		if mayBeNotice(p) {
			worded++
		}
	}
	if worded < 2 {
		return 0, pooled, false
	}
	odd, n, prose, official, cad, signalled := 0, 0, 0, 0, 0, 0
	stop := false // a line of the block holds a full stop
	for k := range group {
		l := &group[k]
		p := text[l.start:l.end]
		if l.junk || len(p) > maxShortBytes || hasPaidMarker(text, l) {
			return 0, pooled, false
		}
		if m, ok := parseMarker(p); ok {
			if !isItemMarker(m.style) {
				return 0, pooled, false
			}
			p = strings.TrimLeft(p[m.skip:], " \u3000")
		}
		score, h := noticeScoreIn(p, reg)
		if h[fOfficial] > 0 {
			return 0, pooled, false
		}
		switch {
		case h.signalled() && score >= 1:
			signalled++
		case isHeadLabel(p, &h), oddLine(text, l):
		case k == 0 && isBlockName(p, &h):
		default:
			return 0, pooled, false
		}
		for f := range pooled {
			if feature(f) != fOdd {
				pooled[f] = uint8(min(int(pooled[f])+int(h[f]), 255))
			}
		}
		o, c := genreOdd(p)
		odd, n = odd+o, n+c
		stop = stop || strings.Contains(p, "。")
		prose += int(h[fProse])
		official += int(h[fOfficial])
		_, pr := noticeHits(p)
		cad = max(cad, cadenceIn(p, &pr, reg))
	}
	if signalled < 2 || pooled[fSelf]+pooled[fSource]+pooled[fMoney]+pooled[fPromise]+pooled[fStamp]+pooled[fVoice] == 0 && pooled[fNav] < 2 {
		// The genre's notices list what to do and where (登录, 下载,
		// 关注公众号: an exam's 报名须知); a site's speak of the site,
		// its rights, its prices or its promises, on some line, or are
		// its page's furniture (回到顶部, a comment's 12赞).
		return 0, pooled, false
	}
	score := hitsWeight(&pooled) - min(prose, 3) - cad
	switch {
	case n >= 6 && 5*odd >= 4*n:
		score += noticeWeights[fOdd].more
		pooled[fOdd] = 2
	case n >= 6 && 3*odd >= 2*n:
		score += noticeWeights[fOdd].one
		pooled[fOdd] = 1
	case n >= 10 && 10*odd <= 3*n:
		score--
	}
	if pooled[fOdd] > 0 && pooled.signalledBeyondGoods() && prose == 0 && !stop {
		// As a line standing alone (scoreNotice): a word beyond goods,
		// the wording unlike the genre's and no sentence weigh one
		// more together (a studio's name over its motto).
		score++
	}
	return score, pooled, true
}

// isItemMarker reports a marker of a list's items (1. （1） 1） ①), which a
// site's notice numbers its points with as the genre does; the genre's
// headings (一、, 第三条) open its parts.
func isItemMarker(s style) bool {
	return s == styleNum || s == styleNumParen || s == styleNumClose || s == styleCircled
}

// isBlockName reports a block's first line that may name the notice under
// it (🔒 稿匠担保交易, “某某社”出品): short, no clause or sentence mark, no
// digit, no word of the genre's prose and no sender, no heading marker.
func isBlockName(p string, h *hits) bool {
	return runeLen(p) <= maxSignOffRunes && h[fProse]+h[fOfficial] == 0 && !containsAny(p, "，。！？；,!?;") && !strings.ContainsAny(p, "0123456789") && !isOutlineLine(p)
}

// maxHeadRunes bounds a head label: a few words.
const maxHeadRunes = 8

// isHeadLabel reports a short label closing in a colon with no signal and
// no word of the genre's prose (温馨提示：, 注意事项：): the head of what
// follows it, the block's if the block is a notice.
func isHeadLabel(p string, h *hits) bool {
	body, ok := strings.CutSuffix(p, "：")
	if !ok {
		body, ok = strings.CutSuffix(p, ":")
	}
	return ok && body != "" && runeLen(body) <= maxHeadRunes && h[fProse] == 0 && !containsAny(body, "，。：:")
}

// maxSignOffRunes bounds a line of a sign-off block: a name or a motto.
const maxSignOffRunes = 12

// isSignOffBlock reports a studio's or a site's sign-off with no signal
// word at all, two or three short lines after the last line of prose
// (墨香阁 over its motto): the lines are a name's and a motto's length, end
// in no mark of a sentence or a call (the genre closes on 。 or a speech's
// ！), hold no digit (a date), no word of the genre's prose and no official
// sender, and four fifths of their bigrams together are none the genre
// writes. Three weak kinds of evidence, each common alone: the position
// after the prose, the block's form, the wording. Not before the first
// prose: a title over its subtitle can be worded as oddly.
func isSignOffBlock(text string, group []line) bool {
	if len(group) > 3 {
		return false
	}
	odd, n := 0, 0
	for k := range group {
		l := &group[k]
		p := text[l.start:l.end]
		if l.junk || runeLen(p) > maxSignOffRunes || hasDigit(p) ||
			endsClause(p) || containsAny(p, "。！？!?") || isOutlineLine(p) || hasPaidMarker(text, l) {
			return false
		}
		h, _ := noticeHits(p)
		if h[fProse]+h[fOfficial] > 0 {
			return false
		}
		o, c := genreOdd(p)
		odd, n = odd+o, n+c
	}
	return n >= 6 && 5*odd >= 4*n
}

// isWidgetBar reports a page's floating bar copied out a button a line
// (在线客服 / 微信咨询 / 意见反馈 / 回到顶部): three lines or more, each a
// menu word (a few Han characters, isMenuWord), one of them navigation
// (顶部, 返回, 首页) and another a channel, a call or navigation too, none
// an office's. A table's cells or a list of names between blank lines are
// menu words as short, but none of them takes the reader to the page's
// top or its home.
func isWidgetBar(text string, group []line) bool {
	if len(group) < 3 {
		return false
	}
	nav, other := 0, 0
	for k := range group {
		p := text[group[k].start:group[k].end]
		if group[k].junk || !isMenuWord(p) {
			return false
		}
		h, _ := noticeHits(p)
		switch {
		case h[fOfficial] > 0:
			return false
		case h[fNav] > 0:
			nav++
		case h[fHandle]+h[fAct] > 0:
			other++
		}
	}
	return nav >= 1 && nav+other >= 2
}
