package reader

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/common"
)

// The file read can change under the reader (an editor saves it, a
// download finishes, a script appends to it). As less and vim do, the
// reader notices — by the file's size and time, asked in a Cmd every
// watchEvery and at a key after a longer idle, never reading the file
// — says so in the status bar, and R reads it again, keeping the place
// and the marks by the section they are in. Nothing is ever written to
// the file.

// Stamp is what tells that a file changed without reading it.
type Stamp struct {
	Size int64
	Mod  time.Time
}

// Disk is how the reader asks about its file (Options.Disk); main gives
// it, so that the UI does no I/O of its own.
type Disk struct {
	// Stat returns the file's stamp, or why it cannot be read (gone,
	// no longer readable). It must be cheap: it runs every few seconds.
	Stat func(path string) (Stamp, error)
	// Reopen reads and parses the file again, as it was opened, and
	// returns its content key (Options.Key).
	Reopen func(path string) (*model.Document, string, error)
	// Settle, when set, is called in a Cmd once what Reopen read was
	// taken (the document shown replaced, or kept when it failed or
	// was the same): the program collects the memory of the document
	// left then, not while the reader still shows it.
	Settle func()
}

// watchEvery is how often the file is asked after.
const watchEvery = 2 * time.Second

type (
	// diskTickMsg asks reader id to look at its file again.
	diskTickMsg struct{ id int64 }
	// diskStatMsg is what the look found.
	diskStatMsg struct {
		id    int64
		stamp Stamp
		err   error
	}
	// reloadedMsg is the file read again by R.
	reloadedMsg struct {
		id    int64
		doc   *model.Document
		key   string
		stamp Stamp // taken before the file was read
		err   error
	}
)

// watcher is the reader's knowledge of its file on disk.
type watcher struct {
	on        bool      // the document has a file to watch
	known     bool      // base is the file as read
	base      Stamp     // the file's stamp when read (or last reloaded)
	changed   bool      // the file differs from base
	gone      error     // the file cannot be found or read: why
	statting  bool      // a look is on its way
	ticking   bool      // a diskTickMsg is on its way
	last      time.Time // when the last look was asked
	reloading bool      // R's read is on its way
	rekeyed   bool      // R showed the file changed: Options.Key is its new key
	first     tea.Cmd   // the first look, which Init returns
}

// watchable reports whether the document was read from a file the
// reader can watch: not standard input, not the embedded sample.
func watchable(opt Options) bool {
	return opt.Disk != nil && opt.Disk.Stat != nil && opt.Disk.Reopen != nil &&
		opt.FileName != "" && !IsStdin(opt.FileName) && !opt.NoFile && opt.Stdin == nil
}

// dtx is the words of this file in the reader's language.
func (m *Model) dtx() *wtext.Disk { return wtext.DiskFor(m.opt.Lang) }

// statCmd looks at the file in a Cmd.
func (m *Model) statCmd() tea.Cmd {
	if !m.disk.on || m.disk.statting {
		return nil
	}
	m.disk.statting, m.disk.last = true, time.Now()
	stat, path, id := m.opt.Disk.Stat, m.opt.FileName, m.persist1.id
	return func() tea.Msg {
		st, err := stat(path)
		return diskStatMsg{id: id, stamp: st, err: err}
	}
}

// idleLook is the look a key asks for when none was asked for a while
// (the ticks stop while wenji is suspended with Ctrl-z).
func (m *Model) idleLook() tea.Cmd {
	if !m.disk.on || m.disk.statting || time.Since(m.disk.last) < watchEvery {
		return nil
	}
	return m.statCmd()
}

// diskMsg handles the watcher's messages; ok is false for other messages.
func (m *Model) diskMsg(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	d := &m.disk
	switch msg := msg.(type) {
	case diskTickMsg:
		if msg.id == m.persist1.id {
			d.ticking = false
			cmd = m.statCmd()
		}
	case diskStatMsg:
		if msg.id == m.persist1.id {
			d.statting = false
			m.looked(msg.stamp, msg.err)
			if !d.ticking {
				d.ticking = true
				id := msg.id
				cmd = common.Tick(watchEvery, func(time.Time) tea.Msg { return diskTickMsg{id} })
			}
		}
	case reloadedMsg:
		if msg.id == m.persist1.id {
			cmd = m.reloaded(msg)
		}
		if s := m.opt.Disk; s != nil && s.Settle != nil {
			settle := s.Settle
			cmd = tea.Batch(cmd, func() tea.Msg { settle(); return nil })
		}
	default:
		return nil, false
	}
	return cmd, true
}

// looked takes what a look at the file found.
func (m *Model) looked(st Stamp, err error) {
	d := &m.disk
	if err != nil {
		d.gone = err
		return
	}
	d.gone = nil
	if !d.known {
		d.base, d.known = st, true
		return
	}
	if st.Size != d.base.Size || !st.Mod.Equal(d.base.Mod) {
		d.changed = true
	}
}

// diskNote is the status bar's lasting note about the file on disk.
func (m *Model) diskNote() string {
	switch {
	case m.disk.gone != nil:
		return fmt.Sprintf(m.dtx().Gone, ErrTextIn(m.opt.Lang, m.disk.gone))
	case m.disk.changed:
		return m.dtx().Changed
	}
	return ""
}

// reload is R: the file read again in a Cmd.
func (m *Model) reload() tea.Cmd {
	switch {
	case !m.disk.on && m.opt.Kept:
		return m.status.Flash(m.dtx().KeptNoReload)
	case !m.disk.on:
		return m.status.Flash(m.dtx().NoFile)
	case m.loading:
		return m.status.Flash(m.dtx().Busy)
	case m.disk.reloading:
		return m.status.Flash(m.dtx().Reloading)
	}
	m.disk.reloading = true
	dk, path, id := m.opt.Disk, m.opt.FileName, m.persist1.id
	read := func() tea.Msg {
		// The stamp first: a change made while the file is read is
		// noticed by the next look.
		st, err := dk.Stat(path)
		if err != nil {
			return reloadedMsg{id: id, err: err}
		}
		doc, key, err := dk.Reopen(path)
		return reloadedMsg{id: id, doc: doc, key: key, stamp: st, err: err}
	}
	return tea.Batch(m.status.Flash(m.dtx().Reloading), read)
}

// reloaded shows the document R read in place of the one shown: the
// place at the top of the pane, the marks and the last jump's origin carried to the same
// section of the new text (carryOffset), the search run again on it.
// The basket is a file of its own and is not touched.
func (m *Model) reloaded(msg reloadedMsg) tea.Cmd {
	d := &m.disk
	d.reloading = false
	if msg.err != nil || msg.doc == nil {
		if msg.err == nil {
			msg.err = errNoDocument
		}
		// The opener names the file as every line of wenji's does; the
		// bar names it already, and a path from the root pushed the
		// cause out of it.
		why := strings.TrimPrefix(ErrTextIn(m.opt.Lang, msg.err), m.opt.FileName+": ")
		return m.status.Flash(fmt.Sprintf(m.dtx().ReloadFailed, why))
	}
	d.base, d.known, d.changed, d.gone = msg.stamp, true, false, nil
	if msg.key != "" && msg.key == m.opt.Key {
		return m.status.Flash(m.dtx().Unchanged)
	}
	old, doc := m.doc, msg.doc
	if strings.TrimSpace(doc.Text) == "" && strings.TrimSpace(old.Text) != "" {
		// Read between an editor's truncating and its writing, or
		// emptied: shown, it took the place and the marks to the
		// start, under the empty file's key. They stay, and so does
		// the note that the file differs from what is shown: R reads
		// it again once written.
		d.changed = true
		return m.status.Flash(m.dtx().EmptyKept)
	}
	if doc.Root == nil {
		doc.Root = &model.Node{Kind: model.KindDocument, Span: model.Span{End: len(doc.Text)}}
	}
	if doc.Root.Title == "" && old.Root != nil && old.Root.Title != "" && old.Root.TitleSpan.Len() == 0 {
		doc.Root.Title = old.Root.Title // the file's name, given by the opener
	}
	top := carryOffset(old, doc, m.here())
	for k, v := range m.marks.set {
		m.marks.set[k] = carryOffset(old, doc, v)
	}
	if m.marks.back >= 0 {
		m.marks.back = carryOffset(old, doc, m.marks.back)
	}
	if m.marks.resume >= 0 {
		m.marks.resume = carryOffset(old, doc, m.marks.resume)
	}
	m.bigAdd, m.pendingEnd = nil, false
	m.win = window{}
	m.endSelect()
	m.show(doc, 0)
	if m.marks.resume < 0 {
		m.goPlace(top)
	}
	if m.search.prompting {
		m.carrySaved(func(off int) int { return carryOffset(old, doc, off) })
	}
	m.outline.SetSpy(m.reader.Current())
	// The place and the marks are saved under the new content's key.
	m.opt.Key, d.rekeyed = msg.key, true
	m.persist1.saved = Place{}
	cmds := []tea.Cmd{m.status.Flash(m.dtx().Reloaded)}
	if s := &m.search; s.prompting {
		cmds = append(cmds, m.typed())
	} else if s.query != nil {
		cmds = append(cmds, m.StartSearch(s.query, s.text, m.reader.cursor(), false))
	}
	return tea.Batch(cmds...)
}

// carryOffset is where the offset off of old is in nw, the same file
// read again after it changed: in the section it was in (found by its
// outline path and heading, else by its headings from the top, else
// its heading alone; else the nearest enclosing section found), at the
// same distance into it, then on the words that were there when they
// are found near; else off itself, within nw.
func carryOffset(old, nw *model.Document, off int) int {
	off = common.Clamp(off, 0, len(old.Text))
	guess := min(off, len(nw.Text))
	for n := old.NodeAt(off); n != nil && n != old.Root; n = n.Parent {
		if s := sameNode(nw, n); s != nil {
			guess = s.Span.Start + common.Clamp(off-n.Span.Start, 0, s.Span.Len())
			break
		}
	}
	if at, ok := nearestWords(nw.Text, old.Text, off, guess); ok {
		return at
	}
	return guess
}

// sameNode finds old node n in nw: the node at its outline path when it
// has n's heading, else the one node whose headings from the top are
// n's, else the one node with n's heading; nil when none or several.
func sameNode(nw *model.Document, n *model.Node) *model.Node {
	if nw.Root == nil {
		return nil
	}
	h := n.Heading()
	if s := nw.Find(n.Index()); s != nil && s != nw.Root && s.Heading() == h {
		return s
	}
	crumb := headingsOf(n)
	var whole, named []*model.Node
	for s := range nw.Root.All() {
		if s == nw.Root || s.Heading() != h {
			continue
		}
		named = append(named, s)
		if headingsOf(s) == crumb {
			whole = append(whole, s)
		}
	}
	switch {
	case len(whole) == 1:
		return whole[0]
	case len(whole) == 0 && len(named) == 1:
		return named[0]
	}
	return nil
}

// headingsOf is n's headings from the top, below the root, in one string.
func headingsOf(n *model.Node) string {
	var b strings.Builder
	for _, x := range n.Path()[1:] {
		b.WriteString(x.Heading())
		b.WriteByte('\n')
	}
	return b.String()
}

// nearestWords finds in whole the words of part at off (wordsAt) nearest
// to at, within a MB either way.
func nearestWords(whole, part string, off, at int) (int, bool) {
	const near = 1 << 20
	words, skip, ok := wordsAt(part, off)
	if !ok {
		return 0, false
	}
	at = common.Clamp(at+skip, 0, len(whole))
	after, before := -1, -1
	if i := strings.Index(whole[at:min(len(whole), at+near)], words); i >= 0 {
		after = at + i
	}
	lo := max(0, at-near)
	if i := strings.LastIndex(whole[lo:min(len(whole), at+len(words)-1)], words); i >= 0 {
		before = lo + i
	}
	switch {
	case after < 0 && before < 0:
		return 0, false
	case after < 0 || before >= 0 && at-before < after-at:
		return max(0, before-skip), true
	}
	return max(0, after-skip), true
}

// ReloadedKey is the content key of the document shown once R read the
// file again and it had changed (ok false before): the program that
// keeps the reader's place saves it under this key.
func (m Model) ReloadedKey() (key string, ok bool) { return m.opt.Key, m.disk.rekeyed }

// Watched is what a reader knew of its file on disk: the stamp of the
// file as read, and whether it changed or went since. A program that
// shows the same document, held in memory, in a new reader (Ctrl-^, an
// excerpt of the document read) hands it over (Options.Watched), so
// that a change made meanwhile is still noticed and still said.
type Watched struct {
	base    Stamp
	changed bool
	gone    error
}

// Watched returns what the reader knows of its file; nil before its
// first look, or with no file to watch.
func (m Model) Watched() *Watched {
	if !m.disk.on || !m.disk.known {
		return nil
	}
	return &Watched{base: m.disk.base, changed: m.disk.changed, gone: m.disk.gone}
}

// takeWatched starts the watcher from w, what the reader before knew.
func (d *watcher) takeWatched(w *Watched) {
	if d.on && w != nil {
		d.base, d.known, d.changed, d.gone = w.base, true, w.changed, w.gone
	}
}

// DiskChanged reports whether the reader found its file changed on disk
// since it was read, and not read again (R): what its status bar says.
func (m Model) DiskChanged() bool { return m.disk.changed }
