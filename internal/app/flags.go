package app

import (
	"errors"
	"fmt"
	"io"
	"strconv"
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
	"outline": {text: [2]string{"print the outline and exit", "输出大纲后退出"}},
	"json": {text: [2]string{"print the tree and the filtered spans as JSON and exit",
		"以 JSON 输出文档树和过滤掉的内容后退出"}},
	"print": {[2]string{"PATH", "路径"}, [2]string{
		"print the clean text of the node at outline PATH and exit (2.1 = first section of the second article; 0 = all)",
		"输出大纲中该位置那一节的正文后退出（2.1 即第二篇的第一节，0 即全文）"}},
	"format": {[2]string{"txt|md|json|docx", "txt|md|json|docx"}, [2]string{
		"output of --print and --outline: plain text, Markdown or JSON (default txt); docx (with -o): --print or --basket as a Word file in the official layout (GB/T 9704)",
		"--print 和 --outline 的输出格式：纯文本、Markdown 或 JSON（默认 txt）；docx（须配 -o）：把 --print 或 --basket 写成公文格式（GB/T 9704）的 Word 文件"}},
	"output": {[2]string{"FILE", "文件"}, [2]string{
		"write --format docx to FILE; an existing FILE is kept unless --force (exit 1)",
		"把 --format docx 写到该文件；文件已存在时不覆盖（退出码 1），除非加 --force"}},
	"force": {text: [2]string{"let -o replace an existing file", "允许 -o 覆盖已有文件"}},
	"keep-junk": {text: [2]string{"keep ads and paid markers in --print, and search them with --search",
		"--print 的输出保留广告和付费标记，--search 也搜索其中"}},
	"search": {[2]string{"QUERY", "查询"}, [2]string{
		"grep FILE|DIR… for QUERY (the rules of / in the reader: # headings only, \\ regexp (\\# a literal #), @ pinyin initials, smart case): one line a hit, FILE:PATH:breadcrumb: snippet; exit 0 found, 1 none, 2 error",
		"在文件或文件夹中搜索（规则同阅读器中的 /：# 开头只搜标题，\\ 开头为正则（\\# 即字面的 #），@ 开头为拼音首字母，含大写字母时区分大小写）：每处匹配一行，文件:路径:层级: 摘录；退出码 0 有匹配，1 无匹配，2 出错"}},
	"headings": {text: [2]string{"with --search: match headings (node titles) only", "与 --search 同用：只搜索标题"}},
	"count":    {text: [2]string{"with --search: print each file's number of hits instead", "与 --search 同用：只输出每个文件的匹配数"}},
	"no-cache": {text: [2]string{"with --search or a library: neither read nor write the cache of parsed documents",
		"与 --search 或文库同用：不读写已解析文档的缓存"}},
	"basket": {text: [2]string{"print the basket of excerpts as Markdown (--format txt: plain text; json); --format docx -o FILE writes it as a Word file",
		"以 Markdown 输出素材篮（--format txt：纯文本；json）；加 --format docx -o 文件 则写成 Word 文件"}},
	"clear": {text: [2]string{"with --basket: empty the basket", "与 --basket 同用：清空素材篮"}},
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
	fl.StringVarP(&o.output, "output", "o", "", flagUsage("output"))
	fl.BoolVar(&o.force, "force", false, flagUsage("force"))
	fl.BoolVar(&o.keepJunk, "keep-junk", false, flagUsage("keep-junk"))
	fl.StringVar(&o.search, "search", "", flagUsage("search"))
	fl.BoolVar(&o.headings, "headings", false, flagUsage("headings"))
	fl.BoolVar(&o.count, "count", false, flagUsage("count"))
	fl.BoolVar(&o.noCache, "no-cache", false, flagUsage("no-cache"))
	fl.BoolVar(&o.basket, "basket", false, flagUsage("basket"))
	fl.BoolVar(&o.clear, "clear", false, flagUsage("clear"))
	fl.StringVar(&o.encoding, "encoding", "", flagUsage("encoding"))
	fl.StringVar(&o.lang, "lang", "", flagUsage("lang"))
	fl.IntVar(&o.ambiguous, "ambiguous-width", 0, flagUsage("ambiguous-width"))
	fl.StringVar(&o.theme, "theme", "auto", flagUsage("theme"))
	fl.BoolVar(&o.noResume, "no-resume", false, flagUsage("no-resume"))
	fl.BoolVarP(&o.help, "help", "h", false, flagUsage("help"))
	fl.BoolVar(&o.version, "version", false, flagUsage("version"))
	return fl
}

// usageForms are the ways to run wenji, with what each does.
var usageForms = []struct{ form, text [2]string }{
	{[2]string{"wenji FILE", "wenji 文件"}, [2]string{"read FILE", "阅读文件"}},
	{[2]string{"wenji DIR", "wenji 文件夹"}, [2]string{
		"the library: every document under DIR in a list",
		"文库：列出文件夹（含子文件夹）中的全部文档"}},
	{[2]string{"wenji -", "wenji -"}, [2]string{
		"read standard input (cat FILE | wenji works too; keys come from the terminal)",
		"阅读标准输入（也可以把文件用管道传给 wenji，按键仍从终端读取）"}},
	{[2]string{"wenji", "wenji"}, [2]string{"read the embedded sample document", "阅读内置的示例文档"}},
	{[2]string{"wenji --outline FILE", "wenji --outline 文件"}, [2]string{"print the outline", "输出大纲"}},
	{[2]string{"wenji --json FILE", "wenji --json 文件"}, [2]string{
		"print the tree and the filtered spans as JSON", "以 JSON 输出文档树和过滤掉的内容"}},
	{[2]string{"wenji --print PATH FILE", "wenji --print 路径 文件"}, [2]string{
		"print one node's text (PATH: 2.1 = first section of the second article; 0 = all)",
		"输出一节的正文（路径：2.1 即第二篇的第一节，0 即全文）"}},
	{[2]string{"wenji --print PATH --format md FILE", "wenji --print 路径 --format md 文件"}, [2]string{
		"the same as Markdown (json: the subtree with each node's text)",
		"同上，输出为 Markdown（json：这一节及其下各节，连同正文）"}},
	{[2]string{"wenji --outline --format md FILE", "wenji --outline --format md 文件"}, [2]string{
		"the outline as a nested Markdown list", "以 Markdown 嵌套列表输出大纲"}},
	{[2]string{"wenji --print PATH --format docx -o OUT FILE", "wenji --print 路径 --format docx -o 输出 文件"}, [2]string{
		"one node as a Word file in the official layout (GB/T 9704)", "把一节写成公文格式（GB/T 9704）的 Word 文件"}},
	{[2]string{"wenji --search QUERY FILE|DIR…", "wenji --search 查询 文件|文件夹…"}, [2]string{
		"every hit with its outline path, as grep (--headings: titles only; --count; --json)",
		"像 grep 一样列出每处匹配及其大纲路径（--headings 只搜标题；--count 计数；--json）"}},
	{[2]string{"wenji --basket", "wenji --basket"}, [2]string{
		"print the basket of excerpts (--format docx -o OUT: a Word file; --clear: empty it)",
		"输出素材篮（--format docx -o 输出：写成 Word 文件；--clear：清空）"}},
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

// flagAsValue finds a flag that takes a value written as its own argument
// (--search QUERY, -o FILE) and followed by another of wenji's flags:
// pflag takes that flag for the value, so that `-o --force` wrote a file
// named --force and `--search --count 安全 DIR` searched for "--count" in a
// file named 安全. It returns the flag, and it and the next as typed. A
// value that is meant to look like a flag is written with = (--search=--count).
func flagAsValue(fl *pflag.FlagSet, args []string) (f *pflag.Flag, typed, next string, ok bool) {
	for i := 0; i+1 < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		f = nil
		switch {
		case strings.HasPrefix(a, "--") && !strings.Contains(a, "="):
			f = fl.Lookup(a[2:])
		case len(a) == 2 && a[0] == '-' && a[1] != '-':
			f = fl.ShorthandLookup(a[1:])
		}
		if f == nil || f.Value.Type() == "bool" {
			continue
		}
		if isFlag(fl, args[i+1]) {
			return f, a, args[i+1], true
		}
		i++ // the value
	}
	return nil, "", "", false
}

// valueIsFlag is what is wrong when flagAsValue finds a flag taken for
// another's value, in lang, or "".
func valueIsFlag(fl *pflag.FlagSet, args []string, lang string) string {
	f, typed, next, ok := flagAsValue(fl, args)
	if !ok {
		return ""
	}
	t := text.CLIFor(lang)
	msg := fmt.Sprintf(t.FlagValueIsFlag, typed, next)
	if f.Name == "search" || f.Name == "output" { // a query or a file name may look like a flag
		msg += fmt.Sprintf(t.FlagValueAsFlag, typed, next)
	}
	return msg
}

// isFlag says whether a is one of fl's flags as typed: --name, --name=value
// or a shorthand (-o, -h).
func isFlag(fl *pflag.FlagSet, a string) bool {
	switch {
	case strings.HasPrefix(a, "--") && len(a) > 2:
		name, _, _ := strings.Cut(a[2:], "=")
		return fl.Lookup(name) != nil
	case len(a) >= 2 && a[0] == '-' && a[1] != '-':
		return fl.ShorthandLookup(a[1:2]) != nil
	}
	return false
}

// shownFlag is the flag as typed: --name, or -x for a shorthand.
func shownFlag(name, shorthands string) string {
	if shorthands != "" {
		return "-" + name
	}
	return "--" + name
}

// badFlag says in one line what is wrong with the command line, pointing
// to --help, and returns the exit status of a bad flag, 2.
func badFlag(stderr io.Writer, lang, msg string) int {
	fmt.Fprintln(stderr, fmt.Sprintf(text.CLIFor(lang).FlagError, msg))
	return 2
}

// checkFlags checks the values and combinations pflag cannot: it returns
// -1 when they are good, else 2 after saying what is wrong in one line.
func checkFlags(fl *pflag.FlagSet, o *options, lang string, stderr io.Writer) int {
	t := text.CLIFor(lang)
	if o.ambiguous != 0 && o.ambiguous != 1 && o.ambiguous != 2 {
		return badFlag(stderr, lang, fmt.Sprintf("--ambiguous-width %d: %s", o.ambiguous, t.BadAmbiguous))
	}
	if !validTheme(o.theme) {
		return badFlag(stderr, lang, fmt.Sprintf("--theme %q: %s", o.theme, t.BadTheme))
	}
	o.styles = applyTheme(o.theme)
	if fl.Changed("print") {
		if o.print == "" {
			return badFlag(stderr, lang, "--print: "+t.EmptyPrintPath)
		}
		p, ok := parsePath(o.print)
		if !ok {
			return badFlag(stderr, lang, fmt.Sprintf("--print %q: %s", o.print, t.BadPrintPath))
		}
		o.printPath = p
	}
	if msg := checkFormat(fl, o, t); msg != "" {
		return badFlag(stderr, lang, msg)
	}
	if msg := checkModes(fl, o, t); msg != "" {
		return badFlag(stderr, lang, msg)
	}
	return -1
}

// checkFormat checks --format, -o and --force against the mode: what is
// wrong, or "".
func checkFormat(fl *pflag.FlagSet, o *options, t *text.CLI) string {
	switch o.format {
	case "", "txt", "md", "json", "docx":
	default:
		return fmt.Sprintf("--format %q: %s", o.format, t.BadFormat)
	}
	switch {
	case o.format != "" && !o.outline && !fl.Changed("print") && !o.basket:
		return "--format: " + t.FormatAlone
	case o.format == "docx" && (o.outline || (!fl.Changed("print") && !o.basket)):
		return t.DocxWith
	case o.format == "docx" && o.output == "":
		return t.DocxNeedsOutput
	case fl.Changed("output") && o.format != "docx":
		return t.OutputAlone
	case o.force && o.output == "":
		return t.ForceAlone
	}
	return ""
}

// checkModes checks the switches that belong to one mode (--search's,
// --basket's) and the modes that do not go together: what is wrong, or "".
func checkModes(fl *pflag.FlagSet, o *options, t *text.CLI) string {
	if fl.Changed("search") {
		switch {
		case strings.TrimSpace(o.search) == "":
			return t.SearchEmpty
		case o.outline || fl.Changed("print") || o.basket:
			return t.SearchConflict
		}
	}
	for _, f := range []struct {
		name string
		set  bool
	}{{"--headings", o.headings}, {"--count", o.count}} {
		if f.set && o.search == "" {
			return fmt.Sprintf(t.SearchAlone, f.name)
		}
	}
	if o.clear && !o.basket {
		return t.ClearAlone
	}
	if o.clear && (o.format != "" || o.output != "") {
		// Read as "write it out, then empty it", it emptied the basket
		// and wrote nothing.
		return t.ClearWithFormat
	}
	if o.basket && (o.outline || fl.Changed("print") || o.json) {
		return t.BasketConflict
	}
	if o.json && !o.basket && !fl.Changed("search") && (o.outline || fl.Changed("print")) {
		// --json prints the whole tree: the path or the outline asked
		// for was dropped without a word.
		return t.JSONConflict
	}
	return ""
}

// parsePath reads an outline path as --print takes it: 0 for the whole
// document, else positive numbers joined by dots (2.1.3), digits only, so
// that +1 or 1e2 are not taken for 1 or 100. nil is the root.
func parsePath(s string) ([]int, bool) {
	if s == "0" {
		return nil, true
	}
	var idx []int
	for _, f := range strings.Split(s, ".") {
		if f == "" || len(f) > 9 || strings.Trim(f, "0123456789") != "" {
			return nil, false
		}
		i, _ := strconv.Atoi(f)
		if i < 1 {
			return nil, false
		}
		idx = append(idx, i)
	}
	return idx, true
}
