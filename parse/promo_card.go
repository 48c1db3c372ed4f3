package parse

import (
	"slices"
	"strings"
)

// Cards: a notice's block of a few short lines between blank lines (an
// account's name and tagline, a price list, a signature's contacts),
// which goes whole with the notice in it.

// maxCardLines and maxCardBytes bound a card: a notice's block of a few
// short lines between blank lines (以下文章来源于…, the account's name, its
// tagline).
const (
	maxCardLines = 4
	maxCardBytes = 120
)

// joinCards marks in promo the lines of a card below its notice: in a
// group of at most maxCardLines short lines between blank lines, the lines
// under a notice that carry no word of the genre's prose (its name, its
// tagline) go with it. Only downward: a title over a notice glued to it
// stays. A group with a long line or a heading in it is not a card.
func joinCards(text string, lines []line, promo []uint8, reg register) {
	for i := 0; i < len(lines); {
		if lines[i].blank() {
			i++
			continue
		}
		j := i // the group is lines[i:j]
		for j < len(lines) && !lines[j].blank() {
			j++
		}
		// A card is joined to a notice in it: a group of none (most
		// of a file's headings and short paragraphs) is not read
		// further, its lines' outline markers least of all (a serial
		// pass over the file's short lines, 1 % of the parse).
		if j-i > 1 && (i == 0 || lines[i-1].blank()) && slices.ContainsFunc(promo[i:j], isNotice) && isCard(text, lines[i:j]) {
			joinCard(text, lines[i:j], promo[i:j], reg)
		}
		i = j
	}
}

// isNotice reports a line marked as a notice in promo.
func isNotice(k uint8) bool { return k != 0 }

// isCard reports whether a group of lines can be a card: a few short
// lines, none of the outline's.
func isCard(text string, group []line) bool {
	if len(group) > maxCardLines {
		return false
	}
	for _, l := range group {
		if p := text[l.start:l.end]; len(p) > maxCardBytes || isOutlineLine(p) {
			return false
		}
	}
	return true
}

// joinCard marks the lines of one card (a group between blank lines) that
// go with its notices: those below a notice that can be a name or a
// tagline (cardLine) or are worded unlike the genre (oddLine), those
// above the first notice that can be its head
// (cardHead: 【征稿启事】 over a call for submissions, an account's name over
// its tagline, a signature's closing over its contacts), and all of them
// when every line is a notice, a field (文件大小：…, 格式：…, 下载积分：…; not
// an office's, 联系人：…, which is the genre's whatever stands over it) or,
// in a card of three lines or more, a line of the site's signals
// (cardMember: the items of a price list).
func joinCard(text string, lines []line, promo []uint8, reg register) {
	var kind uint8
	first := -1
	fields, members := true, len(lines) >= 3
	for k := range lines {
		p := text[lines[k].start:lines[k].end]
		switch {
		case promo[k] != 0:
			kind = promo[k]
			if first < 0 {
				first = k
			}
		case kind != 0 && (cardLine(text, &lines[k]) || oddLine(text, &lines[k])):
			promo[k] = kind
		default:
			fields = fields && !lines[k].junk && isField(p) && !namesOffice(p) && !hasPaidMarker(text, &lines[k])
			members = members && cardMember(text, &lines[k], reg)
		}
	}
	if kind == 0 {
		return
	}
	if fields || members {
		for k := range lines {
			if promo[k] == 0 {
				promo[k] = kind
			}
		}
		return
	}
	for k := first - 1; k >= 0 && cardHead(text, &lines[k], len(lines), reg); k-- {
		promo[k] = promo[first]
	}
}

// cardHead reports a line above a card's first notice that belongs to it:
// a line of the site's signals (cardMember), a line worded unlike the
// genre (oddLine), or in a card of three lines or more a name's shape
// (cardLine). Two lines, a short heading of the genre and a notice glued
// under it, are no card: the heading, in the genre's words, stays.
func cardHead(text string, l *line, n int, reg register) bool {
	return cardMember(text, l, reg) || n >= 3 && cardLine(text, l) || oddLine(text, l) || placeholder(text[l.start:l.end])
}

// placeholder reports a converter's or a page's stand-in for what it did
// not carry, a label of one or two Han characters wholly in square
// brackets ([图片], 【视频】): over a notice in its card it is the notice's.
// Not （…）: the genre's asides (（掌声）, （此页无正文）) are in round
// brackets; and not a longer label (【学习园地】), a column's heading.
func placeholder(p string) bool {
	for _, b := range [][2]string{{"[", "]"}, {"【", "】"}, {"〔", "〕"}} {
		if inner, ok := strings.CutPrefix(p, b[0]); ok {
			if inner, ok = strings.CutSuffix(inner, b[1]); ok && runeLen(inner) >= 1 && runeLen(inner) <= 2 && hanCount(inner, 3) == runeLen(inner) && !strings.Contains(inner, b[0]) {
				return true
			}
		}
	}
	return false
}

// cardMember reports a line of a card that carries a signal of the site
// (a word, a price, a handle) and no sentence of the genre: no full stop,
// no official sender, no word of its prose after the signals are weighed.
func cardMember(text string, l *line, reg register) bool {
	p := text[l.start:l.end]
	if l.junk || len(p) > maxCardBytes || strings.Contains(p, "。") || hasPaidMarker(text, l) {
		return false
	}
	_, h := noticeScoreIn(p, reg)
	return h.signalled() && h[fOfficial] == 0
}

// cardLine reports a line that can be a card's name or tagline: a few
// words (at most 12 runes: the genre's titles run longer, and carry its
// words), no number (a date is data), no word of the genre's prose and no
// official sender with nothing of a notice's (XX县人民政府办公室 under a
// notice glued above it signs the document; 扫码添加班主任老师 asks).
func cardLine(text string, l *line) bool {
	p := text[l.start:l.end]
	if l.junk || runeLen(p) > 12 || strings.ContainsAny(p, "0123456789") || hasPaidMarker(text, l) || isHanDate(p) {
		return false
	}
	h, _ := noticeHits(p)
	return h[fProse] == 0 && (h[fOfficial] == 0 || h.signalled())
}

// oddLine reports a short line worded unlike the genre (genreWeight) with
// no word of its prose, no official sender and no sentence: beside a
// notice, in its card or glued to it, it is the notice's other line (a
// head over a withheld part, a source under a disclaimer), not the
// genre's; a title or heading of the genre is worded as the genre.
func oddLine(text string, l *line) bool {
	p := text[l.start:l.end]
	if l.junk || len(p) > maxBareBytes || strings.Contains(p, "。") || hasPaidMarker(text, l) || isOutlineLine(p) || genreWeight(p) < 1 || hasLandline(p) || isHanDate(p) {
		return false
	}
	h, _ := noticeHits(p)
	return h[fProse] == 0 && (h[fOfficial] == 0 || h.tradesOrReaches())
}

// tradesOrReaches reports a signal of a site's business in the hits: the
// reader addressed or asked to act, a trade, a handle, a number, a price,
// the site itself. An office's line beside a site's notice joins it only
// so: its credit or its text named (（本文由市委网信办供稿）: 本文, 供稿) is the
// office's own, not the notice's.
func (h *hits) tradesOrReaches() bool {
	return h[fReader]+h[fAct]+h[fTrade]+h[fHandle]+h[fNumber]+h[fMoney]+h[fSelf] > 0
}
