package doccache

import (
	"encoding/binary"
	"errors"

	"wenji/model"
	"wenji/parse"
)

// Document rebuilds the parsed document from the entry over text, the
// document's text (StoredText, or TextIn of the file's bytes): the tree,
// the junk, the paragraphs, the encoding, the format and the page count,
// what the parse of the same bytes gave, without parsing them again
// (a 100 MB file's parse: about 1.3 s of CPU on two cores; this, some
// 30 ms). The tree's nodes share one array and their titles and markers
// one string, copied out of the entry: the entry may be released after.
func (e *Entry) Document(text string) (*model.Document, error) {
	if len(text) != e.textLen {
		return nil, errors.New("the text is not the entry's")
	}
	strs := string(e.strs) // one copy: the entry's bytes may be unmapped
	enc := binary.LittleEndian.Uint32(e.b[hEncLen:])
	fl := binary.LittleEndian.Uint32(e.b[hFmtLen:])
	nodes := make([]model.Node, e.n)
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
	for i := range e.n {
		r := e.rec(i)
		n := &nodes[i]
		n.Kind, n.Inferred = model.Kind(r[10]&0xFF), r[10]>>31 != 0
		n.Span = model.Span{Start: int(r[0]), End: int(r[1])}
		n.TitleSpan = model.Span{Start: int(r[2]), End: int(r[3])}
		n.Title, n.Marker = strs[r[6]:r[6]+r[7]], strs[r[8]:r[8]+r[9]]
		n.Line = int(r[11])
		if i > 0 {
			p := r[4]
			n.Parent = &nodes[p]
			all[next[p]] = n
			next[p]++
		}
	}
	doc := &model.Document{Text: text, Root: &nodes[0], Encoding: strs[:enc], Format: strs[enc : enc+fl],
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
	doc.Paras = parse.Paragraphs(text)
	return doc, nil
}

// parent is node i's parent's index.
func (e *Entry) parent(i int) int {
	return int(binary.LittleEndian.Uint32(e.nodes[i*nodeSize+16:]))
}
