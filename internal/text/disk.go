package text

// Disk is what the reader says when the file it shows changes on disk
// after it was read (as less's and vim's "file changed" warnings).
type Disk struct {
	// HReload is R in the help.
	HReload string
	// Changed is the lasting note once the file changed: R reloads it.
	Changed string
	// Gone is the lasting note once the file cannot be found or read
	// ("%v": why); the text loaded stays on screen.
	Gone string
	// Reloading is said while R reads the file again; Reloaded once it
	// is in, the place kept; Unchanged when R found nothing new.
	Reloading, Reloaded, Unchanged string
	// ReloadFailed is said when R could not read the file ("%v": why):
	// the text loaded stays.
	ReloadFailed string
	// NoFile answers R in a document read from no file (standard input,
	// the sample), and Busy while the whole of a large file is still
	// being read.
	NoFile, Busy string
	// KeptNoReload answers R in the basket's copy of an excerpt whose
	// file is gone: a file name shows, but there is nothing to read.
	KeptNoReload string
	// EmptyKept answers R when the file has no text now (an editor that
	// truncates before it writes, a file emptied): the loaded text, the
	// place and the marks stay, and the next change is noticed.
	EmptyKept string
}

// ZhDisk is Disk in Chinese.
var ZhDisk = Disk{
	HReload:      "重新载入文件（磁盘上的文件改动后）",
	Changed:      "文件已在磁盘上改动：按 R 重新载入",
	Gone:         "文件已不在或无法读取（%v）：显示的是载入时的内容",
	Reloading:    "正在重新载入…",
	Reloaded:     "已重新载入，位置和标记保留",
	Unchanged:    "文件内容没有变化",
	ReloadFailed: "无法重新载入：%v（仍显示载入时的内容）",
	NoFile:       "这个文档不是从文件读入的，无法重新载入",
	Busy:         "还在读取全文，读完后才能重新载入",
	KeptNoReload: "这是素材篮保存的一段（原文件已不在），无法重新载入",
	EmptyKept:    "文件现在是空的（也许正在写入）：仍显示载入时的内容",
}

// EnDisk is Disk in English.
var EnDisk = Disk{
	HReload:      "reload the file (after it changed on disk)",
	Changed:      "file changed on disk — R to reload",
	Gone:         "file gone or unreadable (%v): showing the text as loaded",
	Reloading:    "reloading…",
	Reloaded:     "reloaded; place and marks kept",
	Unchanged:    "the file has not changed",
	ReloadFailed: "could not reload: %v (the loaded text stays)",
	NoFile:       "not read from a file: nothing to reload",
	Busy:         "still reading the whole file: reload once it is in",
	KeptNoReload: "the basket's copy (file gone): nothing to reload",
	EmptyKept:    "the file is empty now (being written?): the loaded text stays",
}

// DiskFor returns Disk in lang: "zh", or English for the rest.
func DiskFor(lang string) *Disk { return pick(lang, &ZhDisk, &EnDisk) }
