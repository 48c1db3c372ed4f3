package app

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"wenji/parse"

	"wenji/internal/bigread"
	"wenji/internal/text"
	"wenji/model"
)

// bigFile is a large file opened for the reader: the preview of its
// beginning, shown at once, and the functions that read the whole and a
// window of it meanwhile (reader.Options Load, Peek, Size).
type bigFile struct {
	preview func() *model.Document // waits for the preview's parse
	whole   func() (*model.Document, error)
	peek    func(off int) (*model.Document, int, error)
	size    int          // the length of the text: the file's, less a BOM
	close   func() error // closes the file when whole is never called
	later   *cacheLater  // caches what whole parsed; nil: no cache
}

// openPreview parses the beginning of a large plain-text UTF-8 file and
// returns it with the functions that read and parse the whole and a window
// of it. Both read from the file opened for the preview, not from the path
// again: a file deleted or replaced (as editors save: a new file renamed
// over the old) meanwhile still gives what was opened. A file changed in
// place meanwhile (truncated, rewritten) is noticed and said (changed).
func openPreview(path, lang string, o options) (bf bigFile, ok bool) {
	// Stat before opening: opening a FIFO with no writer blocks.
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() || st.Size() < previewMin {
		return bf, false
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".htm", ".html", ".docx", ".doc", ".rtf":
		return bf, false // formats whose shown text is not the file's bytes
	}
	f, err := os.Open(path)
	if err != nil {
		return bf, false
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() < previewMin || st.Size() > maxWindowed {
		f.Close()
		return bf, false
	}
	head := make([]byte, previewBytes)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	// Whole lines only, and only text the plain parser reads as it is.
	if i := bytes.LastIndexByte(head, '\n'); i > 0 {
		head = head[:i+1]
	}
	if !plainUTF8(head) {
		f.Close()
		return bf, false
	}
	// The whole text is decoded without the byte-order mark: so is the
	// preview, and a window's place in the text is its place in the file
	// less the mark.
	bom := 0
	if bytes.HasPrefix(head, []byte("\ufeff")) {
		bom = 3
	}
	bf.preview = parseLater(head[bom:], filepath.Base(path))
	bf.size = int(st.Size()) - bom
	opened := fileState{size: st.Size(), mod: st.ModTime()}
	bf.later = newCacheLater(o)
	bf.whole = func() (*model.Document, error) { return readWhole(f, path, lang, o, opened, head, bf.later) }
	bf.close = f.Close
	bf.peek = func(off int) (*model.Document, int, error) {
		w, base, err := peekFile(f, bom, int(st.Size()), off+bom)
		if err != nil {
			return nil, 0, err
		}
		// A window's first line is not the document's title, whatever
		// it looks like: the whole document has that.
		w.Root.Title, w.Root.TitleSpan = filepath.Base(path), model.Span{}
		return w, base - bom, nil
	}
	return bf, true
}

// parseLater starts parsing the preview b (parseWindow) on a goroutine of
// its own and returns what waits for it, the title name when it has none.
// The terminal's answer to the width probe and Bubble Tea's start come
// meanwhile (runUI): the first frame is written at the renderer's first
// tick, 1/60 s after it starts, and the parse of 32 KB (3–10 ms) fits in
// that wait rather than before it.
func parseLater(b []byte, name string) func() *model.Document {
	c := make(chan *model.Document, 1)
	go func() {
		d := parseWindow(b)
		if d.Root.Title == "" {
			d.Root.Title = name
		}
		c <- d
	}()
	return sync.OnceValue(func() *model.Document { return <-c })
}

// plainUTF8 reports text the plain parser reads as it is: UTF-8, not
// markup, not a binary, a zip (.docx), RTF or a web archive whatever the
// file is called.
func plainUTF8(b []byte) bool {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n")
	return utf8.Valid(b) && !isBinary(b) && !bytes.HasPrefix(trimmed, []byte("<")) && parse.Sniff(b) == parse.FormatText
}

// maxWindowed is the largest file opened with a preview: offsets are ints.
const maxWindowed = 1<<31 - 1

// fileState is what a file was when its preview was read.
type fileState struct {
	size int64
	mod  time.Time
}

// readWhole reads and parses the whole of the file f whose preview was
// read from head, and closes f. A file changed since (its size, its time
// or its beginning differ) still gives what was read, with an error that
// says so: never part of it, or nothing, in silence. An unchanged file
// the cache of parsed documents knows (internal/doccache: by its path,
// size and mtime, as the library trusts them) is rebuilt from its entry
// rather than parsed; one it does not know is parsed and cached by
// cacheLater once the reader has it (see bigFile.wait).
func readWhole(f *os.File, path, lang string, o options, opened fileState, head []byte, later *cacheLater) (*model.Document, error) {
	defer f.Close()
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	// The cached tree is built before the text is read, and its entry
	// released: the two are never in memory together.
	var c *cachedDoc
	if st, err := f.Stat(); err == nil && later != nil {
		c = later.cached(path, st)
	}
	var warmed func() // the heap for the parse, taken while the text is read (warmFor)
	if c == nil {
		warmed = warmHeap(int(opened.size))
	}
	b, release, err := bigread.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	st, changed := changedSince(f, opened, b, head, lang)
	var doc *model.Document
	if changed == nil {
		doc = c.over(b)
	}
	if doc == nil {
		if warmed == nil {
			hugeHeap(len(b))
		} else {
			warmed()
		}
		doc, err = parseWhole(path, b, lang, o.encoding)
		if err == nil && changed == nil && later != nil {
			free := func() {} // the text is b: the document's
			if !aliases(doc.Text, b) {
				free = release // freed once cached
			}
			later.put(path, st, b, doc, free)
			release = func() {}
		}
	}
	if err != nil || !aliases(doc.Text, b) {
		release()
	}
	if err != nil {
		if changed != nil {
			return nil, changed
		}
		return nil, err
	}
	if doc.Root.Title == "" {
		doc.Root.Title = filepath.Base(path)
	}
	return doc, changed
}

// parseWhole is what parses a large file whole (openDoc); the tests count
// its calls.
var parseWhole = openDoc

// changedSince says how the file f differs from when its preview was read,
// or nil and its Stat now (st): b is what was read of it now, head what the
// preview read.
func changedSince(f *os.File, opened fileState, b, head []byte, lang string) (os.FileInfo, error) {
	t := text.LoadFor(lang)
	if int64(len(b)) < opened.size {
		return nil, fmt.Errorf(t.Shrunk, len(b), opened.size)
	}
	st, err := f.Stat()
	if err != nil || st.Size() != opened.size || !st.ModTime().Equal(opened.mod) || !bytes.HasPrefix(b, head) {
		return nil, fmt.Errorf("%s", t.Changed)
	}
	return st, nil
}
