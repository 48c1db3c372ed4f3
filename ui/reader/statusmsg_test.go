package reader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/common"
)

// A message's arguments as the reader meets them: the default paths,
// errors as the os package gives them.
const longTitle = "（二）坚持科技创新引领，加快发展新质生产力"

var (
	errDenied = &fs.PathError{Op: "open", Path: "/home/someone/.local/share/wenji/.basket-123.json", Err: syscall.EACCES}
	errNoRoom = &fs.PathError{Op: "write", Path: "/home/someone/.cache/wenji/.Copied-4242", Err: syscall.ENOSPC}
	errIO     = &fs.PathError{Op: "read", Path: "/home/someone/文档/2024年某某市人民政府工作报告全文（定稿）.txt", Err: syscall.EIO}
)

// statusMessage is one message the reader's bar says, by the text table's
// field it is made of.
type statusMessage struct {
	field string
	msg   func(m *Model) string
	// search: said while a search shows its position (12/345) in the bar.
	search bool
	// long: a message that names the file by its path (=), longer than
	// an 80-column bar can be: said on lines above it where the bar has
	// no room (TestStatusMessagesWrapNarrow).
	long bool
}

// statusMessages lists every message of the reader's status bar, made as
// the reader makes them, with the longest arguments it usually meets.
func statusMessages() []statusMessage {
	home, _ := os.UserHomeDir()
	basketFile := filepath.Join(home, ".local", "share", "wenji", "basket.json")
	copiedFile := filepath.Join(home, ".cache", "wenji", CopyFile)
	// Every kind, each a dozen times: the longest summary.
	var junk []model.Junk
	for _, k := range model.JunkKinds {
		for range 12 {
			junk = append(junk, model.Junk{Kind: k})
		}
	}
	opening := func(resumed bool) func(m *Model) string {
		return func(m *Model) string {
			o := *m
			o.resumed, o.loading = resumed, false
			o.doc = &model.Document{Junk: junk}
			full, _ := o.openingNotice()
			return full
		}
	}
	info := func(m *Model) string {
		o := *m
		o.status.Drop()
		o.info()
		return o.status.Message()
	}
	copied := func(c copiedMsg) func(m *Model) string {
		return func(m *Model) string {
			c.title, c.count = longTitle, 12345
			return m.copyReport(c)
		}
	}
	return []statusMessage{
		{field: "Reader.Resumed", msg: func(m *Model) string { return m.tx.Resumed }},
		{field: "Reader.NotSaved", msg: func(m *Model) string { return fmt.Sprintf(m.tx.NotSaved, ErrTextIn(m.opt.Lang, errNoRoom)) }},
		{field: "Reader.Resumed", msg: opening(true)},
		{field: "Reader.HiddenFmt", msg: opening(false)},
		{field: "Reader.HiddenFmt", msg: func(m *Model) string { // p
			return fmt.Sprintf(m.tx.HiddenFmt, junkSummary(m.tx, junk, summaryKinds))
		}},
		{field: "Reader.ShownFmt", msg: func(m *Model) string {
			return fmt.Sprintf(m.tx.ShownFmt, junkSummary(m.tx, junk, summaryKinds))
		}},
		{field: "Reader.Loading", msg: func(m *Model) string { return m.tx.Loading }},
		{field: "Basket.SourceGoneFmt", msg: func(m *Model) string { return fmt.Sprintf(m.btx().SourceGoneFmt, ErrTextIn(m.opt.Lang, errIO)) }},
		{field: "Basket.SourceNotFoundFmt", msg: func(m *Model) string {
			return fmt.Sprintf(m.btx().SourceNotFoundFmt, ErrTextIn(m.opt.Lang, &fs.PathError{Op: "open", Path: "/x", Err: syscall.ENOENT}))
		}},
		{field: "Basket.CopyGoneKept", msg: func(m *Model) string { return m.btx().CopyGoneKept }},
		{field: "Basket.SameFoundFmt", msg: func(m *Model) string {
			return fmt.Sprintf(m.btx().SameFoundFmt, "2024/某某市/政府工作报告.txt")
		}},
		{field: "Disk.Changed", msg: func(m *Model) string { return m.dtx().Changed }},
		{field: "Disk.Gone", msg: func(m *Model) string { m.disk.gone = errIO; defer func() { m.disk.gone = nil }(); return m.diskNote() }},
		{field: "Disk.Reloading", msg: func(m *Model) string { return m.dtx().Reloading }},
		{field: "Disk.Reloaded", msg: func(m *Model) string { return m.dtx().Reloaded }},
		{field: "Disk.Unchanged", msg: func(m *Model) string { return m.dtx().Unchanged }},
		{field: "Disk.ReloadFailed", msg: func(m *Model) string { return fmt.Sprintf(m.dtx().ReloadFailed, ErrTextIn(m.opt.Lang, errIO)) }},
		{field: "Disk.KeptNoReload", msg: func(m *Model) string { return m.dtx().KeptNoReload }},
		{field: "Disk.NoFile", msg: func(m *Model) string { return m.dtx().NoFile }},
		{field: "Disk.EmptyKept", msg: func(m *Model) string { return m.dtx().EmptyKept }},
		{field: "Disk.Busy", msg: func(m *Model) string { return m.dtx().Busy }},
		{field: "Reader.LoadFailed", msg: func(m *Model) string { return m.loadFailed(errIO) }},
		{field: "Reader.NoNext", msg: func(m *Model) string { return m.tx.NoNext }},
		{field: "Reader.NoPrev", msg: func(m *Model) string { return m.tx.NoPrev }},
		{field: "Reader.NoArticle", msg: func(m *Model) string { return m.tx.NoArticle }},
		{field: "Reader.CharsOn", msg: func(m *Model) string { return m.tx.CharsOn }},
		{field: "Reader.CharsOff", msg: func(m *Model) string { return m.tx.CharsOff }},
		{field: "Reader.OutlineNone", msg: func(m *Model) string { return m.tx.OutlineNone }},
		{field: "Reader.OutlineNarrowFmt", msg: func(m *Model) string { return fmt.Sprintf(m.tx.OutlineNarrowFmt, minOutlineTerm) }},
		{field: "Reader.OutlineHidden", msg: func(m *Model) string { return m.tx.OutlineHidden }},
		{field: "Reader.OutlineFolded", msg: func(m *Model) string { return m.tx.OutlineFolded }},
		{field: "Reader.PercentAlone", msg: func(m *Model) string { return m.tx.PercentAlone }},
		{field: "Reader.NotAKeyFmt", msg: func(m *Model) string { return fmt.Sprintf(m.tx.NotAKeyFmt, "ctrl+backslash") }},
		{field: "Reader.OutlineKeyFmt", msg: func(m *Model) string { return fmt.Sprintf(m.tx.OutlineKeyFmt, "←") }},
		{field: "Reader.CountFmt", msg: func(m *Model) string { return fmt.Sprintf(m.tx.CountFmt, 1234) }},
		{field: "Reader.QuitWait", msg: func(m *Model) string { return m.tx.QuitWait }},

		{field: "Search.BadPattern", msg: func(m *Model) string {
			_, err := compileQuery(`\(调查研究|乡村振兴`)
			return m.patternError(err)
		}},
		{field: "Search.NotFound", msg: func(m *Model) string { return m.stx().NotFound + "调查研究 乡村振兴" }},
		{field: "Search.InJunk", msg: func(m *Model) string { return m.stx().NotFound + "调查研究 乡村振兴" + m.stx().InJunk }},
		{field: "Search.EmptyQuery", msg: func(m *Model) string { return m.stx().EmptyQuery }},
		{field: "Search.NoSearch", msg: func(m *Model) string { return m.stx().NoSearch }},
		{field: "Search.Searching", msg: func(m *Model) string { return m.stx().Searching }, search: true},
		{field: "Search.WrapBottom", msg: func(m *Model) string { return m.stx().WrapBottom }, search: true},
		{field: "Search.WrapTop", msg: func(m *Model) string { return m.stx().WrapTop }, search: true},
		{field: "Search.HitsOnlyOn", msg: func(m *Model) string { return m.stx().HitsOnlyOn }, search: true},
		{field: "Search.HitsOnlyOff", msg: func(m *Model) string { return m.stx().HitsOnlyOff }, search: true},
		{field: "Search.NoNextHitNode", msg: func(m *Model) string { return m.stx().NoNextHitNode }, search: true},
		{field: "Search.NoPrevHitNode", msg: func(m *Model) string { return m.stx().NoPrevHitNode }, search: true},

		{field: "Marks.SetFmt", msg: func(m *Model) string { return fmt.Sprintf(marksTextOf(m.tx).SetFmt, "a") }},
		{field: "Marks.UnsetFmt", msg: func(m *Model) string { return fmt.Sprintf(marksTextOf(m.tx).UnsetFmt, "a") }},
		{field: "Marks.NoBack", msg: func(m *Model) string { return marksTextOf(m.tx).NoBack }},
		{field: "Marks.Invalid", msg: func(m *Model) string { return marksTextOf(m.tx).Invalid }},
		{field: "Marks.InvalidFmt", msg: func(m *Model) string { return fmt.Sprintf(marksTextOf(m.tx).InvalidFmt, "]") }},
		{field: "Marks.NoAlternate", msg: func(m *Model) string { return marksTextOf(m.tx).NoAlternate }},
		{field: "Marks.WaitFmt", msg: func(m *Model) string { return fmt.Sprintf(marksTextOf(m.tx).WaitFmt, "'") }},

		{field: "Copy.Copying", msg: func(m *Model) string { return copyTextFor(m.opt.Lang).Copying }},
		{field: "Copy.Nothing", msg: func(m *Model) string { return copyTextFor(m.opt.Lang).Nothing }},
		{field: "Copy.Loading", msg: func(m *Model) string { return copyTextFor(m.opt.Lang).Loading }},
		{field: "Copy.Copied", msg: copied(copiedMsg{native: true})},
		{field: "Copy.Copied", msg: copied(copiedMsg{kind: copyOutline, native: true})},
		{field: "Copy.ViaTerminal", msg: copied(copiedMsg{terminal: true})},
		{field: "Copy.ViaTerminalSaved", msg: copied(copiedMsg{terminal: true, file: copiedFile})},
		{field: "Copy.ViaTerminalNoFile", msg: copied(copiedMsg{terminal: true, saveFile: copiedFile, saveErr: errNoRoom})},
		{field: "Copy.Saved", msg: copied(copiedMsg{file: copiedFile})},
		{field: "Copy.Failed", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(errors.New("exit status 1"), errNoRoom)})},
		{field: "Copy.ToolFailed", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(&toolError{tool: "xclip", said: "Error: Can't open display: (null)"}, errNone, errNoRoom)}), long: true},
		{field: "Copy.ToolExit", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(&toolError{tool: "wl-copy", err: exitError(1)}, errNone, errNoRoom)})},
		// Each clipboard's cause and the file's: wider than an 80-column
		// bar, said on lines above it (TestStatusMessagesWrapNarrow).
		{field: "Copy.TooLong", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(&toolError{tool: "wl-copy", err: exitError(1)}, errTooLong, errNoRoom)}), long: true},
		{field: "Copy.ToolTimeout", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(&timeoutError{tool: "xclip", after: 2 * time.Second}, &timeoutError{tool: "OSC 52", after: 2 * time.Second}, errNoRoom)}), long: true},
		{field: "Copy.ToolMissing", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(&toolError{tool: "xsel", err: exec.ErrNotFound}, errNone, errNoRoom)})},
		{field: "Copy.ToolTimeout", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(&timeoutError{tool: "xclip", after: 2 * time.Second}, errNone, errNoRoom)})},
		{field: "Copy.Clipboard", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(&timeoutError{after: 2 * time.Second}, errNone, errNoRoom)})},
		{field: "Copy.NoTool", msg: copied(copiedMsg{saveFile: copiedFile, err: errors.Join(errNoTool, errNone, errNoRoom)})},

		{field: "Load.Shrunk", msg: func(m *Model) string {
			return fmt.Errorf(wtext.LoadFor(m.opt.Lang).Shrunk, 123456789, 987654321).Error()
		}},
		{field: "Load.Changed", msg: func(m *Model) string { return wtext.LoadFor(m.opt.Lang).Changed }},

		{field: "Basket.AddedFmt", msg: func(m *Model) string { return m.basketReport(basketAddedMsg{n: 1234}) }},
		{field: "Basket.SaveFailed", msg: func(m *Model) string { return m.basketReport(basketAddedMsg{err: errDenied}) }},
		{field: "Basket.MovedFmt", msg: func(m *Model) string {
			return m.basketReport(basketAddedMsg{n: 99, damaged: basketFile, backup: basketFile + ".bak"})
		}},
		{field: "Basket.MovedFmt", msg: func(m *Model) string {
			return m.basketReport(basketAddedMsg{damaged: basketFile, backup: basketFile + ".bak", err: errDenied})
		}},
		{field: "Basket.NoPage", msg: func(m *Model) string { return m.btx().NoPage }},
		{field: "Basket.SelectingFmt", msg: func(m *Model) string { return wtext.Plural(123, m.btx().SelectingFmt, 123) }},
		{field: "Basket.NoParagraph", msg: func(m *Model) string { return m.btx().NoParagraph }},
		{field: "Basket.SelectNoNext", msg: func(m *Model) string { return m.btx().SelectNoNext }},
		{field: "Basket.SelectNoPrev", msg: func(m *Model) string { return m.btx().SelectNoPrev }},
		{field: "Basket.AddLoading", msg: func(m *Model) string { return m.btx().AddLoading }},
		{field: "Basket.AddedInsideFmt", msg: func(m *Model) string {
			return m.basketReport(basketAddedMsg{n: 1234, overlap: basket.Inside, heading: basketShown(basket.Excerpt{Heading: longTitle})})
		}},
		{field: "Basket.AddedHoldsFmt", msg: func(m *Model) string {
			return m.basketReport(basketAddedMsg{n: 1234, overlap: basket.Holds, heading: basketShown(basket.Excerpt{Heading: longTitle})})
		}},
		{field: "Basket.AlreadyFmt", msg: func(m *Model) string { return m.basketReport(basketAddedMsg{n: 1234, already: true}) }},
		{field: "Basket.NothingToAdd", msg: func(m *Model) string { return m.btx().NothingToAdd }},
		{field: "Basket.NothingToAdd", msg: func(m *Model) string { return m.basketReport(basketAddedMsg{nothing: true}) }},
		{field: "Basket.KeptNoAdd", msg: func(m *Model) string { return m.btx().KeptNoAdd }},
		{field: "Basket.Adding", msg: func(m *Model) string { return m.btx().Adding }},
		{field: "Basket.AskLargeFmt", msg: func(m *Model) string {
			return wtext.Plural(12345678, m.btx().AskLargeFmt, 12345678, common.Thousands(12345678))
		}},
		{field: "Reader.NothingHidden", msg: func(m *Model) string { return m.tx.NothingHidden }},
		{field: "Reader.InfoCharsFmt", msg: info, long: true},
		{field: "Reader.InfoArticlesFmt", msg: info, long: true},
		{field: "Reader.InfoPathFmt", msg: info, long: true},
	}
}

// notStatus are the text tables' strings that the reader's status bar
// does not say, each with where it is shown instead. Help entries (H…,
// G…, K… fields) are left out by their names.
var notStatus = map[string]string{
	"Reader.Empty": "the pane", "Reader.EmptyJunk": "the pane", "Reader.NoOutline": "the outline",
	"Reader.Stdin": "the file name", "Reader.JunkLabelFmt": "the pane", "Reader.JunkCountFmt": "HiddenFmt's part",
	"Reader.JunkCounts": "HiddenFmt's part", "Basket.CopiedFmt": "the basket page",
	"Reader.PagesFmt": "the file's tag", "Reader.ListSep": "a separator", "Reader.CrumbSep": "a separator",
	"Search.NoHits": "the prompt", "Search.FormHint": "the prompt",
	"Copy.What": "Copied's part", "Copy.Count": "Copied's part",
	"Basket.Title": "the basket page", "Basket.Unreadable": "the basket page (TestPageMessagesFit)", "Basket.CountFmt": "the basket page", "Basket.Empty": "the basket page",
	"Basket.Deleted": "the basket page", "Basket.Restored": "the basket page", "Basket.NothingUndo": "the basket page",
	"Basket.MovedTop": "the basket page", "Basket.MovedBottom": "the basket page", "Basket.OpeningFmt": "the basket page", "Basket.SeekingFmt": "the basket page (TestPageMessagesFit)", "Basket.SeekStoppedFmt": "the basket page (TestPageMessagesFit)",
	"Basket.OpenFailedFmt": "the basket page", "Basket.NoSource": "the basket page", "Basket.CopyGone": "the basket page (TestPageMessagesFit)", "Basket.Edited": "the basket page (TestPageMessagesFit)", "Basket.EditUndone": "the basket page (TestPageMessagesFit)", "Basket.EditChangedSince": "the basket page (TestPageMessagesFit)", "Basket.EditUnchanged": "the basket page (TestPageMessagesFit)", "Basket.EditEmpty": "the basket page (TestPageMessagesFit)", "Basket.EditFailedFmt": "the basket page (TestPageMessagesFit)", "Basket.EditorMissingFmt": "the basket page (TestPageMessagesFit)", "Basket.EditorExitFmt": "the basket page (TestPageMessagesFit)", "Basket.EditorStopped": "the basket page (TestPageMessagesFit)", "Basket.NoFile": "the basket page (TestPageMessagesFit)", "Basket.DamagedFmt": "the basket page",
	"Basket.ExportedFmt": "the basket page (TestPageMessagesFit)", "Basket.ExportFailed": "the basket page (TestPageMessagesFit)", "Basket.AddsUnsaved": "the basket page (TestPageMessagesFit)",
	"Basket.SelectionTag": "the basket page's rows", "Basket.CharsFmt": "the basket page's rows",
	"Basket.InsideTagFmt": "the basket page's rows", "Basket.HoldsTagFmt": "the basket page's rows",
	"Basket.SourceLabel": "the basket page's rows", "Basket.SourceStdin": "the basket page's rows",
}

// TestStatusMessagesCovered: every string of the reader's text tables is
// in statusMessages, or said elsewhere (notStatus), so that a message
// added to internal/text is measured in the bar by TestStatusMessagesFit.
func TestStatusMessagesCovered(t *testing.T) {
	listed := map[string]bool{}
	for _, s := range statusMessages() {
		listed[s.field] = true
	}
	help := regexp.MustCompile(`^[HGK][A-Z]`)
	for _, table := range []any{wtext.EnReader, wtext.EnSearch, wtext.EnMarks, wtext.EnCopy, wtext.EnLoad, wtext.EnBasket, wtext.EnDisk} {
		v := reflect.ValueOf(table)
		for i := range v.NumField() {
			f := v.Type().Field(i)
			name := v.Type().Name() + "." + f.Name
			if f.Anonymous || f.Type.Kind() == reflect.Bool || help.MatchString(f.Name) {
				continue
			}
			if !listed[name] && notStatus[name] == "" {
				t.Errorf("%s is neither a status message measured nor said elsewhere", name)
			}
		}
	}
}

// TestStatusMessagesFit: every message of the reader's bar is said whole
// at 80 and 120 columns in both languages, as a key's answer and as a
// notice, beside a long file name and a deep breadcrumb at 100%, and
// while a search shows its position.
func TestStatusMessagesFit(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int{80, 120} {
			m := sized(handDoc(), w, 30, Options{Lang: lang, FileName: "/docs/2024年某某市人民政府工作报告全文（定稿）.txt"})
			m = press(m, "G")
			node := m.Current()
			for _, sm := range statusMessages() {
				if sm.long {
					continue
				}
				msg := sm.msg(&m)
				m.status.search = ""
				if sm.search {
					m.status.search = "123/4567"
				}
				for _, lasting := range []bool{false, true} {
					if lasting {
						m.status.Notice(msg)
					} else {
						m.status.Flash(msg)
					}
					bar := ansi.Strip(m.status.View(w, m.fileName(), m.fileTags(), node, 100, ""))
					if !strings.Contains(bar, msg) {
						t.Errorf("%s at %d (%s, lasting %v): %q cut: %q", sm.field, w, lang, lasting, msg, bar)
					}
					if bw := m.w.String(bar); bw != w {
						t.Errorf("%s at %d: the bar is %d columns", sm.field, w, bw)
					}
				}
				m.status.Drop()
				// A lasting note (the selection's keys, the filtered text
				// shown) is said the same way.
				if bar := ansi.Strip(m.status.View(w, m.fileName(), m.fileTags(), node, 100, msg)); !strings.Contains(bar, msg) {
					t.Errorf("%s at %d (%s) as a note: %q cut: %q", sm.field, w, lang, msg, bar)
				}
			}
		}
	}
}

// TestStatusCrumbAfterMessage: a message is whole, taking its room from
// the file name and the breadcrumb's start; the breadcrumb's end stays
// beside a message that leaves room, and all is whole again once it goes.
func TestStatusCrumbAfterMessage(t *testing.T) {
	doc := buildDoc("测试汇编", "# 第一篇文章", "## 一、主要做法",
		"### （二）坚持科技创新引领。以科技创新推动产业创新。", "正文。")
	m := sized(doc, 80, 30, Options{Lang: "en", FileName: "/docs/2024年某某市人民政府工作报告全文（定稿）.txt"})
	m = press(m, "]", "]", "]")
	node := m.Current()
	if node.Heading() != "（二）坚持科技创新引领" {
		t.Fatalf("G is in %q", node.Heading())
	}
	view := func() string { return ansi.Strip(m.status.View(80, m.fileName(), m.fileTags(), node, 100, "")) }
	m.status.Flash(m.stx().WrapBottom)
	bar := view()
	if !strings.Contains(bar, m.stx().WrapBottom) || !strings.Contains(bar, "…") || !strings.Contains(bar, "科技创新引领") {
		t.Errorf("with a message: %q", bar)
	}
	m.status.Drop()
	bar = view()
	if !strings.Contains(bar, m.status.crumb(node)) || !strings.Contains(bar, "2024年") {
		t.Errorf("without: %q", bar)
	}
}

// TestPromptErrorFits: the search prompt's note (a pattern's error) takes
// what the typed text leaves of the line, whole when it can be: it was
// cut to half the line at 80 columns beside a short query.
func TestPromptErrorFits(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int{80, 120} {
			m := sized(handDoc(), w, 20, Options{Lang: lang})
			m = press(m, "/")
			m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(`\(调查研究|乡村振兴`)})
			if m.search.err == "" {
				t.Fatal("no error for an unclosed (")
			}
			if st := statusLine(m); !strings.Contains(st, m.search.err) || !strings.HasPrefix(st, `/\(调查研究|乡村振兴`) {
				t.Errorf("%s at %d: %q", lang, w, st)
			}
			checkSize(t, m, w, 20)
		}
	}
}

// TestPromptErrorWrapsNarrow: at 40 columns (and 30) the typed pattern's
// error is said whole while typing, on lines above the prompt over the
// page's last ones, the prompt line keeping the typed text; cut to what
// the text left of the line, it ended before its cause. The page does not
// move, and is whole again once the pattern compiles.
func TestPromptErrorWrapsNarrow(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int{40, 30} {
			const h = 12
			m := sized(handDoc(), w, h, Options{Lang: lang})
			m.status.Drop()
			m = press(m, "/")
			before := screen(m)
			m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(`\(农业|农村`)})
			if m.search.err == "" {
				t.Fatal("no error for an unclosed (")
			}
			lines := screen(m)
			if !saidOn(lines[:h-1], m.search.err) {
				t.Errorf("%s at %d: %q not said whole:\n%s", lang, w, m.search.err, strings.Join(lines, "\n"))
			}
			if !strings.HasPrefix(lines[h-1], `/\(农业|农村`) {
				t.Errorf("%s at %d: the prompt %q", lang, w, lines[h-1])
			}
			if lines[0] != before[0] {
				t.Errorf("%s at %d: the page moved: %q, was %q", lang, w, lines[0], before[0])
			}
			checkSize(t, m, w, h)
			m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(`)`)})
			if m.search.err != "" {
				t.Fatalf("%s: an error for a closed (: %q", lang, m.search.err)
			}
			if after := screen(m); strings.Join(after[:h-1], "\n") != strings.Join(before[:h-1], "\n") {
				t.Errorf("%s at %d: the page not drawn again:\n%s", lang, w, strings.Join(after, "\n"))
			}
		}
	}
}

// squeezed is s without its spaces: a message wrapped onto lines loses
// the spaces it was broken at.
func squeezed(s string) string { return strings.ReplaceAll(s, " ", "") }

// saidOn reports whether msg is said whole on the lines, one after the
// other (a message wrapped above the bar), or on one line.
func saidOn(lines []string, msg string) bool {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.TrimSpace(l))
		b.WriteByte('\n')
	}
	joined := squeezed(strings.ReplaceAll(b.String(), "\n", ""))
	return strings.Contains(joined, squeezed(msg))
}

// TestStatusMessagesWrapNarrow: where the bar's line has no room for a
// message (a 60-column terminal, or narrower; = naming a long path at
// any width), it is said whole on lines
// above the bar, over the page's last lines, the screen exactly its size;
// cut to the bar it ended inside its cause (…(input/output e…). The page
// under it is drawn as before once the message goes.
func TestStatusMessagesWrapNarrow(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int{120, 80, 60, 40, 30} {
			const h = 20
			m := sized(handDoc(), w, h, Options{Lang: lang, FileName: "/docs/2024年某某市人民政府工作报告全文（定稿）.txt"})
			m = press(m, "G")
			m.status.Drop() // the opening notice
			before := screen(m)
			wrapped := 0
			for _, sm := range statusMessages() {
				msg := sm.msg(&m)
				m.status.search = ""
				if sm.search {
					m.status.search = "123/4567"
				}
				m.status.Flash(msg)
				lines := screen(m)
				if !saidOn(lines, msg) {
					t.Errorf("%s at %d (%s): %q not said whole:\n%s", sm.field, w, lang, msg, strings.Join(lines, "\n"))
				}
				if !strings.Contains(lines[h-1], strings.TrimSpace(before[h-1][len(before[h-1])-6:])) {
					t.Errorf("%s at %d (%s): the bar lost its percent: %q", sm.field, w, lang, lines[h-1])
				}
				if lines[0] != before[0] {
					t.Errorf("%s at %d (%s): the page moved: %q, was %q", sm.field, w, lang, lines[0], before[0])
				}
				if lines[h-2] != before[h-2] {
					wrapped++
				}
				checkSize(t, m, w, h)
			}
			m.status.Drop()
			m.status.search = ""
			if after := screen(m); strings.Join(after, "\n") != strings.Join(before, "\n") {
				t.Errorf("at %d (%s): the page not drawn again after the message", w, lang)
			}
			if wrapped == 0 && w <= 60 {
				t.Errorf("at %d (%s): no message was wrapped", w, lang)
			}
		}
	}
}

// TestStatusNoteNotWrapped: a note lasts as long as its state (the file
// gone from disk, the filtered text shown), so it never takes lines over
// the page: narrower than it, the bar says its words that fit whole,
// then …, the page's last line left in sight.
func TestStatusNoteNotWrapped(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		m := sized(handDoc(), 50, 12, Options{Lang: lang, FileName: "/docs/a.txt"})
		m.status.Drop()
		before := screen(m)
		m.disk.gone = errIO
		s := screen(m)
		note := m.diskNote()
		if s[10] != before[10] {
			t.Errorf("%s: the note covers the page: %q", lang, s[10])
		}
		bar := s[11]
		said, _, ok := strings.Cut(bar, " … ")
		said = said[strings.LastIndex(said, "  ")+2:] // after the file or title
		if !ok || len(said) < 12 || !strings.HasPrefix(note, said) || note[len(said)] != ' ' && note[len(said)] < 0x80 {
			t.Errorf("%s: the note %q on the bar: %q", lang, note, bar)
		}
		checkSize(t, m, 50, 12)
	}
}
