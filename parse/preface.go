package parse

import (
	"slices"
	"strings"

	"wenji/model"
)

// A compilation may open with prose before its title or before its first
// article: an 编者按, a 按语, a lead-in, a paragraph of the compiler's
// preface. Such a paragraph is the root's text. Standing above the title it
// must not take the title away, and standing above the first article it
// must not make that article a section.

// maxPreface bounds the paragraphs of prose read as a preface, as
// aboveTitle's lines and a compilation's preface are bounded: further down,
// the text has begun.
const maxPreface = 3

// isProsePara reports a paragraph of prose: body text ending a sentence
// (。！？…, closing quotes past), of two sentences or more or long enough
// to be more than a caption (编者按：基层治理是国家治理的基石。为……，供学习借鉴。).
// A salutation, a dateline, a short note never is one.
func (p *parser) isProsePara(e *eline) bool {
	if e.kind != lineBody || e.hbody() {
		return false
	}
	s := trimBlankRight(p.str(e))
	switch lastMeaningful(s) {
	case '。', '！', '？', '…', '!', '?':
	default:
		return false
	}
	n := runeLen(s)
	if n >= 40 || n >= 20 && speechOpening(s) {
		return true
	}
	first, ok := firstSentence(s, false)
	return n >= 20 && ok && first.end < len(s)
}

// speechOpening reports a speech's first paragraph with its salutation in
// it (同志们：今天我们召开…): the address, then the speech's text.
func speechOpening(s string) bool {
	if _, ok := hasPrefixAny(s, salutationWords...); !ok {
		return false
	}
	i := strings.Index(s, "：")
	return i > 0 && runeLen(s[:i]) <= 12 && i+len("：") < len(s)
}

// proseEnd returns the line after the paragraphs of prose, at most
// maxPreface, that open the text at from; from when there are none.
func (p *parser) proseEnd(from int) int {
	k := from
	for k < min(from+maxPreface, len(p.eff)) {
		if !p.isProsePara(&p.eff[k]) && !p.addressOver(k) && (k == from || !p.addressOver(k-1)) {
			break
		}
		k++
	}
	return k
}

// addressOver reports a notice's address or a speech's salutation over
// prose (各镇（街道）党（工）委，县直各单位： / 为深入贯彻落实…，现将有关事项通知如下。):
// pasted above a title with it, it is the preface's first line.
func (p *parser) addressOver(k int) bool {
	e := &p.eff[k]
	return e.kind == lineBody && !e.hbody() && k+1 < len(p.eff) && p.eff[k+1].gap() == 0 &&
		lastMeaningful(trimBlankRight(p.str(e))) == '：' && p.noticeText(&p.eff[k+1])
}

// noticeText reports the text under an address: body text of a clause or
// more that ends a sentence (为深入贯彻落实…，决定开展主题宣传活动。).
func (p *parser) noticeText(e *eline) bool {
	if p.isProsePara(e) {
		return true
	}
	s := trimBlankRight(p.str(e))
	return e.kind == lineBody && !e.hbody() && lastMeaningful(s) == '。' && runeLen(s) >= 20
}

// titleUnderProse returns the title line that paragraphs of prose stand
// above at from (编者按… / 2025年基层治理经验做法汇编（5篇）), or from when there
// is none. The line after the prose is the title when a Word title style
// marks it, else only when what is below it is what a title heads: its
// front matter (a date or occasion line, a byline, a note), a 目录, or the
// compilation's articles from their first title on (or from under their
// own preface, an article's gap below the title). A heading over its own
// text is no title, nor is the first article of an untitled compilation,
// a subtitle or a date under it though there may be.
func (p *parser) titleUnderProse(from int) int {
	k := p.proseEnd(from)
	if k == from || k >= len(p.eff) || !p.titleLine(&p.eff[k]) {
		return from
	}
	if p.eff[k].htitle() {
		return k // a Word title style says so
	}
	below := p.underTitle(k)
	if below >= len(p.eff) {
		return from // a heading that ends the text heads nothing
	}
	if p.opensParts(below) {
		return k // a report's first part (一、, 第一部分, 第一章) under it
	}
	if below == k+1 {
		// The articles open right under the title, or under a preface
		// an article's gap parts from it.
		first := below
		if p.eff[below].gap() >= 2 {
			first = p.proseEnd(below)
		}
		if starts := p.articles(below); len(starts) == 0 || starts[0] != first {
			return from
		}
	}
	// An article of the text read untitled, with text of its own past its
	// front matter, is an article: the prose is the compilation's preface.
	starts := p.articles(from)
	if at, ok := slices.BinarySearch(starts, k); ok && (at+1 == len(starts) || starts[at+1] > below) {
		return from
	}
	return k
}

// opensParts reports a line that opens a document's first part: a heading
// numbered one in the families a title heads (一、, 第一部分, 第一编,
// 第一章). A line under prose that such a part follows is the title the
// parts hang under, not a heading among them.
func (p *parser) opensParts(i int) bool {
	m := p.eff[i].mark
	if p.eff[i].kind != lineMarker || m == nil || m.num != 1 {
		return false
	}
	switch m.style {
	case styleHan, stylePart, styleBian, styleZhang:
		return true
	}
	return false
}

// underTitle returns the line below what a title at line k has under it:
// its second line, its front matter and its 目录. It only looks: the lines
// are the root's when the title is taken (title, skipMeta, skipTOC).
func (p *parser) underTitle(k int) int {
	e := &p.eff[k]
	n := &pnode{Node: &model.Node{Title: p.str(e)}}
	i := p.titleGoesOn(n, k+1, len(p.eff))
	if j := p.issuedTitle(n.Title, i, len(p.eff)); j >= 0 {
		return j + 1 // a notice's lines and the title it issues (frontMatter would make its node)
	}
	i, _ = p.frontMatter(n, i, len(p.eff))
	if p.tocHead(i) {
		i = p.tocEnd(i)
	}
	return i
}

// prefaceEnd returns the line that may open a compilation's first article
// under a preface at from (编者按…。 / a blank line / the first article's
// title): the line after the paragraphs of prose there when a gap wider
// than the usual one between paragraphs parts them from it, if narrower
// than an article's; from otherwise. Where one blank line parts every two
// paragraphs, it parts no preface from a heading.
func (p *parser) prefaceEnd(from, usual int) int {
	k := p.proseEnd(from)
	if k == from || k >= len(p.eff) || int(p.eff[k].gap()) <= usual {
		return from
	}
	return k
}
