package app

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// TestOpenDocNamesOnce: a file wenji cannot read is refused in one line
// that names it once, by the name the user gave ("standard input" for -),
// in the interface language; a damaged .doc says so without the compound
// file reader's internals.
func TestOpenDocNamesOnce(t *testing.T) {
	// A compound file's signature and a header cut short: mscfb cannot
	// walk its directory.
	doc := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	mht := []byte("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\nContent-Type: image/png\n\nabc\n--x--\n")
	pdf := []byte("%PDF-1.4\n1 0 obj\n<< /Type /Page >>\nendobj\ntrailer\n<< >>\n%%EOF\n")
	for _, c := range []struct {
		name, lang string
		data       []byte
		want       string
	}{
		{"trunc.pdf", "en", pdf, "trunc.pdf: damaged PDF: "},
		{"-", "en", pdf, "standard input: damaged PDF: "},
		{"trunc.pdf", "zh", pdf, "trunc.pdf: PDF 已损坏，无法读取"},
		{"-", "zh", pdf, "标准输入: PDF 已损坏，无法读取"},
		{"cut.doc", "en", doc, "cut.doc: a damaged Word .doc file: its directory is cut short or broken"},
		{"cut.doc", "zh", doc, "cut.doc: Word .doc 文件已损坏（不完整或结构有误），无法读取"},
		{"pics.mht", "en", mht, "pics.mht: a web archive (.mht) without a page in it"},
		{"pics.mht", "zh", mht, "pics.mht: 是网页存档（.mht），其中没有网页"},
	} {
		_, err := openDoc(c.name, c.data, c.lang, "")
		if err == nil {
			t.Errorf("%s %s: opened", c.name, c.lang)
			continue
		}
		msg := err.Error()
		shown := strings.SplitN(c.want, ":", 2)[0]
		if !strings.HasPrefix(msg, c.want) || strings.Count(msg, shown) != 1 || strings.Contains(msg, "mscfb") {
			t.Errorf("%s %s: %q, want %q…, the name once", c.name, c.lang, msg, c.want)
		}
	}
}

// TestZipSaysUnpack: a zip named .zip is a folder packed, and the line
// says to unpack it; it said "a zip archive, not a Word document", as if
// the user had taken it for one. A zip named .docx still says that.
func TestZipSaysUnpack(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("材料/讲话稿.txt")
	w.Write([]byte("正文。"))
	zw.Close()
	for _, c := range []struct{ name, lang, want string }{
		{"材料.zip", "zh", "材料.zip: 是 zip 压缩包，不是文档：请先解压"},
		{"A.ZIP", "en", "A.ZIP: a zip archive, not a document: unpack it"},
		{"a.docx", "en", "a.docx: a zip archive, not a Word document"},
		{"a.docx", "zh", "a.docx: 是压缩包，不是 Word 文档"},
	} {
		_, err := openDoc(c.name, b.Bytes(), c.lang, "")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s %s: %v, want %q…", c.name, c.lang, err, c.want)
		}
	}
}
