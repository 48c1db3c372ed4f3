package parse

import (
	"strings"
)

// Run-on items in plain text. A numbered item that opens a paragraph is
// titled by its first sentence (（二）坚持科技创新引领。…); a Word author
// who bolds a run of such items' titles sometimes closes one with a comma
// rather than a full stop (1.稳定和扩大就业。… / 2.提升公共服务水平。… /
// 3.兜牢基本民生底线，健全分层分类社会救助体系，…。 / 4.繁荣发展文化事业。…),
// and the bold, gone from the text, no longer says where its title ends.
// Among items numbered alike under one heading, where the others' titles
// are one short clause each, an item whose title runs on past a comma is
// titled by its first clause when that clause is of their measure (4 to
// maxRunOnClause characters, no figure): the rest is its text.

// The items beside it must be titles over text (their paragraphs go on
// after the title sentence): in a list of one-sentence items
// (2.6个重大科技专项全部按期完成。 / 3.获得授权发明专利八十六件，同比增长百分之
// 三十五。), each item is titled by all of it.

// The item cut is one paragraph of one sentence, its title run on into
// its text: a heading over paragraphs of its own ((一)着力扩大内需，巩固经济
// 回升向好态势。 over its leads), or one whose text follows its sentence
// ((四)坚持高位推动，压紧压实工作责任。各乡镇…), keeps a title of two clauses.

// maxRunOnClause bounds the one-clause titles of the items beside a run-on
// item, and the clause it is cut to.
const maxRunOnClause = 16

// cutRunOnItems cuts the run-on titles among kids, the block children of
// one node, as said above. Only in plain text: where the author bolded
// the titles, the bold ends them.
func (p *parser) cutRunOnItems(kids []*pnode) {
	if len(p.bold) > 0 || len(kids) < 3 {
		return
	}
	for _, k := range kids {
		st := k.info.style
		if !runOnCandidate(k) || !strings.Contains(k.Title, "，") || len(k.info.paras) > 1 || len(k.kids) > 0 || p.textAfterTitle(k) {
			continue
		}
		first := k.Title[:strings.Index(k.Title, "，")]
		if r := runeLen(first); r < 4 || r > maxRunOnClause || (hasDigit(first) || containsAny(first, "%％")) {
			continue
		}
		short := 0
		for _, s := range kids {
			if s == k || s.info.style != st || !runOnCandidate(s) {
				continue
			}
			if strings.Contains(s.Title, "，") {
				short = -1
				break
			}
			if runeLen(s.Title) <= maxRunOnClause && p.textAfterTitle(s) {
				short++
			}
		}
		if short < 2 {
			continue
		}
		span := p.text[k.TitleSpan.Start:k.TitleSpan.End]
		at := strings.Index(span, k.Title)
		if at < 0 {
			continue
		}
		k.TitleSpan.End = k.TitleSpan.Start + at + len(first)
		k.Title, k.TitleBreak = first, 0
	}
}

// runOnCandidate reports a numbered item titled by its paragraph's first
// sentence, of a numbering below the parts (（一）, 1., （1）, 1）, ①).
func runOnCandidate(k *pnode) bool {
	st := k.info.style
	return k.info.isLead && k.Marker != "" && st >= styleHanParen && st <= styleCircled
}

// textAfterTitle reports whether k's paragraph goes on after its title
// sentence (1.稳定和扩大就业。落实就业优先政策，…), at least minRunInText
// characters.
func (p *parser) textAfterTitle(k *pnode) bool {
	rest := p.text[min(k.info.titleEnd, len(p.text)):]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return runeLen(strings.TrimSpace(rest)) >= minRunInText
}
