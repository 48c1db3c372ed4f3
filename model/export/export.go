package export

import (
	"bufio"
	"bytes"
	"io"
	"runtime"
	"sort"
	"strings"
	"unicode"
	"wenji/model"

	"wenji/internal/par"
)

// Outline returns n's outline as --outline prints it: n's heading at column
// 0, each deeper node indented two more spaces, one node a line.
func Outline(n *model.Node) string {
	var b strings.Builder
	WriteOutline(&b, n, false)
	return b.String()
}

// OutlineMarkdown returns n's outline as a nested Markdown list: n's heading
// as the top item, each deeper node two more spaces in.
func OutlineMarkdown(n *model.Node) string {
	var b strings.Builder
	WriteOutline(&b, n, true)
	return b.String()
}

// WriteOutline writes Outline(n), or OutlineMarkdown(n) when md, to w as
// it walks the tree: a large document's outline is megabytes, and building
// it as one string first cost more than the walk. n's children's subtrees
// are written out on all cores, a window of them at a time, each into a
// buffer of its own, and the buffers go to w in order: the walk waits on
// memory (nodes and titles lie all over a large heap and text), which
// cores wait on side by side.
func WriteOutline(w io.Writer, n *model.Node, md bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var root bytes.Buffer
	outlineLine(&root, n, 0, md)
	bw.Write(root.Bytes())
	kids := n.Children
	const perPart = 64 // subtrees a buffer
	parts := (len(kids) + perPart - 1) / perPart
	window := 4 * runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, window)
	for first := 0; first < parts; first += window {
		count := min(window, parts-first)
		par.Each(count, func(k int) {
			b := &bufs[k]
			b.Reset()
			lo := (first + k) * perPart
			for _, c := range kids[lo:min(lo+perPart, len(kids))] {
				writeSubtree(b, c, 1, md)
			}
		})
		for k := range count {
			if _, err := bw.Write(bufs[k].Bytes()); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// writeSubtree writes x's outline line and its descendants', x at depth.
func writeSubtree(b *bytes.Buffer, x *model.Node, depth int, md bool) {
	outlineLine(b, x, depth, md)
	for _, c := range x.Children {
		writeSubtree(b, c, depth+1, md)
	}
}

// outlineLine writes x's line of the outline: indentation, marker, title.
// A title the document sets over two lines (沣口市人民政府 / 关于…的报告) is
// printed as set: each line on its own at x's depth, and in Markdown one
// item whose lines a hard break (a \ at the line's end) parts.
func outlineLine(b *bytes.Buffer, x *model.Node, depth int, md bool) {
	if x.TitleBreak != 0 {
		if lines := x.TitleLines(); len(lines) > 1 {
			titleLines(b, x, lines, depth, md)
			return
		}
	}
	indent(b, depth)
	if md {
		b.WriteString("- ")
		b.WriteString(MarkdownEscape(x.Heading(), true))
	} else {
		b.Write(x.AppendHeading(b.AvailableBuffer()))
	}
	b.WriteByte('\n')
}

// titleLines writes the outline line of x, whose title is set over lines:
// the marker, if any, before the first.
func titleLines(b *bytes.Buffer, x *model.Node, lines []string, depth int, md bool) {
	for i, ln := range lines {
		if i == 0 {
			ln = (&model.Node{Marker: x.Marker, Title: ln}).Heading()
		}
		switch {
		case !md:
			indent(b, depth)
			b.WriteString(ln)
		case i == 0:
			indent(b, depth)
			b.WriteString("- ")
			b.WriteString(MarkdownEscape(ln, true))
		default:
			b.WriteString("\\\n")
			indent(b, depth+1) // the item's text goes on under its first
			b.WriteString(MarkdownEscape(ln, true))
		}
		if !md || i == len(lines)-1 {
			b.WriteByte('\n')
		}
	}
}

func indent(b *bytes.Buffer, depth int) {
	for range depth {
		b.WriteString("  ")
	}
}

// PlainText returns the text of n and its descendants as clean plain text: junk
// left out unless keepJunk, one paragraph a line, blank lines and CRs
// dropped, each line's leading indentation kept as in the source.
func PlainText(d *model.Document, n *model.Node, keepJunk bool) string {
	var b strings.Builder
	plainLines(d, n, keepJunk, func(ln string, _ int) {
		b.WriteString(ln)
		b.WriteByte('\n')
	})
	return b.String()
}

// PrintText returns PlainText(d, n, keepJunk) with two blank lines before
// each article of n that does not open the text: what --print writes, so
// that the printed compilation, read again, still parts its articles (the
// parser takes two or more blank lines before a heading for an article
// break, one for a paragraph's; the source's blank lines are dropped with
// the rest). n with no article below it (a section, an article) prints as
// PlainText does.
func PrintText(d *model.Document, n *model.Node, keepJunk bool) string {
	var starts []int // where the articles below n start, in order
	for x := range n.All() {
		if x != n && x.Kind == model.KindArticle {
			starts = append(starts, x.Span.Start)
		}
	}
	var b strings.Builder
	plainLines(d, n, keepJunk, func(ln string, at int) {
		if len(starts) > 0 && at >= starts[0] {
			for len(starts) > 0 && at >= starts[0] {
				starts = starts[1:]
			}
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(ln)
		b.WriteByte('\n')
	})
	return b.String()
}

// plainLines calls line with each line PlainText writes, in order, and the
// byte offset in d.Text where the line's text starts past its indentation
// (-1 where the text holds none of the document's bytes there). PlainText
// and PlainHeads share it, so a head's line is the line PlainText writes.
func plainLines(d *model.Document, n *model.Node, keepJunk bool, line func(ln string, at int)) {
	parts := []model.Span{n.Span}
	if !keepJunk {
		parts = d.Clean(n.Span)
	}
	var raw strings.Builder
	// segs maps the raw text back to the document: raw[seg.raw:] came
	// from d.Text[seg.doc:], up to the next seg.
	type seg struct{ raw, doc int }
	var segs []seg
	// A node whose title opens an indented paragraph (a lead sentence,
	// 　　经济建设取得重大成就。…) starts after the indentation: the copy
	// keeps the paragraph's indentation as written, as it does for the
	// paragraphs after it.
	if ls := strings.LastIndexByte(d.Text[:n.Span.Start], '\n') + 1; len(parts) > 0 && parts[0].Start == n.Span.Start &&
		strings.Trim(d.Text[ls:n.Span.Start], " \t\u3000") == "" {
		segs = append(segs, seg{0, ls})
		raw.WriteString(d.Text[ls:n.Span.Start])
	}
	for _, s := range parts {
		segs = append(segs, seg{raw.Len(), s.Start})
		raw.WriteString(d.Text[s.Start:s.End])
	}
	docAt := func(r int) int {
		i := sort.Search(len(segs), func(i int) bool { return segs[i].raw > r }) - 1
		if i < 0 {
			return -1
		}
		return segs[i].doc + r - segs[i].raw
	}
	text, at := raw.String(), 0
	for ln := range strings.Lines(text) {
		start := at
		at += len(ln)
		lead := len(ln) - len(strings.TrimLeft(ln, " \t\u3000\ufeff"))
		ln = strings.TrimRight(strings.TrimSuffix(ln, "\n"), " \t\r\u3000")
		if strings.TrimSpace(strings.TrimLeft(ln, "\u3000\ufeff")) == "" {
			continue
		}
		line(strings.TrimPrefix(ln, "\ufeff"), docAt(start+lead))
	}
}

// JSONNode is a node as --json prints it.
type JSONNode struct {
	Kind     string `json:"kind"`
	Title    string `json:"title"`
	Marker   string `json:"marker,omitempty"`
	Inferred bool   `json:"inferred,omitempty"`
	Line     int    `json:"line"`
	Chars    int    `json:"chars"`
	// Path and Text are filled by SubtreeJSON only: the node's outline
	// path (2.1) and its own body text.
	Path     string      `json:"path,omitempty"`
	Text     string      `json:"text,omitempty"`
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
func ToJSON(d *model.Document, n *model.Node) *JSONNode {
	j := &JSONNode{Kind: n.Kind.String(), Title: n.Title, Marker: n.Marker, Inferred: n.Inferred, Line: n.Line, Chars: d.Chars(n)}
	for _, c := range n.Children {
		j.Children = append(j.Children, ToJSON(d, c))
	}
	return j
}

// JSON converts the document, its tree and its filtered spans for
// encoding/json.
func JSON(d *model.Document) *JSONDocument {
	out := &JSONDocument{Encoding: d.Encoding, Root: ToJSON(d, d.Root), Junk: []JSONJunk{}}
	for _, j := range d.Junk {
		out.Junk = append(out.Junk, JSONJunk{Kind: j.Kind.String(), Line: j.Line, Text: d.Text[j.Span.Start:j.Span.End]})
	}
	return out
}

// Markdown returns n and its descendants as a Markdown document for pasting
// into a draft or a wiki: each node's heading (marker kept) as an ATX heading
// one level below its parent's, n itself at level 1, capped at 6; each
// paragraph of body text as a Markdown paragraph, its indentation dropped
// (Markdown reflows it) and characters Markdown would read as markup
// escaped. Junk is left out unless keepJunk. Text that follows a node's
// last child in the source stays in source order, under that child.
func Markdown(d *model.Document, n *model.Node, keepJunk bool) string {
	var b strings.Builder
	markdown(d, &b, n, 1, keepJunk)
	return b.String()
}

func markdown(d *model.Document, b *strings.Builder, n *model.Node, level int, keepJunk bool) {
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(strings.Repeat("#", min(level, 6)))
	b.WriteByte(' ')
	b.WriteString(MarkdownEscape(n.Heading(), true))
	b.WriteByte('\n')
	emit := func(s model.Span) {
		for _, p := range paragraphs(d, s, keepJunk) {
			b.WriteByte('\n')
			b.WriteString(MarkdownEscape(p, true))
			b.WriteByte('\n')
		}
	}
	at := n.Span.Start
	for _, c := range n.Children {
		for _, s := range bodyParts(d, n, model.Span{Start: at, End: c.Span.Start}) {
			emit(s)
		}
		markdown(d, b, c, level+1, keepJunk)
		at = c.Span.End
	}
	for _, s := range bodyParts(d, n, model.Span{Start: at, End: n.Span.End}) {
		emit(s)
	}
}

// bodyParts returns s, a stretch of n's own text, without n's title and
// without the 。 or ； that Title leaves off after it. A title cut inside
// its sentence (第一条 为了规范立法活动，健全…: the outline keeps the
// article's first clause) leaves the body the whole sentence, from the
// title's first character on: a body opening on the cut's ，健全… reads as
// a fragment, and a body holding the sentence whole is the article's text
// as a reader of a law expects it.
func bodyParts(d *model.Document, n *model.Node, s model.Span) []model.Span {
	if s.Len() <= 0 {
		return nil
	}
	t := n.TitleSpan
	if t.Len() <= 0 || !s.Overlaps(t) && s.Start != t.End {
		return []model.Span{s}
	}
	var out []model.Span
	if s.Start < t.Start {
		out = append(out, model.Span{Start: s.Start, End: t.Start})
	}
	after := min(max(s.Start, t.End), s.End)
	if after == t.End {
		after = max(s.Start, bodyStart(d, n, s.End))
	}
	if after < s.End {
		out = append(out, model.Span{Start: after, End: s.End})
	}
	return out
}

// titleStops are the marks that end a title's sentence where Title leaves
// them off (一是坚持产业立县。…): the body starts after them.
var titleStops = []string{"。", "；", ";", "：", ":", "．", "."}

// bodyStart is where n's body starts after its title, the text up to end:
// after a stop that ends the title's sentence, or at the line's end; else
// (the title cut inside its sentence) where the title's text starts, past
// its marker.
func bodyStart(d *model.Document, n *model.Node, end int) int {
	t := n.TitleSpan
	rest := d.Text[t.End:end]
	for _, p := range titleStops {
		if strings.HasPrefix(rest, p) {
			return t.End + len(p)
		}
	}
	if r := strings.TrimLeft(rest, " \t\u3000"); r == "" || r[0] == '\n' || r[0] == '\r' || n.Title == "" {
		return t.End
	}
	if i := strings.LastIndex(d.Text[t.Start:t.End], n.Title); i >= 0 {
		return t.Start + i
	}
	return t.End
}

// paragraphs returns the non-blank lines of s, junk left out unless
// keepJunk, each trimmed of white space (U+3000 and a BOM included).
func paragraphs(d *model.Document, s model.Span, keepJunk bool) []string {
	parts := []model.Span{s}
	if !keepJunk {
		parts = d.Clean(s)
	}
	var raw strings.Builder
	for _, p := range parts {
		raw.WriteString(d.Text[p.Start:p.End])
	}
	var out []string
	for _, ln := range strings.Split(raw.String(), "\n") {
		if ln = strings.TrimFunc(ln, isSpaceOrBOM); ln != "" {
			out = append(out, ln)
		}
	}
	return out
}

func isSpaceOrBOM(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }

// MarkdownEscape escapes what Markdown would read as markup in one line of
// document text: inline markup anywhere, and block markers (# > - + = |, a
// numbered-list marker like 1. or 1)) where the line starts.
func MarkdownEscape(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s))
	if lineStart {
		switch {
		case s == "":
		case strings.ContainsRune("-+=|~", rune(s[0])): // # and > are escaped below
			b.WriteByte('\\')
		default:
			// 1. or 1) would start an ordered list.
			i := 0
			for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
				b.WriteString(s[:i])
				b.WriteByte('\\')
				s = s[i:]
			}
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("\\`*_[]<>!&#", c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// SubtreeJSON converts n and its descendants for encoding/json with their
// text: each node carries its outline path and its own body text (title and
// children's text excluded, one paragraph a line, junk left out unless
// keepJunk), so a script can rebuild the section from the tree.
func SubtreeJSON(d *model.Document, n *model.Node, keepJunk bool) *JSONNode {
	j := ToJSON(d, n)
	var fill func(n *model.Node, j *JSONNode)
	fill = func(n *model.Node, j *JSONNode) {
		j.Path = model.PathString(n.Index())
		var paras []string
		at := n.Span.Start
		for _, c := range n.Children {
			for _, s := range bodyParts(d, n, model.Span{Start: at, End: c.Span.Start}) {
				paras = append(paras, paragraphs(d, s, keepJunk)...)
			}
			at = c.Span.End
		}
		for _, s := range bodyParts(d, n, model.Span{Start: at, End: n.Span.End}) {
			paras = append(paras, paragraphs(d, s, keepJunk)...)
		}
		j.Text = strings.Join(paras, "\n")
		for i, c := range n.Children {
			fill(c, j.Children[i])
		}
	}
	fill(n, j)
	return j
}
