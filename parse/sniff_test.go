package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"wenji/model/export"
)

// epubFile writes an EPUB zip: the mimetype first and stored, then the
// parts given.
func epubFile(t testing.TB, parts map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("application/epub+zip"))
	for _, name := range sortedKeys(parts) {
		w, _ := zw.Create(name)
		w.Write([]byte(parts[name]))
	}
	zw.Close()
	return buf.Bytes()
}

func sortedKeys(m map[string]string) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

func TestSniff(t *testing.T) {
	docx := docxFileRaw(t, map[string]string{"word/document.xml": "<w:document/>"})
	cases := []struct {
		name string
		data []byte
		want Format
	}{
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), FormatPDF},
		{"pdf after junk", append([]byte("\r\nX-Mailer: junk\r\n\r\n"), []byte("%PDF-1.4\n")...), FormatPDF},
		{"pdf too far in", append(bytes.Repeat([]byte("正文。"), 400), []byte("%PDF-1.4")...), FormatText},
		{"ole", append(append([]byte(nil), oleMagic...), make([]byte, 100)...), FormatDoc},
		{"docx", docx, FormatDocx},
		{"epub", epubFile(t, map[string]string{"META-INF/container.xml": "<container/>"}), FormatEPUB},
		{"epub without mimetype", docxFileRaw(t, map[string]string{"META-INF/container.xml": "<container/>"}), FormatEPUB},
		{"odt", odtFile(t, "<office:document-content/>", ""), FormatODT},
		{"ods is no text", docxFileRaw(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}), FormatZip},
		{"other zip", docxFileRaw(t, map[string]string{"a.txt": "hi"}), FormatZip},
		{"web archive", wordMHT(t), FormatMHT},
		{"mail without a page", []byte("MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=x\n\n--x\n"), FormatText},
		{"headers without MIME", []byte("Content-Type: text/html\n\n<p>x</p>"), FormatText},
		{"div", []byte("<div class=\"x\">正文</div>"), FormatHTML},
		{"p", []byte("\ufeff  <p>第一段</p><p>第二段</p>"), FormatHTML},
		{"h5", []byte("<h5>一、总体要求</h5>正文"), FormatHTML},
		{"doctype", []byte("<!DOCTYPE html><html>"), FormatHTML},
		{"bracketed dump", []byte("[\"<p>第一段</p>\", \"<p>第二段</p>\"]"), FormatHTML},
		{"bracket text", []byte("[注] 正文"), FormatText},
		{"angle text", []byte("<<红楼梦>> 读后感"), FormatText},
		{"unknown tag", []byte("<foo>bar</foo>"), FormatText},
		{"rtf", []byte(`{\rtf1\ansi 正文}`), FormatRTF},
		{"text", []byte("一、总体要求\n正文。"), FormatText},
		{"empty", nil, FormatText},
	}
	for _, c := range cases {
		if got := Sniff(c.data); got != c.want {
			t.Errorf("%s: Sniff = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestOpenByContent: the name never decides: a PDF named .txt goes to the
// PDF reader, a .docx named .wps is read as Word, a .txt of <p> markup
// shows no markup and its <h5> parts as headings, standard input (no
// name) the same.
func TestOpenByContent(t *testing.T) {
	// Read as text this would open; the PDF reader refuses it or reads it
	// as a PDF.
	if doc, err := Open("report.txt", []byte("%PDF-1.4\n1 0 obj\n"), Options{}); err == nil && doc.Format != "PDF" || errors.Is(err, ErrBinary) {
		t.Errorf("a PDF named .txt: err %v, not read as a PDF", err)
	}
	wps := docxFile(t, wp("", false, "一、总体要求")+wp("", false, "正文内容。"), "", "")
	doc, err := Open("draft.wps", wps, Options{})
	if err != nil || !strings.Contains(doc.Text, "总体要求") || doc.Format != "WPS" {
		t.Fatalf("a .docx named .wps: %v %+v", err, doc)
	}
	html := "<h5>一、总体要求</h5><p>第一段正文，写得很长很长。</p><h5>二、主要任务</h5><p>第二段正文。</p>"
	dump := `["<h5>一、总体要求</h5><p>第一段正文，写得很长很长。</p>", "<h5>二、主要任务</h5><p>第二段正文。</p>"]`
	for _, name := range []string{"report.txt", "-", "", "dump.txt"} {
		src := html
		if name == "dump.txt" {
			src = dump
		}
		doc, err := Open(name, []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(doc.Text, "<[]\"") {
			t.Errorf("%q: markup shown: %q", name, doc.Text)
		}
		if out := export.Outline(doc.Root); !strings.Contains(out, "一、总体要求") || !strings.Contains(out, "二、主要任务") {
			t.Errorf("%q: outline %q", name, out)
		}
	}
}

func TestLabelAndListed(t *testing.T) {
	for _, c := range []struct {
		f          Format
		name, want string
	}{
		{FormatPDF, "a.txt", "PDF"}, {FormatDoc, "a.doc", "DOC"}, {FormatDoc, "A.WPS", "WPS"},
		{FormatDocx, "a.wps", "WPS"}, {FormatDocx, "a.docx", "DOCX"}, {FormatEPUB, "a.epub", "EPUB"}, {FormatODT, "a.odt", "ODT"}, {FormatMHT, "a.doc", "MHT"}, {FormatRTF, "a.doc", "RTF"},
		{FormatText, "a.txt", ""}, {FormatHTML, "a.html", ""},
	} {
		if got := Label(c.f, c.name); got != c.want {
			t.Errorf("Label(%s, %s) = %q, want %q", c.f, c.name, got, c.want)
		}
	}
	for name, want := range map[string]bool{"a.PDF": true, "b.wps": true, "c.epub": true, "d.doc": true, "e.docx": true, "f.txt": true, "g.jpg": false, "h": false} {
		if Listed(name) != want {
			t.Errorf("Listed(%s) = %v", name, !want)
		}
	}
}

// FuzzSniff: Sniff never panics, and what it calls a container has the
// signature of one.
func FuzzSniff(f *testing.F) {
	f.Add([]byte("%PDF-1.4"))
	f.Add(oleMagic)
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("[<p>x</p>]"))
	f.Add([]byte("<h5>标题</h5>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		switch Sniff(data) {
		case FormatPDF:
			if !bytes.Contains(data[:min(len(data), pdfHeadWindow)], []byte("%PDF-")) {
				t.Fatal("PDF without %PDF-")
			}
		case FormatDoc:
			if !bytes.HasPrefix(data, oleMagic) {
				t.Fatal("compound file without its signature")
			}
		case FormatDocx, FormatEPUB, FormatODT, FormatZip:
			if !bytes.HasPrefix(data, []byte("PK")) {
				t.Fatal("zip without PK")
			}
		case FormatHTML:
			if !bytes.Contains(data, []byte("<")) {
				t.Fatal("HTML without a tag")
			}
		}
	})
}
