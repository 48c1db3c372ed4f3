package parse

import (
	"sort"
	"strings"

	"wenji/model"
)

// finish gives every node its span and kind once the tree
// is complete. A node runs from its title to the next node that is not its
// descendant; a measure found inside a paragraph ends with that paragraph.
func (p *parser) finish(doc *model.Document, root *pnode) {
	root.Span = model.Span{Start: 0, End: len(doc.Text)}
	p.spans(root)
	compilation := false
	for _, c := range root.kids {
		if c.info.isArticle {
			compilation = true
		}
	}
	// One backing array holds every node's Children: one allocation
	// for the tree, not one for each parent (a 100 MB file has 100,000s).
	kids := make([]*model.Node, 0, countKids(root))
	link(root, root, compilation, &kids)
	doc.Root = root.Node
}

// finishArticle does for article a, whose span ends at end, what finish
// does for the whole tree: its descendants' spans and kinds, and the
// model's links below it. a's own kind and Parent are left to finish,
// which takes a finished node as a leaf. (Its span is what spans gives
// it: nothing but the next article or the end of the text follows it
// among the root's children, whose own paragraphs all come first.)
func (p *parser) finishArticle(a *pnode, end int) {
	a.Span = model.Span{Start: a.TitleSpan.Start, End: end}
	p.spans(a)
	kids := p.arena.children(countKids(a))
	link(a, p.root, true, &kids)
	a.info.finished = true
}

// countKids counts the nodes below n.
func countKids(n *pnode) int {
	c := len(n.kids)
	for _, k := range n.kids {
		c += countKids(k)
	}
	return c
}

// link gives n and its subtree their kinds and the model's links
// (Children, Parent), from the parser's (kids, up); the Children slices
// are cut from all, each to its own capacity so that appending to one
// copies it rather than overwriting the next.
func link(n, root *pnode, compilation bool, all *[]*model.Node) {
	// The notes stay beside the node; their paragraph lists are done
	// with, and on a large file they are worth giving back.
	n.info.paras = nil
	switch {
	case n == root:
		n.Kind = model.KindDocument
	case compilation && n.up == root:
		n.Kind = model.KindArticle
	case len(n.kids) > 0:
		n.Kind = model.KindSection
	case n.info.isLead || n.info.capEnd > 0:
		n.Kind = model.KindMeasure
	default:
		n.Kind = model.KindSection
	}
	if n.up != nil {
		n.Parent = n.up.Node
	}
	if len(n.kids) == 0 {
		return
	}
	start := len(*all)
	for _, c := range n.kids {
		*all = append(*all, c.Node)
	}
	n.Children = (*all)[start:len(*all):len(*all)]
	for _, c := range n.kids {
		link(c, root, compilation, all)
	}
	n.kids = nil
}

func (p *parser) spans(n *pnode) {
	kids := n.kids
	sortByTitle(kids)
	p.ordinalTitlesAlike(kids)
	for i, c := range kids {
		end := n.Span.End
		if i+1 < len(kids) {
			end = kids[i+1].TitleSpan.Start
		}
		if ce := c.info.capEnd; ce > 0 && ce < end {
			end = ce
		}
		if c.TitleSpan.End > end {
			// Two inline runs interleaved (第二，一要…): the next node
			// starts inside this one's title clause, so the title stops
			// where the next node starts.
			c.TitleSpan.End = end
			t := strings.TrimPrefix(p.text[c.TitleSpan.Start:end], c.Marker)
			c.Title = trimTitleEnd(strings.TrimSpace(t[:cutTitle(t, 60)]))
			c.TitleBreak = 0 // a title cut short is one line
		}
		c.Span = model.Span{Start: c.TitleSpan.Start, End: end}
		p.spans(c)
	}
}

// sortByTitle puts nodes in text order. They nearly always are already, and
// checking is cheaper than sorting a few hundred thousand small slices.
func sortByTitle(kids []*pnode) {
	for i := 1; i < len(kids); i++ {
		if kids[i].TitleSpan.Start < kids[i-1].TitleSpan.Start {
			sort.SliceStable(kids, func(i, j int) bool { return kids[i].TitleSpan.Start < kids[j].TitleSpan.Start })
			return
		}
	}
}

// ordinalTitlesAlike titles the measures of a run of 第一，/第二，…
// paragraphs alike: where the first sentence of one ran long and its
// title was cut at its first comma (第一，坚持党的绝对领导，坚定不移…), the
// others, whose sentences fell under the limit, are cut there too
// (第三，坚持维护安全稳定，常态化开展…，… is titled 第三，坚持维护安全稳定), so
// that the run reads as one list in the outline. Three measures or more.
func (p *parser) ordinalTitlesAlike(kids []*pnode) {
	for i := 0; i < len(kids); {
		j, cut := i, false
		for j < len(kids) && kids[j].info.style == styleOrdinal && kids[j].info.isLead {
			cut = cut || strings.HasPrefix(p.text[min(kids[j].TitleSpan.End, len(p.text)):], "，")
			j++
		}
		if cut && j-i >= minShapeRun {
			for _, c := range kids[i:j] {
				end := c.TitleSpan.End
				if end > len(p.text) || !strings.HasSuffix(p.text[:end], c.Title) {
					continue
				}
				if k := strings.Index(c.Title, "，"); k >= len("一二三四") {
					c.TitleSpan.End = end - len(c.Title) + k
					c.Title = c.Title[:k]
				}
			}
		}
		i = max(j, i+1)
	}
}
