package app

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"

	"wenji/model"
	"wenji/parse"
)

// A large Word file opens like a large text file: its first paragraphs are
// read from the start of word/document.xml (a few hundred KB of a stream
// that may unpack to tens of MB) and shown at once while the whole is read
// and parsed by parse.Open. The preview is the paragraphs' text as text:
// the whole document's outline (heading styles, numbering) comes with it.
//
// parse.DocxHead reads those paragraphs with the Word reader's own rules
// (styles, numbering, bold leads), so the preview's text is a prefix of the
// whole's and the place holds by offset when the whole arrives.

// docxPreviewMin is the unpacked size of word/document.xml from which a
// .docx opens with a preview: parsing Word's XML takes about as long as
// twice as much text (previewMin).
const docxPreviewMin = previewMin / 2

// docxHeadParas is how many paragraphs the preview shows: more than a tall
// screen holds, read in a few milliseconds from the start of word/document.xml.
const docxHeadParas = 80

// openDocxPreview is openPreview for a .docx whose document.xml is large.
func openDocxPreview(path, lang string, o options) (bf bigFile, ok bool) {
	if !strings.EqualFold(filepath.Ext(path), ".docx") {
		return bf, false
	}
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return bf, false // a FIFO would block the open
	}
	f, err := os.Open(path)
	if err != nil {
		return bf, false
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return bf, false
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil {
		f.Close()
		return bf, false
	}
	var part *zip.File
	for _, zf := range zr.File {
		if strings.TrimPrefix(zf.Name, "/") == "word/document.xml" {
			part = zf
		}
	}
	if part == nil || part.UncompressedSize64 < docxPreviewMin {
		f.Close()
		return bf, false
	}
	data := make([]byte, st.Size())
	if _, err := f.ReadAt(data, 0); err != nil {
		f.Close()
		return bf, false
	}
	head, more, err := parse.DocxHead(path, data, docxHeadParas)
	if err != nil || !more || strings.TrimSpace(head.Text) == "" {
		f.Close()
		return bf, false // unreadable (the whole read says why) or short
	}
	untitleContents(head)
	if head.Root.Title == "" {
		head.Root.Title = filepath.Base(path)
	}
	bf.preview = func() *model.Document { return head }
	opened := fileState{size: st.Size(), mod: st.ModTime()}
	bf.later = newCacheLater(o)
	bf.whole = func() (*model.Document, error) { return readWhole(f, path, lang, o, opened, nil, bf.later) }
	bf.close = f.Close
	return bf, true
}
