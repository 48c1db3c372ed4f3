package doccache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"sort"
	"sync"
	"unsafe"

	"wenji/model"
)

// An entry is one document's parse, laid out to be used where it lies
// (mapped) rather than decoded into objects: all integers little-endian.
//
//	header   72 bytes (see the offsets below)
//	nodes    nNodes × 56 bytes, in reading (pre-)order, the root first:
//	         start, end, titleStart, titleEnd, parent, ordinal (1-based
//	         among its siblings), titleRef, titleLen, markerRef, markerLen,
//	         kind | depth<<8 | inferred<<31, line (model.Node.Line),
//	         titleAt | markerAt<<16 (where the title and the marker stand
//	         in the text after titleStart, notInText when they do not),
//	         titleBreak (model.Node.TitleBreak: where a title set over two
//	         lines has its second)
//	junk     nJunk × 16 bytes: start, end, kind, line; in text order
//
// (Format 2 added the lines and the places in the text: with them an
// entry gives the reader the whole document back without a parse, its
// titles pointing into the text as the parse's do, see Document. Format 3
// added titleBreak: the outline prints a title over the lines it was set on.)
//
//	strings  strLen bytes: the encoding's name, then titles and markers
//	text     textLen bytes, present when flagText is set: the decoded text
//	         of a document whose text is not the file's bytes (GB18030,
//	         .docx, Markdown, HTML)
//
// metaCRC (CRC-32C) covers the rest of the header and everything up to
// the text; textCRC covers the text, checked only when the text is asked for,
// so listing a library reads no text.
const (
	magic      = "WJDC"
	headerSize = 72
	nodeSize   = 56
	junkSize   = 16

	hFormat   = 4
	hParser   = 8
	hFlags    = 12
	hTextLen  = 16
	hTextOff  = 20
	hChars    = 24 // uint64
	hArticles = 32
	hNodes    = 36
	hJunk     = 40
	hStrLen   = 44
	hMetaCRC  = 48
	hTextCRC  = 52
	hEncLen   = 56
	hFmtLen   = 60 // the format's label (model.Document.Format), after the encoding's name
	hPages    = 64

	flagText = 1

	notInText = 0xFFFF // a titleAt or markerAt: the string is not the text's
)

// metaCRC is the checksum of an entry's bytes up to its text, b: all
// but the checksum's own field.
func metaCRC(b []byte) uint32 {
	return crc32.Update(crc32.Checksum(b[:hMetaCRC], castagnoli()), castagnoli(), b[hMetaCRC+4:])
}

// castagnoli is the CRC table, made on the first use: making it builds the
// hardware CRC's tables (9.5 KB, 0.3 ms of the start of every run of
// wenji, GODEBUG=inittrace=1), and only the library and --search use the
// cache.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// ErrDamaged is an entry whose bytes are not a whole entry of this
// version: truncated, changed, or written by another format or parser.
var ErrDamaged = errors.New("damaged cache entry")

func damaged(what string) error { return fmt.Errorf("%w: %s", ErrDamaged, what) }

// Entry is a document's cached parse: its summary, outline spans and junk
// spans, read in place from the entry's bytes. It is safe for concurrent
// use; after Release it must not be used.
type Entry struct {
	b       []byte
	release func()
	nodes   []byte
	junk    []byte
	strs    []byte
	text    []byte // the stored text, or nil
	n, nj   int
	chars   int64
	arts    int
	textLen int
	textOff int
	// file holds the file's bytes when the entry was made from them just
	// now, so a search of a freshly parsed document does not read it again.
	file []byte
	key  string // the content's key, "" for an entry read by Read alone
}

// Read checks b as an entry of the given parser version and returns it.
// Any bytes give an entry or an error wrapping ErrDamaged, never a panic:
// every offset is checked here so the accessors need no checks.
func Read(b []byte, parser uint32) (*Entry, error) {
	if len(b) < headerSize || string(b[:4]) != magic {
		return nil, damaged("no header")
	}
	u32 := func(at int) int { return int(binary.LittleEndian.Uint32(b[at:])) }
	if u32(hFormat) != FormatVersion || uint32(u32(hParser)) != parser {
		return nil, damaged("another version")
	}
	e := &Entry{
		b: b, release: func() {},
		n: u32(hNodes), nj: u32(hJunk),
		textLen: u32(hTextLen), textOff: u32(hTextOff),
		arts:  u32(hArticles),
		chars: int64(binary.LittleEndian.Uint64(b[hChars:])),
	}
	flags, strLen := u32(hFlags), u32(hStrLen)
	meta := headerSize + e.n*nodeSize + e.nj*junkSize + strLen
	if e.n < 1 || e.n > len(b)/nodeSize || e.nj > len(b)/junkSize || strLen > len(b) || meta > len(b) ||
		e.chars < 0 || e.textOff > 3 {
		return nil, damaged("bad counts")
	}
	total := meta
	if flags&flagText != 0 {
		total += e.textLen
	}
	if total != len(b) || total < meta {
		return nil, damaged("wrong length")
	}
	if metaCRC(b[:meta]) != uint32(u32(hMetaCRC)) {
		return nil, damaged("checksum")
	}
	e.nodes = b[headerSize : headerSize+e.n*nodeSize]
	e.junk = b[headerSize+e.n*nodeSize : headerSize+e.n*nodeSize+e.nj*junkSize]
	e.strs = b[meta-strLen : meta]
	if flags&flagText != 0 {
		e.text = b[meta:]
	}
	if u32(hEncLen) > strLen || u32(hFmtLen) > strLen-u32(hEncLen) {
		return nil, damaged("bad encoding name")
	}
	if err := e.check(); err != nil {
		return nil, err
	}
	return e, nil
}

// check validates every node and junk record against the text's length,
// the string table and the tree's order.
func (e *Entry) check() error {
	for i := range e.n {
		r := e.rec(i)
		if r[0] > r[1] || r[1] > uint32(e.textLen) || r[2] > r[3] || r[3] > uint32(e.textLen) ||
			uint64(r[6])+uint64(r[7]) > uint64(len(e.strs)) || uint64(r[8])+uint64(r[9]) > uint64(len(e.strs)) {
			return damaged("bad node")
		}
		if at := r[12] & 0xFFFF; at != notInText && uint64(r[2])+uint64(at)+uint64(r[7]) > uint64(r[3]) {
			return damaged("bad title place")
		}
		if at := r[12] >> 16; at != notInText && uint64(r[2])+uint64(at)+uint64(r[9]) > uint64(r[3]) {
			return damaged("bad marker place")
		}
		if i == 0 && (r[4] != 0 || r[0] != 0) || i > 0 && int(r[4]) >= i {
			return damaged("bad tree")
		}
		if i > 0 && (e.rec(i - 1)[0] > r[0] || e.rec(int(r[4]))[0] > r[0] || e.rec(int(r[4]))[1] < r[1]) {
			return damaged("nodes out of order")
		}
	}
	last := uint32(0)
	for i := range e.nj {
		s, t := e.junkRec(i)
		if s < last || t < s || t > uint32(e.textLen) {
			return damaged("bad junk")
		}
		last = t
	}
	return nil
}

func (e *Entry) rec(i int) [14]uint32 {
	var r [14]uint32
	b := e.nodes[i*nodeSize:]
	for k := range r {
		r[k] = binary.LittleEndian.Uint32(b[4*k:])
	}
	return r
}

func (e *Entry) junkRec(i int) (start, end uint32) {
	b := e.junk[i*junkSize:]
	return binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint32(b[4:])
}

// Release gives back the entry's memory (unmaps it, or returns its
// buffer); nothing read from the entry may be used afterwards, except the
// strings of Title, NodeTitle, Crumb and the like, which are copies (the
// text of StoredText and TextIn is not).
func (e *Entry) Release() {
	e.release()
	e.release = func() {}
}

// Chars is the document's 字数 (model.Document.Chars of the root).
func (e *Entry) Chars() int { return int(e.chars) }

// Articles is the number of articles as the library lists it: the root's
// article children, and 1 for a non-empty document that is no compilation.
func (e *Entry) Articles() int { return e.arts }

// Title is the document's title line, "" when it has none (the library
// shows the file's name instead).
func (e *Entry) Title() string { return e.NodeTitle(0) }

// Encoding names what the file was decoded from (UTF-8, GB18030…).
func (e *Entry) Encoding() string {
	return string(e.strs[:binary.LittleEndian.Uint32(e.b[hEncLen:])])
}

// TextLen is the length in bytes of the document's decoded text, which
// every span of the entry points into.
func (e *Entry) TextLen() int { return e.textLen }

// Nodes is the number of outline nodes, the root included; node i (0 is
// the root) comes in reading order.
func (e *Entry) Nodes() int { return e.n }

// Node is one outline node as the entry holds it.
type Node struct {
	Kind      model.Kind
	Inferred  bool
	Depth     int
	Span      model.Span // title, body and descendants
	TitleSpan model.Span // marker and title
	Parent    int        // the parent's index; 0 for the root itself
	Ordinal   int        // 1-based place among its siblings; 0 for the root
}

// Node returns node i (0 ≤ i < Nodes()).
func (e *Entry) Node(i int) Node {
	r := e.rec(i)
	return Node{
		Kind: model.Kind(r[10] & 0xFF), Inferred: r[10]>>31 != 0, Depth: int(r[10] >> 8 & 0xFFFF),
		Span: model.Span{Start: int(r[0]), End: int(r[1])}, TitleSpan: model.Span{Start: int(r[2]), End: int(r[3])},
		Parent: int(r[4]), Ordinal: int(r[5]),
	}
}

// NodeTitle is node i's title without its marker (model.Node.Title).
func (e *Entry) NodeTitle(i int) string {
	r := e.rec(i)
	return string(e.strs[r[6] : r[6]+r[7]])
}

// NodeMarker is node i's numbering as written (model.Node.Marker).
func (e *Entry) NodeMarker(i int) string {
	r := e.rec(i)
	return string(e.strs[r[8] : r[8]+r[9]])
}

// NodeHeading is marker and title as the outline prints them
// (model.Node.Heading).
func (e *Entry) NodeHeading(i int) string {
	n := model.Node{Title: e.NodeTitle(i), Marker: e.NodeMarker(i)}
	return n.Heading()
}

// NodeAt returns the innermost node whose span holds the byte offset off,
// as model.Document.NodeAt does; offsets outside the text give the root.
func (e *Entry) NodeAt(off int) int {
	// Nodes are in reading order, so starts never decrease: the last node
	// starting at or before off is the innermost holding it or a
	// descendant of that one's earlier sibling; its ancestors lead back.
	i := sort.Search(e.n, func(i int) bool {
		return int(binary.LittleEndian.Uint32(e.nodes[i*nodeSize:])) > off
	}) - 1
	for i > 0 {
		r := e.rec(i)
		if int(r[0]) <= off && off < int(r[1]) {
			return i
		}
		i = int(r[4])
	}
	return 0
}

// Path is node i's 1-based outline path, as --print takes it (2.1.3); the
// root's is empty.
func (e *Entry) Path(i int) []int {
	var p []int
	for ; i > 0; i = e.Node(i).Parent {
		p = append(p, e.Node(i).Ordinal)
	}
	for a, b := 0, len(p)-1; a < b; a, b = a+1, b-1 {
		p[a], p[b] = p[b], p[a]
	}
	return p
}

// Crumb is the breadcrumb of node i: the headings from the root's child
// down to i, each with its number as the outline prints it (第一章 总则),
// as the reader's status bar and the basket's source line name them;
// untitled nodes left out (as the library search shows it).
func (e *Entry) Crumb(i int) []string {
	var c []string
	for ; i > 0; i = e.Node(i).Parent {
		if t := e.NodeHeading(i); t != "" {
			c = append(c, t)
		}
	}
	for a, b := 0, len(c)-1; a < b; a, b = a+1, b-1 {
		c[a], c[b] = c[b], c[a]
	}
	return c
}

// Junk returns the number of junk spans.
func (e *Entry) Junk() int { return e.nj }

// JunkSpan returns junk span i and its kind.
func (e *Entry) JunkSpan(i int) (model.Span, model.JunkKind) {
	s, t := e.junkRec(i)
	return model.Span{Start: int(s), End: int(t)}, model.JunkKind(binary.LittleEndian.Uint32(e.junk[i*junkSize+8:]))
}

// InJunk reports whether the byte offset off lies in a junk span.
func (e *Entry) InJunk(off int) bool {
	i := sort.Search(e.nj, func(i int) bool { _, t := e.junkRec(i); return int(t) > off })
	if i == e.nj {
		return false
	}
	s, _ := e.junkRec(i)
	return int(s) <= off
}

// Clean returns the parts of s that are not junk, in order, as
// model.Document.Clean does.
func (e *Entry) Clean(s model.Span) []model.Span {
	var out []model.Span
	at := s.Start
	i := sort.Search(e.nj, func(i int) bool { _, t := e.junkRec(i); return int(t) > s.Start })
	for ; i < e.nj; i++ {
		js, jt := e.junkRec(i)
		if int(js) >= s.End {
			break
		}
		if int(js) > at {
			out = append(out, model.Span{Start: at, End: int(js)})
		}
		at = max(at, int(jt))
	}
	if at < s.End {
		out = append(out, model.Span{Start: at, End: s.End})
	}
	return out
}

// CleanBefore returns where the junk-free run of text that ends at at
// begins, looking back no further than lo: lo when no junk lies between,
// at itself when junk ends at at. It is the start of the last span of
// Clean(lo, at) when that span ends at at, without building the spans: a
// search describes every hit so.
func (e *Entry) CleanBefore(lo, at int) int {
	// The last junk span starting before at; spans are sorted and apart,
	// so it has the greatest end of those.
	i := sort.Search(e.nj, func(i int) bool { s, _ := e.junkRec(i); return int(s) >= at }) - 1
	if i < 0 {
		return lo
	}
	_, t := e.junkRec(i)
	switch {
	case int(t) <= lo:
		return lo
	case int(t) >= at:
		return at
	}
	return int(t)
}

// CleanAfter is CleanBefore forward: where the junk-free run of text that
// starts at at ends, looking no further than hi.
func (e *Entry) CleanAfter(at, hi int) int {
	i := sort.Search(e.nj, func(i int) bool { _, t := e.junkRec(i); return int(t) > at })
	if i == e.nj {
		return hi
	}
	s, _ := e.junkRec(i)
	switch {
	case int(s) >= hi:
		return hi
	case int(s) <= at:
		return at
	}
	return int(s)
}

// StoredText returns the decoded text when the entry holds it (the file's
// bytes are not the text), checked against its checksum; ok is false when
// the text is the file's own bytes (see TextIn).
func (e *Entry) StoredText() (text string, ok bool, err error) {
	if e.text == nil {
		return "", false, nil
	}
	if crc32.Checksum(e.text, castagnoli()) != binary.LittleEndian.Uint32(e.b[hTextCRC:]) {
		return "", true, damaged("text checksum")
	}
	return unsafe.String(unsafe.SliceData(e.text), len(e.text)), true, nil
}

// TextIn returns the document's text inside file, the file's bytes as
// read now, for an entry that does not store its text; ok is false when
// file is not the file the entry was made from (its length changed).
func (e *Entry) TextIn(file []byte) (text string, ok bool) {
	if e.text != nil || len(file) != e.textOff+e.textLen {
		return "", false
	}
	t := file[e.textOff:]
	return unsafe.String(unsafe.SliceData(t), len(t)), true
}

// File returns the file's bytes when the entry was made from them just
// now (a miss), else nil: a caller that wants the text uses them rather
// than reading the file again.
func (e *Entry) File() []byte { return e.file }
