package doccache

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"unsafe"

	"wenji/model"
)

// errTooLarge is a document whose offsets do not fit the entry's 32 bits;
// it is parsed every time rather than cached.
var errTooLarge = errors.New("document too large to cache")

// Encode lays out doc, parsed from file (the file's bytes), as an entry of
// the given parser version. The text is stored only when it is not the
// file's own bytes (after a UTF-8 byte-order mark).
func Encode(doc *model.Document, file []byte, parser uint32) ([]byte, error) {
	if len(doc.Text) >= math.MaxUint32 || doc.Root == nil {
		return nil, errTooLarge
	}
	textOff, stored := -1, true
	for _, k := range []int{0, 3} {
		if len(file)-k == len(doc.Text) && string(file[k:]) == doc.Text {
			textOff, stored = k, false
			break
		}
	}
	var nodes []*model.Node
	for n := range doc.Root.All() {
		nodes = append(nodes, n)
	}
	index := make(map[*model.Node]int, len(nodes))
	ordinal := make(map[*model.Node]int, len(nodes))
	for i, n := range nodes {
		index[n] = i
		for k, c := range n.Children {
			ordinal[c] = k + 1
		}
	}
	strs := []byte(doc.Encoding)
	ref := func(s string) (uint32, uint32) {
		at := len(strs)
		strs = append(strs, s...)
		return uint32(at), uint32(len(s))
	}
	body := make([]byte, 0, len(nodes)*nodeSize+len(doc.Junk)*junkSize)
	put := func(v ...uint32) {
		for _, x := range v {
			body = binary.LittleEndian.AppendUint32(body, x)
		}
	}
	for i, n := range nodes {
		parent, ord := 0, ordinal[n]
		if n.Parent != nil {
			parent = index[n.Parent]
		}
		depth := n.Depth()
		if i > 0 && parent >= i || depth > 0xFFFF {
			return nil, errors.New("outline not in reading order")
		}
		tr, tl := ref(n.Title)
		mr, ml := ref(n.Marker)
		kd := uint32(n.Kind) | uint32(depth)<<8
		if n.Inferred {
			kd |= 1 << 31
		}
		put(uint32(n.Span.Start), uint32(n.Span.End), uint32(n.TitleSpan.Start), uint32(n.TitleSpan.End),
			uint32(parent), uint32(ord), tr, tl, mr, ml, kd)
	}
	for _, j := range doc.Junk {
		put(uint32(j.Span.Start), uint32(j.Span.End), uint32(j.Kind))
	}
	articles := 0
	for _, c := range doc.Root.Children {
		if c.Kind == model.KindArticle {
			articles++
		}
	}
	chars := doc.Chars(doc.Root)
	if chars > 0 {
		articles = max(articles, 1) // a document that is not a compilation is one
	}

	h := make([]byte, headerSize)
	copy(h, magic)
	le := binary.LittleEndian
	le.PutUint32(h[hFormat:], FormatVersion)
	le.PutUint32(h[hParser:], parser)
	le.PutUint32(h[hTextLen:], uint32(len(doc.Text)))
	le.PutUint64(h[hChars:], uint64(chars))
	le.PutUint32(h[hArticles:], uint32(articles))
	le.PutUint32(h[hNodes:], uint32(len(nodes)))
	le.PutUint32(h[hJunk:], uint32(len(doc.Junk)))
	le.PutUint32(h[hStrLen:], uint32(len(strs)))
	le.PutUint32(h[hEncLen:], uint32(len(doc.Encoding)))
	if stored {
		le.PutUint32(h[hFlags:], flagText)
		le.PutUint32(h[hTextCRC:], crc32.Checksum(unsafe.Slice(unsafe.StringData(doc.Text), len(doc.Text)), castagnoli()))
	} else {
		le.PutUint32(h[hTextOff:], uint32(textOff))
	}
	out := append(h, body...)
	out = append(out, strs...)
	le.PutUint32(out[hMetaCRC:], crc32.Update(crc32.Checksum(out[:hMetaCRC], castagnoli()), castagnoli(), out[headerSize:]))
	if stored {
		out = append(out, doc.Text...)
	}
	return out, nil
}
