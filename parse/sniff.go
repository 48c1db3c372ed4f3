package parse

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
)

// The container formats Sniff tells apart beside the text ones.
const (
	FormatPDF  Format = "pdf"
	FormatDoc  Format = "doc"  // Word 97–2003 binary in an OLE compound file (.doc, .wps)
	FormatEPUB Format = "epub" // zip + OPF + XHTML
	FormatODT  Format = "odt"  // OpenDocument text: zip + content.xml (LibreOffice, WPS, 永中)
	FormatZip  Format = "zip"  // a zip that is neither Word nor EPUB
	FormatRTF  Format = "rtf"
	FormatMHT  Format = "mht" // a web archive: MIME headers, the page and its pictures as parts
)

// pdfHeadWindow is how far into a file %PDF- may start: readers accept a
// few bytes of junk (a mail header, a BOM) before it, and so do we.
const pdfHeadWindow = 1024

// Sniff tells a file's format from its bytes alone, never its name: a
// PDF named .txt is a PDF and a .wps that is a renamed .docx is a .docx.
// Containers are told by their signatures (%PDF-, the OLE compound file's
// D0 CF 11 E0, a zip holding word/document.xml or an EPUB or ODF text
// mimetype);
// text that opens with markup (<div, <p>, <h5>, <!DOCTYPE, or a dump
// wrapping it in [ … ]) is HTML; the rest is text, whose finer kind
// (Markdown, HTML further in) DetectFormat tells once it is decoded.
func Sniff(data []byte) Format {
	switch {
	case bytes.HasPrefix(data, oleMagic):
		return FormatDoc
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data)
	case bytes.Contains(data[:min(len(data), pdfHeadWindow)], []byte("%PDF-")):
		return FormatPDF
	}
	head := bytes.TrimLeft(data[:min(len(data), 4096)], "\xef\xbb\xbf \t\r\n")
	if bytes.HasPrefix(head, []byte(`{\rtf`)) {
		return FormatRTF
	}
	if startsWithMarkup(string(head)) {
		return FormatHTML
	}
	if isMHT(head) {
		return FormatMHT
	}
	return FormatText
}

// sniffZip tells a Word document from an EPUB and from other zips by the
// names inside (the central directory, nothing unpacked but the mimetype).
func sniffZip(data []byte) Format {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		s, ok := salvageZip(data) // cut short: the entries before the cut tell
		if !ok {
			return FormatDocx // a broken zip: the .docx reader names the fault
		}
		zr = s
	}
	container := false
	for _, f := range zr.File {
		switch strings.TrimPrefix(f.Name, "/") {
		case "word/document.xml":
			return FormatDocx
		case "META-INF/container.xml":
			container = true
		case "mimetype":
			if f.UncompressedSize64 < 64 {
				if rc, err := f.Open(); err == nil {
					b, _ := io.ReadAll(io.LimitReader(rc, 64))
					rc.Close()
					switch strings.TrimSpace(string(b)) {
					case "application/epub+zip":
						return FormatEPUB
					case "application/vnd.oasis.opendocument.text":
						return FormatODT
					}
				}
			}
		}
	}
	if container {
		return FormatEPUB
	}
	if err != nil {
		return FormatDocx // cut before its text: the .docx reader names the fault
	}
	return FormatZip
}

// markupStarts are the openings that make a text a page or a dump of one.
var markupStarts = []string{"<!doctype", "<html", "<?xml", "<body", "<head", "<meta"}

// startsWithMarkup reports text whose first non-blank thing is a tag: a
// tag we know (<p>, <div …>, <h5>), a doctype, or such markup inside the
// [ … ] that some dumps wrap a page in.
func startsWithMarkup(s string) bool {
	t := strings.TrimLeft(s, "\ufeff \t\r\n")
	if strings.HasPrefix(t, "[") {
		t = strings.TrimLeft(t[1:], " \t\r\n\"'")
	}
	if !strings.HasPrefix(t, "<") {
		return false
	}
	low := strings.ToLower(t[:min(len(t), 16)])
	for _, m := range markupStarts {
		if strings.HasPrefix(low, m) {
			return true
		}
	}
	end := strings.IndexByte(t[:min(len(t), 2001)], '>')
	return end > 0 && isKnownTag(t[1:end])
}

// Label returns the name the status bar shows for a format read from a
// file called name: PDF, DOC, WPS (a Word binary the name calls .wps),
// EPUB, DOCX; "" for text, Markdown and HTML.
func Label(f Format, name string) string {
	switch f {
	case FormatPDF:
		return "PDF"
	case FormatDoc:
		if strings.EqualFold(filepath.Ext(name), ".wps") {
			return "WPS"
		}
		return "DOC"
	case FormatDocx:
		if strings.EqualFold(filepath.Ext(name), ".wps") {
			return "WPS"
		}
		return "DOCX"
	case FormatEPUB:
		return "EPUB"
	case FormatODT:
		return "ODT"
	case FormatRTF:
		return "RTF"
	case FormatMHT:
		return "MHT"
	}
	return ""
}

// Listed reports a file name a library lists as a document (a row of
// FileTypes, case aside): the library cannot open every file to sniff it,
// but Open reads what it lists by content all the same.
func Listed(name string) bool { _, ok := TypeOf(name); return ok }
