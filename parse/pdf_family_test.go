package parse

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"wenji/model/export"
)

// officeParts are the package parts familyDocx leaves out (wenji reads a
// .docx without them) and LibreOffice will not open one without.
var officeParts = [][2]string{
	{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`},
	{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
	{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`},
}

// officeDocx adds officeParts to a familyDocx package.
func officeDocx(t testing.TB, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name string, b []byte) {
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write(b)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range officeParts {
		put(p[0], []byte(p[1]))
	}
	for _, f := range zr.File {
		if f.Name == officeParts[0][0] {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		put(f.Name, b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestFamilyPDF prints the family fixtures' .docx to PDF with LibreOffice
// (no indents, no paragraph spacing, bold leads, Word's numbering, tables)
// and reads each back against its .docx: the share of the .docx's
// paragraphs the PDF gives whole, and the outlines that are the same.
// Where qpdf is installed, each PDF rewritten with object streams and
// encrypted with an empty user password reads as the plain one. Skipped
// where soffice is absent, and under -short (some thirty seconds).
func TestFamilyPDF(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("no soffice, or -short")
	}
	dir := t.TempDir()
	var names, srcs []string
	eachFamily(t, func(t *testing.T, name, src string) {
		base := strings.ReplaceAll(name, "/", "_")
		path := filepath.Join(dir, base+".docx")
		if err := os.WriteFile(path, officeDocx(t, familyDocx(t, src)), 0o644); err != nil {
			t.Fatal(err)
		}
		names, srcs = append(names, base), append(srcs, path)
	})
	args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir}
	if out, err := exec.Command(soffice, append(args, srcs...)...).CombinedOutput(); err != nil {
		t.Skipf("soffice: %v %s", err, out)
	}
	_, noQpdf := exec.LookPath("qpdf")
	found, total, same := 0, 0, 0
	var misses []string
	for i, name := range names {
		x, _ := os.ReadFile(srcs[i])
		pdfPath := filepath.Join(dir, name+".pdf")
		data, err := os.ReadFile(pdfPath)
		if err != nil {
			t.Fatal(err)
		}
		truth, _ := Open(name+".docx", x, Options{})
		doc, err := Open(name+".pdf", data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := map[string]bool{}
		for _, l := range strings.Split(doc.Text, "\n") {
			got[strings.TrimSpace(l)] = true
		}
		for _, l := range strings.Split(truth.Text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				total++
				if got[l] {
					found++
				}
			}
		}
		if export.Outline(doc.Root) == export.Outline(truth.Root) {
			same++
		} else {
			misses = append(misses, name)
		}
		if noQpdf == nil {
			enc := filepath.Join(dir, name+".enc.pdf")
			if out, err := exec.Command("qpdf", "--object-streams=generate", "--encrypt", "", "owner", "256", "--", pdfPath, enc).CombinedOutput(); err != nil {
				t.Fatalf("qpdf: %v %s", err, out)
			}
			b, _ := os.ReadFile(enc)
			if e, err := Open(name+".pdf", b, Options{}); err != nil || e.Text != doc.Text {
				t.Errorf("%s: encrypted with object streams, err %v, text the same: %v", name, err, err == nil && e.Text == doc.Text)
			}
		}
	}
	t.Logf("%d of %d paragraphs whole, %d of %d outlines the .docx's; differ: %s", found, total, same, len(names), strings.Join(misses, " "))
	// The floors are what the reader gave at session 12's end (4952 of
	// 5379 and 25 of 51 by a separate count; 92%), less a margin for
	// other LibreOffice versions; before its rules for margins, bold and
	// tables, 3191 and 7.
	if float64(found) < 0.89*float64(total) || same < 21 {
		t.Errorf("%s", fmt.Sprintf("%d of %d paragraphs, %d outlines: below the floor", found, total, same))
	}
}
