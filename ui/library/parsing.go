package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/doccache"
	"wenji/internal/par"
	wtext "wenji/internal/text"
	"wenji/ui/cjk"
	"wenji/ui/internal/stream"
	"wenji/ui/reader"
)

// parseGrace lets the first frame be drawn before every core is busy.
const parseGrace = 30 * time.Millisecond

// parseAll learns every entry's title and counts on all cores through the
// cache (internal/doccache): from its index when the file is unchanged,
// else by parsing it, streaming what it learns. Only the summaries are
// kept: the search reads the cached spans again, so the list's memory does
// not grow with the library.
func (l *Library) parseAll() tea.Cmd {
	files, cache := l.opt.Files, l.opt.Cache
	workers := l.opt.Workers
	return func() tea.Msg {
		time.Sleep(parseGrace)
		ch := par.Stream(context.Background(), len(files), workers, 256, func(i int) libInfo {
			return describe(i, files[i], cache)
		})
		// A fast parse sends a message a batch, not a file.
		return stream.From(0, ch, stream.Options{Max: 512, Wait: 40 * time.Millisecond})()
	}
}

// libRowMsg is one row learnt again: its file changed and was read
// again in the reader (R).
type libRowMsg struct {
	i    int
	size int64
	info libInfo
}

// redescribe learns row i again in a Cmd (-1: a file outside the list).
func (l *Library) redescribe(i int) tea.Cmd {
	if i < 0 || i >= len(l.entries) {
		return nil
	}
	f, cache := l.entries[i].file, l.opt.Cache
	return func() tea.Msg {
		msg := libRowMsg{i: i, size: f.Size, info: describe(i, f, cache)}
		if st, err := os.Stat(f.Path); err == nil {
			msg.size = st.Size()
		}
		return msg
	}
}

// describe learns one file's row.
func describe(i int, f File, cache *doccache.Cache) (info libInfo) {
	info.i = i
	defer func() {
		if r := recover(); r != nil { // one bad file must not take the library down
			info.err = fmt.Errorf("%v", r)
		}
	}()
	st, err := os.Stat(f.Path)
	if err != nil {
		info.err = err
		return info
	}
	s, err := cache.Summary(f.Path, st)
	if err != nil {
		info.err = err
		return info
	}
	info.title, info.chars, info.articles = s.Title, s.Chars, s.Articles
	if info.title == "" {
		info.title = strings.TrimSuffix(filepath.Base(f.Path), filepath.Ext(f.Path))
	}
	return info
}

// took records parsed entries.
func (l *Library) took(infos []libInfo) {
	for _, in := range infos {
		e := &l.entries[in.i]
		if !e.parsed {
			l.parsed++
		}
		e.parsed = true
		if in.err != nil {
			e.err = l.rowError(in.err, e.file.Path)
			continue
		}
		e.title = oneLine(in.title)
		e.chars, e.articles = in.chars, in.articles
	}
	if !l.fuzzy.Empty() {
		l.refilter() // titles now known may match
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// oneLine is s safe to draw on one row: control characters, a newline
// and a tab among them, shown as placeholders (a file name may hold one).
func oneLine(s string) string { return cjk.SanitizeName(s) }

// rowError is what a row says of a file it could not read: main's
// messages name the file, and the row shows it already; what the file
// system says is said in the interface's words, as opening it says it
// (the row said Go's "open /the/whole/path: permission denied").
func (l *Library) rowError(err error, path string) string {
	cli := wtext.CLIFor(l.opt.Reader.Lang)
	switch {
	case errors.Is(err, fs.ErrPermission):
		return cli.Permission
	case errors.Is(err, fs.ErrNotExist):
		return cli.NotExist
	}
	return oneLine(strings.TrimPrefix(firstLine(reader.ErrTextIn(l.opt.Reader.Lang, err)), path+": "))
}
