package parse

import (
	"slices"
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
	if runes < 4 || runes > maxOpeningRunes || commas > 0 || colon || hasDigit(t) || containsAny(t, "%％、") {
		return lead{}, false
	}
	if _, ok := hasPrefixAny(t, connectives...); ok || introduces(t) || copula(t) {
		return lead{}, false
	}
	next := s[ss[k+1].start:ss[k+1].bodyEnd]
	if utf8.RuneCountInString(next) <= runes || turnsAfter(next) {
		return lead{}, false // a lead introduces the longer text that follows it, a conclusion a turn
	}
	return lead{start: st.start, end: st.bodyEnd, sentEnd: st.end, runes: runes, words: t, next: next}, true
}

// copula reports a sentence that says what a thing is (就业是最大的民生。,
// 政策的生命力在于落实。, 做好明年经济工作，关键在抓落实。, 关键在 as short
// for 关键在于): a statement that opens prose, where a lead names a
// measure or an outcome (有效投资持续扩大；…), so the short sentence further
// on (…拓宽居民劳动收入和财产性收入渠道。…) is no lead run on beside it.
func copula(t string) bool {
	if m, ok := shiMarker(t); ok {
		t = t[m.skip:] // 一是…: an ordinal, not a copula
	}
	return strings.Contains(t, "是") || strings.Contains(t, "在于") || strings.Contains(t, "关键在")
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
	if !ok || runes < 3 || runes == 3 && !allHan(t) || runes > maxOpeningRunes || hasDigit(t) || containsAny(t, "%％、") {
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

// paragraphOpenings is openingLeads, else stepLeads: the leads a
// paragraph opens with and holds further on.
func paragraphOpenings(s string, ss []sentence, after bool) ([]lead, []sentence) {
	out, ss := openingLeads(s, ss, after)
	if len(out) > 0 {
		return out, ss
	}
	return stepLeads(s, ss)
}

// minStepRun is how many ，-clauses in step make a paragraph's leads;
// stepWindow bounds the bytes the first clause and its text take (a
// measure's first clause and its text of 120 characters).
const (
	minStepRun = 3
	stepWindow = 120 * 3
)

// stepLeads returns the leads of a paragraph whose sentences, from its
// first on, open with short ，-clauses in step (坚持依法行政，…；坚持务实高效，…；
// 坚持廉洁从政，…, 土地要素方面，…；资金要素方面，…；人才要素方面，…): minStepRun
// or more in a row, each 4 to maxJoinComma characters with no figure or
// 、, sharing two characters of opening or closing with the first at a
// length within two of it, and followed by longer prose. A Word author
// bolds such clauses; prose that opens its sentences with clauses of no
// common form (深化国企改革，…。持续优化营商环境，…) is left plain, and stays
// text, and so does prose that repeats its clause (实践证明，…。实践证明，…).
// It looks first, with a byte search near the paragraph's start, for the
// first clause's opening after a 。 or ；, or its closing before a ，.
func stepLeads(s string, ss []sentence) ([]lead, []sentence) {
	end, mark := clauseMark(s[:min(len(s), clauseScan)])
	const two = 2 * 3
	if mark != '，' || end < 2*two || end > (maxJoinComma+2)*3 || strings.Contains(s[:end], "、") {
		return nil, ss // no clause of stepClause's length and form
	}
	// The second clause in step stands within stepWindow bytes: look
	// there for its opening or closing before scanning the sentences.
	if !stepNear(s[end:min(len(s), stepWindow)], s[:two], s[end-two:end]) {
		return nil, ss
	}
	first, ok := stepClause(s[:end])
	if !ok {
		return nil, ss
	}
	ss, _ = scanSentences(ss, s, true, -1)
	var out []lead
	for _, st := range ss {
		body := s[st.start:st.bodyEnd]
		end, mark := clauseMark(body[:min(len(body), clauseScan)])
		if mark != '，' {
			break
		}
		t, ok := stepClause(body[:end])
		if !ok || commonPrefix(first, t, 2)+commonSuffix(first, t, 2) < 2 || len(out) > 0 && slices.ContainsFunc(out, func(l lead) bool { return l.words == t }) {
			break // a clause repeated (实践证明，… / 实践证明，…) opens prose
		}
		runes, first0 := utf8.RuneCountInString(t), utf8.RuneCountInString(first)
		if runes-first0 > 2 || first0-runes > 2 || utf8.RuneCountInString(body[end:]) <= runes+1 {
			break
		}
		out = append(out, lead{start: st.start, end: st.start + end, sentEnd: st.start + end + len("，"), runes: runes, words: t})
	}
	if len(out) < minStepRun {
		return nil, ss
	}
	return out, ss
}

// stepNear reports whether win holds head after a 。 or ；, or tail before
// a ，: where a clause in step with the one head and tail open and close
// may stand.
func stepNear(win, head, tail string) bool {
	for i := 0; ; {
		j := indexWord(win[i:], head)
		if j < 0 {
			break
		}
		j += i
		if j >= 3 && (win[j-3:j] == "。" || win[j-3:j] == "；") {
			return true
		}
		i = j + len(head)
	}
	for i := 0; ; {
		j := indexWord(win[i:], tail)
		if j < 0 {
			return false
		}
		j += i + len(tail)
		if strings.HasPrefix(win[j:], "，") {
			return true
		}
		i = j
	}
}

// stepClause returns clause t as a lead clause of stepLeads, and whether
// it is one: 4 to maxJoinComma characters of prose, no figure or 、, no
// connective and no scene set (在…, 今年以来).
func stepClause(t string) (string, bool) {
	runes, ok := clauseBytes(t)
	if !ok || runes < 4 || runes > maxJoinComma || hasDigit(t) || containsAny(t, "、") || setting(t) {
		return "", false
	}
	if _, ok := hasPrefixAny(t, connectives...); ok {
		return "", false
	}
	return t, true
}
