package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"testing"

	"wenji/model/export"
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

// TestZipCutShort: a .docx or .odt cut short, its central directory (the
// archive's end) gone, reads from its entries' own headers as it read
// whole, whether the entries' sizes come before their data or after it
// (a data descriptor, as Go's and other streaming writers leave them);
// one cut inside its text is damaged, as it was, not "no Word document".
func TestZipCutShort(t *testing.T) {
	body := wp("", false, "一、总体要求") + wp("", false, "正文第一段。") + wp("", false, "二、主要任务") + wp("", false, "正文第二段。")
	descriptors := docxFile(t, body, "", "")
	// The same parts, each entry's sizes in its local header.
	var sized bytes.Buffer
	zw := zip.NewWriter(&sized)
	r, err := zip.NewReader(bytes.NewReader(descriptors), int64(len(descriptors)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(b),
			CompressedSize64: uint64(len(b)), UncompressedSize64: uint64(len(b))})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	zw.Close()
	odt := odtFile(t, odtContent, odtStyles)
	for name, data := range map[string][]byte{"descriptors.docx": descriptors, "sized.docx": sized.Bytes(), "a.odt": odt} {
		whole, err := Open(name, data, Options{})
		if err != nil {
			t.Fatalf("%s whole: %v", name, err)
		}
		want := export.Outline(whole.Root)
		dir := bytes.LastIndex(data, []byte("PK\x01\x02"))
		first := bytes.Index(data, []byte("PK\x01\x02"))
		for _, cut := range []int{len(data) - 1, dir + 10, first + 3, first} {
			doc, err := Open(name, data[:cut], Options{})
			if err != nil {
				t.Errorf("%s cut at %d of %d: %v", name, cut, len(data), err)
				continue
			}
			if got := export.Outline(doc.Root); got != want {
				t.Errorf("%s cut at %d: outline\n%s\nwant\n%s", name, cut, got, want)
			}
		}
	}
	// Cut inside the text: damaged, as before.
	main := bytes.Index(descriptors, []byte("word/document.xml"))
	if _, err := Open("a.docx", descriptors[:main+40], Options{}); !errors.As(err, new(*DamagedError)) || errors.Is(err, ErrNotDocx) {
		t.Errorf("cut in the text: %v, want a damaged Word .docx file", err)
	}
}
