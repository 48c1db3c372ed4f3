package text

// Basket holds what the basket of excerpts (素材篮) says, in the reader
// (a, v, B) and on its own page, in one language.
type Basket struct {
	// The reader's keys.
	HAdd, HSelect, HOpen string
	// The reader's messages.
	AddedFmt   string // the basket's size after an add
	AlreadyFmt string // the basket's size when the excerpt was in it already
	// AddedInsideFmt and AddedHoldsFmt are AddedFmt for an excerpt
	// wholly inside one the basket holds already (2.1.2 after 2.1), or
	// holding one (2.1 after 2.1.2): the size, then that one's heading.
	AddedInsideFmt, AddedHoldsFmt string
	NothingToAdd                  string // a with no text where it is
	// KeptNoAdd is what a (and v's a) says in the basket's kept copy of
	// an excerpt whose source is gone: an excerpt of it would name no
	// source.
	KeptNoAdd string
	Adding    string // a while the excerpt is saved
	// AskLargeFmt is what a on a node over the reader's bound says
	// instead of adding it (Plural: its length, then the length as
	// written, 1,234): a second a adds it.
	AskLargeFmt string
	SaveFailed  string // error
	// AddsUnsaved says, as the page opens, that excerpts added in a
	// reader are still not in the basket (%v why), which the page
	// therefore does not list: they are tried again at the end.
	AddsUnsaved  string
	NoPage       string // B where the basket page cannot open
	SelectingFmt string // paragraphs selected (Plural)
	NoParagraph  string // v with no paragraph on screen
	// SelectNoNext and SelectNoPrev answer j, ] (k, [) while selecting
	// when the selection already reaches the last (first) paragraph: the
	// key moves nothing, and the pane stays where it is.
	SelectNoNext, SelectNoPrev string
	// AddLoading answers a while a large file is still read whole: the
	// part shown (the preview, or a window around G's end) is parsed on
	// its own, so its sections' places, outline paths and breadcrumbs
	// are not the document's, and an excerpt taken there pointed
	// elsewhere (Enter on the basket page opened the file at its top).
	AddLoading string

	// The page.
	Title, CountFmt, Empty string // CountFmt: Plural
	// Unreadable is why the page shows no excerpt when the basket file
	// cannot be read (the error): the basket is not empty, and is left
	// as it is.
	Unreadable string
	// CopiedFmt is what y copied, as the copy reports name it (Plural):
	// a noun before the count in Chinese, as 已复制正文 258 字 has, so
	// that no number touches a Han character (已复制9 条).
	CopiedFmt                   string
	HUp, HDown, HDelete, HUndo  string
	HNext, HPrev, HFirst, HLast string // the cursor, from excerpt to excerpt
	HEnter, HCopyAll, HBack     string
	// HBackList is HBack on a page the library's list opened (Tab), with
	// no document under it: its keys go back to the list.
	HBackList string
	// HInfo is = and Ctrl-G on the page: the basket's file, its
	// excerpts and their 字数 (CountFmt, CharsFmt), as the reader's =.
	HInfo string
	// HWrite is w's help; ExportedFmt what w wrote (Plural: the count,
	// then the file), ExportFailed why it wrote nothing (the error).
	HWrite, ExportedFmt, ExportFailed string
	// HEdit is e's help; Edited, EditUnchanged and EditEmpty what the
	// edit came to, EditFailedFmt why the editor did not run (the error).
	HEdit, Edited, EditUnchanged, EditEmpty, EditFailedFmt string
	// EditorMissingFmt names an editor the shell could not find or run
	// (its command); EditorExitFmt gives the status an editor ended
	// with, its edit given up (vim's :cq), as git gives it up;
	// EditorStopped says an editor ended by a signal (the terminal
	// closed, kill, Ctrl-C) before it saved: the excerpt is unchanged.
	EditorMissingFmt, EditorExitFmt, EditorStopped string
	// EditUndone is what u said when it took an edit back;
	// EditChangedSince what it says of an edit it leaves, the excerpt
	// edited elsewhere since (another session's text kept).
	EditUndone, EditChangedSince string
	// SelectionTag marks a paragraph selection's row (it is headed by its
	// section's heading, and is not all of it); CharsFmt is an excerpt's
	// length (Plural: the count, then the count as written, 1,234).
	SelectionTag, CharsFmt string
	// InsideTagFmt and HoldsTagFmt mark the row of an excerpt wholly
	// inside another of the basket, or holding one: that one's number.
	InsideTagFmt, HoldsTagFmt string
	// SourceLabel heads an excerpt's source line on the page, and
	// SourceStdin names standard input in it; the exports' source line
	// is Chinese whatever the interface's language (来源：…).
	SourceLabel, SourceStdin       string
	Deleted, Restored, NothingUndo string
	MovedTop, MovedBottom          string
	OpeningFmt, OpenFailedFmt      string // file; file, error
	NoSource                       string // an excerpt from standard input
	CopyGone                       string // one whose copy is missing or changed
	NoFile                         string // OpenFailedFmt's error for the embedded sample's
	// SourceGoneFmt is the notice over an excerpt shown from the basket
	// because its file could not be opened (the cause); CopyGoneKept
	// the same for standard input's copy gone; SameFoundFmt the notice
	// over a file of the library with the same content, opened in the
	// place of one that went (its path in the library).
	SourceGoneFmt, CopyGoneKept, SameFoundFmt string
	// SourceNotFoundFmt is SourceGoneFmt after a file with the same
	// content was looked for and none found.
	SourceNotFoundFmt string
	// SeekingFmt is what the page says while a file with the content of
	// the excerpt whose file (its name) is gone is looked for, and
	// SeekStoppedFmt what it says once Esc or Ctrl-C stopped the look.
	SeekingFmt, SeekStoppedFmt string
	GKeys                      string // the help's group title

	// DamagedFmt is what the basket page says of a damaged file it read
	// as empty (its path), and MovedFmt what the reader whose add found
	// it so says (its name and the .bak's), and the page shown after (its
	// path and the .bak's name). Both fit an 80-column status bar with
	// the default path (TestStatusMessagesFit, TestPageMessagesFit).
	DamagedFmt, MovedFmt string
}

// What wenji --basket says of a damaged basket file (its path).
const (
	zhBasketDamaged = "素材篮文件 %s 已损坏，按空篮处理"
	enBasketDamaged = "the basket file %s was damaged and is read as empty"
)

// ZhBasket is Basket in Chinese.
var ZhBasket = Basket{
	HAdd:           "加入素材篮",
	HSelect:        "按段选择",
	HOpen:          "打开素材篮",
	AddedFmt:       "已加入素材篮（%d）",
	AlreadyFmt:     "已在素材篮中（%d）",
	AddedInsideFmt: "已加入素材篮（%d），在篮中「%s」之内",
	AddedHoldsFmt:  "已加入素材篮（%d），包含篮中「%s」",
	NothingToAdd:   "没有可加入的内容",
	KeptNoAdd:      "素材篮的副本（原文件已不在）：不能从中摘录",
	Adding:         "正在加入素材篮…",
	AskLargeFmt:    "这部分共 %[2]s 字：再按 a 全部加入素材篮，其他键取消",
	SaveFailed:     "素材篮保存失败：%v",
	AddsUnsaved:    "刚加入的摘录还没有存进素材篮：%v（退出时会再试）",
	NoPage:         "这里打不开素材篮页：用 wenji --basket 查看",
	SelectingFmt:   "已选 %d 段 · j/k ]/[ 扩展 · y 复制 · a 加入素材篮 · Esc 结束",
	NoParagraph:    "这里没有可选的段落",
	SelectNoNext:   "后面没有段落了",
	SelectNoPrev:   "前面没有段落了",
	AddLoading:     "全文还在读取：读完后再按 a 加入素材篮",

	Title:             "素材篮",
	CountFmt:          "%d 条",
	CopiedFmt:         "素材 %d 条",
	Empty:             "素材篮是空的：阅读时按 a 加入本节，按 v 选段落",
	Unreadable:        "无法读取素材篮：%v（文件未改动）",
	HUp:               "上移这一条",
	HDown:             "下移这一条",
	HNext:             "下一条",
	HPrev:             "上一条",
	HFirst:            "第一条",
	HLast:             "最后一条",
	HDelete:           "删除",
	HUndo:             "撤销删除或修改",
	HEnter:            "打开出处",
	HCopyAll:          "复制全部（Markdown）",
	HWrite:            "写成 .docx 文件",
	HEdit:             "用编辑器修改（$EDITOR）",
	Edited:            "已修改（u 撤销）",
	EditUndone:        "已撤销修改",
	EditChangedSince:  "这条摘录之后在别处改过：未撤销修改，保留现在的文字",
	EditUnchanged:     "没有改动",
	EditEmpty:         "改后为空，未修改（删除用 d）",
	EditFailedFmt:     "编辑器没有运行：%v",
	EditorMissingFmt:  "找不到编辑器 %s：请设置 $VISUAL 或 $EDITOR",
	EditorExitFmt:     "编辑器以退出码 %d 结束：未修改",
	EditorStopped:     "编辑器被中止，修改没有存入：这条摘录未变",
	SelectionTag:      "选段",
	InsideTagFmt:      "在第 %d 条内",
	HoldsTagFmt:       "含第 %d 条",
	CharsFmt:          "%[2]s 字",
	SourceLabel:       "来源：",
	SourceStdin:       "标准输入",
	ExportedFmt:       "已写出素材 %d 条：%s",
	ExportFailed:      "没有写出 .docx：%v",
	HBack:             "返回阅读",
	HBackList:         "返回列表",
	HInfo:             "素材篮文件与总字数",
	Deleted:           "已删除（u 撤销）",
	Restored:          "已恢复",
	NothingUndo:       "没有可撤销的删除或修改",
	MovedTop:          "已在最前",
	MovedBottom:       "已在最后",
	OpeningFmt:        "正在打开 %s…",
	OpenFailedFmt:     "打不开 %s：%v",
	NoSource:          "这一条来自标准输入，没有可打开的文件",
	CopyGone:          "这一条来自标准输入，留存的副本已不在，无法打开",
	NoFile:            "它是内置的示例文档，不是文件（不带文件运行 wenji 即可阅读）",
	SourceGoneFmt:     "原文件打不开（%v）：显示的是素材篮里保存的这一段",
	CopyGoneKept:      "标准输入留存的副本已不在：显示的是素材篮里保存的这一段",
	SameFoundFmt:      "原文件已不在原处：打开的是内容相同的 %s",
	SourceNotFoundFmt: "原文件打不开（%v），也未找到同内容的文件：显示素材篮保存的这一段",
	SeekingFmt:        "%s 已不在原处：正在查找内容相同的文件…（Esc 停止）",
	SeekStoppedFmt:    "已停止查找 %s（按 Enter 重新查找）",
	GKeys:             "素材篮",

	DamagedFmt: "素材篮 %s 已损坏，读作空篮（保存时移到 .bak）",
	MovedFmt:   "素材篮 %s 已损坏，已移到 %s",
}

// EnBasket is Basket in English.
var EnBasket = Basket{
	HAdd:           "add to the basket",
	HSelect:        "select paragraphs",
	HOpen:          "open the basket",
	AddedFmt:       "Added to basket (%d)",
	AlreadyFmt:     "Already in the basket (%d)",
	AddedInsideFmt: "Added to basket (%d), inside its “%s”",
	AddedHoldsFmt:  "Added to basket (%d), holding its “%s”",
	NothingToAdd:   "nothing to add",
	KeptNoAdd:      "the basket's copy (file gone): nothing can be added from it",
	Adding:         "adding to the basket…",
	AskLargeFmt:    "%[2]s {char|chars}: a again adds them all, another key does not",
	SaveFailed:     "Basket not saved: %v",
	AddsUnsaved:    "added excerpts not saved yet: %v (retried on quitting)",
	NoPage:         "no basket page here: see it with wenji --basket",
	SelectingFmt:   "%d {paragraph|paragraphs} selected · j/k ]/[ extend · y copy · a add · Esc end",
	NoParagraph:    "no paragraph to select here",
	SelectNoNext:   "no next paragraph",
	SelectNoPrev:   "no previous paragraph",
	AddLoading:     "the whole file is still being read: press a again once it is in",

	Title:             "Basket",
	CountFmt:          "%d {excerpt|excerpts}",
	CopiedFmt:         "%d {excerpt|excerpts}",
	Empty:             "The basket is empty: press a while reading to add a section, v to select paragraphs",
	Unreadable:        "cannot read the basket: %v (the file is left as it is)",
	HUp:               "move it up",
	HDown:             "move it down",
	HNext:             "next excerpt",
	HPrev:             "previous excerpt",
	HFirst:            "first excerpt",
	HLast:             "last excerpt",
	HDelete:           "delete",
	HUndo:             "undo the delete or edit",
	HEnter:            "open it at its source",
	HCopyAll:          "copy all (Markdown)",
	HWrite:            "write a .docx",
	HEdit:             "edit it ($EDITOR)",
	Edited:            "edited (u undoes)",
	EditUndone:        "edit undone",
	EditChangedSince:  "the excerpt was edited elsewhere since: its text is kept, the edit not undone",
	EditUnchanged:     "not changed",
	EditEmpty:         "left empty: not changed (d deletes)",
	EditFailedFmt:     "the editor did not run: %v",
	EditorMissingFmt:  "no editor %s: set $VISUAL or $EDITOR",
	EditorExitFmt:     "the editor exited with status %d: nothing changed",
	EditorStopped:     "the editor was stopped before the edit was saved: the excerpt is unchanged",
	SelectionTag:      "selection",
	InsideTagFmt:      "in #%d",
	HoldsTagFmt:       "holds #%d",
	CharsFmt:          "%[2]s {char|chars}",
	SourceLabel:       "Source: ",
	SourceStdin:       "stdin",
	ExportedFmt:       "wrote %d {excerpt|excerpts} to %s",
	ExportFailed:      "no .docx written: %v",
	HBack:             "back to reading",
	HBackList:         "back to the list",
	HInfo:             "the basket's file, its length",
	Deleted:           "deleted (u to undo)",
	Restored:          "restored",
	NothingUndo:       "nothing to undo",
	MovedTop:          "already first",
	MovedBottom:       "already last",
	OpeningFmt:        "opening %s…",
	OpenFailedFmt:     "cannot open %s: %v",
	NoSource:          "this one came from standard input: no file to open",
	CopyGone:          "from standard input, its kept copy gone: nothing to open",
	NoFile:            "the built-in sample is no file (wenji alone reads it)",
	SourceGoneFmt:     "source gone (%v): showing the basket's copy",
	CopyGoneKept:      "standard input's kept copy gone: showing the basket's copy",
	SameFoundFmt:      "source moved: opened %s (the same text)",
	SourceNotFoundFmt: "source gone (%v), not found: basket's copy",
	SeekingFmt:        "%s gone: looking for its text elsewhere… (Esc stops)",
	SeekStoppedFmt:    "stopped looking for %s (Enter looks again)",
	GKeys:             "Basket",

	DamagedFmt: "%s is damaged, read as empty (to .bak on save)",
	MovedFmt:   "%s was damaged: moved to %s",
}

// BasketFor returns Basket in lang: "zh", or English for the rest.
func BasketFor(lang string) *Basket { return pick(lang, &ZhBasket, &EnBasket) }
