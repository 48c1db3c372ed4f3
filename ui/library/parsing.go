package library

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"wenji/internal/par"
	"wenji/model"
	"wenji/ui/cjk"

	tea "github.com/charmbracelet/bubbletea"
)

// parseGrace lets the first frame be drawn before every core is busy.
const parseGrace = 30 * time.Millisecond

// parseAll parses every entry on all cores, streaming what it learns.
func (l *Library) parseAll() tea.Cmd {
	files, open := l.opt.Files, l.opt.Open
	workers := l.opt.Workers
	return func() tea.Msg {
		time.Sleep(parseGrace)
		ch := par.Stream(context.Background(), len(files), workers, 256, func(i int) libInfo {
			return describe(i, files[i], open)
		})
		return nextInfo(ch)()
	}
}

// describe parses one file for its row.
func describe(i int, f File, open func(string) (Opened, error)) (info libInfo) {
	info.i = i
	defer func() {
		if r := recover(); r != nil { // one bad file must not take the library down
			info.err = fmt.Errorf("%v", r)
		}
	}()
	o, err := open(f.Path)
	if err != nil {
		info.err = err
		return info
	}
	info.title, info.chars, info.articles = summary(o.Doc, f.Path)
	info.doc = o.Doc
	return info
}

// summary is a document's title, 字数 and number of articles.
func summary(d *model.Document, path string) (title string, chars, articles int) {
	if d.Root == nil {
		return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), 0, 0
	}
	title = d.Root.Title
	if title == "" {
		title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	for _, c := range d.Root.Children {
		if c.Kind == model.KindArticle {
			articles++
		}
	}
	chars = d.Chars(d.Root)
	if chars > 0 {
		articles = max(articles, 1) // a document that is not a compilation is one
	}
	return title, chars, articles
}

// nextInfo waits for the next parsed entry and takes whatever else is
// ready with it, so a fast parse does not send a message a file.
func nextInfo(ch <-chan libInfo) tea.Cmd {
	return func() tea.Msg {
		first, ok := <-ch
		if !ok {
			return libInfoMsg{}
		}
		infos := []libInfo{first}
		deadline := time.After(40 * time.Millisecond)
		for len(infos) < 512 {
			select {
			case in, ok := <-ch:
				if !ok {
					return libInfoMsg{infos: infos}
				}
				infos = append(infos, in)
			case <-deadline:
				return libInfoMsg{infos: infos, ch: ch}
			}
		}
		return libInfoMsg{infos: infos, ch: ch}
	}
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
			// main's messages name the file; the row shows it already.
			e.err = cjk.Sanitize(strings.TrimPrefix(firstLine(in.err.Error()), e.file.Path+": "))
			continue
		}
		e.title = cjk.Sanitize(in.title)
		if in.doc != nil && l.kept+len(in.doc.Text) <= l.keepBytes() {
			l.docs[in.i] = in.doc
			l.kept += len(in.doc.Text)
		}
		e.chars, e.articles = in.chars, in.articles
	}
	if !l.fuzzy.Empty() {
		l.refilter() // titles now known may match
	}
}

// DefaultKeepBytes is how much parsed text a library keeps in memory for
// its search: a folder of a few thousand ordinary files is searched
// without reading them again, and a folder of many large ones does not
// hold them all (a parsed document takes about twice its text).
const DefaultKeepBytes = 256 << 20

func (l *Library) keepBytes() int {
	if l.opt.KeepBytes > 0 {
		return l.opt.KeepBytes
	}
	return DefaultKeepBytes
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
