package model

import "strings"

// ParaSelection is a run of whole paragraphs chosen in the reading pane
// (v, then j/k, ]/[): First and Last index Document.Paras, both included.
type ParaSelection struct {
	First, Last int
}

// SelectParas returns the selection of the paragraphs from the one that
// holds or follows byte offset from to the one that holds or precedes
// offset to, in either order; ok is false when no paragraph lies between.
func (d *Document) SelectParas(from, to int) (sel ParaSelection, ok bool) {
	if from > to {
		from, to = to, from
	}
	first := d.ParaAt(from)
	last := d.ParaAt(to)
	if last == len(d.Paras) || d.Paras[last].Start > to {
		last-- // to lies between paragraphs: the one before it ends the run
	}
	if first >= len(d.Paras) || last < first {
		return ParaSelection{}, false
	}
	return ParaSelection{First: first, Last: last}, true
}

// selSpan returns the text the selection covers, from the start of its
// first paragraph to the end of its last; ok is false when it is out of
// range.
func (d *Document) selSpan(sel ParaSelection) (Span, bool) {
	if sel.First < 0 || sel.Last >= len(d.Paras) || sel.First > sel.Last {
		return Span{}, false
	}
	return Span{d.Paras[sel.First].Start, d.Paras[sel.Last].End}, true
}

// SelectionText returns the selected paragraphs as y copies text: one
// paragraph a line, junk left out unless keepJunk, each line's leading
// indentation (　　) kept as written, trailing white space, CRs, BOMs and
// lines left blank dropped — what PlainText gives for a node, for exactly
// these paragraphs. start is the innermost node the selection starts in,
// whose Path is its breadcrumb and Index its outline path; nil when the
// selection is out of range.
func (d *Document) SelectionText(sel ParaSelection, keepJunk bool) (text string, start *Node) {
	if _, ok := d.selSpan(sel); !ok {
		return "", nil
	}
	var b strings.Builder
	for _, p := range d.Paras[sel.First : sel.Last+1] {
		var ln strings.Builder
		// The indentation before the paragraph on its line, as written.
		ls := strings.LastIndexByte(d.Text[:p.Start], '\n') + 1
		if indent := d.Text[ls:p.Start]; strings.Trim(indent, " \t\u3000\ufeff") == "" {
			ln.WriteString(indent)
		}
		parts := []Span{p}
		if !keepJunk {
			parts = d.Clean(p)
		}
		for _, s := range parts {
			ln.WriteString(d.Text[s.Start:s.End])
		}
		line := strings.TrimRight(ln.String(), " \t\r\u3000")
		if strings.TrimSpace(strings.TrimLeft(line, "\u3000\ufeff")) == "" {
			continue
		}
		b.WriteString(strings.TrimPrefix(line, "\ufeff"))
		b.WriteByte('\n')
	}
	return b.String(), d.NodeAt(d.Paras[sel.First].Start)
}
