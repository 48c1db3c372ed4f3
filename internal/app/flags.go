package app

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"wenji/internal/text"
	"wenji/ui/cjk"
)

// The command line's help, in English and Chinese ([0] and [1]; its
// headings are in text.CLI). pflag's own listing is not used: it cannot speak Chinese, it
// writes [=true|false] after every switch, and it takes the first
// backquoted word of a description for the value's name.

// flagHelp is each flag's value (its name, or the values it takes; "" for
// a switch) and what it does.
var flagHelp = map[string]struct{ arg, text [2]string }{
	"outline": {text: [2]string{"print the outline and exit", "输出提纲后退出"}},
	"json": {text: [2]string{"print the tree and the filtered spans as JSON and exit",
		"以 JSON 输出文档树和过滤掉的内容后退出"}},
	"print": {[2]string{"PATH", "路径"}, [2]string{
		"print the clean text of the node at outline PATH and exit (2.1 = first section of the second article; 0 = all)",
		"输出提纲中该位置节点的正文后退出（2.1 即第二篇的第一节，0 即全文）"}},
	"format": {[2]string{"txt|md|json", "txt|md|json"}, [2]string{
		"output of --print and --outline: plain text, Markdown or JSON (default txt)",
		"--print 和 --outline 的输出格式：纯文本、Markdown 或 JSON（默认 txt）"}},
	"keep-junk": {text: [2]string{"keep ads and paid markers in --print", "--print 的输出保留广告和付费标记"}},
	"encoding": {[2]string{"NAME", "编码"}, [2]string{
		"read the file as NAME (GBK, GB18030, Big5, UTF-16LE…) instead of detecting its encoding",
		"按指定的编码（GBK、GB18030、Big5、UTF-16LE…）读取文件，不自动识别"}},
	"lang": {[2]string{"zh|en", "zh|en"}, [2]string{
		"interface language (default: Chinese under a zh locale, else English)",
		"界面语言（默认：中文语言环境下为中文，否则为英文）"}},
	"ambiguous-width": {[2]string{"1|2", "1|2"}, [2]string{
		"columns of East Asian Ambiguous characters (“”…—·① and box drawing); default: RUNEWIDTH_EASTASIAN, else ask the terminal, else the locale",
		"东亚宽度不定的字符（“”…—·① 和框线）占几列；默认依次取 RUNEWIDTH_EASTASIAN、终端的回答、语言环境"}},
	"theme": {[2]string{"auto|dark|light", "auto|dark|light"}, [2]string{
		"colours for a dark or a light terminal background (default auto: ask the terminal); NO_COLOR turns colours off",
		"按深色或浅色的终端背景配色（默认 auto：询问终端）；设置 NO_COLOR 则不用颜色"}},
	"no-resume": {text: [2]string{"start at the top instead of where the document was left (marks are kept)",
		"从头阅读，不回到上次离开的位置（标记仍保留）"}},
	"no-cache": {text: [2]string{"parse every document of a library again instead of reading the cache of parsed documents",
		"文库中的文档全部重新解析，不读写已解析文档的缓存"}},
	"help":    {text: [2]string{"show this help", "显示本帮助"}},
	"version": {text: [2]string{"print the version", "显示版本号"}},
}

// flagUsage is the English description, for pflag.
func flagUsage(name string) string { return flagHelp[name].text[0] }

// newFlags defines the command line's flags on o, in the order the help
// lists them.
func newFlags(o *options) *pflag.FlagSet {
	fl := pflag.NewFlagSet("wenji", pflag.ContinueOnError)
	fl.SetOutput(io.Discard)
	fl.SortFlags = false
	fl.BoolVar(&o.outline, "outline", false, flagUsage("outline"))
	fl.BoolVar(&o.json, "json", false, flagUsage("json"))
	fl.StringVar(&o.print, "print", "", flagUsage("print"))
	fl.StringVar(&o.format, "format", "", flagUsage("format"))
	fl.BoolVar(&o.keepJunk, "keep-junk", false, flagUsage("keep-junk"))
	fl.StringVar(&o.encoding, "encoding", "", flagUsage("encoding"))
	fl.StringVar(&o.lang, "lang", "", flagUsage("lang"))
	fl.IntVar(&o.ambiguous, "ambiguous-width", 0, flagUsage("ambiguous-width"))
	fl.StringVar(&o.theme, "theme", "auto", flagUsage("theme"))
	fl.BoolVar(&o.noResume, "no-resume", false, flagUsage("no-resume"))
	fl.BoolVar(&o.noCache, "no-cache", false, flagUsage("no-cache"))
	fl.BoolVarP(&o.help, "help", "h", false, flagUsage("help"))
	fl.BoolVar(&o.version, "version", false, flagUsage("version"))
	return fl
}

// usageForms are the ways to run wenji, with what each does.
var usageForms = []struct{ form, text [2]string }{
	{[2]string{"wenji FILE", "wenji 文件"}, [2]string{"read FILE", "阅读文件"}},
	{[2]string{"wenji DIR", "wenji 目录"}, [2]string{
		"the library: every document under DIR in a list",
		"文库：列出目录下（含子目录）的全部文档"}},
	{[2]string{"wenji -", "wenji -"}, [2]string{
		"read standard input (cat FILE | wenji works too; keys come from the terminal)",
		"阅读标准输入（也可以把文件用管道传给 wenji，按键仍从终端读取）"}},
	{[2]string{"wenji", "wenji"}, [2]string{"read the embedded sample document", "阅读内置的示例文档"}},
	{[2]string{"wenji --outline FILE", "wenji --outline 文件"}, [2]string{"print the outline", "输出提纲"}},
	{[2]string{"wenji --json FILE", "wenji --json 文件"}, [2]string{
		"print the tree and the filtered spans as JSON", "以 JSON 输出文档树和过滤掉的内容"}},
	{[2]string{"wenji --print PATH FILE", "wenji --print 路径 文件"}, [2]string{
		"print one node's text (PATH: 2.1 = first section of the second article; 0 = all)",
		"输出一个节点的正文（路径：2.1 即第二篇的第一节，0 即全文）"}},
	{[2]string{"wenji --print PATH --format md FILE", "wenji --print 路径 --format md 文件"}, [2]string{
		"the same as Markdown (json: the subtree with each node's text)",
		"同上，输出为 Markdown（json：子树及其中各节点的正文）"}},
	{[2]string{"wenji --outline --format md FILE", "wenji --outline --format md 文件"}, [2]string{
		"the outline as a nested Markdown list", "以 Markdown 嵌套列表输出提纲"}},
}

// usage is --help in the interface language: every way to run wenji, then
// every flag of fl.
func usage(lang string, fl *pflag.FlagSet) string {
	i := 0
	if lang == "zh" {
		i = 1
	}
	var rows [][2]string
	for _, f := range usageForms {
		rows = append(rows, [2]string{"  " + f.form[i], f.text[i]})
	}
	forms := columns(rows)
	rows = rows[:0]
	fl.VisitAll(func(f *pflag.Flag) {
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		h, ok := flagHelp[f.Name]
		if !ok { // a flag without its help: pflag's words, untranslated
			h.text = [2]string{f.Usage, f.Usage}
			if f.Value.Type() != "bool" {
				h.arg = [2]string{f.Value.Type(), f.Value.Type()}
			}
		}
		if h.arg[i] != "" {
			left += " " + h.arg[i]
		}
		rows = append(rows, [2]string{left, h.text[i]})
	})
	var b strings.Builder
	t := text.CLIFor(lang)
	fmt.Fprintf(&b, "%s\n\n%s\n%s\n%s\n%s", t.Title, t.Usage, forms, t.Flags, columns(rows))
	return b.String()
}

// columns lays out rows of two cells, the second column lined up (as the
// terminal draws: a Chinese character is two columns wide).
func columns(rows [][2]string) string {
	var w cjk.Width
	width := 0
	for _, r := range rows {
		width = max(width, w.String(r[0]))
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(w.Pad(r[0], width+2))
		b.WriteString(r[1])
		b.WriteByte('\n')
	}
	return b.String()
}

// flagError is what pflag refused, as one line in the interface language
// that ends by pointing to --help.
func flagError(lang string, err error) string {
	var (
		notExist *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		badValue *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
		s        string
	)
	switch {
	case errors.As(err, &notExist):
		s = fmt.Sprintf(text.CLIFor(lang).UnknownFlag, shownFlag(notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames()))
	case errors.As(err, &noValue):
		s = fmt.Sprintf(text.CLIFor(lang).FlagNoValue, shownFlag(noValue.GetSpecifiedName(), noValue.GetSpecifiedShortnames()))
	case errors.As(err, &badValue):
		f := badValue.GetFlag()
		switch {
		case f.Name == "ambiguous-width":
			s = fmt.Sprintf("--%s %q: %s", f.Name, badValue.GetValue(), text.CLIFor(lang).BadAmbiguous)
		case f.Value.Type() == "bool":
			s = fmt.Sprintf(text.CLIFor(lang).FlagNotBool, "--"+f.Name, badValue.GetValue())
		default:
			s = fmt.Sprintf(text.CLIFor(lang).FlagBadValue, "--"+f.Name, badValue.GetValue())
		}
	case errors.As(err, &syntax):
		s = fmt.Sprintf(text.CLIFor(lang).FlagSyntax, syntax.GetSpecifiedFlag())
	default:
		s = err.Error()
	}
	return fmt.Sprintf(text.CLIFor(lang).FlagError, s)
}

// shownFlag is the flag as typed: --name, or -x for a shorthand.
func shownFlag(name, shorthands string) string {
	if shorthands != "" {
		return "-" + name
	}
	return "--" + name
}
