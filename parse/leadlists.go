package parse

import (
	"slices"
	"strings"
)

// Lists a lead announces. A lead sentence whose paragraph closes with ：
// (**做强农产品加工业。**…重点抓好：, **重点抓好以下工作：** on a line of
// its own) announces the numbered items right after it (1. 2. 3., （1）
// （2）, ①, or a list Word numbered, whose numbers plain text lost): they
// are the lead's children, as the author wrote them, not its siblings
// beside it. A paragraph set apart after the lead's own (今年，省政府将继续
// 办好十件民生实事，具体如下：) announces them for the part, and they stay
// the part's.

// listsUnderLeads moves under each of n's leads the list its paragraph
// announces (see above), once n's children are all in place.
func (p *parser) listsUnderLeads(n *pnode) {
	kids := n.kids
	var out []*pnode
	for k := 0; k < len(kids); k++ {
		c := kids[k]
		if out != nil {
			out = append(out, c)
		}
		if k+1 >= len(kids) || !p.announcesList(c, kids[k+1]) {
			continue
		}
		if out == nil {
			out = append(kids[:k:k], c)
		}
		first := kids[k+1]
		j := k + 1
		for j < len(kids) && (j == k+1 || p.sameList(first, kids[j-1], kids[j])) {
			kids[j].up = c
			c.kids = append(c.kids, kids[j])
			j++
		}
		k = j - 1
	}
	if out != nil {
		n.kids = out
	}
}

// announcesList reports whether c is a lead whose one paragraph closes
// with ： and next the first item of a list on the line after it.
func (p *parser) announcesList(c, next *pnode) bool {
	in := &c.info
	if !in.isLead || in.isItem || in.style != styleNone || len(in.paras) != 1 || !listItem(next) {
		return false
	}
	i := in.paras[0]
	if i+1 >= len(p.eff) || int(p.eff[i+1].num) != next.Line {
		return false
	}
	s := strings.TrimRight(p.str(&p.eff[i]), " \u3000")
	return strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")
}

// listItem reports an item of a list: numbered 1. （1） 1） ①, or one at
// the margin that a list Word numbered left in plain text (colonItems).
func listItem(c *pnode) bool {
	st := c.info.style
	return c.info.isItem || st >= styleNum && st <= styleCircled
}

// sameList reports whether c, after prev, is an item of the list that
// first opens: numbered alike, or at the margin on the line after prev.
func (p *parser) sameList(first, prev, c *pnode) bool {
	if first.info.isItem {
		i := prev.info.paras
		return c.info.isItem && len(i) > 0 && i[0]+1 < len(p.eff) && int(p.eff[i[0]+1].num) == c.Line
	}
	return !c.info.isItem && c.info.style == first.info.style
}

// announcesItems reports a paragraph closed by ： with the first item of a
// numbered list (1. （1） 1） ①) on the line after it.
func (p *parser) announcesItems(i int) bool {
	s := strings.TrimRight(p.str(&p.eff[i]), " \u3000")
	if !strings.HasSuffix(s, "：") && !strings.HasSuffix(s, ":") || i+1 >= len(p.eff) {
		return false
	}
	next := &p.eff[i+1]
	return next.kind == lineMarker && next.mark.style >= styleNum && next.mark.style <= styleCircled && next.mark.num == 1
}

// withAnnounced returns leads with the bold lines that announce a list
// (announcesItems) among them, in the order of their paragraphs, but for
// a paragraph a lead of leads holds already.
func withAnnounced(leads, announce []lead) []lead {
	for _, a := range announce {
		if !slices.ContainsFunc(leads, func(l lead) bool { return l.para == a.para }) {
			leads = append(leads, a)
		}
	}
	if len(announce) > 0 {
		slices.SortFunc(leads, func(a, b lead) int { return a.para - b.para })
	}
	return leads
}
