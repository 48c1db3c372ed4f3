// Package basket is the basket page (素材篮): the excerpts collected with a
// and v in the reader, in order, each with its heading, its source and the
// start of its text. They can be moved, deleted (and the deletes
// undone), opened at their source and copied all as Markdown. Every change
// is saved at once through internal/basket (merged with other sessions,
// written atomically), in a Cmd.
package basket

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/helpview"
	"wenji/ui/components/statusbar"
	"wenji/ui/internal/basketfile"
	"wenji/ui/reader"
)

// Options configure the page.
type Options struct {
	// Path is the basket file; "" means internal/basket.DefaultPath().
	Path string
	// Lang is "zh" or "en"; empty means common.Lang().
	Lang string
	// Ambiguous is the width of East Asian Ambiguous characters, 1 or 2;
	// 0 means cjk.AmbiguousFromEnv().
	Ambiguous int
	// KeyMap replaces DefaultKeyMap(Lang) when set.
	KeyMap *KeyMap
	// Styles replaces common.DefaultStyles() when set.
	Styles *common.Styles
	// Copier replaces reader.SystemCopier(os.Stdout) for y when set.
	Copier *reader.Copier
	// Damaged, when set, is a basket file the reader found damaged and
	// Backup the .bak its save moved it to (OpenBasketMsg): the page says
	// so when it opens.
	Damaged, Backup string
	// ExportDir is where w writes the basket as a .docx; "" is the
	// working directory.
	ExportDir string
}

// BackMsg asks the program to go back to the reader (q, Esc).
type BackMsg struct{}

// OpenMsg asks the program to open an excerpt at its source (Enter).
type OpenMsg struct{ Excerpt store.Excerpt }

// shared is the basket as saved, behind a lock. Bubble Tea starts the
// Cmds that save the page's changes in whatever order: each change is
// queued as it is made, and the Cmd that runs first applies all those
// queued, in the order they were made, and saves them (two quick K on one
// excerpt were applied out of order, and the page showed the list of the
// first change made as the last one's: one move was undone on screen).
type shared struct {
	mu sync.Mutex // held while changes are applied and saved
	b  *store.Basket

	qmu     sync.Mutex // guards queue and editing
	queue   []func(*store.Basket)
	applied int // changes applied and saved so far
	// editing is the excerpt e has in the editor, till the editor's
	// end is read (edited): the program's end takes its file (flush).
	editing *openEdit
	// stamp is the basket file's when the page last looked (look), or
	// as it was read on opening (Init), guarded by mu; reloads counts
	// the looks that read it again.
	stamp   fileStamp
	reloads int
	// failed is why the last save failed, guarded by mu: the changes
	// are held (the next save merges them) until one succeeds.
	failed error
}

// apply applies the changes queued, in order, and saves them; ok is false
// when an earlier Cmd took them all.
func (s *shared) apply() (msg savedMsg, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.qmu.Lock()
	q := s.queue
	s.queue = nil
	s.qmu.Unlock()
	if len(q) == 0 {
		return savedMsg{}, false
	}
	for _, change := range q {
		change(s.b)
	}
	s.applied += len(q)
	err := s.b.Save()
	s.failed = err
	return savedMsg{seq: s.applied, list: s.b.List(), err: err}, true
}

// loadedMsg delivers the basket read from its file.
type loadedMsg struct {
	s      *shared
	list   []store.Excerpt
	notice string // a damaged file, read as empty
	err    error
	// unsaved is why adds the program's readers made are still not in
	// the basket (Host.Open), which the list read therefore lacks.
	unsaved error
}

// savedMsg reports a change saved: the merged list after it.
type savedMsg struct {
	seq  int
	list []store.Excerpt
	err  error
}

// deleted is an excerpt deleted, for u.
type deleted struct {
	e  store.Excerpt
	at int
	// edit is set when the change undone was e's edit, not a d: e is
	// then the excerpt as it was before it, after the text it left.
	edit  bool
	after string
}

// Model is the basket page. Build it with New; Init reads the basket.
type Model struct {
	common.Common // the screen's size, the width function, the styles
	opt           Options
	tx            *wtext.Basket
	keys          KeyMap // built once; enableKeys enables what works

	s      *shared
	list   []store.Excerpt
	rows   []rowFacts // what each excerpt's row tag says of it, kept with list (retag)
	loaded bool
	seq    int // the last change sent to be saved
	cursor int
	top    int            // the first excerpt drawn
	undo   []deleted      // what d deleted and e edited, the last last: u takes each back
	help   bool           // the help overlay is shown
	helpv  helpview.Model // it, scrolled by j/k
	bar    statusbar.Model
	left   leave // where the last key left the page for (Keys)
	// opening is set by Enter on an excerpt until AfterOpen; afterOpen
	// are the keys read with it after it.
	opening   bool
	afterOpen []tea.KeyMsg
	// loadErr is why the basket file could not be read: the page shows
	// no excerpt and changes nothing.
	loadErr error
	// loadedS is s once the file is read, shared by the Model's copies:
	// Flush, taken from the page before it loaded, finds it there.
	loadedS **shared
}

// New returns the page; Init reads the basket file.
func New(opt Options) Model {
	if opt.Lang != "zh" && opt.Lang != "en" {
		opt.Lang = common.Lang()
	}
	if opt.Ambiguous != 1 && opt.Ambiguous != 2 {
		opt.Ambiguous = cjk.AmbiguousFromEnv()
	}
	m := Model{opt: opt, tx: wtext.BasketFor(opt.Lang), loadedS: new(*shared)}
	m.W = cjk.New(opt.Ambiguous)
	m.keys = DefaultKeyMap(opt.Lang)
	if opt.KeyMap != nil {
		m.keys = *opt.KeyMap
	}
	st := common.DefaultStyles()
	m.Styles = &st
	if opt.Styles != nil {
		m.Styles = opt.Styles
	}
	m.helpv = helpview.New(m.Common, wtext.SharedFor(opt.Lang), m.keys, []string{wtext.ReaderFor(opt.Lang).GMove, m.tx.GKeys},
		helpview.ScrollKeys{Down: m.keys.Down, Up: m.keys.Up, PageDown: m.keys.PageDown, PageUp: m.keys.PageUp, Top: m.keys.Top, Bottom: m.keys.Bottom})
	m.enableKeys()
	return m
}

// Init reads the basket in a Cmd.
func (m Model) Init() tea.Cmd {
	path := m.opt.Path
	return func() tea.Msg {
		// The stamp before the read: a save of another session between
		// the two makes the first look read the file again, not miss
		// the save; the file unchanged since, the first look reads
		// nothing (it read the whole basket each time the page opened).
		st := stampOf(path)
		b, damaged, err := basketfile.Open(path)
		if err != nil {
			return loadedMsg{err: err}
		}
		return loadedMsg{s: &shared{b: b, stamp: st}, notice: damaged, list: b.List()}
	}
}

// unreadable says why the basket could not be read.
func (m Model) unreadable() string {
	return fmt.Sprintf(m.tx.Unreadable, reader.ErrTextIn(m.opt.Lang, m.loadErr))
}

// Loaded reports whether the page has read the basket (or failed to):
// keys typed before act on what it holds once it has.
func (m Model) Loaded() bool { return m.loaded }

// Len returns the number of excerpts shown.
func (m Model) Len() int { return len(m.list) }

// Update handles a message, then enables the bindings that act on an
// excerpt for the list as it now is, whatever changed it (a key, the
// basket read, a save, a look that found another session's excerpts),
// so that the first key after works and the help lists it.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	cmd := m.update(msg)
	m.enableKeys()
	return m, cmd
}

// update handles a message for Update.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		m.helpv.SetSize(msg.Width, msg.Height-1) // above the status bar
		m.keepInView()
	case loadedMsg:
		m.loaded = true
		if msg.err != nil {
			// Not "not saved" (nothing was), nor an empty basket (it
			// is one that cannot be read): the body says so too.
			m.loadErr = msg.err
			return m.flash(m.unreadable())
		}
		m.s, m.list = msg.s, msg.list
		m.retag()
		*m.loadedS = msg.s
		m.cursor = common.Clamp(m.cursor, 0, max(0, len(m.list)-1))
		if msg.notice != "" {
			return tea.Batch(m.lookTick(), m.flash(reader.DamagedNotice(m.tx, msg.notice, "")))
		}
		if m.opt.Damaged != "" {
			return tea.Batch(m.lookTick(), m.flash(reader.DamagedNotice(m.tx, m.opt.Damaged, m.opt.Backup)))
		}
		if msg.unsaved != nil {
			// The excerpt just added is not on the page: say why, or
			// it looked lost (an empty basket on a full disk).
			return tea.Batch(m.lookTick(), m.flash(fmt.Sprintf(m.tx.AddsUnsaved, reader.ErrTextIn(m.opt.Lang, msg.unsaved))))
		}
		return m.lookTick()
	case savedMsg:
		if msg.err != nil {
			return m.flash(fmt.Sprintf(m.tx.SaveFailed, reader.ErrTextIn(m.opt.Lang, msg.err)))
		}
		if msg.seq == m.seq {
			// What other sessions saved meanwhile shows now; the cursor
			// stays on its excerpt.
			m.takeList(msg.list)
		}
	case lookTickMsg:
		if msg.s == m.s {
			return msg.s.look
		}
	case lookedMsg:
		return m.looked(msg)
	case reader.CopiedMsg:
		return m.flash(m.copyReport(msg))
	case exportedMsg:
		return m.flash(m.exportReport(msg))
	case editedMsg:
		return m.edited(msg)
	case statusbar.ClearMsg:
		m.bar.Update(msg)
	case tea.KeyMsg:
		var cmd tea.Cmd
		var rest []tea.KeyMsg
		*m, cmd, rest = m.Keys(msg)
		if rest != nil {
			// Keys leaves going back to its caller; a caller of Update
			// learns it from BackMsg (the keys after it are dropped).
			cmd = tea.Batch(cmd, func() tea.Msg { return BackMsg{} })
		}
		return cmd
	case tea.MouseMsg:
		m.mouse(msg)
	}
	return nil
}

// key handles a key press.
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if m.help {
		m.help = m.helpv.Update(msg)
		return nil
	}
	m.bar.Clear()
	switch {
	case key.Matches(msg, k.Quit):
		m.left = away
		return tea.Quit
	case key.Matches(msg, k.Suspend):
		return tea.Suspend
	case key.Matches(msg, k.Back):
		m.left = toReader
		return func() tea.Msg { return BackMsg{} }
	case key.Matches(msg, k.Help):
		m.help = true
	case m.cursorKey(msg):
	case key.Matches(msg, k.MoveUp):
		return m.move(-1)
	case key.Matches(msg, k.MoveDown):
		return m.move(1)
	case key.Matches(msg, k.Delete):
		return m.delete()
	case key.Matches(msg, k.Undo):
		return m.restore()
	case key.Matches(msg, k.Open):
		if m.cursor < len(m.list) {
			e := m.list[m.cursor]
			if e.Source.Path == "" && e.Source.Hash == "" {
				return m.flash(m.tx.NoSource) // standard input's
			}
			m.left, m.opening = away, true
			return func() tea.Msg { return OpenMsg{Excerpt: e} }
		}
	case key.Matches(msg, k.Edit):
		return m.edit()
	case key.Matches(msg, k.Info):
		return m.flash(m.info())
	case key.Matches(msg, k.CopyAll):
		if len(m.list) == 0 {
			return m.flash(wtext.CopyFor(m.opt.Lang).Nothing)
		}
		return tea.Batch(m.flash(wtext.CopyFor(m.opt.Lang).Copying), m.copier().CopyPlain(store.Markdown(m.list)))
	case key.Matches(msg, k.Write):
		if len(m.list) == 0 {
			return m.flash(wtext.CopyFor(m.opt.Lang).Nothing)
		}
		return m.export()
	default:
		return m.unboundKey(msg)
	}
	m.keepInView()
	return nil
}

func (m *Model) currentID() string {
	if m.cursor < len(m.list) {
		return m.list[m.cursor].ID
	}
	return ""
}

// move moves the excerpt under the cursor by delta, the cursor with it.
func (m *Model) move(delta int) tea.Cmd {
	i := m.cursor
	j := i + delta
	if i >= len(m.list) {
		return nil
	}
	if j < 0 || j >= len(m.list) {
		if delta < 0 {
			return m.flash(m.tx.MovedTop)
		}
		return m.flash(m.tx.MovedBottom)
	}
	m.list[i], m.list[j] = m.list[j], m.list[i]
	m.retag()
	m.cursor = j
	m.keepInView()
	id := m.list[j].ID
	return m.save(func(b *store.Basket) { b.Move(id, delta) })
}

// save applies change to the basket and saves it, in a Cmd.
func (m *Model) save(change func(b *store.Basket)) tea.Cmd {
	if m.s == nil {
		return nil
	}
	m.seq++
	s := m.s
	s.qmu.Lock()
	s.queue = append(s.queue, change)
	s.qmu.Unlock()
	return func() tea.Msg {
		if msg, ok := s.apply(); ok {
			return msg
		}
		return nil
	}
}

// Flush saves the changes whose save Cmds the program's end cut short
// (d then Ctrl-c read together): the program calls it once Bubble Tea has
// returned, so that no change made on the page is lost.
func (m Model) Flush() {
	if m.loadedS != nil && *m.loadedS != nil {
		(*m.loadedS).flush()
	}
}

// Flash shows msg in the page's status bar for a while: what a program
// hosting the page learned of an excerpt it opens (Enter).
func (m *Model) Flash(msg string) tea.Cmd { return m.flash(msg) }

// enableKeys turns on the bindings that can do something in the basket
// as it is, and off the others, so that the help and the status line
// list exactly those: an empty basket has nothing to move, delete, open
// or copy. (u stays, as n does in the reader without a search: it says
// there is nothing to undo.)
func (m *Model) enableKeys() {
	some := len(m.list) > 0
	for _, b := range []*key.Binding{&m.keys.MoveUp, &m.keys.MoveDown, &m.keys.Delete, &m.keys.Open, &m.keys.CopyAll, &m.keys.Write, &m.keys.Edit} {
		b.SetEnabled(some)
	}
	m.helpv.SetKeys(m.keys)
}

// flash shows msg until the next key, or for common.StatusTTL.
func (m *Model) flash(msg string) tea.Cmd { return m.bar.Flash(msg) }

// copier is the Copier that y uses.
func (m *Model) copier() reader.Copier {
	if m.opt.Copier != nil {
		return *m.opt.Copier
	}
	return reader.SystemCopier(os.Stdout)
}

// copyReport is the status line for a finished copy of the basket.
func (m *Model) copyReport(msg reader.CopiedMsg) string {
	ct := wtext.CopyFor(m.opt.Lang)
	what := wtext.Plural(len(m.list), m.tx.CopiedFmt, len(m.list))
	switch {
	case msg.Native:
		return fmt.Sprintf(ct.Copied, what)
	case msg.Terminal && msg.File != "":
		return fmt.Sprintf(ct.ViaTerminalSaved, what, reader.TildePath(msg.File))
	case msg.Terminal:
		return fmt.Sprintf(ct.ViaTerminal, what)
	case msg.File != "":
		return fmt.Sprintf(ct.Saved, what, reader.TildePath(msg.File))
	}
	return fmt.Sprintf(ct.Failed, reader.CopyErrText(m.opt.Lang, msg.Err))
}

// itemRows is the rows an excerpt takes: heading, source, text, blank.
const itemRows = 4

// headRows is the rows above the excerpts: the title, and a blank line
// where an excerpt's three rows still fit under it (at 5 rows the blank
// left them no room, and the page showed none of its excerpts).
func (m Model) headRows() int {
	if m.Height-1-2 >= itemRows-1 {
		return 2
	}
	return 1
}

// keepInView scrolls the list so the cursor's excerpt is drawn whole.
func (m *Model) keepInView() {
	per := m.perScreen()
	m.cursor = common.Clamp(m.cursor, 0, max(0, len(m.list)-1))
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+per {
		m.top = m.cursor - per + 1
	}
	m.top = common.Clamp(m.top, 0, max(0, len(m.list)-per))
}

// View draws the page: exactly height lines, none wider than width.
func (m Model) View() string {
	if m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	lines := make([]string, 0, m.Height)
	bodyH := m.Height - 1
	if m.Width < reader.MinWidth || m.Height < reader.MinHeight {
		// As the reader and the library say it: no keys offered.
		lines = append(lines, common.Fit(m.W, wtext.SharedFor(m.opt.Lang).TooSmall, m.Width))
		for len(lines) < m.Height {
			lines = append(lines, common.Spaces(m.Width))
		}
		return common.Join(lines)
	} else if m.help {
		lines = append(lines, m.helpv.View()...)
	} else {
		lines = append(lines, m.body(bodyH)...)
	}
	for len(lines) < bodyH {
		lines = append(lines, common.Spaces(m.Width))
	}
	if said, ok := statusbar.OnBar(m.W, lines[:bodyH], cjk.Sanitize(m.bar.Message()), m.Width, m.Styles.StatusBar.Render); ok {
		return common.Join(said)
	}
	return common.Join(append(lines[:bodyH], m.statusLine()))
}

// body draws the title and the excerpts from top, bodyH lines at most.
func (m Model) body(bodyH int) []string {
	pad := func(s string) string { return s + common.Spaces(m.Width-m.W.String(s)) }
	title := " " + m.tx.Title
	if m.loadErr == nil {
		title += " · " + wtext.Plural(len(m.list), m.tx.CountFmt, len(m.list))
	}
	title = common.Fit(m.W, title, m.Width)
	out := []string{m.Styles.HelpTitle.Render(title) + common.Spaces(m.Width-m.W.String(title))}
	if m.headRows() == 2 {
		out = append(out, common.Spaces(m.Width))
	}
	if m.loaded && len(m.list) == 0 {
		say := m.tx.Empty
		if m.loadErr != nil {
			say = m.unreadable()
		}
		for _, ln := range m.W.WrapPhrases(say, max(1, m.Width-2)) {
			s := say[common.Clamp(ln.Start, 0, len(say)):common.Clamp(ln.End, 0, len(say))]
			s = common.Fit(m.W, " "+strings.TrimSpace(s), m.Width)
			out = append(out, m.Styles.Empty.Render(s)+common.Spaces(m.Width-m.W.String(s)))
		}
		return out
	}
	numW := len(fmt.Sprint(len(m.list)))
	for i := m.top; i < len(m.list) && len(out)+itemRows-1 <= bodyH; i++ {
		e := m.list[i]
		num := fmt.Sprintf(" %*d. ", numW, i+1)
		indent := common.Spaces(m.W.String(num))
		tag := m.rowTag(i)
		// A heading cut to fit keeps a column before the tag, so that
		// its … does not run into the count (…废…77 字).
		room := m.Width - m.W.String(tag) - 1
		if tag != "" {
			room--
		}
		head := common.Fit(m.W, num+oneLine(e.Heading), max(0, room))
		gap := common.Spaces(m.Width - m.W.String(head) - m.W.String(tag) - 1)
		// The source line speaks the interface's language on the page
		// (Source: …); the exports' stays Chinese.
		words := store.SourceWords{Label: m.tx.SourceLabel, Stdin: m.tx.SourceStdin}
		src := common.Fit(m.W, indent+oneLine(m.sourceFit(e, words, m.Width-m.W.String(indent))), m.Width)
		txt := common.Fit(m.W, indent+oneLine(shown(e).Preview()), m.Width)
		if i == m.cursor {
			out = append(out, m.Styles.OutlineCursor.Render(pad(head+gap+tag)))
		} else {
			out = append(out, m.Styles.Section.Render(head)+gap+m.Styles.OutlineChars.Render(tag)+" ")
		}
		out = append(out, m.Styles.Empty.Render(src)+common.Spaces(m.Width-m.W.String(src)), pad(txt), common.Spaces(m.Width))
	}
	return out
}

// statusLine is the bottom line: a message, or the page's main keys (as
// many as fit, whole).
func (m Model) statusLine() string {
	s := " " + common.Fit(m.W, cjk.Sanitize(m.bar.Message()), m.Width-1)
	// No keys under the help, whose title says any key closes it.
	if m.bar.Message() == "" && !m.help {
		var parts []string
		for _, b := range m.keys.ShortHelp() {
			if !b.Enabled() {
				continue // nothing to move, delete, open or copy
			}
			parts = append(parts, common.BarKeys(b.Help().Key)+" "+b.Help().Desc)
		}
		s = " " + common.FitParts(m.W, parts, " · ", m.Width-1)
	}
	return m.Styles.StatusBar.Render(s + common.Spaces(m.Width-m.W.String(s)))
}

// oneLine makes text from a document safe to draw on one line.
func oneLine(s string) string {
	return store.OneLine(cjk.Sanitize(s))
}
