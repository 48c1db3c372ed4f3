package library

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
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
				tx.TypeHow, tx.ResultsTypeHow,
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
			for _, hint := range []string{tx.KeysHint, tx.SearchHint, tx.SearchNoHitsHint, tx.KeysNoMatchHint, tx.KeysEmptyHint} {
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

// TestLibraryHintOffersWhatWorks: the status bar offers Enter and the
// moves only where there is a row to move to and open: a search that
// found nothing offered "Enter open there", and so did a filter that
// matched no document and an empty folder, in both languages. Esc is
// offered to clear the filter only where there is one: the list at its
// start offered it, and Esc then said there was nothing to clear.
func TestLibraryHintOffersWhatWorks(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		tx := wtext.LibraryFor(lang)
		enter := strings.Split(tx.SearchHint, " · ")[1] // Enter open there
		open := strings.Split(tx.KeysHint, " · ")[1]    // Enter open
		back := strings.Split(tx.SearchHint, " · ")[2]  // Esc back to the list
		clear := strings.Split(tx.KeysHint, " · ")[6]   // Esc clear (the filter)
		_, opt := newTestLibrary(3)
		opt.Reader.Lang = lang
		empty := New(Options{Reader: reader.Options{Lang: lang, Ambiguous: 1}, Dir: "/空"})
		for _, tt := range []struct {
			name       string
			l          Library
			keys       []string
			want, nope string
		}{
			{"search with hits", libStart(opt, 100, 20), []string{"/", "乡", "村"}, enter, ""},
			{"search without hits", libStart(opt, 100, 20), []string{"/", "鑫", "鑫"}, back, enter},
			{"search without hits, browsed", libStart(opt, 100, 20), []string{"/", "鑫", "鑫", "down"}, back, enter},
			{"list", libStart(opt, 100, 20), nil, open, clear},
			{"filter with matches", libStart(opt, 100, 20), []string{"f", "乡", "enter"}, clear, ""},
			{"filter typed", libStart(opt, 100, 20), []string{"f", "乡"}, tx.FilterTypingKeys, "q "},
			{"filter without match", libStart(opt, 100, 20), []string{"f", "鑫", "鑫"}, tx.KeysNoMatchHint, open},
			{"empty folder", libDrive(empty, tea.WindowSizeMsg{Width: 100, Height: 20}), nil, tx.KeysEmptyHint, open},
		} {
			l := libKeys(tt.l, tt.keys...)
			l.bar.Drop()
			s := libScreen(l)
			bar := s[len(s)-1]
			if !strings.Contains(bar, tt.want) || tt.nope != "" && strings.Contains(bar, tt.nope) {
				t.Errorf("%s, %s: bar %q, want %q and not %q", lang, tt.name, bar, tt.want, tt.nope)
			}
			// The filter's hint offers typing only where there is a
			// document to filter.
			if hint := strings.Contains(s[1], tx.FilterHint); hint != (tt.name == "list") {
				t.Errorf("%s, %s: the filter's hint shown %v: %q", lang, tt.name, hint, s[1])
			}
		}
	}
}

// TestLibraryPatternErrorLanguage: a bad regular expression in the
// library's search is said in the interface's language, as the reader's
// prompt says it (the library showed regexp/syntax's English under zh).
func TestLibraryPatternErrorLanguage(t *testing.T) {
	for _, tt := range []struct{ lang, want, nope string }{
		{"zh", "正则有误：缺少右括号 )", "missing"},
		{"en", "bad pattern: missing closing )", "正则"},
	} {
		_, opt := newTestLibrary(3)
		opt.Reader.Lang = tt.lang
		l := libKeys(libStart(opt, 120, 20), "/", `\`, "(")
		if line := libScreen(l)[1]; !strings.Contains(line, tt.want) || strings.Contains(line, tt.nope) {
			t.Errorf("%s: %q, want %q", tt.lang, line, tt.want)
		}
	}
}

// TestLibraryPatternErrorNarrow: at 40 columns (and 30) a bad pattern's
// error is said whole under the search prompt, on the lines the empty
// results leave, the screen exactly its size; cut on the prompt's line,
// it ended before its cause. The header above does not move.
func TestLibraryPatternErrorNarrow(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int{40, 30} {
			const h = 16
			_, opt := newTestLibrary(3)
			opt.Reader.Lang = lang
			l := libKeys(libStart(opt, w, h), "/")
			before := libScreen(l)
			l = libKeys(l, `\`, "(", "农", "业", "|", "农", "村")
			if l.search.err == "" {
				t.Fatal("no error for an unclosed (")
			}
			s := libScreen(l)
			var b strings.Builder
			for _, line := range s[2:] {
				b.WriteString(strings.TrimSpace(line))
			}
			if !strings.Contains(strings.ReplaceAll(b.String(), " ", ""), strings.ReplaceAll(l.search.err, " ", "")) {
				t.Errorf("%s at %d: %q not said whole:\n%s", lang, w, l.search.err, strings.Join(s, "\n"))
			}
			if s[0] != before[0] {
				t.Errorf("%s at %d: the header moved: %q, was %q", lang, w, s[0], before[0])
			}
			if len(s) != h {
				t.Errorf("%s at %d: %d lines", lang, w, len(s))
			}
			for i, line := range s {
				if lw := l.W.String(line); lw > w {
					t.Errorf("%s at %d: line %d is %d columns", lang, w, i, lw)
				}
			}
		}
	}
}

// TestLibraryStatusWrapsNarrow: narrower than its messages (60 columns and
// less), the library says a message whole on lines above its bar, over
// the list's last rows, the screen exactly its size: cut to the bar, the
// cause of a file that would not open was lost (…not an EPUB b…). The
// list is whole again when the message goes.
func TestLibraryStatusWrapsNarrow(t *testing.T) {
	denied := &fs.PathError{Op: "open", Path: "/home/someone/.local/state/wenji/places.json.tmp", Err: syscall.EACCES}
	for _, lang := range []string{"zh", "en"} {
		tx := wtext.LibraryFor(lang)
		for _, w := range []int{60, 40} {
			const h = 20
			_, opt := newTestLibrary(3)
			opt.Reader.Lang = lang
			l := libStart(opt, w, h)
			l.bar.Drop()
			before := libScreen(l)
			for _, msg := range []string{
				fmt.Sprintf(tx.OpeningFmt, "2024年某某市人民政府工作报告全文（定稿）.txt"),
				fmt.Sprintf(tx.SaveFailed, reader.ErrText(denied)) + " · " + fmt.Sprintf(tx.LastFmt, "2024年基层治理与作风建设经验做法汇编"),
				"book.epub: " + wtext.CLIFor(lang).NotEPUB + tx.GoneDropped,
			} {
				l.flash(msg)
				s := libScreen(l)
				var b strings.Builder
				for _, line := range s[h/2:] {
					b.WriteString(strings.TrimSpace(line))
				}
				if !strings.Contains(strings.ReplaceAll(b.String(), " ", ""), strings.ReplaceAll(msg, " ", "")) {
					t.Errorf("%s at %d: %q not said whole:\n%s", lang, w, msg, strings.Join(s, "\n"))
				}
				if s[0] != before[0] || s[3] != before[3] {
					t.Errorf("%s at %d: the list moved:\n%s", lang, w, strings.Join(s, "\n"))
				}
				checkLibSize(t, l, w, h)
			}
			l.bar.Drop()
			if s := libScreen(l); strings.Join(s, "\n") != strings.Join(before, "\n") {
				t.Errorf("%s at %d: the list not whole again:\n%s", lang, w, strings.Join(s, "\n"))
			}
		}
	}
}

// TestLibraryHintClauses: a prompt's hint too long for its line says the
// clauses that fit whole, then …: at 60 columns the filter's English hint
// was cut inside a word (… @ for pinyin ini…).
func TestLibraryHintClauses(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		tx := wtext.LibraryFor(lang)
		for _, w := range []int{60, 44} {
			_, opt := newTestLibrary(3)
			opt.Reader.Lang = lang
			l := libStart(opt, w, 20)
			for _, c := range []struct {
				line, hint string
			}{
				{libScreen(l)[1], tx.FilterHint},
				{libScreen(libKeys(l, "/"))[1], tx.SearchEmptyHint},
			} {
				sep := "; "
				if lang == "zh" {
					sep = "；"
				}
				clauses := strings.Split(c.hint, sep)
				if strings.Contains(c.line, c.hint) {
					continue // whole
				}
				whole := false // the first clauses, as many as fit, then …
				for k := 1; k < len(clauses); k++ {
					whole = whole || strings.Contains(c.line, strings.Join(clauses[:k], sep)+" …")
				}
				if !whole {
					t.Errorf("%s at %d: %q, want its first clause %q whole (or more), then …", lang, w, c.line, clauses[0])
				}
			}
		}
	}
}
