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
	if doc.Root == nil {
		return nil, errTooLarge
	}
	return encode(doc, file, parser, doc.Root.Title)
}

// encode is Encode with the root's title given: the reader names an
// untitled document by its file in its tree, and caches it untitled.
func encode(doc *model.Document, file []byte, parser uint32, rootTitle string) ([]byte, error) {
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
	// The nodes are laid out in reading order by a walk that carries each
	// node's index, parent and ordinal: no map from node to index (two of
	// them for the 200,000 nodes of a 100 MB file were 20 MB of garbage,
	// made while the reader that caches it shows the document).
	strs := append([]byte(doc.Encoding), doc.Format...)
	ref := func(s string) (uint32, uint32) {
		at := len(strs)
		strs = append(strs, s...)
		return uint32(at), uint32(len(s))
	}
	total := 0
	for range doc.Root.All() {
		total++
	}
	body := make([]byte, 0, total*nodeSize+len(doc.Junk)*junkSize)
	put := func(v ...uint32) {
		for _, x := range v {
			body = binary.LittleEndian.AppendUint32(body, x)
		}
	}
	count := 0
	var walk func(n *model.Node, parent, ordinal, depth int) error
	walk = func(n *model.Node, parent, ordinal, depth int) error {
		if depth > 0xFFFF || uint64(n.Line) > math.MaxUint32 {
			return errors.New("outline too deep to cache")
		}
		i := count
		count++
		title := n.Title
		if i == 0 {
			title = rootTitle
		}
		tr, tl := ref(title)
		mr, ml := ref(n.Marker)
		kd := uint32(n.Kind) | uint32(depth)<<8
		if n.Inferred {
			kd |= 1 << 31
		}
		put(uint32(n.Span.Start), uint32(n.Span.End), uint32(n.TitleSpan.Start), uint32(n.TitleSpan.End),
			uint32(parent), uint32(ordinal), tr, tl, mr, ml, kd, uint32(n.Line))
		for k, c := range n.Children {
			if err := walk(c, i, k+1, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Root, 0, 0, 0); err != nil {
		return nil, err
	}
	for _, j := range doc.Junk {
		if uint64(j.Line) > math.MaxUint32 {
			return nil, errTooLarge
		}
		put(uint32(j.Span.Start), uint32(j.Span.End), uint32(j.Kind), uint32(j.Line))
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
	le.PutUint32(h[hNodes:], uint32(count))
	le.PutUint32(h[hJunk:], uint32(len(doc.Junk)))
	le.PutUint32(h[hStrLen:], uint32(len(strs)))
	le.PutUint32(h[hEncLen:], uint32(len(doc.Encoding)))
	le.PutUint32(h[hFmtLen:], uint32(len(doc.Format)))
	le.PutUint32(h[hPages:], uint32(max(0, min(doc.Pages, math.MaxUint32))))
	if stored {
		le.PutUint32(h[hFlags:], flagText)
		le.PutUint32(h[hTextCRC:], crc32.Checksum(unsafe.Slice(unsafe.StringData(doc.Text), len(doc.Text)), castagnoli()))
	} else {
		le.PutUint32(h[hTextOff:], uint32(textOff))
	}
	out := append(h, body...)
	out = append(out, strs...)
	le.PutUint32(out[hMetaCRC:], metaCRC(out))
	if stored {
		out = append(out, doc.Text...)
	}
	return out, nil
}
