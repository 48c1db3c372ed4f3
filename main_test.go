package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/pflag"
	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/model"
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
	_, kept, _ := cli(t, "", "--print", "0", "--keep-junk", seed)
	if !strings.Contains(kept, "哒哒") || !strings.Contains(kept, "##paidend##") {
		t.Error("--print 0 --keep-junk hides junk")
	}
	if code, _, errOut := cli(t, "", "--print", "9.9", seed); code != 1 || !strings.Contains(errOut, "9.9") {
		t.Errorf("--print 9.9: exit %d, %q", code, errOut)
	}
}

func TestJSON(t *testing.T) {
	seed := seedOrSkip(t)
	code, out, _ := cli(t, "", "--json", seed)
	var doc model.JSONDocument
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
		{dir, "is a directory", "是目录"},
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
	if code != 0 || md != doc.Markdown(art, false) {
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

	if _, txt, _ := cli(t, "", "--print", "4.2", "--format", "txt", seed); txt != doc.PlainText(doc.Find([]int{4, 2}), false) {
		t.Errorf("--format txt differs from the plain text:\n%s", txt)
	}

	code, js, _ := cli(t, "", "--print", "4.2", "--format", "json", seed)
	var sub model.JSONNode
	if err := json.Unmarshal([]byte(js), &sub); err != nil || code != 0 {
		t.Fatalf("--print 4.2 --format json: exit %d, %v", code, err)
	}
	if sub.Title != "靶向施策抓整改" || sub.Path != "4.2" || len(sub.Children) != 3 || sub.Children[2].Path != "4.2.3" ||
		sub.Children[2].Title != "抓住要害问题纾民困解民忧" || sub.Children[2].Text == "" || strings.Contains(js, `\u003c`) {
		t.Errorf("subtree JSON: %.300s", js)
	}

	if _, ol, _ := cli(t, "", "--outline", "--format", "md", seed); ol != model.OutlineMarkdown(doc.Root) || !strings.HasPrefix(ol, "- 2023主题教育") || !strings.Contains(ol, "\n    - 坚持校准靶向") {
		t.Errorf("--outline --format md:\n%s", ol)
	}
	if _, ol, _ := cli(t, "", "--outline", "--format", "json", seed); !strings.HasPrefix(ol, "{\n  \"kind\": \"document\"") || strings.Contains(ol, `"text"`) {
		t.Errorf("--outline --format json: %.200s", ol)
	}
	if _, ol, _ := cli(t, "", "--outline", "--format", "txt", seed); ol != model.Outline(doc.Root) {
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
	var doc model.JSONDocument
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
	bomb := filepath.Join(dir, "bomb.docx")
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(strings.Repeat("<w:p><w:r><w:t>甲</w:t></w:r></w:p>", 600000)))
	zw.Close()
	os.WriteFile(bomb, zb.Bytes(), 0o644)
	for _, c := range []struct{ path, en, zh string }{
		{old, "not a readable Word document", "无法读取的 Word 文档"}, // a damaged compound file
		{broken, "not a readable Word document", "无法读取的 Word 文档"},
		{bomb, "hundreds of times its size", "原大小的数百倍"},
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

// helpRows returns the help's rows of two columns (a usage form or a flag,
// and what it does) with the column, as drawn, where the second begins.
func helpRows(help string) (rows []string, starts []int) {
	for _, l := range strings.Split(help, "\n") {
		if !strings.HasPrefix(l, "  ") {
			continue
		}
		body := strings.TrimLeft(l, " ")
		gap := strings.Index(body, "  ")
		if gap < 0 {
			continue
		}
		desc := strings.TrimLeft(body[gap:], " ")
		rows = append(rows, l)
		starts = append(starts, drawnWidth(l[:len(l)-len(desc)]))
	}
	return rows, starts
}

// TestHelp: --help speaks the locale's language (or --lang's), lists every
// way to run wenji and every flag, with values as they are typed and no
// pflag noise, in aligned columns.
func TestHelp(t *testing.T) {
	var o options
	fl := newFlags(&o)
	// Words allowed in the Chinese help: the command, flag values and the
	// names of encodings, formats and environment variables.
	allowed := map[string]bool{"wenji": true, "zh": true, "en": true, "txt": true, "md": true, "json": true,
		"auto": true, "dark": true, "light": true, "JSON": true, "Markdown": true, "GBK": true, "GB18030": true,
		"Big5": true, "UTF-16LE": true, "RUNEWIDTH_EASTASIAN": true, "NO_COLOR": true}
	word := regexp.MustCompile(`--?[a-z][a-z-]*|[A-Za-z][A-Za-z0-9_-]*`)
	for _, c := range []struct {
		locale string
		args   []string
		lang   string
	}{
		{"C.UTF-8", nil, "en"},
		{"en_US.UTF-8", nil, "en"},
		{"zh_CN.UTF-8", nil, "zh"},
		{"zh_TW.Big5", nil, "zh"},
		{"zh_CN.UTF-8", []string{"--lang", "en"}, "en"},
		{"C.UTF-8", []string{"--lang", "zh"}, "zh"},
	} {
		t.Run(c.locale+strings.Join(c.args, ""), func(t *testing.T) {
			setLocale(t, c.locale)
			code, help, errOut := cli(t, "", append(c.args, "--help")...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if _, h2, _ := cli(t, "", append(c.args, "-h")...); h2 != help {
				t.Error("-h differs from --help")
			}
			fl.VisitAll(func(f *pflag.Flag) {
				if !strings.Contains(help, "--"+f.Name+" ") && !strings.Contains(help, "--"+f.Name+"\n") {
					t.Errorf("--%s is not in the help", f.Name)
				}
			})
			for _, bad := range []string{"[=true|false]", "`", `(default "`, " int ", " string "} {
				if strings.Contains(help, bad) {
					t.Errorf("the help holds %q:\n%s", bad, help)
				}
			}
			if !strings.Contains(help, "--theme auto|dark|light ") || !strings.Contains(help, "--ambiguous-width 1|2 ") {
				t.Errorf("flag values not shown as typed:\n%s", help)
			}
			forms := map[string][]string{
				"en": {"  wenji FILE  ", "  wenji DIR  ", "  wenji -  ", "  wenji  ", "  wenji --outline FILE  ", "  wenji --json FILE  ", "  wenji --print PATH FILE  "},
				"zh": {"  wenji 文件  ", "  wenji 目录  ", "  wenji -  ", "  wenji  ", "  wenji --outline 文件  ", "  wenji --json 文件  ", "  wenji --print 路径 文件  "},
			}[c.lang]
			for _, f := range forms {
				if !strings.Contains(help, "\n"+f) {
					t.Errorf("no usage line %q:\n%s", f, help)
				}
			}
			// Two blocks (forms, flags), each in two aligned columns.
			rows, starts := helpRows(help)
			if len(rows) != len(usageForms)+len(flagHelp) {
				t.Errorf("%d rows, want %d forms and %d flags:\n%s", len(rows), len(usageForms), len(flagHelp), help)
			}
			for i := range rows {
				first := 0
				if i >= len(usageForms) {
					first = len(usageForms)
				}
				if starts[i] != starts[first] {
					t.Errorf("row %q: its text starts at column %d, the block's at %d", rows[i], starts[i], starts[first])
				}
			}
			switch c.lang {
			case "zh":
				for _, l := range strings.Split(help, "\n") {
					for _, w := range word.FindAllString(l, -1) {
						if !strings.HasPrefix(w, "-") && !allowed[w] {
							t.Errorf("English %q in the Chinese help: %q", w, l)
						}
					}
				}
				for _, want := range []string{"用法：", "选项：", "示例文档"} {
					if !strings.Contains(help, want) {
						t.Errorf("no %q in the Chinese help", want)
					}
				}
			case "en":
				for _, want := range []string{"Usage:", "Flags:", "embedded sample", "the library"} {
					if !strings.Contains(help, want) {
						t.Errorf("no %q in the English help", want)
					}
				}
				if han := regexp.MustCompile(`\p{Han}+`).FindAllString(help, -1); len(han) != 1 || han[0] != "文集" {
					t.Errorf("Chinese in the English help: %q", han)
				}
			}
		})
	}
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
	// --lang before the mistake is heeded.
	setLocale(t, "C.UTF-8")
	if _, _, errOut := cli(t, "", "--lang", "zh", "--bogus"); !strings.Contains(errOut, "没有 --bogus 这个选项") {
		t.Errorf("--lang zh --bogus: %q", errOut)
	}
}

// TestAmbiguousWidth: the reader's ambiguous width comes from
// --ambiguous-width, else RUNEWIDTH_EASTASIAN (0: ui reads it), else the
// terminal's answer, else the locale (0); the terminal is asked only when
// its answer counts, and never by the modes that print.
func TestAmbiguousWidth(t *testing.T) {
	asked := 0
	answer := 1
	old := probeAmbiguous
	probeAmbiguous = func() int { asked++; return answer }
	t.Cleanup(func() { probeAmbiguous = old })
	setLocale(t, "zh_CN.UTF-8") // the locale alone says 2
	for _, c := range []struct {
		flag        int
		env, term   string
		answer      int
		want, asked int
	}{
		{flag: 2, term: "xterm", answer: 1, want: 2},
		{flag: 1, env: "1", term: "xterm", answer: 2, want: 1},
		{env: "1", term: "xterm", answer: 1, want: 0},
		{env: "0", term: "xterm", answer: 2, want: 0},
		{term: "dumb", answer: 1, want: 0},
		{term: "xterm", answer: 1, want: 1, asked: 1},
		{term: "xterm-256color", answer: 2, want: 2, asked: 1},
		{term: "xterm", answer: 0, want: 0, asked: 1},
	} {
		asked, answer = 0, c.answer
		t.Setenv("RUNEWIDTH_EASTASIAN", c.env)
		t.Setenv("TERM", c.term)
		if got := ambiguousWidth(options{ambiguous: c.flag}); got != c.want || asked != c.asked {
			t.Errorf("%+v: %d, asked %d times; want %d, %d", c, got, asked, c.want, c.asked)
		}
	}

	// On a terminal, the reader asks before it reads the document (a
	// missing one here, so that no reader starts), the modes that print
	// never; nor does wenji - with the terminal as standard input, which
	// is refused.
	t.Setenv("RUNEWIDTH_EASTASIAN", "")
	t.Setenv("TERM", "xterm")
	oldTerm := stdoutIsTerminal
	stdoutIsTerminal = func() bool { return true }
	t.Cleanup(func() { stdoutIsTerminal = oldTerm })
	missing := filepath.Join(t.TempDir(), "missing.txt")
	for _, c := range []struct {
		args  []string
		asked int
	}{
		{[]string{missing}, 1},
		{[]string{"--no-resume", missing}, 1},
		{[]string{"--ambiguous-width", "2", missing}, 0},
		{[]string{"--outline", "testdata/sample.txt"}, 0},
		{[]string{"--print", "1", "testdata/sample.txt"}, 0},
		{[]string{"--json", "testdata/sample.txt"}, 0},
		{[]string{"--outline", "--format", "md", "testdata/sample.txt"}, 0},
		{[]string{"--help"}, 0},
		{[]string{"--version"}, 0},
		{[]string{"--bogus"}, 0},
	} {
		asked = 0
		cli(t, "", c.args...)
		if asked != c.asked {
			t.Errorf("wenji %v asked the terminal %d times, want %d", c.args, asked, c.asked)
		}
	}
	if tty, err := os.Open("/dev/tty"); err == nil {
		defer tty.Close()
		asked = 0
		var out, errOut strings.Builder
		if code := run([]string{"-"}, tty, &out, &errOut); code != 1 || asked != 0 {
			t.Errorf("wenji - on a terminal: exit %d, %q, asked %d times", code, errOut.String(), asked)
		}
	}
}
