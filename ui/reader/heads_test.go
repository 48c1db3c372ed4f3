package reader

import (
	"slices"
	"testing"

	"wenji/model"
)

// The reader's heads are in the order of their titles in the text, also
// when the tree's reading order is not that (a parser that broke it): the
// walk that lists them notices and they are sorted.
func TestHeadsSortedWhenTreeIsNot(t *testing.T) {
	text := "甲标题\n乙标题\n丙标题\n"
	node := func(start int) *model.Node {
		return &model.Node{Kind: model.KindArticle, Title: text[start : start+9], TitleSpan: model.Span{Start: start, End: start + 9}}
	}
	a, b, c := node(0), node(10), node(20)
	root := &model.Node{Kind: model.KindDocument, Span: model.Span{End: len(text)}, Children: []*model.Node{c, a, b}}
	doc := &model.Document{Text: text, Root: root}
	m := sized(doc, 80, 20, Options{Lang: "en"})
	r := newReader(doc, m.w, m.st, m.tx)
	if len(r.heads) != 3 || r.heads[0] != a || r.heads[1] != b || r.heads[2] != c {
		t.Fatalf("heads %v, want the titles' order", r.heads)
	}
	for _, want := range [][]*model.Node{{a, b, c}, {a, b}} {
		root.Children = want
		if r := newReader(doc, m.w, m.st, m.tx); !slices.Equal(r.heads, want) {
			t.Errorf("in order already: heads %v, want %v", r.heads, want)
		}
	}
}
