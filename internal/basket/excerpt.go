package basket

import (
	"strings"
	"unicode/utf8"

	"wenji/model"
	"wenji/model/export"
)

// FromNode returns the excerpt of node n of d, taken as kind (KindSection
// from the reading pane, KindOutline from the outline's selection): its
// heading and its clean text as y copies it, with its source. path is the
// file as opened ("-" for standard input), hash its content key.
func FromNode(kind Kind, path, hash string, d *model.Document, n *model.Node) Excerpt {
	h := n.Heading()
	if h == "" {
		h = n.Title
	}
	src := NewSource(path, hash, d, n, n.Span.Start)
	src.End = n.Span.End
	return Excerpt{Kind: kind, Heading: h, Text: export.PlainText(d, n, false), Heads: export.PlainHeads(d, n, false),
		Source: src}
}

// FromParas returns the excerpt of a paragraph selection of d: its
// paragraphs' clean text, headed by the node it starts in (the last
// heading of its breadcrumb; the page shows its first words under it), with
// that node's source. A selection before the first heading, in a document
// without a title, is headed by its first words. ok is false for an empty
// selection.
func FromParas(path, hash string, d *model.Document, sel model.ParaSelection) (Excerpt, bool) {
	text, start := d.SelectionText(sel, false)
	if start == nil || strings.TrimSpace(text) == "" {
		return Excerpt{}, false
	}
	h := start.Heading()
	if strings.TrimSpace(h) == "" {
		h = firstWords(text)
	}
	src := NewSource(path, hash, d, start, d.Paras[sel.First].Start)
	src.End = d.Paras[sel.Last].End
	return Excerpt{Kind: KindParagraphs, Heading: h, Text: text, Heads: export.SelectionHeads(d, sel, false),
		Source: src}, true
}

// headingRunes is how much of a selection's first line heads it.
const headingRunes = 24

// firstWords returns the first line of text, trimmed, cut to headingRunes
// with an ellipsis.
func firstWords(text string) string {
	ln, _, _ := strings.Cut(text, "\n")
	ln = strings.Trim(ln, " \t\u3000")
	if utf8.RuneCountInString(ln) <= headingRunes {
		return ln
	}
	return string([]rune(ln)[:headingRunes]) + "…"
}
