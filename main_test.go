package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

const seedPath = "../shared/seeds/000_9aa560646d353a75.txt"

func seedOrSkip(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("%s is absent", seedPath)
	}
	return seedPath
}

// cli runs the command line in-process and returns its outputs.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
}

func TestOutlineSeed(t *testing.T) {
	seed := seedOrSkip(t)
	code, out, errOut := cli(t, "", "--outline", seed)
	want, err := os.ReadFile("parse/testdata/seed.want")
	if err != nil {
		t.Fatal(err)
	}
	if code != 0 || out != string(want) || errOut != "" {
		t.Errorf("--outline: exit %d, stderr %q, outline:\n%s", code, errOut, out)
	}
	// Flags may come after the file, GNU style.
	if _, out2, _ := cli(t, "", seed, "--outline"); out2 != out {
		t.Error("FILE --outline differs from --outline FILE")
	}
}

// TestStdinTitle: a document from standard input without a title of its
// own is called what the reader calls it, in the interface language.
func TestStdinTitle(t *testing.T) {
	for lang, want := range map[string]string{"en": "stdin\n", "zh": "标准输入\n"} {
		code, out, _ := cli(t, "一、标题\n正文\n", "--lang", lang, "--outline", "-")
		if code != 0 || !strings.HasPrefix(out, want) {
			t.Errorf("%s: exit %d, outline %q, want it to start %q", lang, code, out, want)
		}
	}
	// A file's name heads the outline on one line, its controls shown.
	evil := filepath.Join(t.TempDir(), "evil\nname\t.txt")
	if err := os.WriteFile(evil, []byte("一、标题\n正文\n"), 0o644); err != nil {
		t.Skipf("the file system refuses the name: %v", err)
	}
	if code, out, _ := cli(t, "", "--outline", evil); code != 0 || !strings.HasPrefix(out, "evil␊name␉.txt\n  一、标题\n") {
		t.Errorf("exit %d, outline %q", code, out)
	}
}

func TestPrint(t *testing.T) {
	seed := seedOrSkip(t)
	code, out, _ := cli(t, "", "--print", "4.2", seed)
	if code != 0 || !strings.HasPrefix(out, "靶向施策抓整改\n") || strings.Contains(out, "开门整治") || !strings.Contains(out, "抓住要害问题纾民困解民忧") {
		t.Errorf("--print 4.2: exit %d\n%s", code, out)
	}
	_, all, _ := cli(t, "", "--print", "0", seed)
	if strings.Contains(all, "哒哒") || strings.Contains(all, "##paid") {
		t.Error("--print 0 shows junk")
	}
	// The whole compilation keeps its articles apart, so that the printed
	// text read again has the outline it was printed from.
	if want, _ := os.ReadFile("parse/testdata/seed.want"); !strings.Contains(all, "。\n\n\n发挥领头羊和火车头作用") ||
		export.Outline(parse.Parse(all).Root) != string(want) {
		t.Errorf("--print 0 lost the articles' gaps:\n%s", all)
	}
	// One article prints without them, as y copies it.
	b, _ := os.ReadFile(seed)
	doc := parse.Parse(string(b))
	if _, art, _ := cli(t, "", "--print", "2", seed); art != export.PlainText(doc, doc.Find([]int{2}), false) {
		t.Errorf("--print 2 differs from its copy:\n%s", art)
	}
	_, kept, _ := cli(t, "", "--print", "0", "--keep-junk", seed)
	if !strings.Contains(kept, "哒哒") || !strings.Contains(kept, "##paidend##") {
		t.Error("--print 0 --keep-junk hides junk")
	}
	if code, _, errOut := cli(t, "", "--print", "9.9", seed); code != 1 || !strings.Contains(errOut, "9.9") {
		t.Errorf("--print 9.9: exit %d, %q", code, errOut)
	}
}

// TestPipedOut: wenji FILE with its output going to a pipe writes the
// document's text as --print 0 does, articles apart.
func TestPipedOut(t *testing.T) {
	seed := seedOrSkip(t)
	if raceOn {
		t.Skip("-race: builds and runs a wenji without it")
	}
	out, err := exec.Command(buildWenji(t), seed).Output()
	if _, want, _ := cli(t, "", "--print", "0", seed); err != nil || string(out) != want || !strings.Contains(want, "。\n\n\n发挥领头羊和火车头作用") {
		t.Errorf("wenji FILE | cat: %v\n%s", err, out)
	}
}

func TestJSON(t *testing.T) {
	seed := seedOrSkip(t)
	code, out, _ := cli(t, "", "--json", seed)
	var doc export.JSONDocument
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != 0 {
		t.Fatalf("--json: exit %d, %v", code, err)
	}
	if doc.Root.Kind != "document" || len(doc.Root.Children) != 4 || doc.Root.Children[0].Kind != "article" {
		t.Errorf("root %+v", doc.Root)
	}
	m := doc.Root.Children[0].Children[0].Children[0]
	if m.Kind != "measure" || !m.Inferred || m.Title != "强化对标学习，把准选题方向" || m.Line == 0 || m.Chars == 0 {
		t.Errorf("first measure %+v", m)
	}
	if len(doc.Junk) != 5 || doc.Junk[1].Kind != "promo" || !strings.Contains(doc.Junk[1].Text, "哒哒") {
		t.Errorf("junk %+v", doc.Junk)
	}
	if doc.Encoding != "UTF-8" {
		t.Errorf("encoding %q", doc.Encoding)
	}
}

// TestBadInput: each bad path gets one line on stderr naming it, exit 1.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.dat")
	os.WriteFile(bin, []byte("abc\x00\x00\x00def"), 0o644)
	noRead := filepath.Join(dir, "secret.txt")
	os.WriteFile(noRead, []byte("正文。"), 0o000)
	cases := []struct{ path, en, zh string }{
		{"/no/such/file", "no such file", "文件不存在"},
		{dir, "is a directory", "是文件夹"},
		{bin, "not a text document", "不是文本文档"},
	}
	if os.Geteuid() != 0 { // root reads anything
		cases = append(cases, struct{ path, en, zh string }{noRead, "permission denied", "没有读取权限"})
	}
	for _, c := range cases {
		for _, lang := range []string{"en", "zh"} {
			code, out, errOut := cli(t, "", "--lang", lang, "--outline", c.path)
			want := c.en
			if lang == "zh" {
				want = c.zh
			}
			if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, c.path) || !strings.Contains(errOut, want) {
				t.Errorf("%s (%s): exit %d, stderr %q; want 1 line naming it with %q", c.path, lang, code, errOut, want)
			}
		}
	}
}

func TestFlags(t *testing.T) {
	if code, out, _ := cli(t, "", "--help"); code != 0 || !strings.Contains(out, "--outline") || !strings.Contains(out, "--ambiguous-width") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
	if code, out, _ := cli(t, "", "--version"); code != 0 || !strings.HasPrefix(out, "wenji ") {
		t.Errorf("--version: exit %d %q", code, out)
	}
	for _, args := range [][]string{{"--bogus"}, {"--lang", "fr"}, {"--ambiguous-width", "3"}, {"a", "b"}} {
		if code, _, errOut := cli(t, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	// No file: the embedded sample.
	if code, out, _ := cli(t, "", "--outline"); code != 0 || !strings.HasPrefix(out, "2024年基层治理与作风建设经验做法汇编") {
		t.Errorf("sample outline: exit %d\n%s", code, out)
	}
	// - reads standard input.
	if code, out, _ := cli(t, "标题\n一、做法\n正文。\n", "--outline", "-"); code != 0 || out != "标题\n  一、做法\n" {
		t.Errorf("stdin outline: exit %d %q", code, out)
	}
}

// TestFormat: --format md|json|txt for --print and --outline, and its
// mistakes.
func TestFormat(t *testing.T) {
	seed := seedOrSkip(t)
	b, _ := os.ReadFile(seed)
	doc := parse.Parse(string(b))
	art := doc.Find([]int{2})

	code, md, _ := cli(t, "", "--print", "2", "--format", "md", seed)
	if code != 0 || md != export.Markdown(doc, art, false) {
		t.Fatalf("--print 2 --format md: exit %d\n%s", code, md)
	}
	// Its headings: the article, its five sections and their measures, in
	// order, each one level below its parent.
	var want []string
	model.Walk(art, func(x *model.Node) bool {
		want = append(want, strings.Repeat("#", x.Depth())+" "+x.Heading())
		return true
	})
	var got []string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	if len(want) != 21 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("headings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Contains(md, "哒哒") {
		t.Error("junk in Markdown")
	}

	if _, txt, _ := cli(t, "", "--print", "4.2", "--format", "txt", seed); txt != export.PlainText(doc, doc.Find([]int{4, 2}), false) {
		t.Errorf("--format txt differs from the plain text:\n%s", txt)
	}

	code, js, _ := cli(t, "", "--print", "4.2", "--format", "json", seed)
	var sub export.JSONNode
	if err := json.Unmarshal([]byte(js), &sub); err != nil || code != 0 {
		t.Fatalf("--print 4.2 --format json: exit %d, %v", code, err)
	}
	if sub.Title != "靶向施策抓整改" || sub.Path != "4.2" || len(sub.Children) != 3 || sub.Children[2].Path != "4.2.3" ||
		sub.Children[2].Title != "抓住要害问题纾民困解民忧" || sub.Children[2].Text == "" || strings.Contains(js, `\u003c`) {
		t.Errorf("subtree JSON: %.300s", js)
	}

	if _, ol, _ := cli(t, "", "--outline", "--format", "md", seed); ol != export.OutlineMarkdown(doc.Root) || !strings.HasPrefix(ol, "- 2023主题教育") || !strings.Contains(ol, "\n    - 坚持校准靶向") {
		t.Errorf("--outline --format md:\n%s", ol)
	}
	if _, ol, _ := cli(t, "", "--outline", "--format", "json", seed); !strings.HasPrefix(ol, "{\n  \"kind\": \"document\"") || strings.Contains(ol, `"text"`) {
		t.Errorf("--outline --format json: %.200s", ol)
	}
	if _, ol, _ := cli(t, "", "--outline", "--format", "txt", seed); ol != export.Outline(doc.Root) {
		t.Error("--outline --format txt differs from --outline")
	}

	for _, args := range [][]string{{"--format", "xml", "--print", "1", seed}, {"--format", "md", seed}} {
		if code, out, errOut := cli(t, "", args...); code != 2 || out != "" || !strings.Contains(errOut, "--format") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if _, help, _ := cli(t, "", "--help"); !strings.Contains(help, "--format") {
		t.Error("--help lacks --format")
	}
}

// TestOpenFormats: the CLI reads any encoding, Word from a file or a pipe,
// and names what it refuses, in both languages.
func TestOpenFormats(t *testing.T) {
	seed := seedOrSkip(t)
	want, _ := os.ReadFile("parse/testdata/seed.want")
	src, _ := os.ReadFile(seed)
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gbFile := filepath.Join(dir, "seed-gbk.txt")
	os.WriteFile(gbFile, gb, 0o644)
	if code, out, errOut := cli(t, "", "--outline", gbFile); code != 0 || out != string(want) {
		t.Errorf("GB18030 file: exit %d, stderr %q, outline differs", code, errOut)
	}
	if code, out, _ := cli(t, string(gb), "--outline", "-"); code != 0 || out != string(want) {
		t.Errorf("GB18030 on stdin: exit %d, outline differs", code)
	}
	code, out, _ := cli(t, "", "--json", gbFile)
	var doc export.JSONDocument
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Encoding != "GB18030" {
		t.Errorf("--json: exit %d, encoding %q", code, doc.Encoding)
	}
	code, out, _ = cli(t, "", "--json", "--encoding", "gbk", gbFile)
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Encoding != "GBK" {
		t.Errorf("--encoding gbk: exit %d, encoding %q", code, doc.Encoding)
	}
	if code, _, errOut := cli(t, "", "--encoding", "klingon", "--outline", gbFile); code != 2 || !strings.Contains(errOut, "unknown encoding") {
		t.Errorf("--encoding klingon: exit %d %q", code, errOut)
	}

	docx := "../shared/corpus/henan-gov-work-report-2025.docx"
	if b, err := os.ReadFile(docx); err == nil {
		_, fromFile, _ := cli(t, "", "--outline", docx)
		code, fromPipe, _ := cli(t, string(b), "--outline", "-")
		if code != 0 || fromPipe != fromFile || !strings.Contains(fromFile, "  三、2025年重点工作\n    （一）更大力度推动全方位扩大内需\n") {
			t.Errorf("docx through a pipe: exit %d\n%s", code, fromPipe)
		}
	}

	old := filepath.Join(dir, "old.doc")
	os.WriteFile(old, append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), 0o644)
	broken := filepath.Join(dir, "broken.docx")
	os.WriteFile(broken, []byte("PK\x03\x04 not really"), 0o644)
	brokenEPUB := filepath.Join(dir, "broken.epub")
	os.WriteFile(brokenEPUB, []byte("PK\x03\x04 not really"), 0o644)
	bomb := filepath.Join(dir, "bomb.docx")
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, _ := zw.Create("chapter1.txt")
	w.Write([]byte("正文。"))
	zw.Close()
	notBook := filepath.Join(dir, "book.epub")
	os.WriteFile(notBook, zb.Bytes(), 0o644)
	zb.Reset()
	zw = zip.NewWriter(&zb)
	w, _ = zw.Create("word/document.xml")
	w.Write([]byte(strings.Repeat("<w:p><w:r><w:t>甲</w:t></w:r></w:p>", 600000)))
	zw.Close()
	os.WriteFile(bomb, zb.Bytes(), 0o644)
	for _, c := range []struct{ path, en, zh string }{
		{old, "a damaged Word .doc file: its directory is cut short or broken", "Word .doc 文件已损坏"}, // a damaged compound file
		{broken, "a damaged Word .docx file (zip: not a valid zip file)", "Word .docx 文件已损坏"},
		{brokenEPUB, "a damaged EPUB file (zip: not a valid zip file)", "EPUB 文件已损坏"},
		{bomb, "hundreds of times its size", "原大小的数百倍"},
		// a zip named .epub is said to be no EPUB book, not "not a Word document"
		{notBook, "a zip archive, not an EPUB book", "是压缩包，不是 EPUB 电子书"},
	} {
		for _, lang := range []string{"en", "zh"} {
			want := c.en
			if lang == "zh" {
				want = c.zh
			}
			code, out, errOut := cli(t, "", "--lang", lang, "--outline", c.path)
			if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, c.path) || !strings.Contains(errOut, want) {
				t.Errorf("%s (%s): exit %d, stderr %q; want one line naming it with %q", c.path, lang, code, errOut, want)
			}
		}
	}
}

// setLocale sets the locale the interface language comes from.
func setLocale(t *testing.T, lang string) {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", lang)
}

// TestFlagErrors: what pflag refuses is one line in the locale's language,
// exit 2.
func TestFlagErrors(t *testing.T) {
	for _, c := range []struct {
		args   []string
		en, zh string
	}{
		{[]string{"--bogus"}, "wenji: unknown flag --bogus (try 'wenji --help')", "wenji: 没有 --bogus 这个选项（请运行 wenji --help 查看用法）"},
		{[]string{"-x", "a.txt"}, "wenji: unknown flag -x (try 'wenji --help')", "wenji: 没有 -x 这个选项（请运行 wenji --help 查看用法）"},
		{[]string{"a.txt", "--print"}, "wenji: --print needs a value (try 'wenji --help')", "wenji: --print 需要一个值（请运行 wenji --help 查看用法）"},
		{[]string{"--ambiguous-width", "wide"}, `wenji: --ambiguous-width "wide": must be 1 or 2 (try 'wenji --help')`, `wenji: --ambiguous-width "wide": 只能是 1 或 2（请运行 wenji --help 查看用法）`},
		{[]string{"--outline=yes"}, `wenji: --outline takes no value but true or false, not "yes" (try 'wenji --help')`, `wenji: --outline 不带值，或只能是 true、false，不能是 "yes"（请运行 wenji --help 查看用法）`},
		{[]string{"---x"}, "wenji: ---x is not a flag (try 'wenji --help')", "wenji: ---x 不是选项的写法（请运行 wenji --help 查看用法）"},
		// A flag's value left out: pflag took the next flag for it, so -o
		// wrote a file named --force and --search looked for "--count".
		{[]string{"-o", "--force", "--print", "1", "--format", "docx", "a.txt"},
			"wenji: -o needs a value, and --force after it is a flag; to mean it as the value, write -o=--force (try 'wenji --help')",
			"wenji: -o 需要一个值，其后的 --force 却是选项；确要以它为值，请写 -o=--force（请运行 wenji --help 查看用法）"},
		{[]string{"--search", "--count", "安全", "dir"},
			"wenji: --search needs a value, and --count after it is a flag; to mean it as the value, write --search=--count (try 'wenji --help')",
			"wenji: --search 需要一个值，其后的 --count 却是选项；确要以它为值，请写 --search=--count（请运行 wenji --help 查看用法）"},
		{[]string{"a.txt", "--print", "--format=md"},
			"wenji: --print needs a value, and --format=md after it is a flag (try 'wenji --help')",
			"wenji: --print 需要一个值，其后的 --format=md 却是选项（请运行 wenji --help 查看用法）"},
		{[]string{"--encoding", "-h", "a.txt"},
			"wenji: --encoding needs a value, and -h after it is a flag (try 'wenji --help')",
			"wenji: --encoding 需要一个值，其后的 -h 却是选项（请运行 wenji --help 查看用法）"},
		// --lang's own mistake ends as the others do (it had no hint).
		{[]string{"--lang", "fr"}, `wenji: --lang "fr": must be zh or en (try 'wenji --help')`, `wenji: --lang "fr": 只能是 zh 或 en（请运行 wenji --help 查看用法）`},
	} {
		for _, locale := range []string{"C.UTF-8", "zh_CN.UTF-8"} {
			setLocale(t, locale)
			want := c.en
			if strings.HasPrefix(locale, "zh") {
				want = c.zh
			}
			if code, out, errOut := cli(t, "", c.args...); code != 2 || out != "" || errOut != want+"\n" {
				t.Errorf("%s %v: exit %d, stdout %q, stderr %q; want 2 and %q", locale, c.args, code, out, errOut, want)
			}
		}
	}
	// A value that looks like a flag, given with =, is a value, and a
	// flag's value that is a file named like a flag's value still works.
	setLocale(t, "C.UTF-8")
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("标题\n\n正文 --count 在此\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := cli(t, "", "--search=--count", f); code != 0 || !strings.Contains(out, "--count") {
		t.Errorf("--search=--count: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, errOut := cli(t, "", "--search", "-", "--count", f); code != 0 || out != f+":2\n" { // the two - of --count
		t.Errorf("--search - --count: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// --lang before the mistake is heeded.
	if _, _, errOut := cli(t, "", "--lang", "zh", "--bogus"); !strings.Contains(errOut, "没有 --bogus 这个选项") {
		t.Errorf("--lang zh --bogus: %q", errOut)
	}
}
