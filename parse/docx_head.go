package parse

import (
	"errors"

	"wenji/model"
)

// errEnoughParas stops reading document.xml once DocxHead has its
// paragraphs.
var errEnoughParas = errors.New("enough paragraphs")

// DocxHead reads the first maxParas paragraphs of a Word document (.docx)
// and parses them, for a reader to show the first page of a large document
// while the whole is read (see Open). Only as much of word/document.xml is
// inflated and decoded as those paragraphs need; styles.xml and
// numbering.xml are read whole (they are small), so what the styles say
// of the head's paragraphs (heading levels, the title, bold leads, list
// numbers written out) is what Open reads for them. The outline is the
// head's own: a prefix can outline differently from the whole (a
// compilation's articles are told by their number), as the text preview's
// does.
//
// A paragraph is one with text, one line of the document's Text; the text
// is the same bytes as the start of what Open gives for the whole file (a
// prefix of it, cut after a paragraph's line), so offsets into the head
// are offsets into the full document. more reports paragraphs left
// unread: when it is false, the head is the whole document, as Open reads
// it. maxParas ≤ 0 reads every paragraph. The document's Format is
// "DOCX" ("WPS" for a .wps name, as Open labels it); errors are Open's for
// a .docx: a *FileError naming the file, wrapping ErrNotDocx, ErrZipBomb or
// a *DamagedError with what the zip or XML reader said.
func DocxHead(name string, data []byte, maxParas int) (doc *model.Document, more bool, err error) {
	text, hints, more, err := docxTextN(data, max(maxParas, 0))
	if err != nil {
		return nil, false, &FileError{Name: name, Err: damaged(FormatDocx, name, err)}
	}
	doc = ParseHinted(text, hints)
	doc.Encoding = "UTF-8"
	doc.Format = Label(FormatDocx, name)
	return doc, more, nil
}

// docxTextN is docxText stopping after maxParas paragraphs with text (0:
// all of them); more reports whether it stopped with paragraphs left. It
// stops reading document.xml there: the zip part is inflated and the XML
// decoded only as far as the paragraphs asked for.
func docxTextN(data []byte, maxParas int) (text string, hints []Hint, more bool, err error) {
	text, hints, err = docxRead(data, maxParas)
	if errors.Is(err, errEnoughParas) {
		return text, hints, true, nil
	}
	return text, hints, false, err
}
