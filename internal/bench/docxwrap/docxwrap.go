// Package docxwrap wraps plain text as a minimal .docx (one Word paragraph
// a line), so that a benchmark or a test can time the same text as .txt
// and as .docx without a Word file committed.
package docxwrap

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"io"
	"os"
	"strings"
)

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

// Write writes text as a .docx to w: each non-blank line a paragraph of
// one run, as Word writes plain prose.
func Write(w io.Writer, text string) error {
	zw := zip.NewWriter(w)
	for _, p := range []struct{ name, body string }{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rels}} {
		f, err := zw.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	f, err := zw.Create("word/document.xml")
	if err != nil {
		return err
	}
	b := bufio.NewWriter(f)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		b.WriteString(`<w:p><w:r><w:t xml:space="preserve">`)
		if err := xml.EscapeText(b, []byte(line)); err != nil {
			return err
		}
		b.WriteString("</w:t></w:r></w:p>\n")
	}
	b.WriteString(`</w:body></w:document>`)
	if err := b.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// WriteFile writes text as a .docx to the file name.
func WriteFile(name, text string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := Write(f, text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
