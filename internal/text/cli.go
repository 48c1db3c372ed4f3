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
	StdinTooLarge      string
	BadEncoding        string
	Undecodable        string
	LegacyDoc          string
	EncryptedDoc       string
	PDFScan            string
	PDFNoUnicode       string
	PDFEncrypted       string
	PDFDamaged         string
	DocDamaged         string
	NotDocx            string
	ZipArchive         string // a zip named .zip: no document, a folder packed
	NotEPUB            string // a zip named .epub without a book in it
	NotODT             string // a zip named .odt without content.xml
	NoPage             string
	ZipBomb            string
	DamagedFmt         string // a container file its reader gave up on: %s names the format (EPUB, Word .docx)
	Unreadable         string // any other file that could not be read, in Chinese (the cause is in English)
	Changed            string // a file cut short or rewritten while a printing mode read it
	NoTerminal         string
	StateCorrupt       string
	StateTooLarge      string
	StateUnreadable    string
	StateUnwritable    string
	LibStateCorrupt    string
	LibStateUnreadable string
	LibStateUnwritable string
	ViewUnwritable     string // the outline's toggles (o, #) were not kept
	BasketUnsaved      string // excerpts added or basket page changes of the run not saved: %v the cause
	BadTheme           string
	Title              string
	Usage              string
	Flags              string
	FlagError          string
	UnknownFlag        string
	FlagNoValue        string
	FlagValueIsFlag    string // a flag's value left out, the next flag taken for it: %s the flag, %s the next
	FlagValueAsFlag    string // what FlagValueIsFlag adds where a value may look like a flag (a query, a file name): %[1]s the flag, %[2]s the next
	FlagNotBool        string
	FlagBadValue       string
	FlagSyntax         string
	BadPrintPath       string
	EmptyPrintPath     string
	DocxNeedsOutput    string
	DocxWith           string
	OutputAlone        string
	ForceAlone         string
	OutputExists       string
	OutputNotFile      string
	// OutputNoFolder is -o into a folder that does not exist (%s the
	// folder): "cannot write a.docx: no such file" named the file it was
	// asked to make.
	OutputNoFolder   string
	OutputFailed     string
	WriteFailed      string
	SearchEmpty      string
	SearchNoFile     string
	SearchAlone      string
	SearchConflict   string
	SearchStdin      string
	BadQuery         string
	Skipped          string
	ClearAlone       string
	ClearWithFormat  string
	BasketConflict   string
	JSONConflict     string
	BasketNoFile     string
	BasketDamaged    string
	BasketUnreadable string
	BasketEmpty      string
	BasketCleared    string
	BasketTitle      string
}

// ZhCLI is CLI in Chinese.
var ZhCLI = CLI{
	TryHelp:            "请运行 wenji --help 查看用法。",
	StdinTerminal:      "标准输入是终端，请用管道传入文件或给出文件名",
	BadLang:            "只能是 zh 或 en",
	BadAmbiguous:       "只能是 1 或 2",
	BadFormat:          "只能是 txt、md、json 或 docx",
	FormatAlone:        "需与 --print、--outline 或 --basket 同用",
	OneFile:            "一次只能打开一个文件",
	NoPath:             "大纲中没有这个位置",
	Stdin:              "无法读取标准输入",
	NotExist:           "文件不存在",
	Permission:         "没有读取权限",
	IsDir:              "是文件夹：--outline、--json、--print 只能读单个文档",
	NotRegular:         "不是普通文件（管道或设备）",
	Changed:            "读取时文件被改动了",
	Binary:             "不是文本文档（二进制数据）",
	StdinName:          "标准输入",
	StdinTooLarge:      "标准输入超过 2 GB，未读取：请先存成文件，再打开文件",
	BadEncoding:        "不认识的编码",
	Undecodable:        "无法识别文本编码，请用 --encoding 指定",
	LegacyDoc:          "是 Word 6/95 的旧 .doc 文件，请用 Word 或 WPS 另存为 .docx",
	EncryptedDoc:       "是加密的 Word 文档，请去掉密码后另存",
	PDFScan:            "PDF 没有文字层（是扫描件？），wenji 不做文字识别",
	PDFNoUnicode:       "PDF 的字体没有字符映射，读不出其中的文字，wenji 不做文字识别",
	PDFEncrypted:       "PDF 需要密码才能打开",
	PDFDamaged:         "PDF 已损坏，无法读取",
	DocDamaged:         "Word .doc 文件已损坏（不完整或结构有误），无法读取",
	NotDocx:            "是压缩包，不是 Word 文档",
	ZipArchive:         "是 zip 压缩包，不是文档：请先解压，再打开其中的文档",
	NotEPUB:            "是压缩包，不是 EPUB 电子书（其中没有 META-INF/container.xml）",
	NotODT:             "是压缩包，不是 OpenDocument 文档（其中没有 content.xml）",
	NoPage:             "是网页存档（.mht），其中没有网页",
	ZipBomb:            "解压后是原大小的数百倍，远超 Word 文档，已拒绝打开",
	DamagedFmt:         "%s 文件已损坏，无法读取",
	Unreadable:         "无法读取",
	NoTerminal:         "没有可用的终端",
	StateCorrupt:       "记录的阅读位置（%s）已损坏，已忽略",
	StateTooLarge:      "记录文件 %s 过大（%s），不是 wenji 写的，已忽略",
	StateUnreadable:    "无法读取记录的阅读位置：%v",
	StateUnwritable:    "无法记录阅读位置（不影响阅读）：%v",
	LibStateCorrupt:    "上次打开的文档记录已损坏，已忽略：%s",
	LibStateUnreadable: "无法读取文库上次打开的文档：%v",
	LibStateUnwritable: "无法记录文库上次打开的文档（不影响使用）：%v",
	ViewUnwritable:     "无法记录大纲的显示设置（o、#）：%v",
	BasketUnsaved:      "本次对素材篮的改动没有保存：%v",
	BadTheme:           "只能是 auto、dark 或 light",
	Title:              "wenji（文集）— 在终端里阅读中文汇编材料：经验材料、讲话稿、工作报告",
	Usage:              "用法：",
	Flags:              "选项：",
	FlagError:          "wenji: %s（请运行 wenji --help 查看用法）",
	UnknownFlag:        "没有 %s 这个选项",
	FlagNoValue:        "%s 需要一个值",
	FlagValueIsFlag:    "%s 需要一个值，其后的 %s 却是选项",
	FlagValueAsFlag:    "；确要以它为值，请写 %[1]s=%[2]s",
	FlagNotBool:        "%s 不带值，或只能是 true、false，不能是 %q",
	FlagBadValue:       "%s 的值 %q 无效",
	FlagSyntax:         "%s 不是选项的写法",
	BadPrintPath:       "不是大纲路径（如 2.1；0 即全文）",
	EmptyPrintPath:     "需要一个大纲路径（如 2.1；0 即全文）",
	DocxNeedsOutput:    "--format docx 需用 -o 指定输出文件",
	DocxWith:           "--format docx 需与 --print 或 --basket 同用",
	OutputAlone:        "-o 需与 --format docx 同用",
	ForceAlone:         "--force 需与 -o 同用",
	OutputExists:       "%s：文件已存在，未覆盖（加 --force 可覆盖）",
	OutputNotFile:      "%s：不是普通文件（文件夹、管道或设备），-o 只写文件",
	OutputNoFolder:     "文件夹 %s 不存在",
	OutputFailed:       "无法写入 %s：%v",
	WriteFailed:        "无法写出输出：%v",
	SearchEmpty:        "--search 缺少要找的内容",
	SearchNoFile:       "--search 需要给出文件或文件夹",
	SearchAlone:        "%s 需与 --search 同用",
	SearchConflict:     "--search 不能与 --outline、--print、--basket 同用",
	SearchStdin:        "--search 只搜索文件，不读标准输入",
	BadQuery:           "--search：正则有误：%s",
	Skipped:            "已跳过 %v",
	ClearAlone:         "--clear 需与 --basket 同用",
	ClearWithFormat:    "--clear 只清空素材篮，不与 --format、-o 同用（先导出，再 --clear）",
	BasketConflict:     "--basket 不能与 --outline、--print、--json 同用",
	JSONConflict:       "--json 输出整篇的结构，不能与 --print、--outline 同用（某一节的 JSON 用 --print 路径 --format json）",
	BasketNoFile:       "--basket 不带文件",
	BasketDamaged:      zhBasketDamaged,
	BasketUnreadable:   "无法读取素材篮：%v",
	BasketEmpty:        "素材篮是空的（阅读时按 a 放入摘录）",
	BasketCleared:      "已清空素材篮（%d 条）",
	BasketTitle:        "素材篮",
}

// EnCLI is CLI in English.
var EnCLI = CLI{
	TryHelp:            "Try 'wenji --help'.",
	StdinTerminal:      "standard input is a terminal; pipe a file in or name one",
	BadLang:            "must be zh or en",
	BadAmbiguous:       "must be 1 or 2",
	BadFormat:          "must be txt, md, json or docx",
	FormatAlone:        "goes with --print, --outline or --basket",
	OneFile:            "one file at a time",
	NoPath:             "no node at that outline path",
	Stdin:              "cannot read standard input",
	NotExist:           "no such file",
	Permission:         "permission denied",
	IsDir:              "is a directory: --outline, --json and --print read one document",
	NotRegular:         "not a regular file (a pipe or a device)",
	Changed:            "changed while being read",
	Binary:             "not a text document (binary data)",
	StdinName:          "standard input",
	StdinTooLarge:      "standard input is over 2 GB and was not read: save it to a file and open the file",
	BadEncoding:        "unknown encoding",
	Undecodable:        "cannot tell the text's encoding; name it with --encoding",
	LegacyDoc:          "a Word 6/95 .doc file: open it in Word or WPS and save it as .docx",
	EncryptedDoc:       "an encrypted Word document: save it without a password",
	PDFScan:            "a PDF with no text layer (a scan?): wenji does no OCR",
	PDFNoUnicode:       "a PDF whose fonts do not say which characters they draw (no ToUnicode map): its text cannot be read without OCR",
	PDFEncrypted:       "a PDF that needs a password",
	PDFDamaged:         "a damaged PDF",
	DocDamaged:         "a damaged Word .doc file",
	NotDocx:            "a zip archive, not a Word document",
	ZipArchive:         "a zip archive, not a document: unpack it and open what is inside",
	NotEPUB:            "a zip archive, not an EPUB book (no META-INF/container.xml in it)",
	NotODT:             "a zip archive, not an OpenDocument text (no content.xml in it)",
	NoPage:             "a web archive (.mht) without a page in it",
	ZipBomb:            "unpacks to hundreds of times its size, far more than a Word document: refused",
	DamagedFmt:         "a damaged %s file",
	Unreadable:         "cannot be read",
	NoTerminal:         "no terminal to read keys from",
	StateCorrupt:       "the remembered place in %s was damaged and is ignored",
	StateTooLarge:      "%s is too large to be wenji's record (%s) and is ignored",
	StateUnreadable:    "cannot read the remembered place: %v",
	StateUnwritable:    "cannot remember the place (the reader works without): %v",
	LibStateCorrupt:    "damaged record of the last opened document ignored: %s",
	LibStateUnreadable: "cannot read the library's last opened document: %v",
	LibStateUnwritable: "cannot remember the library's last opened document (the library works without): %v",
	ViewUnwritable:     "cannot remember the outline's settings (o, #): %v",
	BasketUnsaved:      "this run's basket changes were not saved: %v",
	BadTheme:           "must be auto, dark or light",
	Title:              "wenji — a terminal reader for Chinese document compilations (文集)",
	Usage:              "Usage:",
	Flags:              "Flags:",
	FlagError:          "wenji: %s (try 'wenji --help')",
	UnknownFlag:        "unknown flag %s",
	FlagNoValue:        "%s needs a value",
	FlagValueIsFlag:    "%s needs a value, and %s after it is a flag",
	FlagValueAsFlag:    "; to mean it as the value, write %[1]s=%[2]s",
	FlagNotBool:        "%s takes no value but true or false, not %q",
	FlagBadValue:       "%s: %q is not a valid value",
	FlagSyntax:         "%s is not a flag",
	BadPrintPath:       "not an outline path (like 2.1; 0 is the whole document)",
	EmptyPrintPath:     "needs an outline path (like 2.1; 0 is the whole document)",
	DocxNeedsOutput:    "--format docx needs -o FILE",
	DocxWith:           "--format docx goes with --print or --basket",
	OutputAlone:        "-o goes with --format docx",
	ForceAlone:         "--force goes with -o",
	OutputExists:       "%s: already exists, not replaced (add --force to replace it)",
	OutputNotFile:      "%s: not a regular file (a directory, a pipe or a device): -o writes a file",
	OutputNoFolder:     "there is no folder %s",
	OutputFailed:       "cannot write %s: %v",
	WriteFailed:        "cannot write the output: %v",
	SearchEmpty:        "--search needs something to search for",
	SearchNoFile:       "--search needs a file or a folder",
	SearchAlone:        "%s goes with --search",
	SearchConflict:     "--search does not go with --outline, --print or --basket",
	SearchStdin:        "--search searches files, not standard input",
	BadQuery:           "--search: bad regular expression: %s",
	Skipped:            "skipped %v",
	ClearAlone:         "--clear goes with --basket",
	ClearWithFormat:    "--clear only empties the basket: not with --format or -o (export first, then --clear)",
	BasketConflict:     "--basket does not go with --outline, --print or --json",
	JSONConflict:       "--json prints the whole tree: not with --print or --outline (one node as JSON: --print PATH --format json)",
	BasketNoFile:       "--basket takes no file",
	BasketDamaged:      enBasketDamaged,
	BasketUnreadable:   "cannot read the basket: %v",
	BasketEmpty:        "the basket is empty (a in the reader puts an excerpt in it)",
	BasketCleared:      "basket emptied (%d {excerpt|excerpts})",
	BasketTitle:        "Basket",
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
