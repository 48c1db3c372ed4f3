package doccache

import (
	"encoding/binary"
	"errors"
	"unsafe"

	"wenji/internal/bigread"
	"wenji/model"
	"wenji/parse"
)

// Document rebuilds the parsed document from the entry over text, the
// document's text (StoredText, or TextIn of the file's bytes): the tree,
// the junk, the paragraphs, the encoding, the format and the page count,
// what the parse of the same bytes gave, without parsing them again
// (a 100 MB file's parse: 1.3–1.9 s of CPU on two cores; this, with the
// entry's checks and the paragraphs, 0.1–0.2 s under pprof). The tree's
// nodes share one array; the titles and markers that are the text's point
// into it, the others share one string copied out of the entry, which may
// be released after.
func (e *Entry) Document(text string) (*model.Document, error) {
	if len(text) != e.textLen {
		return nil, errors.New("the text is not the entry's")
	}
	return e.Tree().Over(text)
}

// Tree is the document without its text: what Document builds from the
// entry alone. The reader builds it before it reads a large file's text
// and releases the entry then, so that the entry's bytes and the text are
// never in memory together (peak RSS, 100 MB: 174 MB with both, the
// parse's own peak 154 MB).
type Tree struct {
	doc     *model.Document
	nodes   []model.Node
	places  []textPlace // the nodes' strings that are the text's
	textLen int
	textOff int
	stored  bool
}

// textPlace is where node i's title and marker stand in the text (after
// its TitleSpan's start; notInText when not) and their lengths: set from
// the text once read, as the parse's point into it. The strings that are
// not the text's are copied from the entry; a 100 MB file's titles are
// the text's, 9 MB that would be a second copy in memory.
type textPlace struct {
	title, marker       uint16
	titleLen, markerLen uint32
}

// Tree rebuilds the entry's document but for its text (see Document).
func (e *Entry) Tree() *Tree {
	enc := binary.LittleEndian.Uint32(e.b[hEncLen:])
	fl := binary.LittleEndian.Uint32(e.b[hFmtLen:])
	// The strings not in the text, copied out in one: the entry's bytes
	// may be unmapped.
	var own []byte
	own = append(own, e.strs[:enc+fl]...)
	places := make([]textPlace, e.n)
	for i := range e.n {
		r := e.rec(i)
		p := textPlace{title: uint16(r[12]), marker: uint16(r[12] >> 16), titleLen: r[7], markerLen: r[9]}
		if p.title == notInText {
			own = append(own, e.strs[r[6]:r[6]+r[7]]...)
		}
		if p.marker == notInText {
			own = append(own, e.strs[r[8]:r[8]+r[9]]...)
		}
		places[i] = p
	}
	strs := string(own)
	nodes := make([]model.Node, e.n)
	bigread.AdviseHuge(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(nodes))), len(nodes)*int(unsafe.Sizeof(nodes[0]))))
	// Every node but the root is one parent's child: their Children
	// share one array, each parent's run in reading order.
	kids := make([]int32, e.n)
	for i := 1; i < e.n; i++ {
		kids[e.parent(i)]++
	}
	all := make([]*model.Node, e.n-1)
	at, next := 0, make([]int32, e.n)
	for i := range e.n {
		next[i] = int32(at)
		if k := int(kids[i]); k > 0 {
			nodes[i].Children = all[at : at+k : at+k]
			at += k
		}
	}
	at = int(enc + fl)
	take := func(l uint32) string {
		s := strs[at : at+int(l)]
		at += int(l)
		return s
	}
	for i := range e.n {
		r := e.rec(i)
		n := &nodes[i]
		if places[i].title == notInText {
			n.Title = take(r[7])
		}
		if places[i].marker == notInText {
			n.Marker = take(r[9])
		}
		n.Kind, n.Inferred = model.Kind(r[10]&0xFF), r[10]>>31 != 0
		n.Span = model.Span{Start: int(r[0]), End: int(r[1])}
		n.TitleSpan = model.Span{Start: int(r[2]), End: int(r[3])}
		n.Line = int(r[11])
		n.TitleBreak = uint16(r[13])
		if i > 0 {
			p := r[4]
			n.Parent = &nodes[p]
			all[next[p]] = n
			next[p]++
		}
	}
	doc := &model.Document{Root: &nodes[0], Encoding: strs[:enc], Format: strs[enc : enc+fl],
		Pages: int(binary.LittleEndian.Uint32(e.b[hPages:]))}
	if e.nj > 0 {
		doc.Junk = make([]model.Junk, e.nj)
		for i := range doc.Junk {
			b := e.junk[i*junkSize:]
			doc.Junk[i] = model.Junk{Kind: model.JunkKind(binary.LittleEndian.Uint32(b[8:])),
				Span: model.Span{Start: int(binary.LittleEndian.Uint32(b)), End: int(binary.LittleEndian.Uint32(b[4:]))},
				Line: int(binary.LittleEndian.Uint32(b[12:]))}
		}
	}
	return &Tree{doc: doc, nodes: nodes, places: places, textLen: e.textLen, textOff: e.textOff, stored: e.text != nil}
}

// Stored reports an entry that holds its text (StoredText): the file's
// bytes are not the text.
func (t *Tree) Stored() bool { return t.stored }

// TextIn is Entry.TextIn for the tree's entry: the text inside file, the
// file's bytes as read now; ok is false when the entry stores its text or
// file is not the file the entry was made from (its length changed).
func (t *Tree) TextIn(file []byte) (text string, ok bool) {
	if t.stored || len(file) != t.textOff+t.textLen {
		return "", false
	}
	b := file[t.textOff:]
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// Over returns the document over text, its paragraphs found in it; the
// tree is the document's from then on and must not be used again.
func (t *Tree) Over(text string) (*model.Document, error) {
	if len(text) != t.textLen || t.doc == nil {
		return nil, errors.New("the text is not the entry's")
	}
	doc := t.doc
	for i, p := range t.places {
		n := &t.nodes[i]
		if p.title != notInText {
			at := n.TitleSpan.Start + int(p.title)
			n.Title = text[at : at+int(p.titleLen)]
		}
		if p.marker != notInText {
			at := n.TitleSpan.Start + int(p.marker)
			n.Marker = text[at : at+int(p.markerLen)]
		}
	}
	t.doc, t.nodes, t.places = nil, nil, nil
	doc.Text = text
	doc.Paras = parse.Paragraphs(text)
	return doc, nil
}

// parent is node i's parent's index.
func (e *Entry) parent(i int) int {
	return int(binary.LittleEndian.Uint32(e.nodes[i*nodeSize+16:]))
}
