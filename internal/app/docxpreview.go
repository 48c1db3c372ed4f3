package app

import (
	"archive/zip"
	"encoding/xml"
	"io"
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
// docxHead is written here, small, until parse offers a streaming reader of
// a .docx's first paragraphs with its own rules; then openDocxPreview calls
// that instead and docxHead goes.

// docxPreviewMin is the unpacked size of word/document.xml from which a
// .docx opens with a preview: parsing 2 MB of Word's XML takes about as
// long as 4 MB of text (previewMin).
const docxPreviewMin = 2 << 20

// docxHeadXML bounds the XML read for the preview: a first page that needs
// more (images, tables of empty cells) waits for the whole document.
const docxHeadXML = 4 << 20

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
	head, err := docxHead(part, previewBytes)
	if err != nil || strings.TrimSpace(head) == "" {
		f.Close()
		return bf, false
	}
	bf.preview = docxPreviewDoc(head, path)
	opened := fileState{size: st.Size(), mod: st.ModTime()}
	bf.whole = func() (*model.Document, error) { return readWhole(f, path, lang, o, opened, nil) }
	bf.close = f.Close
	return bf, true
}

// docxPreviewDoc parses the preview's text and labels it as the whole
// document will be.
func docxPreviewDoc(head, path string) *model.Document {
	doc := parse.Parse(head)
	doc.Format = parse.Label(parse.FormatDocx, path)
	if doc.Root.Title == "" {
		doc.Root.Title = filepath.Base(path)
	}
	return doc
}

// docxHead returns the text of the first paragraphs of the part
// word/document.xml, one line each, until it holds want bytes or the part
// (or docxHeadXML of it) ends. Deleted text and field codes are left out,
// as the whole document's reader leaves them.
func docxHead(part *zip.File, want int) (string, error) {
	rc, err := part.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, docxHeadXML))
	dec.Strict = false
	var out, para strings.Builder
	inText, skip := false, 0
	for out.Len() < want {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return out.String(), nil // what came before the fault
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = skip == 0
			case "tab":
				if skip == 0 {
					para.WriteByte('\t')
				}
			case "br", "cr":
				if skip == 0 {
					para.WriteByte('\n')
				}
			case "del", "delText", "instrText":
				skip++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "del", "delText", "instrText":
				skip = max(0, skip-1)
			case "p":
				if s := strings.TrimSpace(para.String()); s != "" {
					out.WriteString(s)
					out.WriteByte('\n')
				}
				para.Reset()
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
	return out.String(), nil
}
