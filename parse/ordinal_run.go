package parse

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
