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

// JSONNode is a node as --json prints it.
type JSONNode struct {
	Kind     string      `json:"kind"`
	Title    string      `json:"title"`
	Marker   string      `json:"marker,omitempty"`
	Inferred bool        `json:"inferred,omitempty"`
	Line     int         `json:"line"`
	Chars    int         `json:"chars"`
	Children []*JSONNode `json:"children,omitempty"`
}

// JSONJunk is a filtered span as --json prints it.
type JSONJunk struct {
	Kind string `json:"kind"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

// JSONDocument is the whole document as --json prints it.
type JSONDocument struct {
	Encoding string     `json:"encoding"`
	Root     *JSONNode  `json:"root"`
	Junk     []JSONJunk `json:"junk"`
}

// ToJSON converts n and its descendants for encoding/json.
func ToJSON(n *Node) *JSONNode {
	j := &JSONNode{Kind: n.Kind.String(), Title: n.Title, Marker: n.Marker, Inferred: n.Inferred, Line: n.Line, Chars: n.Chars}
	for _, c := range n.Children {
		j.Children = append(j.Children, ToJSON(c))
	}
	return j
}

// JSON converts the document, its tree and its filtered spans for
// encoding/json.
func (d *Document) JSON() *JSONDocument {
	out := &JSONDocument{Encoding: d.Encoding, Root: ToJSON(d.Root), Junk: []JSONJunk{}}
	for _, j := range d.Junk {
		out.Junk = append(out.Junk, JSONJunk{Kind: j.Kind.String(), Line: j.Line, Text: d.Text[j.Span.Start:j.Span.End]})
	}
	return out
}
