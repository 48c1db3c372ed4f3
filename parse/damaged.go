package parse

import (
	"errors"

	"wenji/parse/pdf"
)

// DamagedError is a document in a container format (Word .docx, EPUB,
// OpenDocument, RTF, a web archive) whose reader gave up on it for a reason
// none of the named errors (ErrNotDocx, ErrZipBomb…) covers: Kind names the
// format in words ("EPUB", "Word .docx"), told by the content where the
// content told it and by the name's extension where the zip archive itself
// could not be opened (a broken .epub is a damaged EPUB, not a Word
// document); Err is the cause, said once.
type DamagedError struct {
	Kind string
	Err  error
}

func (e *DamagedError) Error() string { return "a damaged " + e.Kind + " file (" + e.Err.Error() + ")" }

// Unwrap returns the cause, for errors.Is.
func (e *DamagedError) Unwrap() error { return e.Err }

// zipError is what archive/zip said of an archive it could not open
// ("zip: not a valid zip file"), as it said it: the format is named by
// DamagedError, so the cause does not name it again.
type zipError struct{ err error }

func (e *zipError) Error() string { return e.err.Error() }
func (e *zipError) Unwrap() error { return e.err }

// ErrNotEPUB is a zip archive named .epub that holds no EPUB book (no
// mimetype application/epub+zip, no META-INF/container.xml) nor a Word
// document: the name promised a book, so the line says it is none.
var ErrNotEPUB = errors.New("a zip archive without META-INF/container.xml, not an EPUB book")

// ErrNotODT is a zip archive named .odt, or marked as OpenDocument text,
// without the content.xml that holds the text.
var ErrNotODT = errors.New("a zip archive without content.xml, not an OpenDocument text")

// notInZip is what a zip archive holding none of the formats Open reads
// is said to be: not what its name promised (.epub, .odt), else not a
// Word document, the zip format most files are.
func notInZip(name string) error {
	if t, ok := TypeOf(name); ok {
		switch t.Format {
		case FormatEPUB:
			return ErrNotEPUB
		case FormatODT:
			return ErrNotODT
		}
	}
	return ErrNotDocx
}

// named are the errors that say on their own what is wrong with a file:
// they are not wrapped in a DamagedError.
var named = []error{ErrBinary, ErrUndecodable, ErrUnknownEncoding, ErrNotDocx, ErrNotEPUB, ErrNotODT, ErrZipBomb, ErrNoPage,
	ErrLegacyWord, ErrEncrypted, ErrDocDamaged, pdf.ErrNoText, pdf.ErrNoUnicode, pdf.ErrEncrypted, pdf.ErrDamaged}

// damaged wraps err, the failure of format's reader on the file name, in a
// DamagedError naming the format, unless one of the named errors says it.
func damaged(format Format, name string, err error) error {
	for _, n := range named {
		if errors.Is(err, n) {
			return err
		}
	}
	var ze *zipError
	if errors.As(err, &ze) {
		// The archive did not open, so its content never told the
		// format: the name's extension does, and a name that says no zip
		// format leaves it a zip.
		format = FormatZip
		if t, ok := TypeOf(name); ok {
			switch t.Format {
			case FormatDocx, FormatEPUB, FormatODT:
				format = t.Format
			case FormatDoc: // .wps: WPS writes .docx too
				format = FormatDocx
			}
		}
	}
	return &DamagedError{Kind: kindName(format, name), Err: err}
}

// kindName names format in the words of an error line: Label's name
// where it is plain enough (PDF, DOC, WPS, EPUB, …), words for the rest.
func kindName(format Format, name string) string {
	l := Label(format, name)
	switch {
	case l == "WPS":
		return l
	case format == FormatDocx:
		return "Word .docx"
	case format == FormatODT:
		return "OpenDocument .odt"
	case format == FormatMHT:
		return "web archive (.mht)"
	case format == FormatZip:
		return "zip"
	case l != "":
		return l
	}
	return string(format)
}
