package parse

import (
	"strings"

	"wenji/model"
)

// appendixTitle gives an appendix marker on a line of its own (附件1) the
// title on the line below it (2025年省十件民生实事), as official documents
// print them, and reports whether it took that line.
func (p *parser) appendixTitle(n *model.Node, next *eline) bool {
	if next.kind != lineTitle || next.gap > 1 {
		return false
	}
	n.Title = trimTitleEnd(p.str(next))
	n.TitleSpan.End = next.end
	p.info(n).titleEnd = next.end
	return true
}

// isOfficeAndName reports a signature line under a speech's subtitle: an
// office, a space, and a name of two to four Han characters (广东省省长
// 王伟中).
func isOfficeAndName(s string) bool {
	if runeLen(s) > 20 {
		return false
	}
	i := strings.LastIndexAny(s, " \u3000")
	if i <= 0 {
		return false
	}
	office := strings.TrimRight(s[:i], " \u3000")
	name := strings.TrimLeft(s[i:], " \u3000")
	n := runeLen(name)
	return n >= 2 && n <= 4 && hanCount(name, 5) == n && hanCount(office, 3) >= 3
}
