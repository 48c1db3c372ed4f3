package parse

import "errors"

// errNoPDF stands until the PDF text layer lands in this file.
var errNoPDF = errors.New("PDF not supported yet")

// pdfText is the PDF reader's text layer: the text the reader shows, one
// paragraph a line, its hints, and the page count. This stub refuses every
// PDF; the reader that replaces it keeps the signature.
func pdfText(data []byte) (text string, hints []Hint, pages int, err error) {
	return "", nil, 0, errNoPDF
}
