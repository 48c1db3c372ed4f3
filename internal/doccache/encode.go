package doccache

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
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
	var out sliceWriter
	crc, err := encodeTo(&out, doc, file, parser, doc.Root.Title)
	if err != nil {
		return nil, err
	}
	binary.LittleEndian.PutUint32(out[hMetaCRC:], crc)
	return out, nil
}

// sliceWriter is the io.Writer Encode lays an entry out in.
type sliceWriter []byte

func (w *sliceWriter) Write(p []byte) (int, error) { *w = append(*w, p...); return len(p), nil }

// writeEncoded writes the entry of doc (see Encode) to the file at p as
// it is laid out, through a temporary file renamed over p, and returns
// its size: the reader caches a 100 MB file's 19 MB entry without holding
// it in memory.
func writeEncoded(p string, doc *model.Document, file []byte, parser uint32, rootTitle string) (int64, error) {
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return 0, err
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 256<<10)
	crc, err := encodeTo(w, doc, file, parser, rootTitle)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], crc)
		_, err = f.WriteAt(b[:], hMetaCRC)
	}
	var size int64
	if st, serr := f.Stat(); err == nil && serr == nil {
		size = st.Size()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
		return 0, err
	}
	return size, nil
}

// encodeTo writes doc's entry to w, its metaCRC field zero, and returns
// that checksum: the header's counts come from a first walk of the tree,
// so the nodes and strings are written as they are laid out, never held.
// rootTitle stands for the root's title (the reader names an untitled
// document by its file in its tree, and caches it untitled).
func encodeTo(w io.Writer, doc *model.Document, file []byte, parser uint32, rootTitle string) (uint32, error) {
	if len(doc.Text) >= math.MaxUint32 || doc.Root == nil {
		return 0, errTooLarge
	}
	textOff, stored := -1, true
	for _, k := range []int{0, 3} {
		if len(file)-k == len(doc.Text) && string(file[k:]) == doc.Text {
			textOff, stored = k, false
			break
		}
	}
	nodes, strLen := 0, len(doc.Encoding)+len(doc.Format)
	var check func(n *model.Node, depth int) error
	check = func(n *model.Node, depth int) error {
		if depth > 0xFFFF || uint64(n.Line) > math.MaxUint32 {
			return errors.New("outline too deep to cache")
		}
		title := n.Title
		if nodes == 0 {
			title = rootTitle
		}
		nodes++
		strLen += len(title) + len(n.Marker)
		for _, c := range n.Children {
			if err := check(c, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := check(doc.Root, 0); err != nil {
		return 0, err
	}
	for _, j := range doc.Junk {
		if uint64(j.Line) > math.MaxUint32 {
			return 0, errTooLarge
		}
	}
	if strLen >= math.MaxUint32 {
		return 0, errTooLarge
	}

	var text []byte
	if stored {
		text = unsafe.Slice(unsafe.StringData(doc.Text), len(doc.Text))
	}
	h := header(doc, parser, nodes, strLen, textOff, text, stored)
	e := &entryWriter{w: w, crc: metaCRC(h)} // all but its checksum field
	_, e.err = w.Write(h)

	e.body(doc, rootTitle)
	crc := e.crc
	if stored {
		e.w.Write(text) // after the checksummed part
	}
	return crc, e.err
}

// header lays out an entry's header for doc with the counts of its
// nodes and strings, its metaCRC field zero; text is the text the entry
// stores where stored (else the file's own bytes are, from textOff).
func header(doc *model.Document, parser uint32, nodes, strLen, textOff int, text []byte, stored bool) []byte {
	h := make([]byte, headerSize)
	copy(h, magic)
	le := binary.LittleEndian
	le.PutUint32(h[hFormat:], FormatVersion)
	le.PutUint32(h[hParser:], parser)
	le.PutUint32(h[hTextLen:], uint32(len(doc.Text)))
	le.PutUint64(h[hChars:], uint64(doc.Chars(doc.Root)))
	le.PutUint32(h[hArticles:], uint32(articlesOf(doc)))
	le.PutUint32(h[hNodes:], uint32(nodes))
	le.PutUint32(h[hJunk:], uint32(len(doc.Junk)))
	le.PutUint32(h[hStrLen:], uint32(strLen))
	le.PutUint32(h[hEncLen:], uint32(len(doc.Encoding)))
	le.PutUint32(h[hFmtLen:], uint32(len(doc.Format)))
	le.PutUint32(h[hPages:], uint32(max(0, min(doc.Pages, math.MaxUint32))))
	if stored { // (not text != nil: an empty text's slice is nil)
		le.PutUint32(h[hFlags:], flagText)
		le.PutUint32(h[hTextCRC:], crc32.Checksum(text, castagnoli()))
	} else {
		le.PutUint32(h[hTextOff:], uint32(textOff))
	}
	return h
}

// body writes the nodes in reading order (each with its parent's index
// and its ordinal carried down the walk: no map from node to index, and
// its strings' places counted as they will be written), the junk spans,
// then the strings; rootTitle stands for the root's title.
func (e *entryWriter) body(doc *model.Document, rootTitle string) {
	at := uint32(len(doc.Encoding) + len(doc.Format))
	ref := func(s string) (uint32, uint32) {
		r := at
		at += uint32(len(s))
		return r, uint32(len(s))
	}
	count := 0
	var walk func(n *model.Node, parent, ordinal, depth int)
	walk = func(n *model.Node, parent, ordinal, depth int) {
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
		places := inText(doc.Text, n.TitleSpan, title) | inText(doc.Text, n.TitleSpan, n.Marker)<<16
		e.put(uint32(n.Span.Start), uint32(n.Span.End), uint32(n.TitleSpan.Start), uint32(n.TitleSpan.End),
			uint32(parent), uint32(ordinal), tr, tl, mr, ml, kd, uint32(n.Line), places, uint32(n.TitleBreak))
		for k, c := range n.Children {
			walk(c, i, k+1, depth+1)
		}
	}
	walk(doc.Root, 0, 0, 0)
	for _, j := range doc.Junk {
		e.put(uint32(j.Span.Start), uint32(j.Span.End), uint32(j.Kind), uint32(j.Line))
	}
	e.writeString(doc.Encoding)
	e.writeString(doc.Format)
	first := true
	for n := range doc.Root.All() {
		title := n.Title
		if first {
			title, first = rootTitle, false
		}
		e.writeString(title)
		e.writeString(n.Marker)
	}
}

// inText is where s stands in text after the start of span, within it,
// or notInText: an empty s, or one the parse did not take from its span
// as it is (a title printed in two lines, joined).
func inText(text string, span model.Span, s string) uint32 {
	if s == "" || span.Start < 0 || span.End > len(text) || span.Start > span.End {
		return notInText
	}
	if i := strings.Index(text[span.Start:span.End], s); i >= 0 && i < notInText {
		return uint32(i)
	}
	return notInText
}

// articlesOf is the number of articles as the library lists it (see
// Entry.Articles).
func articlesOf(doc *model.Document) int {
	articles := 0
	for _, c := range doc.Root.Children {
		if c.Kind == model.KindArticle {
			articles++
		}
	}
	if doc.Chars(doc.Root) > 0 {
		articles = max(articles, 1) // a document that is not a compilation is one
	}
	return articles
}

// entryWriter writes an entry's checksummed part, keeping its sum and the
// first error.
type entryWriter struct {
	w   io.Writer
	crc uint32
	err error
	buf []byte
}

func (e *entryWriter) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
	e.crc = crc32.Update(e.crc, castagnoli(), b)
}

func (e *entryWriter) writeString(s string) {
	e.write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

func (e *entryWriter) put(v ...uint32) {
	e.buf = e.buf[:0]
	for _, x := range v {
		e.buf = binary.LittleEndian.AppendUint32(e.buf, x)
	}
	e.write(e.buf)
}
