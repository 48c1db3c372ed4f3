package parse

import (
	"strings"

	"wenji/model"
)

// Items of a list Word numbered, in plain text. Copied out of Word, a
// list's paragraphs lose their numbers and the indent Word drew for them,
// while the author's paragraphs of prose keep the 　　 typed before them.
// A paragraph announcing a list (今年，我们将继续实施十件民生实事： /
// …兑现惠企政策资金一点二亿元，其中：) followed by three or more short
// paragraphs at the margin, each one sentence closed by 。 or ；
// (新增城镇就业六万人以上。 / 落实工业发展专项资金五千六百万元；), is that
// list: its items are children of the node that owns the announcing
// paragraph, each titled by its sentence, as the .docx numbers them. Only
// in plain text whose prose is set in (setsProseIn); a list inside one
// paragraph, or one whose lines are set in as prose, stays text (issue 13,
// rule 6).

// Bounds of a list's run: how many items at least, how long one may be.
const (
	minColonItems = 3
	maxColonItem  = 80
)

// setsProseIn reports whether a plain text sets its paragraphs of prose
// in: three quarters of the lines of minProse characters or more, and at
// least minSetIn of them, open with white space.
func (p *parser) setsProseIn() bool {
	long, setIn := 0, 0
	for i := range p.eff {
		e := &p.eff[i]
		if e.end-e.start < minProse*3 {
			continue
		}
		long++
		if p.indented(e) {
			setIn++
		}
	}
	return setIn >= minSetIn && setIn*4 >= long*3
}

// colonItem reports whether line i is an item of a list Word numbered:
// at the margin, one sentence of at most maxColonItem characters closed
// by 。 or ；.
func (p *parser) colonItem(i int) bool {
	e := &p.eff[i]
	if p.indented(e) || e.end-e.start > maxColonItem*3 {
		return false
	}
	s := p.str(e)
	body, ok := strings.CutSuffix(s, "。")
	if !ok {
		body, ok = strings.CutSuffix(s, "；")
	}
	return ok && body != "" && !strings.ContainsAny(body, "。；！？")
}

// colonItems makes the lists among the paragraphs n owns its children
// (see above): each item owns its paragraph, the last the paragraphs
// after the list up to the next list, as a numbered item of the .docx
// does. It returns the items made, for the caller to place among n's
// children.
func (p *parser) colonItems(n *pnode) []*pnode {
	paras := n.info.paras
	var items []*pnode
	var last *pnode
	keep := paras[:0:0]
	for k := 0; k < len(paras); k++ {
		i := paras[k]
		if m := p.colonRun(paras, k); m > 0 {
			if last != nil {
				last.info.paras = append(last.info.paras, i)
			} else {
				keep = append(keep, i)
			}
			for _, j := range paras[k+1 : k+1+m] {
				last = p.colonItemNode(n, j)
				items = append(items, last)
			}
			k += m
			continue
		}
		if last != nil {
			last.info.paras = append(last.info.paras, i)
		} else {
			keep = append(keep, i)
		}
	}
	if items != nil {
		n.info.paras = keep
	}
	return items
}

// colonRun returns how many paragraphs after paras[k] are a list it
// announces (closed by ：), 0 if none: consecutive lines, each an item.
func (p *parser) colonRun(paras []int, k int) int {
	if !strings.HasSuffix(p.str(&p.eff[paras[k]]), "：") {
		return 0
	}
	m := 0
	for k+1+m < len(paras) && paras[k+1+m] == paras[k]+1+m && p.colonItem(paras[k+1+m]) {
		m++
	}
	if m < minColonItems {
		return 0
	}
	return m
}

// colonItemNode makes line j an item under n, titled by its sentence.
func (p *parser) colonItemNode(n *pnode, j int) *pnode {
	e := &p.eff[j]
	c := p.newNode(n, model.Node{Inferred: true, Line: int(e.num)})
	c.Title = trimTitleEnd(p.str(e))
	c.TitleSpan = model.Span{Start: e.start, End: e.end}
	c.info.isLead = true
	c.info.isItem = true
	c.info.titleEnd = e.end
	c.info.paras = []int{j}
	return c
}
