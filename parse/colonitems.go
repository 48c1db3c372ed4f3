package parse

import (
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// Items of a list Word numbered, in plain text. Copied out of Word, a
// list's paragraphs lose their numbers and the indent Word drew for them,
// while the author's paragraphs of prose keep the 　　 typed before them.
// Three or more short paragraphs at the margin, each one sentence closed
// by 。 or ； (新增城镇就业六万人以上。 / 落实工业发展专项资金五千六百万元；),
// after a paragraph announcing them (今年，我们将继续实施十件民生实事： /
// …兑现惠企政策资金一点二亿元，其中：), after one of prose (set in), or right
// under a heading's line (企业国有资产方面), are that list: its items are
// children of the node that owns the paragraph before them, each titled
// by its sentence, as the .docx numbers them. Only
// in plain text whose prose is set in (setsProseIn); a list inside one
// paragraph, or one whose lines are set in as prose, stays text (issue 13,
// rule 6).

// Bounds of a list's run: how many items at least, how long one may be.
const (
	minColonItems = 3
	maxColonItem  = 80
)

// proseCount counts a text's lines of minProse characters or more
// (long), and of those the ones set in (setIn), for setsProseIn. A line
// at the margin shaped as a list's item (listShaped) is what Word's list
// left there, not prose, and counts neither way: a report whose lists
// Word numbered throughout has as many of them as paragraphs set in.
type proseCount struct{ long, setIn int }

// add counts line e.
func (c *proseCount) add(p *parser, e *eline) {
	if e.end-e.start < minProse*3 {
		return
	}
	if p.indented(e) {
		c.setIn++
	} else if listShaped(p.str(e)) {
		return
	}
	c.long++
}

// setsProseIn reports whether a plain text sets its paragraphs of prose
// in: three quarters of the lines of minProse characters or more, and at
// least minSetIn of them, open with white space.
func (c proseCount) setsProseIn() bool {
	return c.setIn >= minSetIn && c.setIn*4 >= c.long*3
}

// listShaped reports a paragraph shaped as an item of a list Word
// numbered: one sentence of at most maxColonItem characters closed by 。
// or ；, or a title sentence (minRunInHead to maxRunInHead characters,
// closed by 。) with text after it.
func listShaped(s string) bool {
	end := strings.Index(s, "。")
	if end < 0 {
		end = strings.Index(s, "；")
		return end == len(s)-len("；") && !runesOver(s, maxColonItem)
	}
	if end == len(s)-len("。") {
		return !runesOver(s, maxColonItem)
	}
	// A rune is one to utf8.UTFMax bytes: a first sentence of more bytes
	// than that many runes allows is too long, and is not counted (most
	// paragraphs' first sentences are).
	if end < minRunInHead || end > maxRunInHead*utf8.UTFMax {
		return false
	}
	r := runeCount(s[:end])
	return r >= minRunInHead && r <= maxRunInHead && runesOver(s[end+len("。"):], minRunInText-1)
}

// runesOver reports whether runeLen(s) > n, reading no more of a long s
// than it needs: a rune is at most utf8.UTFMax bytes, so that many bytes
// a rune and one over hold more than n runes in valid text, and no
// prefix of s holds more than s.
func runesOver(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	if k := utf8.UTFMax * (n + 1); k < len(s) && runeLen(s[:k]) > n {
		return true
	}
	return runeLen(s) > n
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
	return ok && body != "" && !containsAny(body, "。；！？")
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
	add := func(from, m int) {
		for _, j := range paras[from : from+m] {
			last = p.colonItemNode(n, j)
			items = append(items, last)
		}
	}
	k := 0
	if m := p.itemRun(paras, 0); m > 0 && p.titleLineAbove(n, paras[0]) {
		add(0, m)
		k = m
	} else if p.itemPair(paras) && p.titleLineAbove(n, paras[0]) {
		add(0, 2)
		k = 2
	}
	for ; k < len(paras); k++ {
		i := paras[k]
		if last != nil {
			last.info.paras = append(last.info.paras, i)
		} else {
			keep = append(keep, i)
		}
		if m := p.itemRun(paras, k+1); m > 0 && paras[k+1] == i+1 && p.announces(i) {
			add(k+1, m)
			k += m
		}
	}
	if items != nil {
		n.info.paras = keep
	}
	return items
}

// announces reports whether paragraph i may open a list at the margin
// after it: closed by ：, or set in as prose is.
func (p *parser) announces(i int) bool {
	e := &p.eff[i]
	return strings.HasSuffix(p.str(e), "：") || p.indented(e)
}

// titleLineAbove reports whether paragraph i comes right after n's own
// title line, a heading standing alone (no lead, not the document, not a
// box's caption).
func (p *parser) titleLineAbove(n *pnode, i int) bool {
	return n.up != nil && !n.info.isLead && i > 0 && int(p.eff[i-1].num) == n.Line && !boxCaption(n.Title)
}

// boxCaption reports the caption of a box a plan draws round a list of
// its projects (专栏1　“十五五”综合交通重大工程, 专栏一, 专栏 2): in the .docx
// a table of one cell, whose lines (铁路：…。 / 公路：…。) are the box's
// text; copied out as plain text they stand at the margin under the
// caption as a list Word numbered would, and are its text all the same.
func boxCaption(t string) bool {
	rest, ok := strings.CutPrefix(t, "专栏")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十 \u3000", r)
}

// itemRun returns how many paragraphs from paras[from] on are a list's
// items, 0 if fewer than minColonItems: consecutive lines, each an item.
func (p *parser) itemRun(paras []int, from int) int {
	m := 0
	for from+m < len(paras) && (m == 0 || paras[from+m] == paras[from]+m) && p.colonItem(paras[from+m]) {
		m++
	}
	if m < minColonItems {
		return 0
	}
	return m
}

// itemPair reports whether paras are two items of a list in a row and
// nothing else: under a heading's line, a node of two lines at the margin
// (完成第二批历史建筑测绘建档，…。 / 启动鼓楼、南关两个历史地段保护利用项目，…。,
// a list Word numbered 1. and 2.) holds them as its items, where two such
// lines among prose are too few to tell a list from chance, as two leads
// are where they are all a heading holds (closesNode).
func (p *parser) itemPair(paras []int) bool {
	return len(paras) == 2 && paras[1] == paras[0]+1 && p.colonItem(paras[0]) && p.colonItem(paras[1])
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

// marginItems makes the lists at the margin among the paragraphs of n and
// of its leads (colonItems), in plain text whose prose is set in, and
// returns those that are n's children. A lead set in is prose: the list
// it announces is its node's, as Word's numbered items stop a bold lead;
// a lead at the margin is an item itself, the list its own.
func (p *parser) marginItems(n *pnode, leadNodes []*pnode) []*pnode {
	if !p.marginLists {
		return nil
	}
	items := p.colonItems(n)
	for _, c := range leadNodes {
		l := p.colonItems(c)
		if !p.indented(&p.eff[c.info.paras[0]]) {
			c.kids = append(c.kids, l...)
			continue
		}
		for _, it := range l {
			it.up = n
		}
		items = append(items, l...)
	}
	return items
}
