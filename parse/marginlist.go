package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Items of a list Word numbered, found as leads in plain text. Copied out
// of Word, the list's paragraphs stand at the margin among paragraphs of
// prose set in, their numbers lost; those that open with a title sentence
// are found as a run of leads (高校毕业生就业。… / 农村劳动力转移就业。…).
// Two of the list's items read otherwise, and are its items all the same,
// as the .docx numbers them:
//   - one whose title opens with a year (（3）2027年全省职业技能大赛部分赛项在
//     皋宁承办。…, an item's number before a year): the year opens the
//     title, not a time the sentence is set in, as 2027年，… would be;
//   - one at the margin between two of the run's items, on the lines
//     right before and after it, whatever its first sentence
//     (12家市、县两级零工市场实现规范化运营，建成…。): titled by that
//     sentence, cut as a numbered paragraph's title is.

// marginLine reports a paragraph of a text whose prose is set in
// (marginLists) standing at the margin, as a list's item Word numbered.
func (p *parser) marginLine(i int) bool {
	e := &p.eff[i]
	return p.marginLists && e.kind == lineBody && !e.hbody() && !p.indented(e)
}

// yearTitle reports s opening with a year run into a title (2027年全省…),
// not set off as a time (2027年，…): four digits, 年, a Han character.
func yearTitle(s string) bool {
	if len(s) < 4+len("年")+3 {
		return false
	}
	for _, c := range []byte(s[:4]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	rest, ok := strings.CutPrefix(s[4:], "年")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.Is(unicode.Han, r)
}

// yearLead returns the lead candidate of paragraph i, s, whose sentences
// are ss, when it is a list's item at the margin titled from a year
// (see above).
func (p *parser) yearLead(i int, s string, ss []sentence) (lead, bool) {
	if len(ss) < 2 || !yearTitle(s) || !p.marginLine(i) {
		return lead{}, false
	}
	// Read past the year as leadCandidate reads a title, the year then
	// given back to the title; its words, which the shape of a run of
	// leads weighs (shapeLead: no figure), are those after the year.
	skip := 4 + len("年")
	two := [2]sentence{ss[0], ss[1]}
	two[0].start += skip
	l, ok := leadCandidate(s, two[:], 0, 50, 2, true)
	if !ok {
		return lead{}, false
	}
	l.start = ss[0].start
	return l, true
}

// marginGaps adds to leads, which are in the order of their paragraphs,
// the paragraphs at the margin between two of them at the margin, on the
// lines right before and after (see above).
func (p *parser) marginGaps(paras []int, leads []lead) []lead {
	if !p.marginLists || len(leads) < 2 {
		return leads
	}
	var out []lead
	for k, l := range leads {
		out = append(out, l)
		if k+1 >= len(leads) {
			break
		}
		i, next := l.para, leads[k+1].para
		if next != i+2 || l.bold || leads[k+1].bold || !p.marginLine(i) || !p.marginLine(i+1) || !p.marginLine(next) {
			continue
		}
		if g, ok := p.gapLead(i + 1); ok {
			out = append(out, g)
		}
	}
	return out
}

// gapLead titles paragraph i, an item between two leads, by its first
// sentence, cut as a numbered paragraph's title is.
func (p *parser) gapLead(i int) (lead, bool) {
	s := p.str(&p.eff[i])
	first, ok := firstSentence(s, true)
	if !ok || first.bodyEnd == 0 {
		return lead{}, false
	}
	t := s[:first.bodyEnd]
	t = t[:cutTitle(t, 60)]
	return lead{para: i, end: len(t), sentEnd: first.end, words: stripQuotes(t)}, true
}
