package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// itemReach is how many lines after the last numbered item a digit-led one
// may stand and still continue its run.
const itemReach = 40

// digitHead flags in eline.bits a line that opens with an ASCII digit or
// the byte EF (a fullwidth digit's first), set by classify for
// digitLedItems, which then reads no line's text but these: touched in
// classify's pass on all cores, the first byte of every line was a cache
// miss in its pass on one (6 ms of a 100 MB file's parse).
const digitHead = 1 << 4

// heapMarker moves m to the heap. Taking &m where m is declared would move
// it there for every line tried, marker or not (34 MB of garbage a 100 MB
// file).
func heapMarker(m marker) *marker { return &m }

// digitLedItems reads a paragraph whose number is followed by a digit as
// the next item of a run 1. … 7. (8.6个重大科技专项 is item 8, 3．10种有色金属
// item 3, 14.2025年10件民生实事 item 14). On its own such a line reads as a
// decimal (1.5万吨), so parseMarker refuses it; only the run before it, the
// previous number standing a few lines above, says it is an item. Run after
// classify, in text order.
func (p *parser) digitLedItems() {
	last, at := 0, -1 // the number and index of the last 1. item seen
	for i := range p.eff {
		e := &p.eff[i]
		switch {
		case e.kind == lineMarker:
			if e.mark.style == styleNum {
				last, at = e.mark.num, i
			}
			continue
		case e.kind == lineHeading || e.hbody() || e.end == e.start:
			continue
		}
		if e.bits&digitHead == 0 {
			continue // the cheap test: most lines open with no digit (classify's)
		}
		m, ok := digitLedMarker(p.str(e))
		inRun := last > 0 && i-at <= itemReach && m.num == last+1
		if ok && (inRun || m.num == 1 && p.digitLedRun(i)) {
			e.kind, e.mark = lineMarker, heapMarker(m)
			last, at = m.num, i
		}
	}
}

// digitLedRun reports a run of items that all open with a digit (1.3月份，…
// / 2.4月份，… / 3.5月份，…, a plan by the month) starting on line i: the
// next numbered lines are 2. and 3., whether their text opens with a
// digit or not. Two decimals that happen to open lines one after the
// other (1.5万吨… / 2.3万亩…) do not count from 1 twice over.
func (p *parser) digitLedRun(i int) bool {
	want := 2
	for j := i + 1; j < min(len(p.eff), i+itemReach) && want <= 3; j++ {
		e := &p.eff[j]
		switch {
		case e.kind == lineMarker && e.mark.style == styleNum:
			if e.mark.num != want {
				return false
			}
			want++
		case e.kind == lineMarker || e.kind == lineHeading:
			return false
		case e.end > e.start && !e.hbody():
			m, ok := digitLedMarker(p.str(e))
			if ok && m.num != want {
				return false
			}
			if ok {
				want++
			}
		}
	}
	return want > 3
}

// digitLedMarker reads a 1. 1、 1． numbering followed by a number, which
// parseMarker leaves as a decimal. A percentage (8.6%) or a deeper
// numbering (1.2.3) is not one; a decimal after 、 is the item's text
// (1、2.5万名农村妇女…), since no numbering goes deeper through 、.
func digitLedMarker(s string) (marker, bool) {
	v, n := arabicNumber(s)
	if n == 0 {
		return marker{}, false
	}
	sep, ok := hasPrefixAny(s[n:], "、", "．", ".")
	if !ok {
		return marker{}, false
	}
	after := s[n+len(sep):]
	d := digitRun(after)
	if d == 0 || strings.TrimSpace(after[d:]) == "" {
		return marker{}, false // 7.2 alone on its line: a table's cell, a decimal
	}
	r, _ := utf8.DecodeRuneInString(after[d:])
	if r == '%' || r == '％' || strings.HasPrefix(after[d:], "个百分点") {
		return marker{}, false
	}
	if (r == '.' || r == '．') && sep != "、" {
		return marker{}, false // 1.2.3, a deeper numbering; after 1、 a decimal is the item's (1、2.5万名…)
	}
	return marker{style: styleNum, text: s[:n+len(sep)], num: v, skip: n + len(sep)}, true
}

// maxTermRunes bounds the term of a glossary entry (名词解释: 分线管理：…).
const maxTermRunes = 16

// glossaryTerm reports a bold run that is a term being defined, followed
// by a colon and its definition (**分线管理**：货物“一线”放开…): the item's
// title is then read as in plain text (glossaryCut), so an entry reads the
// same from .docx and from its text, and says what the term is.
func glossaryTerm(bold, after string) bool {
	if _, ok := hasPrefixAny(after, "：", ":"); !ok {
		return false
	}
	n := runeLen(bold)
	return n >= 1 && n <= maxTermRunes && !containsAny(bold, "。，；")
}

// glossaryCut returns where the title of a glossary entry ends, term and
// definition in one sentence (分线管理：货物“一线”放开、“二线”管住，人员进出
// 高度便利): after the definition's first clause, so the outline shows the
// term and what it is in a line; a measure's label (加强组织领导：…) ends at
// its colon. 0 when t is not such an entry.
func glossaryCut(t string) int {
	i := strings.Index(t, "：")
	if i <= 0 || runeLen(t[:i]) > maxTermRunes || containsAny(t[:i], "，；") {
		return 0
	}
	if opensWithMeasureVerb(t[:i]) {
		// A measure named before its colon (（一）坚持科技创新引领：以科技…)
		// is a label, not a term: the title is the label, as its author
		// bolds it.
		return i
	}
	rest := t[i+len("："):]
	if j := strings.IndexAny(rest, "，；"); j > 0 {
		return i + len("：") + j
	}
	return len(t)
}

// digitRun returns the bytes of the ASCII or full-width digits at s's
// start, however many (a year, 2025年, has four).
func digitRun(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		n += size
	}
	return n
}

// strayFirstParts reads a part numbered 1、 (or 1.) where 一、 belongs as
// the first part: a 1、任务来源及计划要求 whose next numbered line is
// 二、编制过程, with no 一、 before it that 二、 would continue. The author's
// slip would otherwise make 1、 a level of its own above every part and
// put the parts' own 1、 items beside it. Run after classify, in text
// order.
func (p *parser) strayFirstParts() {
	one := -1    // the index of a lone 1、 line waiting for its 二、
	lastHan := 0 // the number of the last 一、-style marker seen
	for i := range p.eff {
		e := &p.eff[i]
		if e.kind != lineMarker {
			continue
		}
		m := e.mark
		switch {
		case m.style == styleHan:
			if m.num == 2 && one >= 0 && lastHan != 1 {
				f := *p.eff[one].mark
				f.style = styleHan
				p.eff[one].mark = heapMarker(f)
			}
			lastHan, one = m.num, -1
		case m.style == styleNum && m.num == 1:
			one = i
		default:
			one = -1
		}
	}
}

// leadAfterList does in plain text what leadsAfterItems does where the
// author bolded leads: it gives back to a node the paragraphs that follow
// the last of its numbered items, each one sentence on a line of its own
// (1.加快…建设。 / 2.谋划…。 / 3.推动…。), where the first of them opens
// with a lead of the shape (shapeLead: 提振居民消费。持续实施…), and the
// node's paragraph right before the list opens with one that names a
// measure (扩大有效投资。…重点推进以下工作：) or with prose (五年来，市妇联…
// 组织实施了…：), not with a statement (委员是政协的主体。…以下几项工作：, which
// opens the node: a run of the shape would take it with the leads after
// the list). Such a list, all the node's children, holds no text,
// the items before the last none: the lead after it is the node's next
// measure, a sibling of the one the list serves, not the last item's
// text; and so is a sentence announcing it (在办好民生实事的同时，着力抓好以下
// 工作。) between the list and the lead, and a clause lead going on from
// the node's before the list (clauseGoesOn). own is the node's paragraphs, kids its block children, in text
// order; what it returns stays so, as the items' paragraphs all follow
// own's.
func (p *parser) leadAfterList(own []int, kids []*pnode) []int {
	c := kids[len(kids)-1]
	if len(own) == 0 || len(c.kids) > 0 || len(c.info.paras) < 2 {
		return own
	}
	for _, k := range kids {
		if !p.sentenceItem(k) || k.info.style != c.info.style || k != c && len(k.info.paras) > 1 {
			return own
		}
	}
	at := 1
	if len(c.info.paras) > 2 && p.announcesNext(c.info.paras[1]) {
		at = 2 // 在办好民生实事的同时，着力抓好以下工作。 before the leads
	}
	if _, ok := p.shapeOpening(c.info.paras[at]); !ok && !p.clauseGoesOn(own[len(own)-1], c.info.paras[at]) {
		return own
	}
	if l, ok := p.shapeOpening(own[len(own)-1]); ok && copula(l.words) {
		return own
	}
	own = append(own, c.info.paras[1:]...)
	c.info.paras = c.info.paras[:1:1]
	return own
}

// clauseGoesOn reports a paragraph after a list (at) opening with a clause
// lead that continues the run the node's paragraph before the list opens
// (聚焦监督主责主业，做优做实法律监督：… over 1.… 10.…, then 聚焦检务公开，主动
// 接受各方面监督：…): both clauses closed by the same mark, of one opening
// word and length (parallelIfWeak).
func (p *parser) clauseGoesOn(before, at int) bool {
	b, e := &p.eff[before], &p.eff[at]
	if b.kind != lineBody || e.kind != lineBody {
		return false
	}
	x, ok := clauseLead(strings.TrimLeft(p.str(b), " \u3000"), true)
	if !ok {
		return false
	}
	y, ok := clauseLead(strings.TrimLeft(p.str(e), " \u3000"), true)
	return ok && x.mark == y.mark && commonPrefix(x.words, y.words, 2) >= 2 && parallelIfWeak(x, y)
}

// announcesNext reports a body paragraph of one short sentence that
// announces what follows (在办好民生实事的同时，着力抓好以下工作。): between a
// list and the leads after it, it leads back to the node, not on from the
// last item.
func (p *parser) announcesNext(i int) bool {
	e := &p.eff[i]
	if e.kind != lineBody {
		return false
	}
	s := strings.Trim(p.str(e), " \u3000")
	if runeLen(s) > 40 {
		return false
	}
	first, ok := firstSentence(s, true)
	return ok && first.end >= len(s) && (first.mark == '。' || first.mark == '：') && introduces(s)
}

// sentenceItem reports a numbered item (1., （1）, ①) that is one sentence
// on a line of its own (listLine), the line its first paragraph.
func (p *parser) sentenceItem(c *pnode) bool {
	if st := c.info.style; st < styleNum || st > styleCircled || !c.info.isLead || len(c.info.paras) == 0 {
		return false
	}
	e := &p.eff[c.info.paras[0]]
	return int(e.num) == c.Line && c.info.titleEnd >= e.end-len("。") && listLine(p.str(e))
}

// shapeOpening returns the first sentence of body paragraph i when it is
// a lead of the shape (shapeLead), and whether it is.
func (p *parser) shapeOpening(i int) (lead, bool) {
	e := &p.eff[i]
	if e.kind != lineBody {
		return lead{}, false
	}
	s := p.str(e)
	if !strings.Contains(s[:min(len(s), openingHead)], "。") {
		return lead{}, false
	}
	bp := sentencePool.Get().(*[]sentence)
	buf := *bp
	defer func() { *bp = buf[:0]; sentencePool.Put(bp) }()
	buf, _ = scanSentences(buf, s, false, 2)
	l, ok := leadCandidate(s, buf, 0, 50, 2, true)
	l.rest = len(s) - l.sentEnd
	return l, ok && shapeLead(l)
}

// loneFirstly reads as text a paragraph opening with 首先， that no 其次，
// (or 最后，) follows before the next 首先， or the end: an opening
// courtesy (首先，我代表县委、县政府，对考核组…表示热烈欢迎！), not the first of a
// run of measures, which would otherwise make a level that the whole
// report hangs under. Run after classify, in text order.
func (p *parser) loneFirstly() {
	first := -1 // the index of the 首先， line waiting for its 其次，
	for i := range p.eff {
		e := &p.eff[i]
		if e.kind != lineMarker || e.mark.style != styleFirstly {
			continue
		}
		if e.mark.num == 1 {
			p.demoteFirstly(first)
			first = i
		} else if e.mark.num == 2 || e.mark.num == 0 {
			first = -1
		}
	}
	p.demoteFirstly(first)
}

// demoteFirstly makes the line at i, when there is one, body text.
func (p *parser) demoteFirstly(i int) {
	if i >= 0 {
		p.eff[i].kind, p.eff[i].mark = lineBody, nil
	}
}

// leadAfterListed adds to leads, a node's in the order of their
// paragraphs, the lead of the paragraph leadAfterList gave back to the
// node from below its list's last item, in plain text: the node's next
// measure, as its .docx bolds it (创新投融资机制。… after 1.…5.…, under
// 今年重点推进了以下工程：), whether or not a run of leads takes it. paras
// are the node's paragraphs, kids its block children.
func (p *parser) leadAfterListed(leads []lead, paras []int, kids []*pnode) []lead {
	if p.bold != nil || len(kids) == 0 {
		return leads
	}
	c := kids[len(kids)-1]
	for _, k := range kids {
		if !p.sentenceItem(k) || k.info.style != c.info.style {
			return leads // not a list leadAfterList reads
		}
	}
	last := c.TitleSpan.Start
	k := slices.IndexFunc(paras, func(i int) bool { return p.eff[i].start > last })
	if k < 0 {
		return leads
	}
	if p.announcesNext(paras[k]) && k+1 < len(paras) {
		k++ // 在办好民生实事的同时，着力抓好以下工作。 before it
	}
	i := paras[k]
	if slices.ContainsFunc(leads, func(l lead) bool { return l.para == i }) {
		return leads
	}
	l, ok := p.shapeOpening(i)
	if !ok {
		return leads
	}
	l.para = i
	at, _ := slices.BinarySearchFunc(leads, i, func(l lead, i int) int { return l.para - i })
	return slices.Insert(leads, at, l)
}
