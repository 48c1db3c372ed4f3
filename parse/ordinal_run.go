package parse

import "strings"

// ordinalRunEnd gives back to a node, after own (its paragraphs), the
// paragraphs that the last of a run of its ordinal measures holds past
// its own: where three measures or more in a row, each a paragraph that
// opens with 第一，/其一，/首先， and runs on, hold their one paragraph
// only (第一，工业“压舱石”作用更加凸显。… / 第二，… / … / 第五，民生保障更加有力。…), the
// run is a list of one-paragraph measures, and what follows the last
// (这些成绩的取得，… / 在看到成绩的同时，…一是…二是…) sums up the list or
// turns from it: the part's text, its 一是… the part's, not the last
// measure's. A run whose measures hold paragraphs of their own before
// the last keeps the last's too.
func ordinalRunEnd(own []int, kids []*pnode) []int {
	for i := 0; i < len(kids); {
		j := i
		for j < len(kids) && oneParaOrdinal(kids[j], kids[i].info.style) {
			j++
		}
		// kids[i:j] hold one paragraph each; the run goes on to kids[j]
		// when it is of the style and holds more.
		if j < len(kids) && j-i >= 2 && sameRunStyle(kids[j], kids[i].info.style) {
			last := &kids[j].info
			own = append(own, last.paras[1:]...)
			last.paras = last.paras[:1:1]
			i = j + 1
			continue
		}
		i = max(j, i+1)
	}
	return own
}

// sameRunStyle reports an ordinal measure of style st that runs on from
// its marker into its paragraph and has no heading below it.
func sameRunStyle(c *pnode, st style) bool {
	in := &c.info
	return in.style == st && (st == styleOrdinal || st == styleQiYi || st == styleFirstly) && in.isLead && len(c.kids) == 0 && len(in.paras) >= 1
}

// oneParaOrdinal reports such a measure that holds its own paragraph only.
func oneParaOrdinal(c *pnode, st style) bool {
	return sameRunStyle(c, st) && len(c.info.paras) == 1
}

// summingUpEnd gives back to a node, after own (its paragraphs), the
// paragraphs its last sub-part holds from one that sums up the
// achievements of them all (五年来的成绩，是…的结果 / 这些成绩的取得，…:
// its opening clause speaks of 成绩, summingUp) on: where three sub-parts
// or more of one style (headings: （一）, a plain line, not 第一，… or 一是…
// measures) stand side by side and the last holds no heading of its own, that paragraph, after the last's own text, speaks for the
// part, and so do the paragraphs after it (五年来的实践，使我们深刻体会到： /
// the 必须坚持… leads / 在肯定成绩的同时，…), the part's text and leads, not
// the last sub-part's.
func (p *parser) summingUpEnd(own []int, kids []*pnode) []int {
	n := len(kids)
	if n < 3 {
		return own
	}
	last := kids[n-1]
	st := last.info.style
	switch st {
	case styleShi, styleYao, styleOrdinal, styleQiYi, styleFirstly:
		return own // measures, not sub-parts: ordinalRunEnd's
	}
	if len(last.kids) > 0 {
		return own
	}
	for _, k := range kids[:n-1] {
		if k.info.style != st {
			return own
		}
	}
	paras := last.info.paras
	for j := 1; j < len(paras); j++ {
		if summingUp(p.str(&p.eff[paras[j]])) {
			own = append(own, paras[j:]...)
			last.info.paras = paras[:j:j]
			return own
		}
	}
	return own
}

// summingUp reports a paragraph whose opening clause speaks of the
// achievements just listed (这些成绩的取得，…, 五年来的成绩，…), as endsLead
// has it without the address.
func summingUp(s string) bool {
	s = strings.TrimLeft(s, " \u3000")
	head := s[:min(len(s), 12*3)]
	i := strings.Index(head, "，")
	return i > 0 && strings.Contains(head[:i], "成绩")
}
