package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"wenji/model"
)

// The document's own register: a heading or a title is about the text
// around it and shares its wording (坚持加强统筹 over a section on 统筹), a
// site's slogan or counter is about the site and shares none of it. The
// genre table (promo_genre.go) compares a line with the genre at large;
// this compares it with its own document, where it stands: of the line's
// pairs of Han characters, how many the text within localWindow bytes
// before or after it writes. Over every set's promotion and the real short
// lines here (the seed, the corpus, the fixtures), nine in ten of the
// promotion's lines of four pairs or more shared under a fifth of them
// with the text around, and four in five of the real lines a fifth or more.

// localWindow is how far on each side of a line its document is read:
// about a section's length (1,300 Han characters).
const localWindow = 4000

// localMinText is the least text around a line, both sides together, its
// wording is compared with: half of the two windows, 4,000 bytes, some
// 1,300 Han characters (a short text says too little of its register).
const localMinText = localWindow

// localOverlap counts the Han bigrams of text[s:e] (n) and those of them
// that the text within localWindow bytes before or after it writes
// (found). Each bigram is looked for as a substring: a line of 40
// characters reads the window at most 39 times, and only lines that may
// tip a verdict are read (foreignWeight's callers).
func localOverlap(text string, s, e int) (found, n int) {
	lo, hi := max(0, s-localWindow), min(len(text), e+localWindow)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	before, after := text[lo:s], text[e:hi]
	p := text[s:e]
	prev := -1 // byte offset in p of the previous Han rune, -1 if none
	for i, r := range p {
		if !isHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			n++
			bg := p[prev : i+utf8.RuneLen(r)]
			if strings.Contains(before, bg) || strings.Contains(after, bg) {
				found++
			}
		}
		prev = i
	}
	return found, n
}

// foreignWeight weighs how foreign a standalone line's wording is to the
// text around it: 2 when none of six or more bigrams is written there, 1
// when at most a fifth is. Only a line that could be a site's: no word of
// the genre's prose, no official sender, not worded as the genre at large
// (genreWeight), no heading's marker, no date, no sentence or clause (a
// line ending in 。！；：: 欢迎各位专家莅临指导！ is a speech's, foreign to
// the report around it) and no aside in brackets (（本文有删节）, the
// genre's editorial notes, are as foreign to the text they annotate). A
// heading of a section on a topic of its own shares little too, and the
// genre's table or its words say it is the genre's.
func foreignWeight(text string, l *line, h *hits) int {
	p := text[l.start:l.end]
	if h[fProse]+h[fOfficial] > 0 || isOutlineLine(p) || isDateLine(p) || genreWeight(p) < 0 ||
		endsClause(p) || isAside(p) || fieldLabel(p) > 0 && !sloganShape(p) {
		return 0
	}
	if min(l.start, localWindow)+min(len(text)-l.end, localWindow) < localMinText {
		return 0 // too little text around to say what its wording is
	}
	found, n := localOverlap(text, l.start, l.end)
	switch {
	case n >= 6 && found == 0:
		return 2
	case n >= 4 && 5*found <= n:
		return 1
	}
	return 0
}

// sloganShape reports a short line of parallel phrases between
// separators, a slogan's or a motto's form (诚信·专业·高效·共赢,
// 资源共享　互帮互助　共同进步, 墨香文苑创办十周年｜2014—2024｜感恩一路同行):
// two or more segments of two to ten characters, after an optional short
// label (宗旨：), with no sentence in it (a final 。 or ！ aside) and no
// brackets or quotes (附录B（资料性）　典型案例 is a heading). Not phrases
// parted by commas: the genre's headings are couplets so (突出示范引领，
// 放大典型带动效应, in a 100 MB compilation, shares no bigram with the
// 4,000 bytes around it).
func sloganShape(p string) bool {
	if runeLen(p) > 40 {
		return false
	}
	if i := strings.Index(p, "："); i > 0 && runeLen(p[:i]) <= 6 {
		p = p[i+len("："):]
	}
	p = strings.TrimRight(p, "。！!")
	if strings.ContainsAny(p, "。；：;:（）()【】[]《》“”\"") {
		return false
	}
	segs := strings.FieldsFunc(p, func(r rune) bool {
		return strings.ContainsRune("·・•｜|丨—–―/　 ～~", r)
	})
	if len(segs) < 2 {
		return false
	}
	for _, s := range segs {
		if n := runeLen(s); n < 2 || n > 10 || strings.IndexFunc(s, notWordRune) >= 0 {
			return false
		}
	}
	return true
}

// notWordRune reports a rune that is no letter or digit: a slogan's
// phrases are words, its marks stand between them.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// scoreNotice is scoreNoticeNear with no text around the line.
func scoreNotice(p string, at place) (model.JunkKind, bool) {
	return scoreNoticeNear(p, at, nil)
}

// bareSlogan reports a line of no signal word that is weighed all the
// same: a slogan's shape (sloganShape) whose wording the text around it
// never writes (foreign's weight 2). Its shape then counts as a signal
// (the line needs its position too: two kinds of evidence and the
// wording).
func bareSlogan(p string, foreign func() int) bool {
	return sloganShape(p) && foreign() == 2
}

// foreignBonus is what a line's foreign wording adds to its score: all of
// foreign's weight to a slogan of no signal word, which is weighed for it
// (bareSlogan); one to a line with a signal, as the genre's own notes
// with a word of a site's (资料来源：…) are as foreign to their text.
func foreignBonus(foreign func() int, h *hits) int {
	if !h.signalled() {
		return foreign()
	}
	return 0
}
