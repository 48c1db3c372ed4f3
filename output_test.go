package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wenji/internal/basket"
	"wenji/parse"
)

// subtreeOutline is the lines of --outline's output for the node whose
// line is head, and its descendants, dedented to the node's level.
func subtreeOutline(outline, head string) string {
	var b strings.Builder
	indent := -1
	for _, l := range strings.Split(strings.TrimSuffix(outline, "\n"), "\n") {
		d := len(l) - len(strings.TrimLeft(l, " "))
		switch {
		case indent < 0 && strings.TrimSpace(l) == head:
			indent = d
		case indent >= 0 && d <= indent:
			return b.String()
		case indent < 0:
			continue
		}
		b.WriteString(l[indent:] + "\n")
	}
	return b.String()
}

// TestPrintDocx: --print 2 --format docx -o writes article 2 as a .docx
// that reads back to exactly article 2's outline; an existing -o is kept
// (exit 1, one line) unless --force.
func TestPrintDocx(t *testing.T) {
	seed := seedOrSkip(t)
	b, _ := os.ReadFile(seed)
	art := parse.Parse(string(b)).Find([]int{2})
	a := filepath.Join(t.TempDir(), "a.docx")
	if code, out, errOut := cli(t, "", "--print", "2", "--format", "docx", "-o", a, seed); code != 0 || out != "" || errOut != "" {
		t.Fatalf("exit %d, %q, %q", code, out, errOut)
	}
	_, whole, _ := cli(t, "", "--outline", seed)
	want := subtreeOutline(whole, art.Heading())
	code, got, errOut := cli(t, "", "--outline", a)
	if code != 0 || got != want || strings.Count(want, "\n") < 10 {
		t.Errorf("--outline a.docx: exit %d, %q\n%s\nwant\n%s", code, errOut, got, want)
	}
	before, _ := os.ReadFile(a)
	for _, lang := range []string{"en", "zh"} {
		code, _, errOut := cli(t, "", "--lang", lang, "--print", "1", "--format", "docx", "-o", a, seed)
		if after, _ := os.ReadFile(a); code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, a) || string(after) != string(before) {
			t.Errorf("%s: an existing -o: exit %d, %q, file changed: %v", lang, code, errOut, string(after) != string(before))
		}
	}
	if code, _, errOut := cli(t, "", "--print", "1", "--format", "docx", "-o", a, "--force", seed); code != 0 || errOut != "" {
		t.Errorf("--force: exit %d, %q", code, errOut)
	}
	if _, got, _ := cli(t, "", "--outline", a); !strings.HasPrefix(got, parse.Parse(string(b)).Find([]int{1}).Heading()+"\n") {
		t.Errorf("--force did not replace the file:\n%s", got)
	}
	if ents, _ := os.ReadDir(filepath.Dir(a)); len(ents) != 1 {
		t.Errorf("left behind: %v", ents)
	}
	if code, _, _ := cli(t, "", "--print", "9", "--format", "docx", "-o", filepath.Join(t.TempDir(), "b.docx"), seed); code != 1 {
		t.Errorf("--print 9 (no such article) as docx: exit %d", code)
	}
	libreOffice(t, a, parse.Parse(string(b)).Find([]int{1, 1}).Title) // a is article 1 now
}

// libreOffice converts the .docx to PDF with LibreOffice, as a person
// opening it would, and looks for want in its text. The layout itself
// (fonts, sizes, margins) is model/export/docx's TestLibreOffice's.
func libreOffice(t *testing.T, docx, want string) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, tool := range []string{"soffice", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s absent", tool)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	profile := "file://" + filepath.ToSlash(t.TempDir())
	if out, err := exec.CommandContext(ctx, "soffice", "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(docx), ".docx")+".pdf")
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.Join(strings.Fields(string(out)), ""); !strings.Contains(text, strings.Join(strings.Fields(want), "")) {
		t.Errorf("the PDF lacks %q:\n%s", want, text)
	}
}

// TestBasketCLI: --basket prints the excerpts as Markdown with a source
// line under each, writes them as a .docx, and --clear empties the basket.
func TestBasketCLI(t *testing.T) {
	seed := seedOrSkip(t)
	_, data := isolate(t)
	if code, out, errOut := cli(t, "", "--basket", "--lang", "en"); code != 0 || out != "" || !strings.Contains(errOut, "empty") {
		t.Errorf("an empty basket: exit %d, %q, %q", code, out, errOut)
	}
	b, _ := os.ReadFile(seed)
	d := parse.Parse(string(b))
	path, err := basket.DefaultPath()
	if err != nil || !strings.HasPrefix(path, data) {
		t.Fatalf("basket at %q (%v), not under %s", path, err, data)
	}
	bk, err := basket.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][]int{{1, 2}, {3}} {
		bk.Add(basket.FromNode(basket.KindSection, seed, "k", d, d.Find(p)))
	}
	if err := bk.Save(); err != nil {
		t.Fatal(err)
	}
	code, md, _ := cli(t, "", "--basket")
	name := strings.ReplaceAll(filepath.Base(seed), "_", `\_`) // Markdown's escape
	if code != 0 || strings.Count(md, "*来源："+name) != 2 || !strings.Contains(md, d.Find([]int{1, 2}).Title) {
		t.Errorf("--basket: exit %d\n%s", code, md)
	}
	// --format txt: the same excerpts, source lines and all, without markup.
	code, txt, _ := cli(t, "", "--basket", "--format", "txt")
	if code != 0 || strings.Count(txt, "\n来源："+filepath.Base(seed)) != 2 || !strings.Contains(txt, d.Find([]int{1, 2}).Title+"\n") ||
		strings.Contains(txt, "## ") || strings.Contains(txt, "*来源") {
		t.Errorf("--basket --format txt: exit %d\n%s", code, txt)
	}
	out := filepath.Join(t.TempDir(), "basket.docx")
	if code, _, errOut := cli(t, "", "--basket", "--format", "docx", "-o", out); code != 0 || errOut != "" {
		t.Errorf("--basket docx: exit %d, %q", code, errOut)
	}
	if _, outline, _ := cli(t, "", "--outline", out); !strings.Contains(outline, d.Find([]int{1, 2}).Title) || !strings.Contains(outline, d.Find([]int{3}).Title) {
		t.Errorf("the basket's .docx reads back as\n%s", outline)
	}
	if code, _, errOut := cli(t, "", "--basket", "--clear", "--lang", "en"); code != 0 || !strings.Contains(errOut, "2 excerpts") {
		t.Errorf("--clear: exit %d, %q", code, errOut)
	}
	if bk, _ := basket.Open(path); bk.Len() != 0 {
		t.Errorf("%d excerpts after --clear", bk.Len())
	}
	for _, args := range [][]string{{"--clear"}, {"--basket", seed}, {"--basket", "--format", "docx"}, {"--basket", "-o", out}, {"--basket", "--outline"}, {"--basket", "--json"}} {
		if code, _, errOut := cli(t, "", args...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
}

// TestPrintPathValues: a --print value that is not an outline path exits
// 2 with one line in the interface language (an empty one too: it is not
// the whole document; +1 is not 1); a path the document lacks exits 1.
func TestPrintPathValues(t *testing.T) {
	seed := seedOrSkip(t)
	for _, v := range []string{"abc", "", "+1", "1.", ".1", "1..2", "-1", "0.1", "2.x", "1e2", " 1", "１"} {
		for _, lang := range []string{"en", "zh"} {
			want := map[string]string{"en": "outline path", "zh": "大纲路径"}[lang]
			code, out, errOut := cli(t, "", "--lang", lang, "--print", v, seed)
			if code != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, want) {
				t.Errorf("%s --print %q: exit %d, stdout %q, stderr %q", lang, v, code, out, errOut)
			}
		}
	}
	for _, v := range []string{"0", "2", "2.1", "4.2"} {
		if code, out, _ := cli(t, "", "--print", v, seed); code != 0 || out == "" {
			t.Errorf("--print %s: exit %d", v, code)
		}
	}
	if code, _, _ := cli(t, "", "--print", "9.9", seed); code != 1 {
		t.Errorf("--print 9.9: exit %d", code)
	}
	for _, args := range [][]string{{"--format", "docx", "--print", "1", seed}, {"-o", "x.docx", "--print", "1", seed},
		{"--force", "--print", "1", seed}, {"--outline", "--format", "docx", "-o", "x.docx", seed}, {"--format", "pdf", "--print", "1", seed},
		{"--encoding", "nope", seed}, {seed, seed}} {
		if code, _, errOut := cli(t, "", args...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
}

// TestOutputNoFolder: -o into a folder that does not exist names the
// folder, in both languages; it said "no such file" of the file it was
// asked to make. Nothing is written.
func TestOutputNoFolder(t *testing.T) {
	seed := seedOrSkip(t)
	dir := filepath.Join(t.TempDir(), "没有的文件夹")
	for _, tt := range []struct{ lang, want string }{
		{"en", "there is no folder " + dir},
		{"zh", "文件夹 " + dir + " 不存在"},
	} {
		code, _, errOut := cli(t, "", "--lang", tt.lang, "--print", "1", "--format", "docx", "-o", filepath.Join(dir, "a.docx"), seed)
		if code != 1 || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: exit %d, %q; want %q", tt.lang, code, errOut, tt.want)
		}
	}
	if _, err := os.Stat(dir); err == nil {
		t.Error("the folder was made")
	}
}
