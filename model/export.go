package model

import (
	"strings"
)

// Outline returns n's outline as --outline prints it: n's heading at column
// 0, each deeper node indented two more spaces, one node a line.
func Outline(n *Node) string {
	var b strings.Builder
	base := n.Depth()
	Walk(n, func(x *Node) bool {
		b.WriteString(strings.Repeat("  ", x.Depth()-base))
		b.WriteString(x.Heading())
		b.WriteByte('\n')
		return true
	})
	return b.String()
}

// PlainText returns the text of n and its descendants as clean plain text: junk
// left out unless keepJunk, one paragraph a line, blank lines and CRs
// dropped, each line's leading indentation kept as in the source.
func (d *Document) PlainText(n *Node, keepJunk bool) string {
	var b strings.Builder
	parts := []Span{n.Span}
	if !keepJunk {
		parts = d.Clean(n.Span)
	}
	var raw strings.Builder
	for _, s := range parts {
		raw.WriteString(d.Text[s.Start:s.End])
	}
	for _, ln := range strings.Split(raw.String(), "\n") {
		ln = strings.TrimRight(ln, " \t\r\u3000")
		if strings.TrimSpace(strings.TrimLeft(ln, "\u3000\ufeff")) == "" {
			continue
		}
		ln = strings.TrimPrefix(ln, "\ufeff")
		b.WriteString(ln)
		b.WriteByte('\n')
	}
	return b.String()
}
