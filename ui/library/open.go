package library

import (
	"fmt"
	"path/filepath"
	"wenji/ui/cjk"
	"wenji/ui/reader"

	tea "github.com/charmbracelet/bubbletea"
)

// open reads the selected document in a Cmd.
func (l *Library) open() tea.Cmd {
	if l.cursor >= len(l.shown) {
		return nil
	}
	return l.openEntry(l.shown[l.cursor], nil)
}

// openEntry reads entry i in a Cmd, to be shown at jump when set.
func (l *Library) openEntry(i int, jump *libJump) tea.Cmd {
	if l.opening >= 0 || l.opt.Open == nil {
		return nil
	}
	l.opening = i
	path, openFn, placeFn := l.entries[i].file.Path, l.opt.Open, l.opt.Place
	return tea.Batch(l.flash(fmt.Sprintf(l.tx.OpeningFmt, l.entries[i].name)), func() tea.Msg {
		o, err := openFn(path)
		if err != nil {
			return libOpenedMsg{i: i, err: err}
		}
		msg := libOpenedMsg{i: i, doc: o.Doc, key: o.Key, jump: jump}
		if placeFn != nil && o.Key != "" {
			msg.place, msg.notice = placeFn(o.Key)
		}
		return msg
	})
}

// opened starts the reader on a document read.
func (l *Library) opened(msg libOpenedMsg) tea.Cmd {
	l.opening = -1
	if msg.err != nil {
		return l.flash(cjk.Sanitize(firstLine(msg.err.Error())))
	}
	l.bar.Drop()
	ro := l.opt.Reader
	ro.FileName = l.entries[msg.i].file.Path
	ro.Place, ro.Notice = msg.place, msg.notice
	if msg.jump != nil && msg.place != nil {
		// Opened at a hit, not where it was left: the marks only.
		p := *msg.place
		p.Offset = 0
		ro.Place = &p
	}
	ro.Library = true
	ro.Key = msg.key // an excerpt put in the basket names its document by content
	if msg.doc.Root != nil && msg.doc.Root.Title == "" {
		msg.doc.Root.Title = filepath.Base(ro.FileName)
	}
	r := reader.New(msg.doc, ro)
	l.reader, l.readIdx, l.readKey, l.last = &r, msg.i, msg.key, msg.i
	var cmds []tea.Cmd
	cmds = append(cmds, r.Init())
	if l.Width > 0 {
		cmds = append(cmds, l.toReader(tea.WindowSizeMsg{Width: l.Width, Height: l.Height}))
	}
	if j := msg.jump; j != nil {
		cmds = append(cmds, l.reader.StartSearch(j.query, j.text, j.at, true))
	}
	return tea.Batch(cmds...)
}

// back closes the reader, saving its place in a Cmd.
func (l *Library) back() tea.Cmd {
	if l.reader == nil {
		return nil
	}
	key, path, p := l.readKey, l.entries[l.readIdx].file.Path, l.reader.Place()
	l.reader, l.readIdx, l.readKey = nil, -1, ""
	// Back from a document, the list (or the results) is browsed, not typed.
	switch l.mode {
	case modeFilter:
		l.setMode(modeList)
	case modeSearch:
		l.setMode(modeResults)
	}
	save := l.opt.Save
	if save == nil || key == "" {
		return nil
	}
	return func() tea.Msg { return libSavedMsg{save(key, path, p)} }
}

// Reading returns the document open in the reader, its key and its place,
// for main to save when the program ends there; ok is false in the list.
func (l Library) Reading() (path, key string, p reader.Place, ok bool) {
	if l.reader == nil {
		return "", "", reader.Place{}, false
	}
	return l.entries[l.readIdx].file.Path, l.readKey, l.reader.Place(), true
}

// LastOpened returns the Rel of the document last opened in the reader,
// from the list or from a search result, for main to remember; ok is
// false when none was.
func (l Library) LastOpened() (rel string, ok bool) {
	if l.last < 0 {
		return "", false
	}
	return l.entries[l.last].file.Rel, true
}

// SaveReported reports whether a failed save was already shown, so main
// need not say it again.
func (l Library) SaveReported() bool { return l.saveErr }
