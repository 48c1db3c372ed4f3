// Package ui is wenji's terminal reader: a Bubble Tea program with an
// outline pane, a reading pane and a status bar.
//
// Every column on screen is measured with one cjk.Width, built from
// Options.Ambiguous; lipgloss only colours strings that are already sized.
// Every string from the document passes through cjk.Sanitize before it is
// drawn, so no control sequence in a file reaches the terminal.
package reader

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/helpview"
	"wenji/ui/components/statusbar"
	"wenji/ui/internal/basketfile"
)

// Options configure the reader.
type Options struct {
	// FileName is shown in the status bar ("-" or "" for standard input).
	FileName string
	// Lang is "zh" or "en"; empty means Lang().
	Lang string
	// Ambiguous is the width of East Asian Ambiguous characters, 1 or 2;
	// 0 means cjk.AmbiguousFromEnv().
	Ambiguous int
	// ShowChars starts with the outline's 字数 column shown.
	ShowChars bool
	// HideOutline starts with the outline pane hidden.
	HideOutline bool
	// NarrowOutline starts with the outline pane shown below
	// narrowOutlineTerm columns too, where it is folded away until o.
	NarrowOutline bool
	// KeyMap replaces DefaultKeyMap(Lang) when set.
	KeyMap *KeyMap
	// Styles replaces DefaultStyles() when set.
	Styles *common.Styles
	// Copier replaces SystemCopier(os.Stdout) for y and Y when set.
	Copier *Copier
	// Load, when set, reads the whole document: the one given to New is a
	// preview of its beginning (see load.go). A document returned with an
	// error is shown, the error said (the file changed while it was read).
	Load func() (*model.Document, error)
	// Peek, with Load, reads and parses the part of the file around the
	// byte offset off (off = Size: its end), so that a place beyond the
	// preview is shown before the whole is in (see window.go). base is
	// the file offset of the window's first byte; its text is the file's
	// bytes from there.
	Peek func(off int) (window *model.Document, base int, err error)
	// Size, with Load, is the length of the whole file in bytes: where N%
	// and G go and the percent shown while it loads.
	Size int
	// Loaded, with Load, is called in a Cmd once the reader took what
	// Load returned (the whole document shown, or why it could not be
	// had): the program settles its memory for the reader then, not while
	// the reader swaps the document in.
	Loaded func()
	// FrameShown, with Load, is closed once the program's first frame
	// was written to the terminal (the output it writes to sees it): the
	// loader starts then, rather than frameFlush after View first drew a
	// frame (see afterFirstFrame). Nil: it does not wait for it.
	FrameShown <-chan struct{}
	// Place, when set, is where the document was left and its marks
	// (main loads it from internal/state); Model.Place gives it back.
	Place *Place
	// Notice, when set, is flashed in the status bar at the start (a
	// problem with the remembered state, say).
	Notice string

	// Library is set when the library opened the document: Esc and
	// Backspace go back to it (BackMsg).
	Library bool

	// Key is the document's content key (state.Key): the excerpts a puts
	// in the basket name it as their source's hash.
	Key string
	// NoFile is set when the document was read from no file, though
	// FileName names it (the embedded sample): its excerpts keep the
	// name and no path, so that Enter on one never opens a file of that
	// name where wenji happened to run.
	NoFile bool
	// Kept is set when the document is what the basket keeps of an
	// excerpt whose source could not be read (a file gone, moved, made
	// unreadable): a refuses to add from it, as its excerpts would name
	// no source (NoFile is set with it: no file to watch).
	Kept bool
	// Stdin, for a document read from standard input, is the bytes it
	// was read from: its excerpts keep a copy of them beside the basket
	// (basket.WithCopy), so that the basket page opens them again.
	Stdin []byte
	// BasketPath is the basket file a adds to; "" means
	// basket.DefaultPath().
	BasketPath string
	// BasketPage is set when the program shows the basket page on the
	// OpenBasketMsg that B sends; otherwise B says where to see it.
	BasketPage bool

	// Save, when set, saves the place and marks of the document with Key,
	// read from FileName, as they change (persist.go): a killed wenji
	// keeps them. It runs in a Cmd.
	Save func(key, path string, p Place) error
	// Searches, when set, gives the searches of earlier sessions, the
	// oldest first, for ↑ in the / prompt: read when the prompt first
	// opens, not at the start. Remember, when set, keeps a search
	// confirmed with Enter for the next session; it runs in a Cmd.
	Searches func() []string
	Remember func(query string) error
	// History, when set, is the session's search history the reader
	// shares with the pages around it (the library's search, the readers
	// of its other documents): ↑ in either prompt brings back the
	// searches of both. When nil the reader keeps its own, over Searches.
	History *History
	// LastQuery and LastText, when set, are the search n and N take up
	// while the reader has none of its own, as less and vim keep the
	// last pattern from file to file: the last search of the reader this
	// one follows (Ctrl-^, an excerpt's document, the library's next).
	LastQuery *search.Query
	LastText  string

	// Disk, when set, lets the reader watch the file FileName names
	// and read it again (R) when it changed on disk (disk.go). Not used
	// for standard input or the sample. Watched, when set, is what the
	// reader before it knew of the file, for the same document in
	// memory (Model.Watched).
	Disk    *Disk
	Watched *Watched
}

// Minimum terminal size; below it the screen says so and nothing else.
const (
	MinWidth  = 20
	MinHeight = 5
)

// Outlines are shown only when the terminal is at least this wide.
const minOutlineTerm = 40

type pane int

const (
	paneReader pane = iota
	paneOutline
)

// Model is the root model: it routes messages to the panes and lays them
// out. Build it with New.
type Model struct {
	doc *model.Document
	opt Options
	w   cjk.Width
	// keys is shared by the Model's copies, so that acts, built once from
	// it, and the help see the bindings enableKeys turns on and off.
	keys *KeyMap
	acts []boundAction // what each key asks for
	st   *common.Styles
	tx   *text
	// saves are the adds to the basket sent as Cmds, shared by the
	// Model's copies: FlushSaves runs those the program's end cut short.
	saves *basketfile.Pending

	reader  Reader
	outline Outline
	status  Status
	search  Search
	marks   marks
	sel     selection // v's paragraph selection (select.go)

	width, height int
	outlineOn     bool
	outlineKeyed  bool // o was pressed: the pane stays as the user set it
	narrowOpen    bool // o showed the pane below narrowOutlineTerm columns (narrow.go)
	outlineW      int  // 0 when the outline is not drawn
	focus         pane
	help          bool // the help is shown
	helpv         helpview.Model
	count         int  // a count typed before a move (5j, 3], 50%), 0 for none
	resumed       bool // opened at the place it was left at
	resumeLeft    bool // a jump has left the place it resumed at (leaveResumed)
	initCmd       tea.Cmd
	loading       bool        // showing a preview until Options.Load delivers
	frame         *firstFrame // the loader waits for the first frame (nil: no loader)
	pendingEnd    bool        // G was pressed during loading: go to the real end
	// bigAdd is the node over askAdd that a asked about, for the next
	// key; askedAdd, while a key is handled, the one asked before it.
	bigAdd, askedAdd *model.Node
	win              window
	persist1         persister // what Options.Save saved last
	basketDamaged    string    // the basket file an add found damaged, for B's page
	basketBackup     string    // the .bak that add's save moved it to
	// openBasket is what B asks of the program, sent once the keys read
	// with it are sorted: those after it are the page's (OpenBasketMsg).
	openBasket *OpenBasketMsg
	// afterB holds the keys read after a B whose OpenBasketMsg is on its
	// way (it waits for the adds' saves): the page's, which the program
	// takes with TakeAfterB. Read apart from the B ("B", Enter, "G" sent
	// at once), they went to the reader behind the page.
	afterB *[]tea.KeyMsg
	// early holds the keys that came before the first size: typed ahead
	// as wenji started, they act, in order, once there is a page to move
	// (a page down with no page height would do nothing).
	early []tea.KeyMsg
	// disk is what the reader knows of its file on disk (disk.go).
	disk watcher
}

// New returns the reader for doc. doc must have a Root.
func New(doc *model.Document, opt Options) Model {
	if opt.Lang != "zh" && opt.Lang != "en" {
		opt.Lang = common.Lang()
	}
	if opt.Ambiguous != 1 && opt.Ambiguous != 2 {
		opt.Ambiguous = cjk.AmbiguousFromEnv()
	}
	if doc.Root == nil {
		doc.Root = &model.Node{Kind: model.KindDocument, Span: model.Span{End: len(doc.Text)}}
	}
	m := Model{doc: doc, opt: opt, w: cjk.New(opt.Ambiguous), tx: textFor(opt.Lang), saves: &basketfile.Pending{}}
	km := DefaultKeyMap(opt.Lang)
	if opt.KeyMap != nil {
		km = *opt.KeyMap
	}
	m.keys = &km
	if opt.Styles != nil {
		m.st = opt.Styles
	} else {
		st := common.DefaultStyles()
		m.st = &st
	}
	m.acts = m.keys.actions()
	m.disk.on = watchable(opt)
	m.disk.takeWatched(opt.Watched)
	m.reader = newReader(doc, m.w, m.st, m.tx)
	m.outline = newOutline(doc, m.w, m.st, m.tx)
	m.outline.SetShowChars(opt.ShowChars)
	m.status = newStatus(m.w, m.st, m.tx)
	m.search = newSearch()
	if m.search.history = opt.History; opt.History == nil {
		m.search.history = NewHistory(opt.Searches)
	}
	m.search.last, m.search.lastText = opt.LastQuery, opt.LastText
	m.marks = newMarks(opt.Place)
	m.persist1 = newPersister(opt.Place)
	m.resumed = m.marks.resume > 0
	m.outlineOn = !opt.HideOutline && !m.outline.Empty()
	m.narrowOpen = opt.NarrowOutline
	m.helpv = helpview.New(common.Common{W: m.w, Styles: m.st}, &m.tx.Shared, m.keys, helpGroupTitles(m.tx), helpview.ScrollKeys{
		Down: m.keys.Down, Up: m.keys.Up, Top: m.keys.Top, Bottom: m.keys.Bottom,
		PageDown: either(m.keys.PageDown, m.keys.HalfDown), PageUp: either(m.keys.PageUp, m.keys.HalfUp),
	})
	m.enableKeys()
	if opt.Load != nil {
		m.loading = true
		m.frame = newFirstFrame()
		m.initCmd = loadCmd(m.persist1.id, opt.Load, m.frame, opt.FrameShown) // its notice comes with the whole document
	} else {
		m.initCmd = m.showOpeningNotice()
	}
	if opt.Notice != "" {
		m.initCmd = tea.Batch(m.initCmd, m.status.NoticeLaid(opt.Notice, layWords(m.w, opt.Notice)))
	}
	if m.disk.on {
		m.disk.first = m.statCmd() // the file as read, to tell a change by (Init)
	}
	return m
}

// Init returns the Cmd that clears the opening message, or the one that
// reads the whole document behind a preview, and the first look at the
// file on disk (StartAt replaces the first, not the look).
func (m Model) Init() tea.Cmd { return tea.Batch(m.initCmd, m.disk.first) }

// Current returns the node the reading pane is in, or the one selected in
// the outline while it has focus: what copying (issue 5) will copy.
func (m Model) Current() *model.Node {
	if m.focus == paneOutline {
		if n := m.outline.Selected(); n != nil {
			return n
		}
	}
	return m.reader.Current()
}

// Update handles a message: keys, mouse, resizes and timers.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	was := m.place()
	cmd := m.update(msg)
	m.sync(was)
	return m, tea.Batch(cmd, m.persist(msg))
}

// textPlace is what sync compares to tell whether a message moved the
// text: where it is, the node last jumped to and the node shown.
type textPlace struct {
	doc   *model.Document
	top   pos
	focus *model.Node
	cur   *model.Node
	spy   int
}

func (m *Model) place() textPlace {
	return textPlace{m.doc, m.reader.top, m.reader.focus, m.reader.Current(), m.outline.spy}
}

// sync restores, after every message, what the panes must agree on, so
// that no handler does it by hand: a selection the user moved in the
// outline (keys, counts, a click) brings the text to its node; then the ›
// row is the text's node and the selection is on it, so what y copies,
// what the breadcrumb names and both panes show are one node. The outline
// scrolls to the › row only when the text or that row moved, so the
// mouse wheel can look elsewhere in it.
func (m *Model) sync(was textPlace) {
	o := &m.outline
	if o.chosen && m.place() == was {
		if n := o.Selected(); n != nil {
			m.reader.JumpTo(n)
		}
	}
	o.chosen = false
	now := m.place()
	if now != was && m.search.query != nil {
		m.status.search = m.search.countText(m.viewHit()) // the hit under the view
	}
	o.spy = o.rowFor(now.cur)
	if o.spy != was.spy || now != was {
		o.showSpy()
	}
	if o.spy >= 0 && o.spy < len(o.rows) {
		o.cursor = o.spy
		if m.focus == paneOutline {
			o.keepInView(o.cursor)
		}
	}
}

// update is Update on a pointer: what the message does.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		cmd = m.typedAhead()
	case tea.KeyMsg:
		if m.width <= 0 || m.height <= 0 {
			m.early = append(m.early, msg)
			return nil
		}
		// Esc and the key after it read together (a slow link, a busy
		// machine) arrive as one Alt+key. The reader binds no Alt keys,
		// so outside the prompt (whose text input does: Alt+b, Alt+d…)
		// they are the two keys typed, as vim takes them: Esc, then q
		// still quits. Keys that arrive in one read are taken one by one,
		// by the rule the library follows too (common.HandleKeys).
		prompting := m.search.Prompting()
		if msg.Alt && !msg.Paste && !prompting && m.escLeaves() {
			// Esc takes the library back to its list: the key is the
			// list's, after that.
			key := msg
			key.Alt = false
			return func() tea.Msg { return BackMsg{Then: &key} }
		}
		if m.afterB != nil && msg.Type != tea.KeyCtrlC {
			*m.afterB = append(*m.afterB, msg)
			return nil
		}
		cmd = tea.Batch(m.takeKeys(common.TypedKeys(msg, !prompting)), m.idleLook())
	case tea.MouseMsg:
		m.mouse(msg)
	case statusbar.ClearMsg:
		m.status.Update(msg)
	case docLoadedMsg:
		cmd = m.loaded(msg)
		if f := m.opt.Loaded; f != nil && msg.id == m.persist1.id {
			cmd = tea.Batch(cmd, func() tea.Msg { f(); return nil })
		}
	default:
		if c, ok := m.diskMsg(msg); ok {
			return c
		}
		cmd = m.searchMsg(msg)
	case copiedMsg:
		cmd = m.status.Flash(m.copyReport(msg))
	case infoMsg:
		cmd = m.status.Flash(msg.text)
	case basketAddedMsg:
		cmd = m.basketAdded(msg)
	}
	return cmd
}

// takeKeys takes keys read together one at a time, as common.HandleKeys does,
// up to a B that opens the basket page: the keys after it are the page's,
// and go with the OpenBasketMsg ("B?" read together showed the page and
// opened the reader's help under it).
func (m *Model) takeKeys(keys []tea.KeyMsg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(keys))
	for i, k := range keys {
		cmds = append(cmds, m.key(k))
		if m.openBasket != nil {
			msg := *m.openBasket
			m.openBasket = nil
			msg.Then = keys[i+1 : len(keys) : len(keys)]
			m.afterB = new([]tea.KeyMsg)
			cmds = append(cmds, m.openBasketCmd(msg))
			break
		}
	}
	return tea.Batch(cmds...)
}

// typedAhead takes the keys that came before the first size, in order.
func (m *Model) typedAhead() tea.Cmd {
	if m.width <= 0 || m.height <= 0 || len(m.early) == 0 {
		return nil
	}
	keys := m.early
	m.early = nil
	cmds := make([]tea.Cmd, 0, len(keys))
	for _, k := range keys {
		cmds = append(cmds, m.update(k))
	}
	return tea.Batch(cmds...)
}

// noOutlineReason says why the outline pane is not drawn: the document
// has no outline, the terminal is too narrow, or o hid it.
func (m *Model) noOutlineReason() string {
	switch {
	case m.outline.Empty():
		return m.tx.OutlineNone
	case m.width < minOutlineTerm:
		return fmt.Sprintf(m.tx.OutlineNarrowFmt, minOutlineTerm)
	case m.outlineOn && m.width < narrowOutlineTerm:
		return m.tx.OutlineFolded
	}
	return m.tx.OutlineHidden
}

// escLeaves reports whether Esc now takes the library back to its list:
// a reader opened from the library, with no help, prompt, pending mark or
// search for Esc to close first (see key).
func (m *Model) escLeaves() bool {
	return m.opt.Library && m.mode() == modeReading && m.search.query == nil
}

// maxMsgLines is the most lines of a page bodyH lines high a message too
// wide for the status bar takes above it: half the page, so that what the
// message is about stays in sight.
func maxMsgLines(bodyH int) int { return max(1, bodyH/2) }

// tooSmall reports whether the terminal is below the minimum size.
func (m *Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

// layout sizes the panes after a resize or a toggle.
func (m *Model) layout() {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	bodyH := max(1, m.height-1)
	m.outlineW = 0
	if m.outlineShown() {
		m.outlineW = common.Clamp(m.outline.NaturalWidth(), 16, m.width*2/5)
	}
	if m.outlineW == 0 && m.focus == paneOutline {
		m.focus = paneReader
		m.outline.Blur()
	}
	readerW := m.width
	if m.outlineW > 0 {
		readerW = m.width - m.outlineW - m.sepWidth()
	}
	m.reader.SetSize(readerW, bodyH)
	m.outline.SetSize(m.outlineW, bodyH)
	m.enableKeys() // the whole document may have what its preview had not
	m.helpv.SetSize(m.width, bodyH)
	m.applyResume()
}

// enableKeys turns off the bindings that cannot do anything for this
// document, so that the help lists exactly what works: the outline pane's
// own keys when there is no outline, p when nothing was filtered. (o and
// Tab stay: they say why there is no outline.) While a preview shows, the
// whole document may have either: everything stays on.
func (m *Model) enableKeys() {
	outline := !m.outline.Empty() || m.loading
	for _, b := range []*key.Binding{&m.keys.Jump, &m.keys.Collapse, &m.keys.Expand, &m.keys.Chars} {
		b.SetEnabled(outline)
	}
	m.keys.Junk.SetEnabled(len(m.doc.Junk) > 0 || m.loading)
	m.keys.ToList.SetEnabled(m.opt.Library)
	// Only a program that opens other documents in the reader's place
	// (the basket page's, the library's) has one to go back to.
	m.keys.Alternate.SetEnabled(m.opt.BasketPage)
	m.keys.Reload.SetEnabled(m.disk.on) // says why not when off (offAction)
}

// either is a binding matching the keys of a and of b.
func either(a, b key.Binding) key.Binding {
	return key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...))
}

// sepWidth is the width of the rule between the panes (box drawing is East
// Asian Ambiguous: 1 or 2 columns by the setting).
func (m *Model) sepWidth() int { return m.w.String(separator) }

const separator = "│"

func (m *Model) setFocus(p pane) {
	if p == paneOutline && m.outlineW == 0 {
		return
	}
	m.focus = p
	if p == paneOutline {
		// The node read, its folded ancestors opened (as an editor's
		// outline follows the cursor): a, y and Y there take the section
		// read, not the larger one that held it folded.
		m.outline.Reveal(m.reader.Current())
		m.outline.Focus()
	} else {
		m.outline.Blur()
	}
}

// View draws the screen: exactly height lines, none wider than width.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	m.frame.drawn()
	lines := make([]string, 0, m.height)
	if m.tooSmall() {
		// What the terminal needs, under it where there is a line for it:
		// 终端太小 alone left the user to guess.
		lines = append(lines, common.Fit(m.w, m.tx.TooSmall, m.width))
		if m.height > 1 {
			lines = append(lines, common.Fit(m.w, fmt.Sprintf(m.tx.TooSmallNeedFmt, MinWidth, MinHeight), m.width))
		}
		for len(lines) < m.height {
			lines = append(lines, "")
		}
		return common.Join(lines)
	}
	bodyH := m.height - 1
	switch {
	case m.help:
		lines = append(lines, m.helpv.View()...)
	case m.outlineW > 0:
		ol := m.outline.View()
		rl := m.reader.View()
		sep := m.st.Separator
		if m.focus == paneOutline {
			sep = m.st.SeparatorFocus
		}
		rule := sep.Render(separator)
		for i := 0; i < bodyH; i++ {
			lines = append(lines, ol[i]+rule+rl[i])
		}
	default:
		lines = append(lines, m.reader.View()...)
	}
	if m.search.Prompting() && !m.help {
		above, prompt := m.promptLines(m.width, maxMsgLines(bodyH))
		lines = append(statusbar.Over(lines, above), prompt)
	} else {
		above, bar := m.statusLines()
		lines = append(statusbar.Over(lines, above), bar)
	}
	return common.Join(lines)
}

// statusLines is the status bar, and the lines above it that say a
// message too wide for it (Status.Lines).
func (m Model) statusLines() (above []string, bar string) {
	note := ""
	if m.loading {
		note = m.tx.Loading
	} else if m.reader.ShowJunk() && len(m.doc.Junk) > 0 {
		_, lay := m.junkLaid(m.tx.ShownFmt)
		note = lay(msgRoom(m.width))
	}
	if s := m.diskNote(); s != "" {
		note = s
	}
	if s := m.selectNote(); s != "" {
		note = s
	}
	return m.status.Lines(m.width, m.fileName(), m.fileTags(), m.Current(), m.percent(), note, maxMsgLines(m.height-1))
}
