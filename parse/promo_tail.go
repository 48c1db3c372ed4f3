package parse

import "strings"

// A notice's tail: a notice of several lines glued in the text (a course's
// group-buy card, a pop-up's choices, a print shop's instructions) ends in
// a line that says little alone (立即参团 >, 取消　允许, 24小时营业，就在…一楼东侧):
// no signal word, so no fragment (isNoticeFragment). Next to two lines or
// more of promotion in a row, with no blank line between, such a line is
// the notice's, unless it is the genre's: a sentence, a heading, a date, a
// record, an office's line or a line in the words of its prose. One line
// of promotion is not enough: a heading glued under a one-line ad stays.
// Over the notice such a line heads it only when it shows itself the
// notice's (isNoticeHead): the line over a notice glued before the text is
// the document's title as often, and over one glued at the end its
// signature.

// minTailRun is how many lines of promotion in a row, no blank line among
// them, a notice's tail must touch.
const minTailRun = 2

// maxNoticeTailRunes bounds a notice's tail: a button, a field, a short clause.
const maxNoticeTailRunes = 40

// isNoticeTail reports a line that can end (or head) a notice of several
// lines beside it: short, no sentence, no word of the genre's prose and no
// official one, no outline marker, date, record line or landline, no
// requirement, government account or count of an office's results.
func isNoticeTail(text string, l *line) bool {
	p := text[l.start:l.end]
	if l.junk || runeLen(p) > maxNoticeTailRunes || strings.Contains(p, "。") || hasPaidMarker(text, l) {
		return false
	}
	if isOutlineLine(p) || isAnyDate(p) || isRecordLine(p) || hasLandline(p) || officeCredit(p) {
		return false
	}
	h, _ := noticeHits(p)
	if strings.Contains(p, "《") {
		uncite(p, &h)
	}
	if h[fProse] > 0 || h[fOfficial] > 0 || requires(p) || govAccount(p) || reportsCount(p) {
		return false
	}
	odd, n := genreOdd(p)
	return 4*odd >= n
}

// isNoticeHead reports a notice's tail that can head it too: a line with
// a signal word of its own (你可能还想问：, 笔记中的商品) or a label's colon;
// not the document's author line (isAuthorLine), which a credit's label signals.
func isNoticeHead(p string) bool {
	h, _ := noticeHits(p)
	return (h.signalled() || strings.HasSuffix(p, "：")) && !isAuthorLine(p)
}
