package parse

import (
	"errors"
	"strings"

	"wenji/model"
)

// Format is a kind of file Open reads.
type Format string

// The formats Open reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatDocx     Format = "docx"
)

// Errors of Open beyond those of Decode, for callers to tell apart with
// errors.Is.
var (
	// ErrLegacyWord is a Word 6 or Word 95 .doc, older than the Word 97
	// binary the .doc reader reads.
	ErrLegacyWord = errors.New("a Word 6/95 .doc file, older than Word 97: open it in Word or WPS and save it as .docx")
	// ErrEncrypted is a password-protected Word document.
	ErrEncrypted = errors.New("an encrypted (password-protected) Word document: open it in Word or WPS and save it without a password")
)

// Options tune Open.
type Options struct {
	// Encoding forces the text's encoding (GBK, Big5, UTF-16LE…); empty
	// detects it. Word documents carry their own and ignore it.
	Encoding string
}

// FileError is a file Open could not read: the file's name and why.
type FileError struct {
	Name string
	Err  error
}

func (e *FileError) Error() string { return e.Name + ": " + e.Err.Error() }

// Unwrap returns the cause, for errors.Is.
func (e *FileError) Unwrap() error { return e.Err }

// Open reads a file's bytes into a document: it tells the format by content
// (Sniff: a PDF named .txt is a PDF, a .wps may be a .doc or a .docx; a pipe
// has no name), decodes text (see Decode), converts Word (.docx, .doc),
// OpenDocument text, RTF, web archives, EPUB, PDF, HTML and Markdown to the text the reader shows with hints for
// the parser, and parses it; the document's Format and Pages say what it
// was read from. The name only tells Markdown from text and labels a .wps.
// Errors are *FileError naming the file.
func Open(name string, data []byte, opt Options) (*model.Document, error) {
	doc, err := open(name, data, opt)
	if err != nil {
		return nil, &FileError{Name: name, Err: err}
	}
	return doc, nil
}

// oleMagic opens every OLE2 compound file: .doc, .xls, .wps, .ppt.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func open(name string, data []byte, opt Options) (*model.Document, error) {
	format := Sniff(data)
	var text string
	var hints []Hint
	var err error
	pages := 0
	switch format {
	case FormatDocx:
		text, hints, err = docxText(data)
	case FormatZip:
		err = notInZip(name)
	case FormatDoc:
		text, hints, err = docText(data)
	case FormatEPUB:
		text, hints, err = epubText(data)
	case FormatODT:
		text, hints, err = odtText(data)
	case FormatPDF:
		text, hints, pages, err = pdfText(data)
	case FormatRTF:
		text, hints, err = rtfText(data)
	case FormatMHT:
		return openMHT(name, data, opt)
	default:
		return openText(name, data, opt)
	}
	if err != nil {
		return nil, damaged(format, name, err)
	}
	doc := ParseHinted(text, hints)
	doc.Encoding = "UTF-8"
	doc.Format = Label(format, name)
	doc.Pages = pages
	return doc, nil
}

// openText reads text, Markdown and HTML: decoded, then told apart.
func openText(name string, data []byte, opt Options) (*model.Document, error) {
	if byName, _ := TypeOf(name); byName.Format == FormatDocx {
		return nil, &DamagedError{Kind: kindName(FormatDocx, name), Err: errors.New("no zip archive inside")}
	}
	text, enc, err := Decode(data, opt.Encoding)
	if err != nil {
		return nil, err
	}
	var doc *model.Document
	switch DetectFormat(name, text) {
	case FormatHTML:
		t, hints := htmlText(text)
		doc = ParseHinted(t, hints)
	case FormatMarkdown:
		t, hints := markdownText(text)
		doc = ParseHinted(t, hints)
	default:
		doc = Parse(text)
	}
	doc.Encoding = enc
	return doc, nil
}

// DetectFormat tells the format of decoded text by its content, then by
// the name's extension: markup that fills the text is HTML whatever the
// name; Markdown needs the .md name or unmistakable Markdown (# headings
// with emphasis, lists or comments); the rest is plain text.
func DetectFormat(name, text string) Format {
	byName, _ := TypeOf(name)
	head := text[:min(len(text), 64<<10)]
	if startsWithMarkup(head) || looksHTML(head) {
		return FormatHTML
	}
	switch byName.Format {
	case FormatHTML:
		if strings.Contains(head, "<") {
			return FormatHTML
		}
	case FormatMarkdown:
		return FormatMarkdown
	}
	if looksMarkdown(head) {
		return FormatMarkdown
	}
	return FormatText
}

// htmlTags are the tags that mark text as a web page or a dump of one.
var htmlTags = []string{"p", "div", "span", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "table", "tr", "td", "li", "ul", "a", "img", "font", "section", "article"}

// looksHTML reports text that is a page (<!DOCTYPE html>, <html>) or mostly
// markup: at least three tags we know, making a tenth of the bytes.
func looksHTML(s string) bool {
	t := strings.ToLower(strings.TrimLeft(s, "\ufeff \t\r\n"))
	if strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html") {
		return true
	}
	tags, markup := 0, 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		// A tag closes within 2,000 bytes; looking no further keeps a
		// head of many < and no > from being read to its end for each.
		k := strings.IndexByte(s[i:min(len(s), i+2001)], '>')
		if k < 0 || k > 2000 {
			i++
			continue
		}
		if isKnownTag(s[i+1 : i+k]) {
			tags++
			markup += k + 1
		}
		i += k + 1
	}
	return tags >= 3 && markup*10 >= len(strings.TrimSpace(s))
}

func isKnownTag(inner string) bool {
	inner = strings.ToLower(strings.TrimPrefix(inner, "/"))
	for _, t := range htmlTags {
		if rest, ok := strings.CutPrefix(inner, t); ok && (rest == "" || rest[0] == ' ' || rest[0] == '/' || rest[0] == '\t' || rest[0] == '\n') {
			return true
		}
	}
	return false
}

// looksMarkdown reports text that is Markdown beyond doubt: ATX headings
// together with **emphasis**, bullets or HTML comments, or three headings
// at two levels or more.
func looksMarkdown(s string) bool {
	headings, levels, other := 0, map[int]bool{}, false
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimRight(l, "\r")
		if lvl, _ := mdHeading(l); lvl > 0 {
			headings++
			levels[lvl] = true
			continue
		}
		t := strings.TrimSpace(l)
		if isListItem(t) || strings.HasPrefix(t, "<!--") || strings.Count(t, "**") >= 2 || strings.HasPrefix(t, "```") {
			other = true
		}
	}
	return headings >= 1 && other || headings >= 3 && len(levels) >= 2
}
