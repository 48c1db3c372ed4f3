// Package text is wenji's words: every string the command line and the
// interface show, one struct field per string and one value of the struct
// per language, so that a missing string is a compile error, not "".
package text

// CLI is what the command prints outside the interface: flag errors,
// files it cannot read, what it cannot remember.
type CLI struct {
	TryHelp            string
	StdinTerminal      string
	BadLang            string
	BadAmbiguous       string
	BadFormat          string
	FormatAlone        string
	OneFile            string
	NoPath             string
	Stdin              string
	NotExist           string
	Permission         string
	IsDir              string
	NotRegular         string
	Binary             string
	StdinName          string
	BadEncoding        string
	Undecodable        string
	LegacyDoc          string
	EncryptedDoc       string
	PDFScan            string
	PDFEncrypted       string
	PDFDamaged         string
	Rtf                string
	NotDocx            string
	ZipBomb            string
	BadDocx            string
	NoTerminal         string
	StateCorrupt       string
	StateTooLarge      string
	StateUnreadable    string
	StateUnwritable    string
	LibStateCorrupt    string
	LibStateUnreadable string
	LibStateUnwritable string
	BadTheme           string
	Title              string
	Usage              string
	Flags              string
	FlagError          string
	UnknownFlag        string
	FlagNoValue        string
	FlagNotBool        string
	FlagBadValue       string
	FlagSyntax         string
}

// ZhCLI is CLI in Chinese.
var ZhCLI = CLI{
	TryHelp:            "请运行 wenji --help 查看用法。",
	StdinTerminal:      "标准输入是终端，请用管道传入文件或给出文件名",
	BadLang:            "只能是 zh 或 en",
	BadAmbiguous:       "只能是 1 或 2",
	BadFormat:          "只能是 txt、md 或 json",
	FormatAlone:        "需与 --print 或 --outline 同用",
	OneFile:            "一次只能打开一个文件",
	NoPath:             "提纲中没有这个位置",
	Stdin:              "无法读取标准输入",
	NotExist:           "文件不存在",
	Permission:         "没有读取权限",
	IsDir:              "是目录：--outline、--json、--print 只能读单个文档",
	NotRegular:         "不是普通文件（管道或设备）",
	Binary:             "不是文本文档（二进制数据）",
	StdinName:          "标准输入",
	BadEncoding:        "不认识的编码",
	Undecodable:        "无法识别文本编码，请用 --encoding 指定",
	LegacyDoc:          "是 Word 6/95 的旧 .doc 文件，请用 Word 或 WPS 另存为 .docx",
	EncryptedDoc:       "是加密的 Word 文档，请去掉密码后另存",
	PDFScan:            "PDF 没有文字层（是扫描件？），wenji 不做文字识别",
	PDFEncrypted:       "PDF 需要密码才能打开",
	PDFDamaged:         "PDF 已损坏，无法读取",
	Rtf:                "是 RTF 文件，请用 Word 或 WPS 另存为 .docx",
	NotDocx:            "是压缩包，不是 Word 文档",
	ZipBomb:            "解压后是原大小的数百倍，远超 Word 文档，已拒绝打开",
	BadDocx:            "无法读取的 Word 文档",
	NoTerminal:         "没有可用的终端",
	StateCorrupt:       "记录的阅读位置（%s）已损坏，已忽略",
	StateTooLarge:      "记录文件 %s 过大（%s），不是 wenji 写的，已忽略",
	StateUnreadable:    "无法读取记录的阅读位置",
	StateUnwritable:    "无法记录阅读位置（不影响阅读）",
	LibStateCorrupt:    "上次打开的文档记录已损坏，已忽略：%s",
	LibStateUnreadable: "无法读取文库上次打开的文档",
	LibStateUnwritable: "无法记录文库上次打开的文档（不影响使用）",
	BadTheme:           "只能是 auto、dark 或 light",
	Title:              "wenji（文集）— 在终端里阅读中文汇编材料：经验材料、讲话稿、工作报告",
	Usage:              "用法：",
	Flags:              "选项：",
	FlagError:          "wenji: %s（请运行 wenji --help 查看用法）",
	UnknownFlag:        "没有 %s 这个选项",
	FlagNoValue:        "%s 需要一个值",
	FlagNotBool:        "%s 不带值，或只能是 true、false，不能是 %q",
	FlagBadValue:       "%s 的值 %q 无效",
	FlagSyntax:         "%s 不是选项的写法",
}

// EnCLI is CLI in English.
var EnCLI = CLI{
	TryHelp:            "Try 'wenji --help'.",
	StdinTerminal:      "standard input is a terminal; pipe a file in or name one",
	BadLang:            "must be zh or en",
	BadAmbiguous:       "must be 1 or 2",
	BadFormat:          "must be txt, md or json",
	FormatAlone:        "goes with --print or --outline",
	OneFile:            "one file at a time",
	NoPath:             "no node at that outline path",
	Stdin:              "cannot read standard input",
	NotExist:           "no such file",
	Permission:         "permission denied",
	IsDir:              "is a directory: --outline, --json and --print read one document",
	NotRegular:         "not a regular file (a pipe or a device)",
	Binary:             "not a text document (binary data)",
	StdinName:          "standard input",
	BadEncoding:        "unknown encoding",
	Undecodable:        "cannot tell the text's encoding; name it with --encoding",
	LegacyDoc:          "a Word 6/95 .doc file: open it in Word or WPS and save it as .docx",
	EncryptedDoc:       "an encrypted Word document: save it without a password",
	PDFScan:            "a PDF with no text layer (a scan?): wenji does no OCR",
	PDFEncrypted:       "a PDF that needs a password",
	PDFDamaged:         "a damaged PDF",
	Rtf:                "an RTF file: open it in Word or WPS and save it as .docx",
	NotDocx:            "a zip archive, not a Word document",
	ZipBomb:            "unpacks to hundreds of times its size, far more than a Word document: refused",
	BadDocx:            "not a readable Word document",
	NoTerminal:         "no terminal to read keys from",
	StateCorrupt:       "the remembered place in %s was damaged and is ignored",
	StateTooLarge:      "%s is too large to be wenji's record (%s) and is ignored",
	StateUnreadable:    "cannot read the remembered place",
	StateUnwritable:    "cannot remember the place (the reader works without)",
	LibStateCorrupt:    "damaged record of the last opened document ignored: %s",
	LibStateUnreadable: "cannot read the library's last opened document",
	LibStateUnwritable: "cannot remember the library's last opened document (the library works without)",
	BadTheme:           "must be auto, dark or light",
	Title:              "wenji — a terminal reader for Chinese document compilations (文集)",
	Usage:              "Usage:",
	Flags:              "Flags:",
	FlagError:          "wenji: %s (try 'wenji --help')",
	UnknownFlag:        "unknown flag %s",
	FlagNoValue:        "%s needs a value",
	FlagNotBool:        "%s takes no value but true or false, not %q",
	FlagBadValue:       "%s: %q is not a valid value",
	FlagSyntax:         "%s is not a flag",
}

// CLIFor returns the command's text in lang: "zh", or English for the rest.
func CLIFor(lang string) *CLI { return pick(lang, &ZhCLI, &EnCLI) }

// pick returns zh for lang "zh" and en for the rest: every table's For.
func pick[T any](lang string, zh, en *T) *T {
	if lang == "zh" {
		return zh
	}
	return en
}
