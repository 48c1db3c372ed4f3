package basket

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/reader"
)

// TestPageMessagesFit: every message of the basket page's status line is
// said whole at 80 and 120 columns in both languages (at 60 and 40 on
// lines above it where it has no room), made as the page
// makes it with the arguments it usually meets (the default paths, a
// document's name, errors as the os package gives them).
func TestPageMessagesFit(t *testing.T) {
	home, _ := os.UserHomeDir()
	basketFile := filepath.Join(home, ".local", "share", "wenji", "basket.json")
	copied := filepath.Join(home, ".cache", "wenji", reader.CopyFile)
	denied := &fs.PathError{Op: "open", Path: filepath.Join(home, ".local/share/wenji/.basket-123.json"), Err: syscall.EACCES}
	missing := &fs.PathError{Op: "open", Path: "/home/someone/文档/2024年政府工作报告.txt", Err: syscall.ENOENT}
	for _, lang := range []string{"zh", "en"} {
		tx := wtext.BasketFor(lang)
		ct := wtext.CopyFor(lang)
		for _, w := range []int{80, 120, 60, 40} {
			var tm tea.Model = drive(pageModel{New(Options{Path: fill(t, "甲", "乙"), Lang: lang, Ambiguous: 1})}, tea.WindowSizeMsg{Width: w, Height: 24})
			tm = drive(tm, tm.(pageModel).Init()())
			pm := tm.(pageModel)
			msgs := []string{
				tx.Deleted, tx.Restored, tx.NothingUndo, tx.MovedTop, tx.MovedBottom, tx.NoSource, tx.CopyGone, tx.Edited, tx.EditUndone, tx.EditChangedSince, tx.EditUnchanged, tx.EditEmpty,
				fmt.Sprintf(tx.EditFailedFmt, reader.ErrText(&fs.PathError{Op: "fork/exec", Path: "/bin/sh", Err: syscall.ENOENT})),
				fmt.Sprintf(tx.EditorMissingFmt, "code -w"), fmt.Sprintf(tx.EditorExitFmt, 1), tx.EditorStopped,
				fmt.Sprintf(tx.OpeningFmt, "2024年政府工作报告.txt"),
				fmt.Sprintf(tx.SeekingFmt, "2024年政府工作报告.txt"),
				fmt.Sprintf(tx.SeekStoppedFmt, "2024年政府工作报告.txt"),
				fmt.Sprintf(tx.OpenFailedFmt, "2024年政府工作报告.txt", reader.ErrText(missing)),
				NoFileText(tx, store.Excerpt{Source: store.Source{Name: "sample.txt"}}),
				fmt.Sprintf(tx.SaveFailed, reader.ErrText(denied)),
				fmt.Sprintf(tx.AddsUnsaved, reader.ErrText(denied)),
				fmt.Sprintf(tx.Unreadable, reader.ErrText(denied)),
				reader.DamagedNotice(tx, basketFile, ""),
				reader.DamagedNotice(tx, basketFile, basketFile+".bak"),
				ct.Copying, ct.Nothing,
				pm.copyReport(reader.CopiedMsg{Native: true}),
				pm.copyReport(reader.CopiedMsg{Terminal: true}),
				pm.copyReport(reader.CopiedMsg{Terminal: true, File: copied}),
				pm.copyReport(reader.CopiedMsg{File: copied}),
				pm.copyReport(reader.CopiedMsg{Err: errors.Join(errors.New("exit status 1"), denied)}),
				pm.exportReport(exportedMsg{count: 12, path: filepath.Join(home, "文档", "素材篮-2026-12-05-2.docx")}),
				pm.exportReport(exportedMsg{err: &fs.PathError{Op: "open", Path: "/x/素材篮-2026-12-05.docx", Err: syscall.EROFS}}),
			}
			for _, msg := range msgs {
				pm.Flash(msg)
				if w < 80 {
					// Narrower, a message the line cannot hold is said
					// whole on lines above it (statusbar.OnBar).
					lines := strings.Split(ansi.Strip(pm.View()), "\n")
					if !saidOn(lines[len(lines)-12:], msg) {
						t.Errorf("%s at %d: %q not said whole:\n%s", lang, w, msg, strings.Join(lines, "\n"))
					}
					for i, l := range lines {
						if lw := pm.W.String(l); lw != w || len(lines) != 24 {
							t.Errorf("%s at %d: line %d of %d is %d columns", lang, w, i, len(lines), lw)
						}
					}
					continue
				}
				line := pm.statusLine()
				if !strings.Contains(line, msg) {
					t.Errorf("%s at %d: %q cut: %q", lang, w, msg, line)
				}
				if lw := pm.W.String(line); lw != w {
					t.Errorf("%s at %d: the line is %d columns", lang, w, lw)
				}
			}
			// Without a message, the keys: whole ones, then … for the rest.
			pm.bar.Drop()
			line := strings.TrimSpace(pm.statusLine())
			// Named keys are written as the library's bar writes them
			// (Enter, Esc); it said "enter 打开出处 · q/esc/B".
			if w >= 80 && (!strings.Contains(line, "Enter ") || regexp.MustCompile(`\b(enter|esc|del)\b`).MatchString(line)) {
				t.Errorf("%s at %d: keys named otherwise than the library's bar: %q", lang, w, line)
			}
			for _, part := range strings.Split(strings.TrimSuffix(line, " …"), " · ") {
				if !strings.Contains(part, " ") || strings.HasSuffix(part, "…") {
					t.Errorf("%s at %d: a key's hint is cut: %q in %q", lang, w, part, line)
				}
			}
		}
	}
}

// The copy reports of the basket page say what was copied as the reader's
// do (已复制正文 258 字): in Chinese a noun before the count, no digit
// against a Han character (it said 已复制9 条).
func TestCopyReportSpacing(t *testing.T) {
	home, _ := os.UserHomeDir()
	copied := filepath.Join(home, ".cache", "wenji", reader.CopyFile)
	touching := regexp.MustCompile(`\p{Han}[0-9]|[0-9]\p{Han}`)
	heads := []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬"}
	var tm tea.Model = drive(pageModel{New(Options{Path: fill(t, heads...), Lang: "zh", Ambiguous: 1})}, tea.WindowSizeMsg{Width: 120, Height: 24})
	tm = drive(tm, tm.(pageModel).Init()())
	pm := tm.(pageModel)
	if got, want := pm.copyReport(reader.CopiedMsg{Native: true}), "已复制素材 9 条"; got != want {
		t.Errorf("copy report %q, want %q", got, want)
	}
	for _, msg := range []reader.CopiedMsg{{Native: true}, {Terminal: true}, {Terminal: true, File: copied}, {File: copied}} {
		if s := pm.copyReport(msg); touching.MatchString(s) {
			t.Errorf("%+v: %q has a digit against a Han character", msg, s)
		}
	}
}

// saidOn reports whether msg is said whole on the lines, one after the
// other (wrapped, losing the spaces it was broken at), or on one line.
func saidOn(lines []string, msg string) bool {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.TrimSpace(l))
	}
	return strings.Contains(strings.ReplaceAll(b.String(), " ", ""), strings.ReplaceAll(msg, " ", ""))
}

// TestPageTooSmall: below the smallest size the page says so and offers
// no keys, as the reader and the library do: it offered "? 帮助" under
// 终端太小, a help with no room to show.
func TestPageTooSmall(t *testing.T) {
	for _, size := range [][2]int{{reader.MinWidth - 1, 10}, {40, reader.MinHeight - 1}} {
		var tm tea.Model = drive(pageModel{New(Options{Path: fill(t, "甲"), Lang: "zh", Ambiguous: 1})}, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		tm = drive(tm, tm.(pageModel).Init()())
		lines := strings.Split(ansi.Strip(tm.View()), "\n")
		if len(lines) != size[1] || !strings.HasPrefix(lines[0], wtext.SharedFor("zh").TooSmall[:3]) {
			t.Errorf("%v: %q", size, lines)
		}
		for i, l := range lines[1:] {
			if strings.TrimSpace(l) != "" || tm.(pageModel).W.String(l) > size[0] {
				t.Errorf("%v: line %d is %q", size, i+1, l)
			}
		}
	}
}

// TestPageInfoKey: = and Ctrl-G on the basket page say, as the reader's
// do, the file the basket is kept in, its excerpts and their 字数; the
// keys did nothing there.
func TestPageInfoKey(t *testing.T) {
	path := fill(t, "甲节", "乙节")
	for _, lang := range []string{"en", "zh"} {
		for _, k := range []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune("=")}, {Type: tea.KeyCtrlG}} {
			var tm tea.Model = drive(pageModel{New(Options{Path: path, Lang: lang, Ambiguous: 1})}, tea.WindowSizeMsg{Width: 100, Height: 24})
			tm = drive(tm, tm.(pageModel).Init()(), k)
			pm := tm.(pageModel)
			chars := 0
			for _, e := range pm.list {
				chars += model.CountChars(e.Text)
			}
			want := []string{reader.TildePath(path), wtext.Plural(2, pm.tx.CountFmt, 2), wtext.Plural(chars, pm.tx.CharsFmt, chars, fmt.Sprint(chars))}
			for _, w := range want {
				if got := pm.bar.Message(); !strings.Contains(got, w) {
					t.Errorf("%s %s: %q lacks %q", lang, k, got, w)
				}
			}
		}
	}
}
