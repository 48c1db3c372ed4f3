package docx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

// TestLibreOffice converts the .docx of article 2 of the seed (a fixture's
// first article where the seed is absent) to PDF with LibreOffice and
// checks the PDF: A4 pages, the title and the text in it, fonts that hold
// Chinese. It is skipped where soffice, pdftotext or pdfinfo are absent
// (apt-get install libreoffice-writer-nogui poppler-utils); the fonts the
// PDF embeds are logged, since a machine without the GB/T faces shows
// its substitutes. WENJI_KEEP_PDF=DIR keeps the .docx and .pdf there, to
// look at the page (pdftoppm -png).
func TestLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, tool := range []string{"soffice", "pdftotext", "pdfinfo", "pdffonts"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s absent", tool)
		}
	}
	var d *model.Document
	var n *model.Node
	if _, err := os.Stat(seedPath); err == nil {
		d = load(t, seedPath)
		n = d.Find([]int{2})
	} else {
		d = load(t, "../../../testdata/leads.txt")
		n = d.Find([]int{1})
	}
	dir := t.TempDir()
	if keep := os.Getenv("WENJI_KEEP_PDF"); keep != "" {
		dir = keep
	}
	docx := filepath.Join(dir, "a.docx")
	if err := os.WriteFile(docx, write(t, d, n), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// A profile of its own: a LibreOffice the user has open, or another
	// test, would otherwise take the conversion or lock the profile.
	profile := "file://" + filepath.ToSlash(t.TempDir())
	cmd := exec.CommandContext(ctx, "soffice", "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "a.pdf")
	info := command(t, "pdfinfo", pdf)
	m := regexp.MustCompile(`Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("no page size in pdfinfo:\n%s", info)
	}
	w, _ := strconv.ParseFloat(m[1], 64)
	h, _ := strconv.ParseFloat(m[2], 64)
	if w < 594 || w > 596.5 || h < 841 || h > 843 {
		t.Errorf("page %v×%v pt, want A4 595.3×841.9", w, h)
	}
	text := strings.Join(strings.Fields(command(t, "pdftotext", "-enc", "UTF-8", pdf, "-")), "")
	want := strings.Join(strings.Fields(export.PlainText(d, n, false)), "")
	for _, p := range []string{n.Title, want[:min(len(want), 300)], n.Children[0].Title} {
		p = strings.ReplaceAll(p, "\u3000", "")
		if !strings.Contains(strings.ReplaceAll(text, "\u3000", ""), p) {
			t.Errorf("the PDF lacks %q", p)
		}
	}
	if !strings.Contains(text, "—1—") {
		t.Errorf("the PDF has no page number — 1 —")
	}
	fonts := command(t, "pdffonts", pdf)
	t.Logf("pdfinfo: %s×%s pt; pdffonts:\n%s", m[1], m[2], fonts)
	if !regexp.MustCompile(`(?i)CJK|Song|Hei|Kai|Fang|Ming|WenQuanYi|Droid`).MatchString(fonts) {
		t.Errorf("no Chinese font in the PDF:\n%s", fonts)
	}
	if _, err := parse.Open(docx, mustRead(t, docx), parse.Options{}); err != nil {
		t.Error(err)
	}
}

func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return string(out)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
