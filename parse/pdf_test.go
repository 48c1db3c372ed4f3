package parse

import (
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wenji/parse/pdf"
)

func TestPDFText(t *testing.T) {
	dir := "../../shared/corpus/formats"
	for _, tc := range []struct {
		file  string
		pages int
		want  string
		err   error
	}{
		// A CID font with a ToUnicode map (Foxit).
		{file: "chatchat_test1.pdf", pages: 5, want: "我是一个中国国学爱好者"},
		// GBK-EUC-H with neither an embedded font nor a ToUnicode map (CAJ2PDF).
		{file: "chatchat_content1.pdf", pages: 6, want: "民用航空发动机状态监视"},
	} {
		data, err := os.ReadFile(filepath.Join(dir, tc.file))
		if err != nil {
			t.Skipf("corpus absent: %v", err)
		}
		text, _, pages, err := pdfText(data)
		if err != nil || pages != tc.pages || !strings.Contains(text, tc.want) {
			t.Errorf("%s: %d pages, err %v, has %q: %v", tc.file, pages, err, tc.want, strings.Contains(text, tc.want))
		}
		if doc := ParseHinted(text, nil); doc.Chars(doc.Root) < 1000 {
			t.Errorf("%s: parsed to nothing", tc.file)
		}
	}
	if _, _, _, err := pdfText([]byte("%PDF-1.4\nnothing")); !errors.Is(err, pdf.ErrDamaged) {
		t.Errorf("damaged: %v", err)
	}
}

func TestPDFTitleHint(t *testing.T) {
	doc := &pdf.Document{
		Paragraphs: []string{"关于加强管理的通知", "各区县人民政府：为进一步加强管理，现通知如下。", "一、总体要求", "坚持问题导向，加强统筹协调。"},
		Styles:     []pdf.Style{{Size: 22, Centered: true, Page: 1}, {Size: 16, Page: 1}, {Size: 16, Page: 1}, {Size: 16, Page: 1}},
	}
	if h := pdfHints(doc); len(h) != 1 || !h[0].Title || h[0].Line != 1 {
		t.Errorf("hints %+v", h)
	}
	doc.Styles[0].Size = 16
	if h := pdfHints(doc); h != nil {
		t.Errorf("body-size first line: hints %+v", h)
	}
	// Centred and bold all through in the body's size is a title too (as
	// the .docx reader takes it); bold runs are leads, a table's cells body.
	doc.Styles[0].Lead = len(doc.Paragraphs[0])
	doc.Styles[2].Lead = len("一、总体要求")
	doc.Styles[3].Cell = true
	want := []Hint{{Line: 1, Title: true}, {Line: 3, Lead: len("一、总体要求")}, {Line: 4, Body: true}}
	if h := pdfHints(doc); fmt.Sprint(h) != fmt.Sprint(want) {
		t.Errorf("hints %+v, want %+v", h, want)
	}
}

// BenchmarkPDFOutline times what --outline does with a PDF (text layer and
// parse) on a 30-odd-page report printed by Chromium, against pdftotext
// on the same file; both tools are needed, or it skips.
func BenchmarkPDFOutline(b *testing.B) {
	for _, tool := range []string{"chromium", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Skipf("%s absent", tool)
		}
	}
	src, err := os.ReadFile("../../shared/corpus/party-congress-19-report-2017-utf8bom-indented.txt")
	if err != nil {
		b.Skip("corpus absent")
	}
	dir := b.TempDir()
	var h strings.Builder
	h.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:21px} p{text-indent:2em;margin:0 0 .3em}</style></head><body>`)
	for _, l := range strings.Split(string(src), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			h.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
	}
	htmlPath, pdfPath := filepath.Join(dir, "r.html"), filepath.Join(dir, "r.pdf")
	os.WriteFile(htmlPath, []byte(h.String()), 0o644)
	cmd := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf="+pdfPath, "file://"+htmlPath)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Skipf("chromium: %v %s", err, out)
	}
	data, _ := os.ReadFile(pdfPath)
	start := time.Now()
	const rounds = 5
	for i := 0; i < rounds; i++ {
		exec.Command("pdftotext", "-q", pdfPath, os.DevNull).Run()
	}
	ref := time.Since(start) / rounds
	pages := 0
	b.ResetTimer()
	start = time.Now()
	for i := 0; i < b.N; i++ {
		text, hints, n, err := pdfText(data)
		if err != nil {
			b.Fatal(err)
		}
		ParseHinted(text, hints)
		pages = n
	}
	mine := time.Since(start) / time.Duration(b.N)
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(ref.Microseconds())/1000, "pdftotext-ms")
	b.ReportMetric(float64(mine)/float64(ref), "ratio")
}
