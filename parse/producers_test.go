package parse

import (
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"wenji/model/export"
	"wenji/parse/pdf"
)

// A producer makes one file from each of ins (the LibreOffice-ready
// .docx files, or another producer's outputs), into dir, and returns
// their paths; an error skips it (a tool absent here).
type producer struct {
	name string
	// from names the producer whose output this one rewrites ("" for the
	// .docx itself).
	from string
	make func(dir string, ins []string) ([]string, error)
}

func runTool(dir string, name string, args ...string) error {
	if _, err := exec.LookPath(name); err != nil {
		return fmt.Errorf("%s absent", name)
	}
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v %s", name, err, out)
	}
	return nil
}

// loConvert converts src to filter's format with LibreOffice, the output
// named ext in a folder of its own (tag) under dir.
func loConvert(tag, ext, filter string) func(string, []string) ([]string, error) {
	return func(dir string, srcs []string) ([]string, error) {
		out := filepath.Join(dir, tag)
		os.MkdirAll(out, 0o755)
		args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", filter, "--outdir", out}
		err := runTool(dir, "soffice", append(args, srcs...)...)
		var outs []string
		for _, src := range srcs {
			outs = append(outs, filepath.Join(out, strings.TrimSuffix(filepath.Base(src), ".docx")+"."+ext))
		}
		return outs, err
	}
}

// rewrite runs a tool on each input: args gives its arguments for one
// input and output, tag the output's name before its extension.
func rewrite(tag string, args func(in, out string) [][]string) func(string, []string) ([]string, error) {
	return func(dir string, ins []string) ([]string, error) {
		var outs []string
		for _, in := range ins {
			out := strings.TrimSuffix(in, ".pdf") + "." + tag + ".pdf"
			for _, cmd := range args(in, out) {
				if err := runTool(dir, cmd[0], cmd[1:]...); err != nil {
					return nil, err
				}
			}
			outs = append(outs, out)
		}
		return outs, nil
	}
}

const loPDFA = `pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}`
const loTagged = `pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}`

var producers = []producer{
	{"LO pdf", "", loConvert("lopdf", "pdf", "pdf")},
	{"LO pdf/A-2", "", loConvert("lopdfa", "pdf", loPDFA)},
	{"LO tagged pdf", "", loConvert("lotag", "pdf", loTagged)},
	{"gs pdfwrite", "LO pdf", rewrite("gs", func(in, out string) [][]string {
		return [][]string{{"gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, in}}
	})},
	{"pdftops+ps2pdf", "LO pdf", rewrite("ps2pdf", func(in, out string) [][]string {
		ps := out + ".ps"
		return [][]string{{"pdftops", in, ps}, {"ps2pdf", ps, out}}
	})},
	{"ps2write+ps2pdf", "LO pdf", rewrite("ps2write", func(in, out string) [][]string {
		ps := out + ".ps"
		return [][]string{{"gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=ps2write", "-o", ps, in}, {"ps2pdf", ps, out}}
	})},
	{"pdftocairo", "LO pdf", rewrite("cairo", func(in, out string) [][]string { return [][]string{{"pdftocairo", "-pdf", in, out}} })},
	{"qpdf objstm", "LO pdf", rewrite("objstm", func(in, out string) [][]string {
		return [][]string{{"qpdf", "--object-streams=generate", in, out}}
	})},
	{"qpdf linearized", "LO pdf", rewrite("lin", func(in, out string) [][]string {
		return [][]string{{"qpdf", "--linearize", in, out}}
	})},
	{"LO doc", "", loConvert("lodoc", "doc", "doc:MS Word 97")},
	{"LO rtf", "", loConvert("lortf", "rtf", "rtf")},
	{"LO odt", "", loConvert("loodt", "odt", "odt")},
	{"LO epub", "", loConvert("loepub", "epub", "epub")},
	{"LO html", "", loConvert("lohtml", "html", "html:HTML (StarWriter)")},
	// Browser-like typesetters of LibreOffice's HTML: they break CJK lines
	// where they may (kinsoku) and justify nothing.
	{"weasyprint", "LO html", rewrite("weasy", func(in, out string) [][]string {
		return [][]string{{"weasyprint", "-q", in, out}}
	})},
	{"wkhtmltopdf", "LO html", rewrite("wk", func(in, out string) [][]string {
		return [][]string{{"wkhtmltopdf", "-q", "--enable-local-file-access", in, out}}
	})},
}

// matrixFloors are each producer's floors for the share of the .docx's
// outline lines found and of its paragraphs read whole: what the reader
// gave at session 16's end less a margin. The PDFs lose what LibreOffice
// does not print (a list's ⑴ format) and a heading set right under a
// table; the HTML and EPUB exports carry no list numbers (一、 （一）:
// LibreOffice writes <ol> and none at all); the PostScript round trips
// keep no map to characters (unread, as pdftotext reads them).
var matrixFloors = map[string][2]float64{
	"LO pdf": {0.97, 0.88}, "LO pdf/A-2": {0.97, 0.88}, "LO tagged pdf": {0.97, 0.88}, "gs pdfwrite": {0.93, 0.86},
	"pdftocairo": {0.97, 0.88}, "qpdf objstm": {0.97, 0.88}, "qpdf linearized": {0.97, 0.88},
	"LO doc": {0.99, 0.99}, "LO rtf": {0.99, 0.99}, "LO odt": {0.99, 0.99}, "LO epub": {0.86, 0.92}, "LO html": {0.86, 0.92},
}

// matrixRow sums one producer's files against their .docx.
type matrixRow struct {
	files, same                    int
	heads, headsFound, ab, abFound int
	extra                          int
	paras, whole, doubled, order   int
	bad, unread                    int
	differ                         []string
}

// outlineKeys are an outline's lines, spaces trimmed, in order.
func outlineKeys(outline string) []string {
	var out []string
	for _, l := range strings.Split(outline, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
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
	return prev[len(b)]
}

// strayRunes counts the runes no reading text should hold: controls other
// than newline and tab, U+FFFD, private-use code points.
func strayRunes(s string) int {
	n := 0
	for _, r := range s {
		if (unicode.IsControl(r) && r != '\n' && r != '\t') || r == '\uFFFD' || unicode.Is(unicode.Co, r) {
			n++
		}
	}
	return n
}

func (m *matrixRow) add(name string, truthText, truthOutline, text, outline string) {
	m.files++
	if outline == truthOutline {
		m.same++
	} else {
		m.differ = append(m.differ, name)
	}
	want, got := outlineKeys(truthOutline), outlineKeys(outline)
	has := map[string]int{}
	for _, k := range got[min(1, len(got)):] {
		has[k]++
	}
	for _, k := range want[min(1, len(want)):] {
		isAB := numberedA(k) || numberedB(k)
		m.heads++
		if isAB {
			m.ab++
		}
		if has[k] > 0 {
			has[k]--
			m.headsFound++
			if isAB {
				m.abFound++
			}
		}
	}
	for _, n := range has {
		m.extra += n
	}
	lines := func(s string) []string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
		return out
	}
	tl, gl := lines(truthText), lines(text)
	count := map[string]int{}
	for _, l := range gl {
		count[l]++
	}
	wantN := map[string]int{}
	for _, l := range tl {
		wantN[l]++
	}
	var kept []string
	for _, l := range tl {
		m.paras++
		if count[l] > 0 {
			m.whole++
			kept = append(kept, l)
		}
	}
	for l, n := range count {
		if w := wantN[l]; w > 0 && n > w {
			m.doubled += n - w
		}
	}
	var gotKept []string
	for _, l := range gl {
		if wantN[l] > 0 {
			gotKept = append(gotKept, l)
		}
	}
	m.order += len(kept) - lcs(kept, gotKept)
	m.bad += strayRunes(text)
}

func numberedA(s string) bool {
	r := []rune(s)
	i := 0
	for i < len(r) && i < 3 && strings.ContainsRune("一二三四五六七八九十", r[i]) {
		i++
	}
	return i > 0 && i < len(r) && r[i] == '、'
}

func numberedB(s string) bool {
	rest, ok := strings.CutPrefix(s, "（")
	if !ok {
		return false
	}
	r := []rune(rest)
	i := 0
	for i < len(r) && i < 3 && strings.ContainsRune("一二三四五六七八九十", r[i]) {
		i++
	}
	return i > 0 && i < len(r) && r[i] == '）'
}

// matrixFixtures are the family reports the matrix converts: all of them
// under WENJI_MATRIX=all (some ten minutes), otherwise one in sixteen by
// the FNV-1a hash of its path (some ten reports: the default run stays
// within CI's budget). The hash keeps a report in or out whatever joins
// the fixtures: every sixteenth by position moved the sample each time
// six blind reports joined (session 20: onto three reports numbered by
// Word's list, whose HTML and EPUB exports carry no numbers).
func matrixFixtures(t *testing.T) []string {
	names, _ := filepath.Glob("testdata/family/*.txt")
	fresh, _ := filepath.Glob("testdata/family/fresh/*.txt")
	names = append(names, fresh...)
	sort.Strings(names)
	if os.Getenv("WENJI_MATRIX") == "all" {
		return names
	}
	var out []string
	for _, n := range names {
		h := fnv.New32a()
		h.Write([]byte(n))
		if h.Sum32()%16 == 0 {
			out = append(out, n)
		}
	}
	return out
}

// TestProducerMatrix converts family reports' .docx with every producer
// installed here and reads each output against the .docx: outlines the
// same, the .docx's outline lines found (A/B: 一、 and （一） headings),
// extra lines, paragraphs whole, doubled and out of order, stray runes.
// Skipped under -short; a producer absent here is named and left out.
func TestProducerMatrix(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil || testing.Short() {
		t.Skip("no soffice, or -short")
	}
	dir := t.TempDir()
	var srcs []string
	for _, path := range matrixFixtures(t) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(path, "testdata/family/"), ".txt"), "/", "_")
		p := filepath.Join(dir, base+".docx")
		if err := os.WriteFile(p, officeDocx(t, familyDocx(t, string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, p)
	}
	rows := map[string]*matrixRow{}
	outputs := map[string][]string{} // producer → outputs, srcs' order
	for _, p := range producers {
		ins := srcs
		if p.from != "" {
			if ins = outputs[p.from]; ins == nil {
				continue
			}
		}
		outs, err := p.make(dir, ins)
		if err != nil {
			t.Logf("%s: %v", p.name, err)
			continue
		}
		outputs[p.name] = outs
		row := &matrixRow{}
		for i, src := range srcs {
			data, err := os.ReadFile(outs[i])
			if err != nil {
				t.Errorf("%s %s: %v", p.name, src, err)
				continue
			}
			x, _ := os.ReadFile(src)
			truth, _ := Open("truth.docx", x, Options{})
			doc, err := Open(outs[i], data, Options{})
			if errors.Is(err, pdf.ErrNoUnicode) {
				row.unread++ // pdftotext reads no text either
				continue
			}
			if err != nil {
				t.Errorf("%s %s: %v", p.name, src, err)
				continue
			}
			row.add(strings.TrimSuffix(filepath.Base(src), ".docx"), truth.Text, export.Outline(truth.Root), doc.Text, export.Outline(doc.Root))
		}
		rows[p.name] = row
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %5s %6s %5s %9s %9s %5s %9s %4s %4s %4s\n", "producer", "files", "unread", "same", "lines", "A/B", "extra", "paras", "dbl", "ord", "bad")
	for _, p := range producers {
		r := rows[p.name]
		if r == nil {
			continue
		}
		fmt.Fprintf(&b, "%-16s %5d %6d %5d %4d/%-4d %4d/%-4d %5d %4d/%-4d %4d %4d %4d\n", p.name, r.files+r.unread, r.unread, r.same,
			r.headsFound, r.heads, r.abFound, r.ab, r.extra, r.whole, r.paras, r.doubled, r.order, r.bad)
		if os.Getenv("WENJI_MATRIX_V") != "" {
			fmt.Fprintf(&b, "    differ: %s\n", strings.Join(r.differ, " "))
		}
	}
	t.Logf("against the .docx:\n%s", b.String())
	for _, p := range producers {
		r := rows[p.name]
		if r == nil || r.files == 0 {
			continue
		}
		f := matrixFloors[p.name]
		lines, paras := float64(r.headsFound)/float64(max(r.heads, 1)), float64(r.whole)/float64(max(r.paras, 1))
		if lines < f[0] || paras < f[1] || r.bad > 0 || r.doubled*100 > r.paras {
			t.Errorf("%s: outline lines %.3f (floor %.2f), paragraphs whole %.3f (floor %.2f), stray runes %d, doubled %d",
				p.name, lines, f[0], paras, f[1], r.bad, r.doubled)
		}
	}
	if dump := os.Getenv("WENJI_MATRIX_DUMP"); dump != "" {
		for name, outs := range outputs {
			for i, src := range srcs {
				base := strings.TrimSuffix(filepath.Base(src), ".docx")
				x, _ := os.ReadFile(src)
				os.WriteFile(filepath.Join(dump, filepath.Base(src)), x, 0o644)
				data, _ := os.ReadFile(outs[i])
				os.WriteFile(filepath.Join(dump, base+"."+strings.ReplaceAll(name, "/", "_")+filepath.Ext(outs[i])), data, 0o644)
			}
		}
	}
}
