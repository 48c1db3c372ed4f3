package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
	"github.com/spf13/pflag"
)

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
		"Big5": true, "UTF-16LE": true, "RUNEWIDTH_EASTASIAN": true, "NO_COLOR": true,
		"docx": true, "Word": true, "GB": true, "T": true, "grep": true}
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
				"zh": {"  wenji 文件  ", "  wenji 文件夹  ", "  wenji -  ", "  wenji  ", "  wenji --outline 文件  ", "  wenji --json 文件  ", "  wenji --print 路径 文件  "},
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

	// On a terminal, the reader asks only once the document has opened:
	// a missing one is never asked about (an error right after the
	// question would leave the late answer to be echoed into the shell);
	// the modes that print never ask; nor does wenji - with the terminal
	// as standard input, which is refused.
	t.Setenv("RUNEWIDTH_EASTASIAN", "")
	t.Setenv("TERM", "xterm")
	oldTerm := stdoutIsTerminal
	stdoutIsTerminal = func() bool { return true }
	t.Cleanup(func() { stdoutIsTerminal = oldTerm })
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // --search's cache
	missing := filepath.Join(t.TempDir(), "missing.txt")
	for _, c := range []struct {
		args  []string
		asked int
	}{
		{[]string{missing}, 0},
		{[]string{"--no-resume", missing}, 0},
		{[]string{filepath.Join(missing, "dir") + "/"}, 0},
		{[]string{"--search", "x", "../../testdata/sample.txt"}, 0},
		{[]string{"--ambiguous-width", "2", missing}, 0},
		{[]string{"--outline", "../../testdata/sample.txt"}, 0},
		{[]string{"--print", "1", "../../testdata/sample.txt"}, 0},
		{[]string{"--json", "../../testdata/sample.txt"}, 0},
		{[]string{"--outline", "--format", "md", "../../testdata/sample.txt"}, 0},
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

// setLocale sets the locale the interface language comes from.
func setLocale(t *testing.T, lang string) {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", lang)
}

// cli runs the command line in-process and returns its outputs.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
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

// drawnWidth measures s as tmux draws it: East Asian Ambiguous characters
// one column wide, whatever the locale wenji runs in.
func drawnWidth(s string) int {
	c := runewidth.NewCondition()
	c.EastAsianWidth = false
	return c.StringWidth(s)
}

// run is the root command's run for these tests: the flags, then the mode,
// with the sample read from testdata.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, code, done := Parse(args, "test", stdin, stdout, stderr)
	if done {
		return code
	}
	b, err := os.ReadFile("../../testdata/sample.txt")
	if err != nil {
		panic(err)
	}
	cfg.Sample = string(b)
	return Run(cfg, stdin, stdout, stderr)
}

// TestClearWithFormat: --clear goes with neither --format nor -o: `wenji
// --basket --clear --format docx -o out.docx`, read as "write it out, then
// empty it", emptied the basket and wrote nothing; now it is one line,
// exit 2, and the basket is as it was.
func TestClearWithFormat(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	path := filepath.Join(data, "wenji", "basket.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	const one = `{"version":1,"excerpts":[{"id":"a1","kind":"section","heading":"甲","text":"甲\n正文。\n","source":{"name":"x.txt","path":"/x.txt"}}]}`
	out := filepath.Join(t.TempDir(), "out.docx")
	for _, args := range [][]string{
		{"--basket", "--clear", "--format", "docx", "-o", out},
		{"--basket", "--clear", "--format", "md"},
		{"--basket", "--clear", "--format", "json"},
	} {
		if err := os.WriteFile(path, []byte(one), 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := cli(t, "", append(args, "--lang", "en")...)
		if code != 2 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "--clear") {
			t.Errorf("%v: exit %d, %q; want 2 and one line naming --clear", args, code, errOut)
		}
		if b, _ := os.ReadFile(path); string(b) != one {
			t.Errorf("%v changed the basket: %s", args, b)
		}
	}
}

// TestJSONWithPrintOrOutline: --json prints the whole tree, so `--print 2
// --json` (read as "node 2 as JSON") and `--outline --json` printed the
// whole document's tree, the path or the outline dropped without a word.
// They are one line and exit 2 now, naming --format json, which prints a
// node's subtree; --search --json (hits as JSON lines) is unchanged.
func TestJSONWithPrintOrOutline(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(doc, []byte("标题\n\n一、第一部分\n\n正文内容。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--print", "1", "--json", doc},
		{"--json", "--print", "0", doc},
		{"--outline", "--json", doc},
	} {
		code, out, errOut := cli(t, "", append(args, "--lang", "en")...)
		if code != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "--format json") {
			t.Errorf("%v: exit %d, out %q, err %q; want 2 and one line naming --format json", args, code, out, errOut)
		}
	}
	if code, out, _ := cli(t, "", "--search", "正文", "--json", doc); code != 0 || !strings.Contains(out, `"match"`) {
		t.Errorf("--search --json: exit %d, %q", code, out)
	}
}

// TestFlagHelpOutlineName: --help's Chinese calls the outline 大纲 and a
// folder 文件夹, as the reader's help, status bar and messages do (it said
// 提纲, the ? help 目录), and a section 一节, not the tree's 节点.
// internal/text's TestOneNameForTheOutline checks the message catalogue.
func TestFlagHelpOutlineName(t *testing.T) {
	old := regexp.MustCompile(`提纲|目录|目錄|纲要|节点`)
	var zh []string
	for _, f := range flagHelp {
		zh = append(zh, f.arg[1], f.text[1])
	}
	for _, u := range usageForms {
		zh = append(zh, u.form[1], u.text[1])
	}
	for _, s := range zh {
		if m := old.FindString(s); m != "" {
			t.Errorf("--help says %s: %q", m, s)
		}
	}
	var o options
	if h := usage("zh", newFlags(&o)); !strings.Contains(h, "输出大纲") {
		t.Errorf("the Chinese --help never names the outline 大纲:\n%s", h)
	}
}
