package text

// Load is what the reader says about a large file read in the background
// while its preview is shown.
type Load struct {
	Shrunk  string // "%d", "%d": the bytes read and the size when opened
	Changed string // the file was rewritten, or grew, while it was read
}

// ZhLoad is Load in Chinese.
var ZhLoad = Load{
	Shrunk:  "读取期间文件变短了：只显示读到的 %d 字节（打开时 %d 字节）",
	Changed: "读取期间文件被改动了：显示的是改动后读到的内容",
}

// EnLoad is Load in English.
var EnLoad = Load{
	Shrunk:  "the file shrank while read: showing %d of %d bytes",
	Changed: "the file changed while it was read: showing the changed text",
}

// LoadFor returns the load messages in lang.
func LoadFor(lang string) *Load { return pick(lang, &ZhLoad, &EnLoad) }
