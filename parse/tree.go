package parse

import (
	"sort"
	"strings"

	"wenji/model"
)

// finish gives every node its span and kind once the tree
// is complete. A node runs from its title to the next node that is not its
// descendant; a measure found inside a paragraph ends with that paragraph.
func (p *parser) finish(doc *model.Document) {
	root := doc.Root
	root.Span = model.Span{Start: 0, End: len(doc.Text)}
	p.spans(root)
	compilation := false
	for _, c := range root.Children {
		if p.info(c).isArticle {
			compilation = true
		}
	}
	model.Walk(root, func(n *model.Node) bool {
		// The notes stay beside the node; their paragraph lists are done
		// with, and on a large file they are worth giving back.
		p.info(n).paras = nil
		switch {
		case n == root:
			n.Kind = model.KindDocument
		case compilation && n.Parent == root:
			n.Kind = model.KindArticle
		case len(n.Children) > 0:
			n.Kind = model.KindSection
		case p.info(n).isLead || p.info(n).capEnd > 0:
			n.Kind = model.KindMeasure
		default:
			n.Kind = model.KindSection
		}
		return true
	})
}

func (p *parser) spans(n *model.Node) {
	kids := n.Children
	sortByTitle(kids)
	for i, c := range kids {
		end := n.Span.End
		if i+1 < len(kids) {
			end = kids[i+1].TitleSpan.Start
		}
		if ce := p.info(c).capEnd; ce > 0 && ce < end {
			end = ce
		}
		if c.TitleSpan.End > end {
			// Two inline runs interleaved (第二，一要…): the next node
			// starts inside this one's title clause, so the title stops
			// where the next node starts.
			c.TitleSpan.End = end
			t := strings.TrimPrefix(p.text[c.TitleSpan.Start:end], c.Marker)
			c.Title = trimTitleEnd(strings.TrimSpace(t[:cutTitle(t, 60)]))
		}
		c.Span = model.Span{Start: c.TitleSpan.Start, End: end}
		p.spans(c)
	}
}

// sortByTitle puts nodes in text order. They nearly always are already, and
// checking is cheaper than sorting a few hundred thousand small slices.
func sortByTitle(kids []*model.Node) {
	for i := 1; i < len(kids); i++ {
		if kids[i].TitleSpan.Start < kids[i-1].TitleSpan.Start {
			sort.SliceStable(kids, func(i, j int) bool { return kids[i].TitleSpan.Start < kids[j].TitleSpan.Start })
			return
		}
	}
}
