package parse

import (
	"slices"

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

// minSiblingLeads is how many paragraph leads a sibling must hold for its
// shape to vouch for a lone one.
const minSiblingLeads = 2

// loneLeads adds the lone leads among kids, the block children of one
// node once their own measures are done. The styles that vouch are
// gathered first, in one pass: a node of a thousand numbered items holds
// a thousand candidates, each compared with every sibling before.
func (p *parser) loneLeads(kids []*pnode) {
	if len(kids) < 2 {
		return
	}
	var vouch []style // the styles of siblings that hold enough inferred leads
	for _, s := range kids {
		if s.Marker == "" || len(s.kids) < minSiblingLeads {
			continue
		}
		n := 0
		for _, k := range s.kids {
			if k.Inferred && k.info.isLead && len(k.info.paras) > 0 {
				n++
			}
		}
		if st := s.info.style; n >= minSiblingLeads && !slices.Contains(vouch, st) {
			vouch = append(vouch, st)
		}
	}
	if len(vouch) == 0 {
		return
	}
	for _, c := range kids {
		// A sibling that vouches holds leads: c, which holds none, is
		// never its own witness.
		if c.Marker == "" || len(c.kids) > 0 || c.info.isLead || len(c.info.paras) != 1 || !slices.Contains(vouch, c.info.style) {
			continue
		}
		p.loneLead(c)
	}
}

// loneLead makes c's one paragraph its lead when it has the shape, one
// clause, and opens with a measure verb.
func (p *parser) loneLead(c *pnode) {
	i := c.info.paras[0]
	e := &p.eff[i]
	if e.kind != lineBody {
		return
	}
	s := p.str(e)
	bp := sentencePool.Get().(*[]sentence)
	buf := *bp
	defer func() { *bp = buf[:0]; sentencePool.Put(bp) }()
	buf, _ = scanSentences(buf, s, false, 2)
	l, ok := leadCandidate(s, buf, 0, 50, 2, true)
	if !ok {
		return
	}
	l.rest = len(s) - l.sentEnd
	if !shapeLead(l) || l.commas > 0 || !opensWithMeasureVerb(l.words) {
		return
	}
	k := p.newNode(c, model.Node{Inferred: true, Line: int(e.num)})
	k.Title = trimTitleEnd(s[l.start:l.end])
	k.TitleSpan = model.Span{Start: e.start, End: e.start + l.end}
	ki := &k.info
	ki.isLead = true
	ki.titleEnd = e.start + l.sentEnd
	ki.paras = []int{i}
	c.info.paras = nil
	c.addKid(k)
}
