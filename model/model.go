// Package model holds wenji's document tree: the outline parsed from a
// compilation and the queries the reader, search and export stand on.
//
// It is plain data. Nodes hold byte offsets into Document.Text, never copies
// of the text, so a 100 MB document is held once. The package does no I/O and
// knows nothing of terminals.
package model

import (
	"iter"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"wenji/internal/par"
)

// Kind says what a node stands for in the outline.
type Kind uint8

// The kinds of node, from the root down.
const (
	// KindDocument is the root: the whole file, titled by its title line.
	KindDocument Kind = iota
	// KindArticle is one article of a compilation.
	KindArticle
	// KindSection is a heading that has, or could have, text below it.
	KindSection
	// KindMeasure is the lowest level: a numbered or lead-sentence item
	// (一是…, （一）强化组织领导。…, an unnumbered lead).
	KindMeasure
)

var kindNames = [...]string{"document", "article", "section", "measure"}

// String returns the kind's lower-case English name, as used in JSON.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct {
	Start, End int
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off lies in the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Node is one entry of the outline.
type Node struct {
	// Kind is the node's level of meaning (article, section, measure).
	Kind Kind
	// Inferred is true when the node was recognised from parallel lead
	// sentences rather than from an explicit marker or a heading line.
	// (It stands beside Kind, a byte too: each of the 200,000 nodes of a
	// 100 MB file is 8 bytes smaller than with it after Marker.)
	Inferred bool
	// TitleBreak is where the second line of a title the document sets
	// over two lines starts in Title, in bytes (沣口市人民政府 / 关于全市…的报告,
	// joined into one Title as the reader's header shows it); 0 for a
	// title of one line. See TitleLines. (Two bytes in the padding after
	// Inferred: the node stays 112 bytes.)
	TitleBreak uint16
	// chars is 1 + the character count (字数) of the node with its
	// descendants, 0 until counted, charsFull when it does not fit (see
	// Document.Chars). 32 bits beside Kind and Inferred rather than an
	// int of its own: a node is 112 bytes, not 120 (3 MB of the live
	// heap of a 100 MB file, with the arena's arrays a size class).
	chars uint32
	// Title is the heading text without its marker and without a final
	// 。 or ；, exactly as written otherwise.
	Title string
	// Marker is the numbering as written (一、 （二） 3. 一是 第一章 …), or
	// empty for an unnumbered heading.
	Marker string
	// Line is the 1-based source line of the title.
	Line int
	// TitleSpan is where the marker and title stand in the text.
	TitleSpan Span
	// Span is the node's whole extent: title, body and descendants.
	Span Span
	// Children are the nodes directly below, in reading order.
	Children []*Node
	// Parent is the node directly above; nil for the root.
	Parent *Node
}

// Heading returns the marker and title as the outline prints them
// (一是纵深推进南沙开发开放, （一）指导思想).
func (n *Node) Heading() string {
	if n.Marker == "" {
		return n.Title
	}
	if n.Title == "" {
		return n.Marker
	}
	if spacedMarker(n.Marker) {
		return n.Marker + " " + n.Title
	}
	return n.Marker + n.Title
}

// TitleLines returns the lines the document sets n's title over: the
// title itself when it stands on one line, else its first line (less the
// space that joined it to the next, 　) and its second.
func (n *Node) TitleLines() []string {
	b := int(n.TitleBreak)
	if b <= 0 || b >= len(n.Title) || !utf8.RuneStart(n.Title[b]) {
		return []string{n.Title}
	}
	first := strings.TrimRight(n.Title[:b], " \u3000")
	if first == "" {
		return []string{n.Title}
	}
	return []string{first, n.Title[b:]}
}

// AppendHeading appends Heading() to dst: what prints an outline of
// 200,000 nodes without making a string for each.
func (n *Node) AppendHeading(dst []byte) []byte {
	dst = append(dst, n.Marker...)
	if n.Marker != "" && n.Title != "" && spacedMarker(n.Marker) {
		dst = append(dst, ' ')
	}
	return append(dst, n.Title...)
}

// spacedMarker reports markers that end in a letter (第一章, 附件1, 附件, 附): they
// read better with a space before the title.
func spacedMarker(m string) bool {
	r, _ := utf8.DecodeLastRuneInString(m)
	return r == '章' || r == '节' || r == '条' || r == '编' || r == '分' || r == '件' || r == '附' || unicode.IsDigit(r)
}

// Depth returns the number of ancestors: 0 for the root.
func (n *Node) Depth() int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// Path returns the nodes from the root down to n, n included; it is what a
// breadcrumb shows.
func (n *Node) Path() []*Node {
	var p []*Node
	for x := n; x != nil; x = x.Parent {
		p = append(p, x)
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// Index returns the 1-based outline path of n, as --print takes it
// (the root is empty; 2.1 is the first child of the second child).
func (n *Node) Index() []int {
	var idx []int
	for x := n; x.Parent != nil; x = x.Parent {
		for i, c := range x.Parent.Children {
			if c == x {
				idx = append(idx, i+1)
				break
			}
		}
	}
	for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
		idx[i], idx[j] = idx[j], idx[i]
	}
	return idx
}

// PathString writes an outline path (Index's) as --print takes it: 2.1,
// or 0 for the root.
func PathString(idx []int) string {
	if len(idx) == 0 {
		return "0"
	}
	s := make([]string, len(idx))
	for i, x := range idx {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ".")
}

// All yields n and its descendants in reading (pre-)order.
func (n *Node) All() iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		n.walk(yield)
	}
}

func (n *Node) walk(yield func(*Node) bool) bool {
	if !yield(n) {
		return false
	}
	for _, c := range n.Children {
		if !c.walk(yield) {
			return false
		}
	}
	return true
}

// Walk calls fn for n and each descendant in reading order; when fn returns
// false the node's children are skipped, as go/ast.Inspect does.
func Walk(n *Node, fn func(*Node) bool) {
	if !fn(n) {
		return
	}
	for _, c := range n.Children {
		Walk(c, fn)
	}
}

// Next returns the node after n in reading order, or nil at the end.
func (n *Node) Next() *Node {
	if len(n.Children) > 0 {
		return n.Children[0]
	}
	for x := n; x.Parent != nil; x = x.Parent {
		sib := x.Parent.Children
		for i, c := range sib {
			if c == x && i+1 < len(sib) {
				return sib[i+1]
			}
		}
	}
	return nil
}

// Prev returns the node before n in reading order, or nil at the root.
func (n *Node) Prev() *Node {
	p := n.Parent
	if p == nil {
		return nil
	}
	for i, c := range p.Children {
		if c == n {
			if i == 0 {
				return p
			}
			x := p.Children[i-1]
			for len(x.Children) > 0 {
				x = x.Children[len(x.Children)-1]
			}
			return x
		}
	}
	return p
}

// JunkKind says why a span was filtered out of the tree.
type JunkKind uint8

// The kinds of filtered span.
const (
	// JunkPaidMarker is a paid-content marker such as ##paidbegin##.
	JunkPaidMarker JunkKind = iota
	// JunkPromo is an advertising block: 素材库 membership, 客服, 代笔 offers.
	JunkPromo
	// JunkWebChrome is web-page furniture in scraped text: 责任编辑, ICP备….
	JunkWebChrome
	// JunkDisclaimer is a source, copyright or platform disclaimer: 文章转自网络….
	JunkDisclaimer
	// JunkTruncation is a notice that the text is cut or previewed: 此处为预览内容….
	JunkTruncation
	// JunkNavigation is a call to action or navigation: 点个在看, 往期精选, -END-.
	JunkNavigation
)

var junkNames = [...]string{"paid-marker", "promo", "web-chrome", "disclaimer", "truncation", "navigation"}

// junkLabels name the kinds for the reader, in Chinese and in English.
var junkLabels = [...][2]string{
	{"付费标记", "paid marker"}, {"广告", "ad"}, {"网页杂项", "web page"},
	{"声明", "disclaimer"}, {"节选提示", "truncation"}, {"导航", "navigation"},
}

// Label names the kind for the reader: in Chinese (广告, 声明, 节选提示…) when
// zh, else in English.
func (k JunkKind) Label(zh bool) string {
	if int(k) >= len(junkLabels) {
		return k.String()
	}
	if zh {
		return junkLabels[k][0]
	}
	return junkLabels[k][1]
}

// JunkKinds lists every kind in the order a summary names them.
var JunkKinds = []JunkKind{JunkPromo, JunkPaidMarker, JunkWebChrome, JunkDisclaimer, JunkTruncation, JunkNavigation}

// String returns the kind's name as used in JSON.
func (k JunkKind) String() string {
	if int(k) < len(junkNames) {
		return junkNames[k]
	}
	return "unknown"
}

// Junk is a filtered span: text taken out of the tree and kept aside so the
// reader can show it on request.
type Junk struct {
	Kind JunkKind
	Span Span
	// Line is the 1-based line where the span starts.
	Line int
}

// Document is a parsed file: its text, its outline and what was filtered.
type Document struct {
	// Text is the whole decoded text, held once; every Span points into it.
	Text string
	// Root is the outline's root node (KindDocument), spanning all of Text.
	Root *Node
	// Junk lists the filtered spans in text order; they do not overlap.
	Junk []Junk
	// Paras lists the paragraphs: each non-blank line's content, leading and
	// trailing white space (including U+3000 and a BOM) trimmed, in order.
	Paras []Span
	// Encoding names the encoding the bytes were decoded from (UTF-8, GB18030…).
	Encoding string
	// Format labels a file format the status bar names (PDF, DOC, WPS,
	// EPUB, DOCX); empty for text, Markdown and HTML, whose look says it.
	Format string
	// Pages is a paged format's page count (a PDF's), 0 when not paged.
	Pages int

	countOnce sync.Once // the 字数 of every node, on the first Chars
}

// Chars returns the character count (字数) of n with its descendants: runes
// that are not white space, junk excluded. The whole tree is counted on the
// first call, on all cores, not while parsing: reading every byte of a
// large file once more is work that the outline, the first screen and
// most uses never need. Safe for concurrent use; n must be of d's tree.
func (d *Document) Chars(n *Node) int {
	d.countOnce.Do(func() { d.count(d.Root) })
	if n.chars == charsFull {
		// Too many to keep (4 G characters): counted again, nothing
		// written, as concurrent calls may read the tree.
		total := 0
		for x := range n.All() {
			total += d.ownChars(x)
		}
		return total
	}
	return int(n.chars) - 1
}

// charsFull is the chars of a node whose count does not fit in 32 bits.
// A variable so that a test can reach it without a 4 GB text.
var charsFull uint32 = math.MaxUint32

// count counts each node's 字数: its own text, junk excluded, plus its
// children's. Own texts partition the document, so this reads it once.
func (d *Document) count(n *Node) int {
	total := d.ownChars(n)
	if n.Parent == nil {
		kids := n.Children
		counts := make([]int, len(kids))
		par.Each(len(kids), func(i int) { counts[i] = d.count(kids[i]) })
		for _, c := range counts {
			total += c
		}
	} else {
		for _, c := range n.Children {
			total += d.count(c)
		}
	}
	n.chars = uint32(min(total+1, int(charsFull)))
	return total
}

// ownChars counts the 字数 of n's own text, junk excluded.
func (d *Document) ownChars(n *Node) int {
	total := 0
	for _, s := range n.Own() {
		for _, c := range d.Clean(s) {
			total += CountChars(d.Text[c.Start:c.End])
		}
	}
	return total
}

// NodeAt returns the innermost node whose span holds the byte offset off;
// offsets outside the text give the root.
func (d *Document) NodeAt(off int) *Node {
	n := d.Root
	for {
		kids := n.Children
		// The first child starting after off; the one before it may hold off.
		i := sort.Search(len(kids), func(i int) bool { return kids[i].Span.Start > off })
		if i == 0 || !kids[i-1].Span.Contains(off) {
			return n
		}
		n = kids[i-1]
	}
}

// ParaAt returns the index of the paragraph that holds or follows off, or
// len(d.Paras) past the last one.
func (d *Document) ParaAt(off int) int {
	return sort.Search(len(d.Paras), func(i int) bool { return d.Paras[i].End > off })
}

// JunkIn returns the filtered spans that overlap s, in order.
func (d *Document) JunkIn(s Span) []Junk {
	i := sort.Search(len(d.Junk), func(i int) bool { return d.Junk[i].Span.End > s.Start })
	j := i
	for j < len(d.Junk) && d.Junk[j].Span.Start < s.End {
		j++
	}
	return d.Junk[i:j]
}

// Clean returns the parts of s that are not junk, in order. Empty parts are
// left out.
func (d *Document) Clean(s Span) []Span {
	var out []Span
	at := s.Start
	for _, j := range d.JunkIn(s) {
		if j.Span.Start > at {
			out = append(out, Span{at, j.Span.Start})
		}
		if j.Span.End > at {
			at = j.Span.End
		}
	}
	if at < s.End {
		out = append(out, Span{at, s.End})
	}
	return out
}

// Own returns the parts of n's span that belong to n itself rather than to a
// child: its title and body text, junk included.
func (n *Node) Own() []Span {
	var out []Span
	at := n.Span.Start
	for _, c := range n.Children {
		if c.Span.Start > at {
			out = append(out, Span{at, c.Span.Start})
		}
		at = c.Span.End
	}
	if at < n.Span.End {
		out = append(out, Span{at, n.Span.End})
	}
	return out
}

// Find returns the node at the 1-based outline path idx (as Index gives
// it), or nil when there is none. An empty path is the root.
func (d *Document) Find(idx []int) *Node {
	n := d.Root
	for _, i := range idx {
		if i < 1 || i > len(n.Children) {
			return nil
		}
		n = n.Children[i-1]
	}
	return n
}

// CountChars returns the number of runes in s that are not white space.
func CountChars(s string) int {
	// Count the bytes that start a rune and are not ASCII white space or
	// control, less the wide spaces documents are indented with (U+3000,
	// U+00A0) and BOMs, all in one pass: strings.Count on a needle that
	// opens with EF (the BOM) crawls through CJK text, where full-width
	// punctuation starts with the same byte. (Eight bytes at a time was
	// tried: on an idle machine it ran at 750 MB/s against this loop's
	// 900, BenchmarkCountChars.)
	n := 0
	i := 0
	for i+2 < len(s) {
		c := s[i]
		if c >= 0xE0 {
			// A three-byte rune (all of CJK) is one step: its
			// continuation bytes would not count anyway.
			n++
			w := uint32(s[i+1])<<8 | uint32(s[i+2])
			if w&0xC0C0 != 0x8080 {
				i++
				continue
			}
			if c == 0xE3 && w == 0x8080 || c == 0xEF && w == 0xBBBF {
				n-- // U+3000, U+FEFF
			}
			i += 3
			continue
		}
		i++
		if c&0xC0 == 0x80 || c <= ' ' {
			continue
		}
		n++
		if c == 0xC2 && s[i] == 0xA0 {
			n-- // U+00A0
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c&0xC0 == 0x80 || c <= ' ' {
			continue
		}
		n++
		if c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 {
			n--
		}
	}
	return n
}
