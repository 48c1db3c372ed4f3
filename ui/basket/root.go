package basket

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/statusbar"
	"wenji/ui/reader"
)

// RootOptions configure the program of a reader and its basket page.
type RootOptions struct {
	// Basket configures the basket page.
	Basket Options
	// Reader configures a reader opened at an excerpt's source; FileName,
	// Key, Place and BasketPage are set for each document; History, when
	// nil, is the first reader's, one for the session.
	Reader reader.Options
	// Open reads the document at path and returns it with its content
	// key (state.Key), as the library's Open does.
	Open func(path string) (*model.Document, string, error)
	// Place, when set, returns where the document with key was left (its
	// marks are kept; the excerpt decides where it opens).
	Place func(key string) (*reader.Place, string)
	// OpenCopy, when set, parses the bytes of standard input that the
	// basket kept for an excerpt (internal/basket.ReadCopy) and returns
	// the document with their content key, as Open does a file's.
	OpenCopy func(b []byte) (*model.Document, string, error)
	// Save, when set, remembers where a document was left when an
	// excerpt of another replaces it. It runs in a Cmd.
	Save func(key, path string, p reader.Place) error
	// FindNear, when set, returns a file near path (its folder, the
	// folder of the document read, here) whose content key is key, ""
	// for none: where an excerpt's file went when it was renamed. It
	// runs in a Cmd, and returns soon once ctx is cancelled (Esc).
	FindNear func(ctx context.Context, key, path, here string) string
	// Sample, when set, opens an excerpt of the embedded sample.
	Sample Sample
}

// Root is the program: the reader, and the basket page that B opens over
// it. Build it with NewRoot.
type Root struct {
	opt    RootOptions
	reader reader.Model
	key    string // the reader's document's content key
	path   string // and its file
	basket Host   // the basket page over the reader
	size   *tea.WindowSizeMsg
	alt    *alternate // the document read before, for Ctrl-^; nil for none
	// opening is set while a document is read for the page's Enter or
	// for Ctrl-^; openThen are the keys typed meanwhile ("Enter G" sent
	// at once): the new reader's, as the library gives them (they moved
	// the page, or the reader left).
	opening  bool
	openThen []tea.KeyMsg
	// kept is set while show opens what the basket keeps of an excerpt
	// whose document is gone (showKept): no file to watch or name.
	kept bool
	// watched is what the reader before knew of the file of the
	// document in memory that show shows next (reader.Watched).
	watched *reader.Watched
	// noFile is the key of the document read from no file (the embedded
	// sample), whose readers say so (reader.Options.NoFile); "" for none.
	noFile string
	// seek is the look for a file with the content of an excerpt whose
	// file is gone (seekFor), while opening waits for it.
	seek Seek
}

// openedMsg delivers the document of an excerpt opened at its source.
type openedMsg struct {
	e    store.Excerpt
	alt  *alternate // set when the alternate document was read again
	path string     // the file the document was read from
	doc  *model.Document
	key  string
	err  error
	// stdin is the copy of standard input doc was read from, nil for a
	// file's.
	stdin []byte
	// disk is what a reader of doc held in memory knew of its file.
	disk *reader.Watched
	// notice is said over the document shown (the file found in the
	// place of the excerpt's, gone).
	notice string
	// looked is set when err is the excerpt's file gone and no file
	// with its content was found (seekFor).
	looked bool
}

// NewRoot returns the program showing r, the reader of the file at path
// whose content key is key. The readers it opens after r share r's search
// history unless opt.Reader has one, as the library's do.
func NewRoot(r reader.Model, key, path string, opt RootOptions) Root {
	if opt.Reader.History == nil {
		opt.Reader.History = r.SearchHistory()
	}
	root := Root{opt: opt, reader: r, key: key, path: path, basket: Host{Page: New(opt.Basket)}}
	root.basket.AddReader(r.Saves())
	if r.NoFile() {
		root.noFile = key
	}
	return root
}

// Basket returns what holds the basket's saves of the run (its readers'
// adds, its pages' changes), for the program's end: Host.Flush, then
// Host.Failed.
func (m Root) Basket() Host { return m.basket }

// Init starts the reader.
func (m Root) Init() tea.Cmd { return m.reader.Init() }

// Reader returns the reader shown last, its document's key and its file:
// what is saved at exit.
func (m Root) Reader() (r reader.Model, key, path string) { return m.reader, m.key, m.path }

// Update routes a message: keys to the page shown, each page's own
// messages to it, the rest to the reader (its timers and scans run on
// while the basket is shown).
func (m Root) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.size = &msg
		var c1, c2 tea.Cmd
		c1 = m.toReader(msg)
		m.basket.Page, c2 = m.basket.Page.Update(msg)
		return m, tea.Batch(c1, c2)
	case reader.OpenBasketMsg:
		msg.Then = append(msg.Then, m.reader.TakeAfterB()...)
		cmd = m.basket.Open(m.opt.Basket, msg, m.basket.Flush, m.size)
		return m, cmd
	case BackMsg:
		m.basket.Shown = false
		return m, nil
	case OpenMsg:
		return m, m.open(msg.Excerpt)
	case statusbar.ClearMsg:
		// Numbered across the program: each bar drops only its own.
		m.basket.Page, cmd = m.basket.Page.Update(msg)
		return m, tea.Batch(cmd, m.toReader(msg))
	case openedMsg:
		return m, m.opened(msg)
	case SeekDoneMsg:
		if found, ok := m.seek.Done(msg); ok {
			return m, m.opened(found.(openedMsg))
		}
		return m, nil // the answer of a look stopped: the screen moved on
	case tea.KeyMsg, tea.MouseMsg:
		if k, ok := msg.(tea.KeyMsg); ok && m.seek.Active() {
			if stop, after := StopKeys(k); stop {
				return m, m.stopSeek(after)
			}
		}
		if k, ok := msg.(tea.KeyMsg); ok && m.opening && !common.AtOnce(k) {
			m.openThen = append(m.openThen, k)
			return m, nil
		}
		if m.basket.Shown {
			cmd = m.basket.Input(msg, m.readerKey)
			m.noteOpening()
			return m, cmd
		}
		if k, ok := msg.(tea.KeyMsg); ok && m.alt != nil && m.reader.AlternateKey(k) {
			return m, m.toAlternate()
		}
		return m, m.toReader(msg)
	}
	if cmd, ok := m.basket.Msg(msg, m.readerKey); ok {
		m.noteOpening()
		return m, cmd
	}
	return m, m.toReader(msg)
}

// noteOpening holds the keys typed after the page's Enter on an excerpt
// (those read with it, and those to come) for the document's reader.
func (m *Root) noteOpening() {
	if m.basket.Page.Opening() {
		m.opening = true
		m.openThen = append(m.openThen, m.basket.Page.AfterOpen()...)
	}
}

// readerKey gives the reader a key read after one that left the basket
// page.
func (m *Root) readerKey(k tea.KeyMsg) tea.Cmd {
	if m.alt != nil && m.reader.AlternateKey(k) {
		return m.toAlternate()
	}
	return m.toReader(k)
}

func (m *Root) toReader(msg tea.Msg) tea.Cmd {
	nm, cmd := m.reader.Update(msg)
	m.reader = nm.(reader.Model)
	if k, ok := m.reader.ReloadedKey(); ok {
		m.key = k // R read the file again
	}
	return cmd
}

// open reads the excerpt's document in a Cmd.
func (m *Root) open(e store.Excerpt) tea.Cmd {
	if m.opt.Open == nil {
		return m.takeOpenThen()
	}
	if msg, ok := m.inMemory(e); ok {
		return m.opened(msg)
	}
	if e.Source.Path == "" && e.Source.Copy != "" && m.opt.OpenCopy != nil {
		return m.openCopy(e)
	}
	if m.opt.Sample.Of(e) {
		return m.openSample(e) // the embedded sample's, while another document is read
	}
	if e.Source.Path == "" {
		// Standard input's, its copy gone or never kept.
		return tea.Batch(m.basket.Page.flash(NoFileText(m.basket.Page.tx, e)), m.takeOpenThen())
	}
	open := m.opt.Open
	m.opening = true
	flash := m.basket.Page.flash(fmt.Sprintf(m.basket.Page.tx.OpeningFmt, cjk.Sanitize(e.Source.Name)))
	return tea.Batch(flash, func() tea.Msg {
		doc, key, err := open(e.Source.Path)
		return openedMsg{e: e, path: e.Source.Path, doc: doc, key: key, err: err}
	})
}

// seekFor starts, when the excerpt's file could not be opened, the look
// for a file with its content (FindNear: renamed in its folder, or beside
// the document read), said at once on the page and stopped by Esc or
// Ctrl-C (stopSeek); nil when there is nothing to look for. The keys
// typed meanwhile wait for what it finds.
func (m *Root) seekFor(msg openedMsg) tea.Cmd {
	e := msg.e
	find, open := m.opt.FindNear, m.opt.Open
	if msg.err == nil || msg.alt != nil || msg.looked || msg.err == errCopyGone || find == nil || e.Source.Hash == "" || e.Source.Path == "" {
		return nil
	}
	tx, here := m.basket.Page.tx, m.path
	name := cjk.Sanitize(e.Source.Name)
	m.opening = true
	m.basket.Page.Hold(fmt.Sprintf(tx.SeekingFmt, name))
	return m.seek.Start(name, func(ctx context.Context) tea.Msg {
		if p := find(ctx, e.Source.Hash, e.Source.Path, here); p != "" && ctx.Err() == nil {
			if d, k, err := open(p); err == nil && k == e.Source.Hash {
				return openedMsg{e: e, path: p, doc: d, key: k, notice: fmt.Sprintf(tx.SameFoundFmt, cjk.SanitizeName(p))}
			}
		}
		msg.looked = true
		return msg
	})
}

// stopSeek stops the look under way (Esc, Ctrl-C): the page stays as it
// is and says so; the keys typed for the document are dropped, as an
// interrupt drops what was typed ahead, and those read with the Esc
// (after) are the page's.
func (m *Root) stopSeek(after []tea.KeyMsg) tea.Cmd {
	m.seek.Stop()
	m.opening, m.openThen = false, nil
	cmds := []tea.Cmd{m.basket.Page.flash(fmt.Sprintf(m.basket.Page.tx.SeekStoppedFmt, m.seek.Name()))}
	for _, k := range after {
		if m.basket.Shown {
			cmds = append(cmds, m.basket.Input(k, m.readerKey))
		} else {
			cmds = append(cmds, m.readerKey(k))
		}
	}
	return tea.Batch(cmds...)
}

// openCopy reads, in a Cmd, the copy of standard input the basket kept
// for e, and parses it: the document is shown as standard input's.
func (m *Root) openCopy(e store.Excerpt) tea.Cmd {
	basketPath := m.opt.Basket.Path
	if basketPath == "" {
		basketPath, _ = store.DefaultPath()
	}
	openCopy := m.opt.OpenCopy
	m.opening = true
	return func() tea.Msg {
		b, err := store.ReadCopy(basketPath, e.Source)
		if err != nil {
			return openedMsg{e: e, path: "-", err: errCopyGone}
		}
		doc, key, err := openCopy(b)
		return openedMsg{e: e, path: "-", doc: doc, key: key, err: err, stdin: b}
	}
}

// errCopyGone is the copy of standard input an excerpt names, missing or
// changed: the page says so in its own words.
var errCopyGone = errors.New("the copy kept is gone")

// NoFileText is what the page says of Enter on an excerpt of a document
// read from no file while it is not the one read: the embedded sample's,
// or standard input's where no copy of it can be opened.
func NoFileText(tx *wtext.Basket, e store.Excerpt) string {
	if reader.IsStdin(e.Source.Name) {
		return tx.NoSource
	}
	return fmt.Sprintf(tx.OpenFailedFmt, cjk.Sanitize(e.Source.Name), tx.NoFile)
}

// inMemory is the excerpt's document when the program holds it whole,
// the one read or the alternate, by its content key: the embedded sample
// and standard input have no file to read again (Enter on an excerpt of
// the sample said its file did not exist), and a file moved since is
// the same text.
func (m *Root) inMemory(e store.Excerpt) (openedMsg, bool) {
	if e.Source.Hash == "" {
		return openedMsg{}, false
	}
	if e.Source.Hash == m.key && !m.reader.Loading() {
		return openedMsg{e: e, path: m.path, doc: m.reader.Document(), key: m.key, disk: m.reader.Watched()}, true
	}
	if a := m.alt; a != nil && a.doc != nil && e.Source.Hash == a.key {
		return openedMsg{e: e, path: a.path, doc: a.doc, key: a.key, stdin: a.stdin, disk: a.disk}, true
	}
	// Standard input, read without a key (its place is not remembered):
	// known by the copy its excerpts keep.
	if b := m.reader.Stdin(); e.Source.Copy != "" && m.key == "" && b != nil && store.CopyName(b) == e.Source.Copy {
		return openedMsg{e: e, path: m.path, doc: m.reader.Document(), stdin: b}, true
	}
	return openedMsg{}, false
}

// opened shows the excerpt's document in a new reader, at the excerpt
// (or the alternate document read again, at its place), saving where the
// one before was left.
func (m *Root) opened(msg openedMsg) tea.Cmd {
	if cmd := m.seekFor(msg); cmd != nil {
		return cmd
	}
	return tea.Batch(m.openedDoc(msg), m.takeOpenThen())
}

// takeOpenThen ends the wait for a document and gives the keys typed
// meanwhile to the page shown.
func (m *Root) takeOpenThen() tea.Cmd {
	then := m.openThen
	m.opening, m.openThen = false, nil
	var cmds []tea.Cmd
	for _, k := range then {
		if m.basket.Shown { // it could not be read: the page's still
			cmds = append(cmds, m.basket.Input(k, m.readerKey))
		} else {
			cmds = append(cmds, m.readerKey(k))
		}
	}
	return tea.Batch(cmds...)
}

// openedDoc is opened without the keys typed meanwhile.
func (m *Root) openedDoc(msg openedMsg) tea.Cmd {
	if msg.err != nil && msg.alt == nil {
		return m.showKept(msg)
	}
	if msg.err != nil {
		name, path := msg.e.Source.Name, msg.e.Source.Path
		if msg.alt != nil {
			name, path = filepath.Base(msg.alt.path), msg.alt.path
		}
		if reader.IsStdin(name) {
			name = m.basket.Page.tx.SourceStdin
		}
		// The opener's error names the file by its path, as every line
		// of wenji's does; the line names it already.
		why := strings.TrimPrefix(reader.ErrText(msg.err), path+": ")
		text := fmt.Sprintf(m.basket.Page.tx.OpenFailedFmt, cjk.Sanitize(name), cjk.Sanitize(why))
		if msg.alt != nil {
			return m.reader.Flash(text)
		}
		return m.basket.Page.flash(text)
	}
	if a := msg.alt; a != nil {
		var place *reader.Place
		if msg.key == a.key {
			p := a.place
			place = &p
		}
		if place == nil {
			return m.show(msg.doc, msg.key, a.path, a.stdin, nil, "", -1) // changed: where it was left
		}
		return m.show(msg.doc, msg.key, a.path, a.stdin, place, "", place.Offset)
	}
	if msg.doc.Root == nil {
		msg.doc.Root = &model.Node{Kind: model.KindDocument, Span: model.Span{End: len(msg.doc.Text)}}
	}
	if msg.doc.Root.Title == "" {
		msg.doc.Root.Title = msg.e.Source.Name
	}
	key := msg.key
	var place *reader.Place
	if msg.key == "" && msg.stdin != nil && msg.e.Source.Copy == store.CopyName(msg.stdin) {
		// Standard input read without a key, the very bytes the excerpt
		// was taken from: at its offset, with the marks set meanwhile.
		key, place = msg.e.Source.Hash, &reader.Place{Marks: m.reader.Place().Marks}
	}
	off := SourceOffset(msg.doc, key, msg.e.Source)
	m.watched = msg.disk
	return m.show(msg.doc, msg.key, msg.path, msg.stdin, place, msg.notice, off)
}

// showKept shows what the basket keeps of the excerpt whose document
// could not be read (KeptDoc), saying why: a file gone, moved or made
// unreadable, standard input's copy removed.
func (m *Root) showKept(msg openedMsg) tea.Cmd {
	tx := m.basket.Page.tx
	path, notice := msg.e.Source.Path, tx.CopyGoneKept
	if msg.err != errCopyGone {
		notice = GoneNotice(tx, msg.err, path, msg.looked)
	}
	if path == "" {
		path = "-"
	}
	m.kept = true // a reader of no file (reader.Options.NoFile)
	defer func() { m.kept = false }()
	return m.show(KeptDoc(msg.e), "", path, nil, nil, notice, 0)
}

// GoneNotice is what the reader of an excerpt's kept copy says of its
// file at path, which could not be opened (err): why, and that no file
// with its content was found when one was looked for.
func GoneNotice(tx *wtext.Basket, err error, path string, looked bool) string {
	f := tx.SourceGoneFmt
	if looked {
		f = tx.SourceNotFoundFmt
	}
	return fmt.Sprintf(f, cjk.Sanitize(strings.TrimPrefix(firstLine(reader.ErrText(err)), path+": ")))
}

// firstLine is s up to its first line feed: a status bar says one line.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// PageMsg reports whether msg is one of the basket page's own messages
// (its file read or saved, its copy's and its write's reports, the
// editor's end, the look's tick and what it found; a statusbar.ClearMsg
// goes to every bar): a program that hosts the page sends those to it
// (Host.Msg), whichever page is shown, but for the tick of a page left,
// which Host drops so that the page stops looking at the file.
func PageMsg(msg tea.Msg) bool {
	switch msg.(type) {
	case loadedMsg, savedMsg, reader.CopiedMsg, exportedMsg, editedMsg, lookTickMsg, lookedMsg:
		return true
	}
	return false
}

// SourceOffset is where an excerpt starts in doc: its offset when doc is
// the very text it was taken from (the same key); in a changed text, the
// start of the node its headings name (an edit above the excerpt moves
// its outline path, which then names another section), else of the node
// at its outline path, else the top.
func SourceOffset(doc *model.Document, key string, src store.Source) int {
	if key != "" && key == src.Hash && src.Offset >= 0 && src.Offset <= len(doc.Text) {
		return src.Offset
	}
	if n := nodeNamed(doc, src); n != nil {
		return n.Span.Start
	}
	if n := nodeAt(doc, src.NodePath); n != nil {
		return n.Span.Start
	}
	return 0
}

// nodeNamed finds the node of src in a text edited since: the node at its
// outline path when its heading is still the breadcrumb's last; else the
// one node whose headings from the top are the breadcrumb; else the one
// node whose heading is its last entry. nil when none or several do.
func nodeNamed(doc *model.Document, src store.Source) *model.Node {
	if len(src.Breadcrumb) == 0 || doc.Root == nil {
		return nil
	}
	last := src.Breadcrumb[len(src.Breadcrumb)-1]
	if n := nodeAt(doc, src.NodePath); n != nil && n.Heading() == last {
		return n
	}
	var whole, named []*model.Node
	for n := range doc.Root.All() {
		if n == doc.Root || n.Heading() != last {
			continue
		}
		named = append(named, n)
		var crumb []string
		for _, x := range n.Path()[1:] { // as store.NewSource lists them
			crumb = append(crumb, x.Heading())
		}
		if slices.Equal(crumb, src.Breadcrumb) {
			whole = append(whole, n)
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

// nodeAt resolves an outline path such as 2.1.3 (as --print takes it);
// nil when there is none.
func nodeAt(doc *model.Document, path string) *model.Node {
	if path == "" || path == "0" || doc.Root == nil {
		return nil
	}
	var idx []int
	for _, f := range strings.Split(path, ".") {
		i, err := strconv.Atoi(f)
		if err != nil || i < 1 {
			return nil
		}
		idx = append(idx, i)
	}
	return doc.Find(idx)
}

// View draws the page shown.
func (m Root) View() string {
	if m.basket.Shown {
		return m.basket.Page.View()
	}
	return m.reader.View()
}

// Cursor is the reader's prompt's cursor (common.Cursorer); the basket
// page has no prompt.
func (m Root) Cursor() (x, y int, ok bool) {
	if m.basket.Shown {
		return 0, 0, false
	}
	return m.reader.Cursor()
}

// AfterSaves is read, the Cmd that reads the basket for a page just
// opened, run once settle has finished the saves the program's pages and
// readers sent before: "JqB" read together showed the page again with
// the excerpt not yet moved, the J's save still to run.
func AfterSaves(settle func(), read tea.Cmd) tea.Cmd {
	return func() tea.Msg {
		settle()
		return read()
	}
}
