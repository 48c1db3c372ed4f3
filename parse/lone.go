package parse

import (
	"slices"
	"strings"

	"wenji/model"
)

// Lone leads. A part that holds a single measure has a single lead
// paragraph (（三）着力构建现代化产业体系 / 做强新能源产业。新增新能源装机…):
// no run for the shape to find. In plain text it is told by its siblings:
// where parts numbered alike under one heading hold runs of leads, a part
// of theirs whose one paragraph opens the way those leads do, with a
// short sentence that opens with a measure verb before longer prose, is a
// lead of its own. A sentence of two clauses is not (深化国资国企改革，推进市属
// 国有企业整合重组。深化“放管服”改革，…: a paragraph of measures listed one
// sentence each, which a Word author leaves plain). A Word author's bold
// needs no such guess: only leads inferred in a sibling vouch, and where
// the author bolded them they are not, so a plain paragraph stays text.
// Without a sibling's word, a part's opening is still a lead when it is
// short (maxOpeningRunes) and opens with a measure verb
// (四、切实加强政府自身建设 / 打造为民务实清廉的乡政府。严格落实…): in the family's
// Word documents every part that opens so has it bold. A plain part (a
// heading line whose number Word's list gave and the text lost) takes a
// lone lead only as its siblings vouch, with a measure verb and no count
// (稳步推进对外投资合作 / 支持企业“走出去”。引导企业…, not 办好二十件区级民生
// 实事项目。新增学位六千个；…, targets).

// minSiblingLeads is how many paragraph leads a sibling must hold for its
// shape to vouch for a lone one, and minOpeners how many siblings must
// each open with a lone lead to vouch for each other.
const (
	minSiblingLeads = 2
	minOpeners      = 2
)

// loneLeads adds the lone leads among kids, the block children of one
// node once their own measures are done. The styles that vouch are
// gathered first, in one pass: a node of a thousand numbered items holds
// a thousand candidates, each compared with every sibling before. A style
// vouches where a sibling holds enough inferred leads, or where
// minOpeners siblings each open with a lead of the lone shape and a
// measure verb and hold no lead besides (（三）持续推进生态修复和绿色转型 /
// 实施沉陷区综合治理三年攻坚行动。… and （五）提升城市功能品质 / 推动城市由“矿区”向“城区”
// 转变。…): parts parallel in their openings, as a reader sees them.
func (p *parser) loneLeads(kids []*pnode) {
	if len(kids) < 2 {
		return
	}
	var vouch []style // the styles of siblings that hold enough inferred leads
	var openers []style
	opened := false // some kid opens with a lead (opening)
	for _, s := range kids {
		if s.Marker == "" && s.info.style != stylePlain {
			continue
		}
		if l, ok := p.opening(s); ok {
			opened = true
			if opensWithMeasureVerb(l.words) && l.para == s.info.paras[0] {
				openers = append(openers, s.info.style)
			}
		}
		if len(s.kids) < minSiblingLeads {
			continue
		}
		n := 0
		for _, k := range s.kids {
			if k.Inferred && k.info.isLead && !k.info.isItem && len(k.info.paras) > 0 {
				n++
			}
		}
		if st := s.info.style; n >= minSiblingLeads && !slices.Contains(vouch, st) {
			vouch = append(vouch, st)
		}
	}
	for _, st := range openers {
		// Where the author bolded leads, a plain opening is text.
		if len(p.bold) == 0 && !slices.Contains(vouch, st) && countOf(openers, st) >= minOpeners {
			vouch = append(vouch, st)
		}
	}
	if !opened {
		return
	}
	for _, c := range kids {
		// A sibling that vouches by its leads holds them: c, which
		// holds none, is never its own witness. (opening is asked
		// again: keeping its answers took a slice for every node.)
		plain := c.Marker == ""
		if plain && c.info.style != stylePlain {
			continue
		}
		l, ok := p.opening(c)
		if !ok {
			continue
		}
		verb := opensWithMeasureVerb(l.words)
		// A plain part's (its number lost with Word's list) is vouched
		// for with a measure verb and no count (办好二十件…: targets follow).
		vouched := slices.Contains(vouch, c.info.style) && (verb && (!plain || !containsAny(l.words, "二三四五六七八九十两百千万")) ||
			!plain && !states(l.words) && !strings.Contains(l.words, "、"))
		if vouched {
			// The paragraphs right after it that open alike are leads
			// too (加快物流枢纽建设。… / 强化重要商品保供稳价。…以下工作：,
			// its list's numbers Word's): a pair is no run for the shape,
			// but the siblings vouch for each. Last first, so each
			// lead owns its paragraphs up to the next.
			leads := p.nextOpenings(c, l, plain)
			for j := len(leads) - 1; j >= 0; j-- {
				p.loneLead(c, leads[j])
			}
		} else if !plain && len(p.bold) == 0 && verb && l.runes <= maxOpeningRunes && l.para == c.info.paras[0] {
			p.loneLead(c, l)
		}
	}
}

// speakerWords open a sentence whose subject is the speaker (我们将…):
// a measure a Word author bolds alone names what is done, with no subject.
var speakerWords = []string{"我们", "咱们", "我将", "我要"}

// openingHead bounds the bytes opening looks at for the end of the lead
// sentence: shapeLead's longest, 25 Han characters, with quotation marks,
// a comma and an indent.
const openingHead = 40 * 3

// countOf is how many of xs are x.
func countOf(xs []style, x style) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

// states reports a sentence that states rather than names a measure or
// an outcome: a copula or a definition (法治是最好的营商环境。, 政策的生命力在于
// 落实。), or a noun phrase of 的 (公平竞争的基本原则). A lead names what is
// done (交通水利建设实现新突破。, 用心用力办好民生实事。); one without a measure
// verb that enumerates (一体推进教育强省、科技强省、人才强省建设。, before the
// 一是… it sums up) is a summary, and stays text too.
func states(t string) bool {
	return strings.Contains(t, "是") || strings.Contains(t, "的") || strings.Contains(t, "在于")
}

// opening returns the lead of the lone shape that opens part c, and
// whether there is one: c holds no paragraph lead yet and is not itself a
// lead, its first paragraph comes before any part under it, and that
// paragraph opens with a sentence of the shape (shapeLead), one clause,
// that no measure found inside the paragraph opens (提升口岸功能。…发展外向型产业。…,
// leads run on in one paragraph, are that paragraph's already).
func (p *parser) opening(c *pnode) (lead, bool) {
	at := 0 // the opening paragraph's place in c.info.paras
	if c.info.isLead {
		if !p.titledByParagraph(c) {
			return lead{}, false
		}
		at = 1
	}
	if len(c.info.paras) <= at {
		return lead{}, false
	}
	for _, k := range c.kids {
		if k.info.isLead && k.Marker == "" {
			return lead{}, false // leads found already
		}
	}
	i := c.info.paras[at]
	e := &p.eff[i]
	if e.kind != lineBody {
		return lead{}, false
	}
	for _, k := range c.kids {
		if k.TitleSpan.Start < e.start && (at == 0 || !ownsSpan(p, c.info.paras[:1], k.TitleSpan.Start)) {
			return lead{}, false // a part under c before the paragraph
		}
	}
	l, ok := p.paraOpening(i)
	if !ok {
		return lead{}, false
	}
	for _, k := range c.kids {
		if at := k.TitleSpan.Start; at >= e.start && at < e.start+l.sentEnd {
			return lead{}, false // a measure found inside the paragraph opens it
		}
	}
	return l, true
}

// nextOpenings returns first, c's opening lead, with the leads of the
// paragraphs right after it that open with the lone shape and a measure
// verb, no count where c is plain, no part of c standing before them.
func (p *parser) nextOpenings(c *pnode, first lead, plain bool) []lead {
	out := []lead{first}
	at := slices.Index(c.info.paras, first.para)
	if at < 0 {
		return out
	}
	for _, i := range c.info.paras[at+1:] {
		e := &p.eff[i]
		if e.kind != lineBody || i != out[len(out)-1].para+1 {
			break
		}
		l, ok := p.paraOpening(i)
		if !ok || !opensWithMeasureVerb(l.words) || plain && containsAny(l.words, "二三四五六七八九十两百千万") {
			break
		}
		kid := false
		for _, k := range c.kids {
			if k.TitleSpan.Start >= p.eff[first.para].start && k.TitleSpan.Start < e.start+l.sentEnd {
				kid = true
				break
			}
		}
		if kid {
			break
		}
		out = append(out, l)
	}
	return out
}

// paraOpening returns the lead of the lone shape that opens paragraph i,
// and whether there is one: a sentence of the shape (shapeLead), one
// clause, not the speaker's.
func (p *parser) paraOpening(i int) (lead, bool) {
	s := p.str(&p.eff[i])
	if !strings.Contains(s[:min(len(s), openingHead)], "。") {
		return lead{}, false // the cheap test: no sentence short enough
	}
	bp := sentencePool.Get().(*[]sentence)
	buf := *bp
	defer func() { *bp = buf[:0]; sentencePool.Put(bp) }()
	buf, _ = scanSentences(buf, s, false, 2)
	l, ok := leadCandidate(s, buf, 0, 50, 2, true)
	if !ok {
		return lead{}, false
	}
	l.para = i
	l.rest = len(s) - l.sentEnd
	if !shapeLead(l) || l.commas > 0 {
		return lead{}, false
	}
	if _, ok := hasPrefixAny(l.words, speakerWords...); ok {
		// 我们将继续办好民生实事。一是…: the speaker announces the
		// measures; alone, it titles none (in a run of parallel ones,
		// 我们始终把稳增长放在突出位置：…, the run vouches for them).
		return lead{}, false
	}
	return l, true
}

// titledByParagraph reports a numbered part whose title is the first
// sentence of its own paragraph ((二）坚持科技创新引领。以科技创新…): the
// paragraph is the part's text, and the paragraph after it may open with
// its lone lead (加强人才引育。实施…), vouched for by its siblings only.
func (p *parser) titledByParagraph(c *pnode) bool {
	if c.Marker == "" || c.info.style == styleShi || c.info.style == styleYao || len(c.info.paras) == 0 {
		return false
	}
	e := &p.eff[c.info.paras[0]]
	return int(e.num) == c.Line && c.info.titleEnd > e.start && c.info.titleEnd < e.end
}

// loneLead makes c's paragraph l's its lead: the lead owns it, c's
// paragraphs after it and the measures found inside them, as a bold lead
// does; a paragraph before it that titles c stays c's.
func (p *parser) loneLead(c *pnode, l lead) {
	e := &p.eff[l.para]
	s := p.str(e)
	k := p.newNode(c, model.Node{Inferred: true, Line: int(e.num)})
	k.Title = trimTitleEnd(s[l.start:l.end])
	k.TitleSpan = model.Span{Start: e.start, End: e.start + l.end}
	ki := &k.info
	ki.isLead = true
	ki.titleEnd = e.start + l.sentEnd
	at := slices.Index(c.info.paras, l.para)
	ki.paras = c.info.paras[at:]
	c.info.paras = c.info.paras[:at:at]
	kept := c.kids[:0]
	for _, m := range c.kids {
		if ownsSpan(p, ki.paras, m.TitleSpan.Start) {
			m.up = k
			k.addKid(m)
			continue
		}
		kept = append(kept, m)
	}
	c.kids = append(kept, k)
	sortByTitle(c.kids)
}

// ownsSpan reports whether offset at falls in one of the paragraphs paras.
func ownsSpan(p *parser, paras []int, at int) bool {
	for _, i := range paras {
		if e := &p.eff[i]; at >= e.start && at < e.end {
			return true
		}
	}
	return false
}
