package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"
)

// TestDamagedNamesTheFormat: a file Open cannot read names its format by
// content where the content told it, else by its extension (a broken zip
// named .epub is a damaged EPUB, not a Word document), and says the cause
// once.
func TestDamagedNamesTheFormat(t *testing.T) {
	broken := []byte("PK\x03\x04 not really a zip")
	var noOPF bytes.Buffer
	zw := zip.NewWriter(&noOPF)
	w, _ := zw.Create("mimetype")
	w.Write([]byte("application/epub+zip"))
	zw.Close()
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"a.epub", broken, "a damaged EPUB file (zip: not a valid zip file)"},
		{"a.docx", broken, "a damaged Word .docx file (zip: not a valid zip file)"},
		{"a.odt", broken, "a damaged OpenDocument .odt file (zip: not a valid zip file)"},
		{"a.wps", broken, "a damaged WPS file (zip: not a valid zip file)"},
		{"a.bin", broken, "a damaged zip file (zip: not a valid zip file)"},
		{"a.docx", []byte("just text"), "a damaged Word .docx file (no zip archive inside)"},
		// told by content: the mimetype says EPUB whatever the name
		{"a.docx", noOPF.Bytes(), "a damaged EPUB file (no readable package document (OPF))"},
	} {
		_, err := Open(c.name, c.data, Options{})
		var de *DamagedError
		if !errors.As(err, &de) || err.Error() != c.name+": "+c.want {
			t.Errorf("%s: %v; want %q", c.name, err, c.want)
			continue
		}
	}
	// The named errors are not wrapped: they say what is wrong themselves.
	var plain bytes.Buffer
	zw = zip.NewWriter(&plain)
	w, _ = zw.Create("a.txt")
	w.Write([]byte("x"))
	zw.Close()
	_, err := Open("a.docx", plain.Bytes(), Options{})
	var de *DamagedError
	if !errors.Is(err, ErrNotDocx) || errors.As(err, &de) {
		t.Errorf("a zip without a document: %v", err)
	}
}
