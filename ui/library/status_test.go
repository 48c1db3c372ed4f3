package library

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/x/ansi"

	wtext "wenji/internal/text"
	"wenji/ui/reader"
)

// TestLibraryStatusFits: the library's messages and its prompts' hints
// are said whole at 80 and 120 columns in both languages (the empty
// search's was cut at 80 in English), and its keys' hints, in the list
// and in the search results, end after the last key that fits whole (they
// were cut inside a key at 80).
func TestLibraryStatusFits(t *testing.T) {
	home, _ := os.UserHomeDir()
	denied := &fs.PathError{Op: "open", Path: filepath.Join(home, ".local/state/wenji/places.json.tmp"), Err: syscall.EACCES}
	for _, lang := range []string{"zh", "en"} {
		tx := wtext.LibraryFor(lang)
		for _, w := range []int{80, 120} {
			_, opt := newTestLibrary(3)
			opt.Reader.Lang = lang
			l := libStart(opt, w, 20)
			for _, msg := range []string{
				fmt.Sprintf(tx.OpeningFmt, "2024年政府工作报告.txt"),
				fmt.Sprintf(tx.SaveFailed, reader.ErrText(denied)),
				fmt.Sprintf(tx.LastFmt, "2024年基层治理与作风建设经验做法汇编"),
			} {
				l.flash(msg)
				if bar := ansi.Strip(l.statusBar(w, tx.KeysHint)); !strings.Contains(bar, msg) {
					t.Errorf("%s at %d: %q cut: %q", lang, w, msg, bar)
				}
			}
			// The prompts' hints, the filter's and the empty search's.
			if line := libScreen(l)[1]; !strings.Contains(line, tx.FilterHint) {
				t.Errorf("%s at %d: the filter's hint cut: %q", lang, w, line)
			}
			if line := libScreen(libKeys(l, "/"))[1]; !strings.Contains(line, tx.SearchEmptyHint) {
				t.Errorf("%s at %d: the search's hint cut: %q", lang, w, line)
			}
			l.bar.Drop()
			for _, hint := range []string{tx.KeysHint, tx.SearchHint} {
				bar := ansi.Strip(l.statusBar(w, hint))
				if l.W.String(bar) != w {
					t.Errorf("%s at %d: the bar is %d columns", lang, w, l.W.String(bar))
				}
				shown := strings.Split(strings.TrimSuffix(strings.TrimSpace(bar), " …"), " · ")
				all := strings.Split(l.hint(hint, false), " · ")
				for i, part := range shown {
					if part != all[i] {
						t.Errorf("%s at %d: key %d of the hint is %q, want %q: %q", lang, w, i, part, all[i], bar)
					}
				}
			}
		}
	}
}

// TestLibraryHeaderFits: the header's count, with the unreadable folders'
// note and the parse's progress, is whole at 80 columns beside a long
// folder, which keeps its start.
func TestLibraryHeaderFits(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		_, opt := newTestLibrary(3)
		opt.Reader.Lang = lang
		opt.Unreadable = 1234
		opt.Dir = "/home/someone/文档/经验材料汇编/2024年"
		l := libStart(opt, 80, 20)
		l.done, l.parsed = false, 12345
		for len(l.entries) < 12345 {
			l.entries = append(l.entries, l.entries[0])
		}
		tx := wtext.LibraryFor(lang)
		want := fmt.Sprintf(tx.UnreadableDirsFmt, "1,234") + " · " + fmt.Sprintf(tx.ParsingFmt, "12,345", "12,345")
		head := libScreen(l)[0]
		if !strings.Contains(head, want) || !strings.HasPrefix(head, " /home/") || l.W.String(head) != 80 {
			t.Errorf("%s: %q, want %q", lang, head, want)
		}
	}
}
