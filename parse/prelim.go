package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A standard's preliminary elements (GB/T 1.1: 目次, 前言, 引言) and its
// numbered clauses (1　范围, 2　规范性引用文件, …) are the standard's top
// level, side by side. A Word template may style the preliminary elements
// a level above the clauses (前言 and 引言 at Heading 1, the clauses at
// Heading 2): read by the levels, every clause would be the last
// preliminary element's child.

// prelimNames are the preliminary elements' headings, spaces taken out
// (前\u2003\u2003言, 引　　言).
var prelimNames = []string{"目次", "目录", "前言", "引言"}

// levelPrelims gives the preliminary elements' headings the level of the
// first clause (a heading line 1 followed by a space) when the styles set
// it deeper and no other heading stands between them.
func (p *parser) levelPrelims() {
	var prelims []int
	for i := range p.eff {
		e := &p.eff[i]
		if e.hlevel == 0 {
			continue
		}
		s := p.str(e)
		if slices.Contains(prelimNames, strings.Join(strings.Fields(s), "")) {
			prelims = append(prelims, i)
			continue
		}
		if len(prelims) == 0 || !firstClause(s) {
			return // a heading of another kind: the levels are the document's
		}
		for _, k := range prelims {
			p.eff[k].hlevel = max(p.eff[k].hlevel, e.hlevel)
		}
		return
	}
}

// firstClause reports a standard's first clause heading: 1, a space and
// its title (1　范围, 1 范围), the space of any width.
func firstClause(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s, "1"))
	return strings.HasPrefix(s, "1") && unicode.IsSpace(r)
}
