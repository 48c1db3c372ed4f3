package parse

import (
	"strings"
	"unicode/utf8"
)

// Leads that open a paragraph and recur inside it. A Word author who sets
// a part's leads run on in one paragraph (有效投资持续扩大；实施…建设。消费市场活力
// 迸发；举办…。外贸外资稳中提质。进出口…) bolds them; copied as text, they are
// short sentences without shared wording, closed by ； or 。. What marks
// them is where they stand: the first sentence of the paragraph and a
// sentence after a full stop further on, each a short clause before the
// longer prose it introduces. A short sentence only inside a paragraph
// (…入选国家级美丽河湖。…新建绿色矿山34座。…) or a list of targets
// (…增长5.5%左右。城镇调查失业率5.5%左右。…) is not of that shape: the first
// does not open the paragraph, the second holds figures.

// maxOpeningRunes bounds such a lead, shorter than a paragraph's lead
// (shapeLead): inside prose a short sentence is a lead only when short.
const maxOpeningRunes = 16

// openingScan bounds the bytes looked at for the paragraph's first mark:
// a lead of maxOpeningRunes Han characters and a few quotation marks.
const openingScan = (maxOpeningRunes + 4) * 3

// openingLeads returns the leads of paragraph s of that shape, none unless
// its first sentence is one and another follows, or after a paragraph that
// opened with such leads (after, 就业大局保持稳定。…教育医疗加快发展。… before
// 社会大局和谐稳定。…): the part's leads run on, one left for the last
// paragraph. ss is a scratch buffer.
func openingLeads(s string, ss []sentence, after bool) ([]lead, []sentence) {
	head := s[:min(len(s), openingScan)]
	if !strings.Contains(head, "。") && !strings.Contains(head, "；") {
		if _, mark := clauseMark(head); mark != '：' {
			return nil, ss // the cheap test: most paragraphs open with a longer sentence
		}
	}
	ss, _ = scanSentences(ss, s, true, -1)
	var out []lead
	for k := range ss {
		if k > 0 && ss[k-1].mark != '。' {
			continue // a lead stands after a full stop, not after its own ；
		}
		l, ok := openingLead(s, ss, k)
		if !ok {
			if k == 0 {
				return nil, ss
			}
			continue
		}
		out = append(out, l)
	}
	if len(out) < 2 && !(after && len(out) == 1) {
		return nil, ss
	}
	return out, ss
}

// openingLead reports whether sentence k of s is a lead of that shape: 4
// to maxOpeningRunes characters closed by 。 or ；, no comma, colon, figure
// or connective, and the sentence after it longer; or opens with one closed
// by ： (colonOpening).
func openingLead(s string, ss []sentence, k int) (lead, bool) {
	st := ss[k]
	if l, ok := colonOpening(s, st); ok {
		return l, true
	}
	if st.mark != '。' && st.mark != '；' || st.bodyEnd-st.start > openingScan || k+1 == len(ss) {
		return lead{}, false // not of the shape, or nothing after it to introduce
	}
	t := s[st.start:st.bodyEnd]
	runes, commas, colon := clauseStats(t)
	if runes < 4 || runes > maxOpeningRunes || commas > 0 || colon || strings.ContainsAny(t, "0123456789０１２３４５６７８９%％、") {
		return lead{}, false
	}
	if _, ok := hasPrefixAny(t, connectives...); ok || introduces(t) {
		return lead{}, false
	}
	next := s[ss[k+1].start:ss[k+1].bodyEnd]
	if utf8.RuneCountInString(next) <= runes {
		return lead{}, false // a lead introduces the longer text that follows it
	}
	return lead{start: st.start, end: st.bodyEnd, sentEnd: st.end, runes: runes, words: t, next: next}, true
}

// colonOpening reports whether sentence st of s opens with a lead closed by
// ： (稳增长：出台…。强链条：引进…。, 持续改善空气质量：以…为主线，…。): 3 Han characters
// (or 4) to maxOpeningRunes, no comma before the colon, no figure, 、 or
// connective, not a list's lead-in (主要做法是：, 包括：) nor words said
// (一位商户说：“…”), and the rest of the sentence longer than it.
func colonOpening(s string, st sentence) (lead, bool) {
	body := s[st.start:st.bodyEnd]
	end, mark := clauseMark(body[:min(len(body), openingScan)])
	if mark != '：' {
		return lead{}, false
	}
	t := body[:end]
	runes, ok := clauseBytes(t)
	if !ok || runes < 3 || runes == 3 && !allHan(t) || runes > maxOpeningRunes || strings.ContainsAny(t, "0123456789０１２３４５６７８９%％、") {
		return lead{}, false
	}
	if _, ok := hasSuffixAny(t, listColonEnds...); ok {
		return lead{}, false
	}
	if _, ok := hasSuffixAny(t, speechEnds...); ok {
		return lead{}, false
	}
	if _, ok := hasPrefixAny(t, connectives...); ok || introduces(t) {
		return lead{}, false
	}
	next := body[end+len("："):]
	if _, ok := hasPrefixAny(next, "“", "‘", "「", "\""); ok {
		return lead{}, false // a quotation, not a lead's text
	}
	if utf8.RuneCountInString(next) <= runes {
		return lead{}, false
	}
	return lead{start: st.start, end: st.start + end, sentEnd: st.start + end + len("："), runes: runes, words: t, next: next}, true
}

// speechEnds close a clause that introduces words said or written (群众说：,
// 他指出：) or what is shown or seen (实践证明：, 我们也清醒看到：), never a lead.
var speechEnds = []string{"说", "道", "讲", "指出", "表示", "强调", "认为", "提出", "坦言", "感慨", "写道",
	"证明", "表明", "看到", "认识到", "发现", "来看", "而言"}
