package reader

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/internal/basketfile"
)

// OpenBasketMsg asks the program to show the basket page (B). The reader
// sends it only when Options.BasketPage says a program takes it.
type OpenBasketMsg struct {
	// Damaged is the basket file an add of this reader found damaged,
	// for the page to say so too; "" for none. Backup is the .bak the
	// add's save moved it to, "" when the save failed.
	Damaged, Backup string
	// Then are the keys read together with B after it: the page's, to
	// be taken once it has read the basket.
	Then []tea.KeyMsg
}

// basketAddedMsg reports an excerpt saved to the basket: its size after,
// or why it was not saved.
type basketAddedMsg struct {
	n       int
	already bool // the excerpt was in the basket: nothing was added
	// overlap is how the excerpt added lies against one the basket
	// held already (basket.Inside, basket.Holds), heading that one's.
	overlap basket.Overlap
	heading string
	nothing bool   // the excerpt had no text: nothing was added
	damaged string // the file was damaged: read as empty, moved to a .bak
	backup  string // the .bak it was moved to, when the save did it
	err     error
}

// SaveError is why the add was not saved (basketfile.SaveFailure).
func (msg basketAddedMsg) SaveError() error { return msg.err }

// basketKey handles a, v and B outside the selection mode.
func (m *Model) basketKey(a action) tea.Cmd {
	bt := m.btx()
	switch a {
	case actSelect:
		return m.startSelect()
	case actOpenBasket:
		if !m.opt.BasketPage {
			return m.status.Flash(bt.NoPage)
		}
		m.openBasket = &OpenBasketMsg{Damaged: m.basketDamaged, Backup: m.basketBackup}
		m.basketDamaged, m.basketBackup = "", ""
		return nil // takeKeys sends it, with the keys read after B
	}
	if m.opt.Kept {
		return m.status.Flash(bt.KeptNoAdd)
	}
	if m.loading {
		return m.status.Flash(bt.AddLoading)
	}
	// a: the outline's selection while it has the keyboard, else the
	// section at the top of the reading pane.
	kind, n := basket.KindSection, m.reader.Current()
	if m.focus == paneOutline {
		if s := m.outline.Selected(); s != nil {
			kind, n = basket.KindOutline, s
		}
	}
	if n == nil || !m.ofDoc(n) {
		return m.status.Flash(bt.NothingToAdd)
	}
	if n.Span.End-n.Span.Start > askAdd && m.askedAdd != n {
		// An excerpt is a writer's borrowing: a whole compilation (a at
		// its top) is rarely meant. A second a adds it.
		m.bigAdd = n
		c := utf8.RuneCountInString(m.doc.Text[n.Span.Start:n.Span.End])
		return m.status.Flash(wtext.Plural(c, bt.AskLargeFmt, c, common.Thousands(c)))
	}
	name, key, doc, noFile, stdin := m.opt.FileName, m.opt.Key, m.doc, m.opt.NoFile, m.opt.Stdin
	excerpt := func() (basket.Excerpt, bool) {
		e := fromNoFile(basket.FromNode(kind, name, key, doc, n), noFile, stdin)
		// An empty document, or a heading with nothing under it (y says
		// there is nothing to copy there too).
		return e, strings.TrimSpace(e.Text) != ""
	}
	if n.Span.End-n.Span.Start > syncCopy {
		// A large node's excerpt is made in the Cmd, as y's copy is: the
		// whole of a 20 MB document held the keys, nothing said.
		return tea.Batch(m.status.Flash(bt.Adding), m.addCmd(excerpt))
	}
	e, ok := excerpt()
	if !ok {
		return m.status.Flash(bt.NothingToAdd)
	}
	return m.add(e)
}

// askAdd is the largest node, in bytes of the document's text, that a
// adds at once; a larger one (some 350,000 characters and more: a whole
// compilation) a asks about first.
const askAdd = 1 << 20

// add saves e to the basket, saying so at once: the save rewrites the
// basket file, seconds for a basket that holds a large excerpt.
func (m *Model) add(e basket.Excerpt) tea.Cmd {
	return tea.Batch(m.status.Flash(m.btx().Adding), m.addCmd(func() (basket.Excerpt, bool) { return e, true }))
}

// TakeBasketNotice returns the damaged basket file an add of this reader
// found (and the .bak it was moved to) that no basket page has said yet,
// and forgets it: a program that shows the page other than by B (the
// library's Tab over its list) hands it to that page.
func (m *Model) TakeBasketNotice() (damaged, backup string) {
	damaged, backup = m.basketDamaged, m.basketBackup
	m.basketDamaged, m.basketBackup = "", ""
	return damaged, backup
}

// TakeAfterB returns the keys read after the B of an OpenBasketMsg
// before the program took it, in order, for the page (after the message's
// Then), and gives the reader its keys again.
func (m *Model) TakeAfterB() []tea.KeyMsg {
	if m.afterB == nil {
		return nil
	}
	keys := *m.afterB
	m.afterB = nil
	return keys
}

// openBasketCmd sends msg once the adds sent before B are saved, so that
// the page reads the basket with them: a then B, typed quickly, showed the
// basket without the excerpt just added (an empty basket, as if it were
// lost). A damaged file one of them found is said on the page, as one
// found earlier is.
func (m *Model) openBasketCmd(msg OpenBasketMsg) tea.Cmd {
	saves := m.saves
	return func() tea.Msg {
		for _, r := range saves.Settle() {
			if a, ok := r.(basketAddedMsg); ok && a.damaged != "" && msg.Damaged == "" {
				msg.Damaged, msg.Backup = a.damaged, a.backup
			}
		}
		return msg
	}
}

// addCmd saves e to the basket in a Cmd. The basket is opened afresh
// each time and saved merged (internal/basket), so two readers adding at
// once both keep their excerpts.
func (m *Model) addCmd(excerpt func() (basket.Excerpt, bool)) tea.Cmd {
	path := m.opt.BasketPath
	return m.saves.Cmd(func() tea.Msg {
		e, ok := excerpt()
		if !ok {
			return basketAddedMsg{nothing: true}
		}
		b, damaged, err := basketfile.Open(path)
		if err != nil {
			return basketAddedMsg{err: err}
		}
		if b.Has(e) {
			return basketAddedMsg{n: b.Len(), already: true, damaged: damaged}
		}
		// Inside one already there, or holding one: added all the same
		// (the writer may want 2.1.2 apart from 2.1), and said.
		o, x := b.Overlap(e)
		// A damaged file reads as empty; Save moves it to a .bak first.
		b.Add(e)
		if err := b.Save(); err != nil {
			return basketAddedMsg{damaged: damaged, err: err}
		}
		return basketAddedMsg{n: b.Len(), damaged: damaged, backup: b.Backup, overlap: o, heading: basketShown(x)}
	})
}

// FlushSaves finishes the adds to the basket whose Cmds the program's
// end cut short (a then q read together): the program calls it once
// Bubble Tea has returned, so that no excerpt added is lost.
func (m Model) FlushSaves() { m.saves.Flush() }

// Flusher is FlushSaves for a program to keep until its end: it holds
// the pending saves alone. The method value r.FlushSaves held a copy of
// the Model, so every reader a program ever showed (each excerpt's
// document, each Ctrl-^) stayed in memory with its document until the end.
func (m Model) Flusher() func() { return m.saves.Flush }

// Saves is the reader's pending basket saves, for a program that shows
// several readers to hold (basketfile.Readers) until its end.
func (m Model) Saves() *basketfile.Pending { return m.saves }

// basketAdded says how an add ended; a damaged file found stays said
// while the user moves on (a Notice), as what opening a document found.
func (m *Model) basketAdded(msg basketAddedMsg) tea.Cmd {
	if msg.damaged != "" {
		return m.status.Notice(m.basketReport(msg))
	}
	return m.status.Flash(m.basketReport(msg))
}

// basketReport is the status line for a finished add.
func (m *Model) basketReport(msg basketAddedMsg) string {
	if msg.nothing {
		return m.btx().NothingToAdd
	}
	s := fmt.Sprintf(m.btx().AddedFmt, msg.n)
	switch {
	case msg.already:
		s = fmt.Sprintf(m.btx().AlreadyFmt, msg.n)
	case msg.overlap == basket.Inside:
		s = fmt.Sprintf(m.btx().AddedInsideFmt, msg.n, msg.heading)
	case msg.overlap == basket.Holds:
		s = fmt.Sprintf(m.btx().AddedHoldsFmt, msg.n, msg.heading)
	}
	if msg.err != nil {
		// A save that failed may not have moved the damaged file: the
		// page B opens says what it is, with its path.
		s = fmt.Sprintf(m.btx().SaveFailed, ErrTextIn(m.opt.Lang, msg.err))
	}
	if msg.damaged != "" {
		m.basketDamaged, m.basketBackup = msg.damaged, msg.backup
		if msg.err == nil {
			// The file's name, not its path: with the add's count it
			// fits an 80-column bar; the page B opens gives the path.
			s = fmt.Sprintf(m.btx().MovedFmt, cjk.SanitizeLine(filepath.Base(msg.damaged)),
				cjk.SanitizeLine(filepath.Base(msg.backup))) + " · " + s
		}
	}
	return s
}

// overlapHeadRunes is how much of the heading of an excerpt the basket
// holds a status line names: the line says what is new first.
const overlapHeadRunes = 16

// basketShown is how a status line names x, an excerpt of the basket:
// its heading (else its first words) on one line, cut to
// overlapHeadRunes.
func basketShown(x basket.Excerpt) string {
	h := strings.TrimSpace(basket.OneLine(cjk.SanitizeLine(x.Heading)))
	if h == "" {
		h = strings.TrimSpace(basket.OneLine(cjk.SanitizeLine(x.Preview())))
	}
	if r := []rune(h); len(r) > overlapHeadRunes {
		h = string(r[:overlapHeadRunes]) + "…"
	}
	return h
}

// DamagedNotice is what the basket page says of the damaged basket file
// at path: that a save moved it to backup, or ("" for backup) that it is
// read as empty until a save moves it.
func DamagedNotice(t *basketText, path, backup string) string {
	path = cjk.SanitizeLine(tildePath(path))
	if backup == "" {
		return fmt.Sprintf(t.DamagedFmt, path)
	}
	return fmt.Sprintf(t.MovedFmt, path, cjk.SanitizeLine(filepath.Base(backup)))
}

// StartAt opens the reader with the line holding byte offset off at the
// top, as the basket page opens an excerpt at its source: like a place
// resumed, but without saying so. Call it on a new Model before its first
// message.
func (m *Model) StartAt(off int, notice string) {
	m.marks.resume = max(0, off)
	m.resumed = false
	if !m.loading {
		// New said what opening found: say it again without "back where
		// you left off", which this opening is not.
		m.status.Drop()
		m.initCmd = m.showOpeningNotice(notice)
	}
}

// CopiedMsg reports how Copier.CopyPlain ended, for pages outside the
// reader (the basket's y).
type CopiedMsg struct {
	// Native: the system clipboard took it; Terminal: OSC 52 was sent.
	Native, Terminal bool
	// File is where the text was saved when the system clipboard did not
	// take it.
	File string
	// Err is set when nothing took it.
	Err error
}

// CopyPlain returns the Cmd that copies text as y does (system clipboard,
// OSC 52, the fallback file) and reports with a CopiedMsg.
func (c Copier) CopyPlain(text string) tea.Cmd {
	cmd := c.Copy(copyText, "", 0, clipText(text))
	return func() tea.Msg {
		msg, _ := cmd().(copiedMsg)
		return CopiedMsg{Native: msg.native, Terminal: msg.terminal, File: msg.file, Err: msg.err}
	}
}

// TildePath shortens a path under the home directory to ~/…, as the
// status bar shows where copied text was saved.
func TildePath(p string) string { return tildePath(p) }

// basketText is the basket's interface text (internal/text).
type basketText = wtext.Basket

// basketTextFor returns the text in lang.
func basketTextFor(lang string) *basketText { return wtext.BasketFor(lang) }

// basketTextOf returns the basket's words in the language of t.
func basketTextOf(t *text) *basketText {
	if t == zhText {
		return &wtext.ZhBasket
	}
	return &wtext.EnBasket
}

func (m *Model) btx() *basketText { return basketTextOf(m.tx) }

// fromNoFile is e, an excerpt of a document read from no file: the
// embedded sample's keeps its name and no path; standard input's keeps
// a copy of the bytes it was read from (stdin, when set).
func fromNoFile(e basket.Excerpt, noFile bool, stdin []byte) basket.Excerpt {
	if noFile {
		e.Source.Path = "" // the name stays
	}
	if stdin != nil && e.Source.Path == "" {
		e = basket.WithCopy(e, stdin)
	}
	return e
}
