package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlFlat converts a page html.Parse refuses (it gives up on elements
// nested more than 512 deep, to bound its work) from its tokens rather
// than its tree: the same blocks, headings, leads and skipped elements as
// htmlConv's walk, with no tree built, so a page of any depth reads as
// text in one pass, in memory proportional to one paragraph. What the
// tree would add (implied end tags, misnested elements moved) matters
// little to text that is read one block a line.
func htmlFlat(src string) (string, []Hint) {
	h := &htmlConv{}
	f := flatState{}
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF: a string reader has no other error
		}
		f.token(h, tt, z)
	}
	h.flush()
	return h.out.String(), h.out.hints
}

// flatState is what htmlFlat tracks of the elements open around a token:
// only what changes the text, by counting the element that began it.
type flatState struct {
	skip      atom.Atom // an element whose content is left out, or 0
	skipName  string    // its name, when not an atom
	skipDepth int       // its nesting inside itself
	lead      atom.Atom // the emphasis that opened the paragraph, or 0
	leadDepth int
}

// voids are the elements that never have an end tag.
var voids = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

func (f *flatState) token(h *htmlConv, tt html.TokenType, z *html.Tokenizer) {
	switch tt {
	case html.TextToken:
		if f.skipDepth == 0 {
			h.text(string(z.Text()))
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		t := z.Token()
		if f.skipDepth > 0 {
			if f.same(t) && tt == html.StartTagToken {
				f.skipDepth++
			}
			return
		}
		n := &html.Node{Type: html.ElementNode, DataAtom: t.DataAtom, Data: t.Data, Attr: t.Attr}
		if skipped[t.DataAtom] || hidden(n) {
			if tt == html.StartTagToken && !voids[t.DataAtom] {
				f.skip, f.skipName, f.skipDepth = t.DataAtom, t.Data, 1
			}
			return
		}
		f.start(h, n, tt == html.SelfClosingTagToken || voids[t.DataAtom])
	case html.EndTagToken:
		t := z.Token()
		if f.skipDepth > 0 {
			if f.same(t) {
				f.skipDepth--
			}
			return
		}
		f.end(h, t.DataAtom)
	}
}

// same reports a tag of the element being skipped.
func (f *flatState) same(t html.Token) bool {
	if f.skip != 0 {
		return t.DataAtom == f.skip
	}
	return t.Data == f.skipName
}

// start opens element n (closed at once when it has no content).
func (f *flatState) start(h *htmlConv, n *html.Node, closed bool) {
	a := n.DataAtom
	if blocks[a] {
		f.flush(h)
		switch a {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			h.heading = int(n.Data[1] - '0')
		case atom.Hr:
			h.out.blank(1)
		case atom.Pre:
			if !closed {
				h.pre++
			}
		}
		if closed {
			f.flush(h)
		}
		return
	}
	if closed {
		return
	}
	switch {
	case f.lead != 0 && a == f.lead:
		f.leadDepth++
	case emphasis(n) && h.mayOpenLead():
		h.leadOpen, f.lead, f.leadDepth = true, a, 1
	}
}

// end closes the element a.
func (f *flatState) end(h *htmlConv, a atom.Atom) {
	if blocks[a] {
		if a == atom.Pre && h.pre > 0 {
			h.pre--
		}
		f.flush(h)
		return
	}
	if f.lead != 0 && a == f.lead {
		if f.leadDepth--; f.leadDepth == 0 {
			h.closeLead()
			f.lead = 0
		}
	}
}

// flush ends the paragraph, and with it any lead open in it.
func (f *flatState) flush(h *htmlConv) {
	h.flush()
	f.lead, f.leadDepth = 0, 0
}
