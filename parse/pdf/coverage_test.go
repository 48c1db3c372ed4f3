package pdf

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The yardstick is poppler's pdftotext (Debian's poppler-utils), run only
// here: the share of the Han-character bigrams it extracts that Extract's
// text holds too. The PDFs are the corpus's and ones made at test time by
// the producers installed here (Chromium, wkhtmltopdf, LibreOffice,
// Ghostscript, Cairo); a missing tool skips its case.

const corpusDir = "../../../shared/corpus"

func hanBigrams(s string) map[string]bool {
	out := map[string]bool{}
	var prev rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) && unicode.Is(unicode.Han, prev) {
			out[string([]rune{prev, r})] = true
		}
		prev = r
	}
	return out
}

// coverage is the share of ref's bigrams that got holds. Both are read
// with radicals as characters (unifyCJK): pdftotext passes the ToUnicode
// maps' ⼗ for 十 through on some producers and not on others.
func coverage(got, ref string) (float64, int) {
	r, g := hanBigrams(unifyCJK(ref)), hanBigrams(unifyCJK(got))
	if len(r) == 0 {
		return 1, 0
	}
	n := 0
	for b := range r {
		if g[b] {
			n++
		}
	}
	return float64(n) / float64(len(r)), len(r)
}

// inOrder is the share of ref's Han characters that got has in the same
// order: their longest common subsequence over ref's length, on the first
// 12,000 characters of each (the dynamic programme is quadratic).
func inOrder(got, ref string) float64 {
	han := func(s string) []rune {
		var out []rune
		for _, r := range unifyCJK(s) {
			if unicode.Is(unicode.Han, r) && len(out) < 12000 {
				out = append(out, r)
			}
		}
		return out
	}
	a, b := han(got), han(ref)
	if len(b) == 0 {
		return 1
	}
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(b)]) / float64(len(b))
}

func pdftotext(t testing.TB, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-q", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// sourceParagraphs reads a corpus text's paragraphs, up to n.
func sourceParagraphs(t testing.TB, name string, n int) []string {
	data, err := os.ReadFile(filepath.Join(corpusDir, name))
	if err != nil {
		t.Skipf("corpus text absent: %v", err)
	}
	var out []string
	for _, l := range strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n") {
		if l = strings.TrimSpace(l); l != "" && len(out) < n {
			out = append(out, l)
		}
	}
	return out
}

// writeHTML writes paragraphs as an HTML page set in a CJK serif, the first
// as a centred title, the others indented two characters.
func writeHTML(t testing.TB, dir string, paras []string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:16px;text-align:justify} h1{text-align:center;font-size:22px} p{text-indent:2em;margin:0}</style></head><body>`)
	for i, p := range paras {
		if i == 0 {
			fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(p))
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</body></html>")
	path := filepath.Join(dir, "doc.html")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func run(t testing.TB, name string, args ...string) bool {
	if _, err := exec.LookPath(name); err != nil {
		t.Logf("%s absent: skipped", name)
		return false
	}
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Logf("%s failed: %v\n%s", name, err, out)
		return false
	}
	return true
}

// producedPDFs makes PDFs with the producers installed here, into dir.
func producedPDFs(t testing.TB, dir string) map[string]string {
	out := map[string]string{}
	htmlPath := writeHTML(t, dir, sourceParagraphs(t, "party-congress-19-report-2017-utf8bom-indented.txt", 400))
	chromium := filepath.Join(dir, "chromium.pdf")
	if run(t, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
		"--print-to-pdf="+chromium, "file://"+htmlPath) {
		out["Chromium (Skia)"] = chromium
	}
	short := filepath.Join(dir, "short")
	os.MkdirAll(short, 0o755)
	shortHTML := writeHTML(t, short, sourceParagraphs(t, "rural-revitalization-opinion-2018-utf8bom.txt", 60))
	wk := filepath.Join(dir, "wkhtmltopdf.pdf")
	if run(t, "wkhtmltopdf", "-q", shortHTML, wk) {
		out["wkhtmltopdf (Qt)"] = wk
		cairo := filepath.Join(dir, "cairo.pdf")
		if run(t, "pdftocairo", "-pdf", wk, cairo) {
			out["Cairo (pdftocairo)"] = cairo
		}
	}
	if p, ok := out["Chromium (Skia)"]; ok {
		gs := filepath.Join(dir, "gs.pdf")
		if run(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", gs, p) {
			out["Ghostscript pdfwrite"] = gs
		}
	}
	for _, docx := range []string{"guangdong-gov-work-report-2025.docx", "henan-gov-work-report-2025.docx"} {
		src := filepath.Join(corpusDir, docx)
		if _, err := os.Stat(src); err != nil {
			continue
		}
		if run(t, "soffice", "--headless", "--convert-to", "pdf", "--outdir", dir, src) {
			out["LibreOffice "+docx] = filepath.Join(dir, strings.TrimSuffix(docx, ".docx")+".pdf")
		}
	}
	return out
}

func TestCoverageAgainstPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext absent (apt-get install poppler-utils)")
	}
	files := map[string]string{}
	for _, f := range []string{"chatchat_content1.pdf", "chatchat_test1.pdf", "chatchat_ocr_test.pdf"} {
		p := filepath.Join(corpusDir, "formats", f)
		if _, err := os.Stat(p); err == nil {
			files["corpus "+f] = p
		}
	}
	if !testing.Short() {
		for k, v := range producedPDFs(t, t.TempDir()) {
			files[k] = v
		}
	}
	if len(files) == 0 {
		t.Skip("no PDFs: corpus absent and no producer installed")
	}
	sum, n := 0.0, 0
	var table bytes.Buffer
	for name, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ref := pdftotext(t, path)
		doc, err := Extract(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		text := strings.Join(doc.Paragraphs, "\n")
		c, size := coverage(text, ref)
		order := inOrder(text, ref)
		fmt.Fprintf(&table, "%-48s pages %3d  paragraphs %4d  bigrams %5d  coverage %.4f  in order %.4f\n",
			name, doc.Pages, len(doc.Paragraphs), size, c, order)
		if c < 0.9 || order < 0.9 {
			t.Errorf("%s: coverage %.3f, in order %.3f: < 0.9", name, c, order)
		}
		sum += c
		n++
	}
	t.Logf("Han bigram coverage of Extract against pdftotext:\n%s", table.String())
	if n > 0 && sum/float64(n) < 0.95 {
		t.Errorf("average coverage %.3f < 0.95", sum/float64(n))
	}
}
