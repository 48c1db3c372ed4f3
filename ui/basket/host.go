package basket

import (
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/internal/basketfile"
	"wenji/ui/reader"
)

// Host is the basket page as a program with other pages holds it: the
// reader's program (Root) and the library's. It keeps what both need the
// same way: the page read afresh each time B opens it, the keys read with
// that B (and any typed before the basket is read) held until the page
// can take them, and the keys after one that leaves the page handed back.
// The zero Host shows nothing.
type Host struct {
	// Page is the basket page, while Shown and after.
	Page Model
	// Shown says the page is on screen; a key that leaves it (q, Esc, B;
	// Tab too over the library's list, KeyMap.BackToList) or a BackMsg
	// the program receives clears it.
	Shown bool
	// then are keys for the page that wait for it to read the basket:
	// those read with the B that opened it, and any typed meanwhile.
	then []tea.KeyMsg
	// saves are the pages shown whose changes may wait to be saved
	// (Flush), shared by the Host's copies; nil before the first Open.
	saves *pageSaves
	// readers hold the adds of the readers the program showed that its
	// end must finish (AddReader), shared by the Host's copies as saves
	// is; nil before the first.
	readers *basketfile.Readers
	// at is the excerpt the cursor was on when the page was last
	// shown: the page opened again puts the cursor back on it once it
	// has read the basket, as vim keeps a buffer's cursor.
	at string
}

// pageSaves holds the basket pages a Host showed that Flush must still
// save: the page shown last, and any before it with changes their save
// Cmds have not taken yet or are still saving. Opening the page again
// drops the others, so that a program that opens it N times holds one,
// not N (each Open appended the page's Flush to the program's list,
// which only grew).
type pageSaves struct {
	mu    sync.Mutex
	pages []**shared // each page's loadedS
}

// add keeps the page of loaded p, dropping the earlier pages that have
// nothing left to save.
func (ps *pageSaves) add(p **shared) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	kept := ps.pages[:0]
	for _, q := range ps.pages {
		if *q != nil && (*q).pending() {
			kept = append(kept, q)
		}
	}
	clear(ps.pages[len(kept):])
	ps.pages = append(kept, p)
}

// flush saves what each page kept has queued.
func (ps *pageSaves) flush() {
	ps.mu.Lock()
	pages := append([]**shared(nil), ps.pages...)
	ps.mu.Unlock()
	for _, p := range pages {
		if *p != nil {
			(*p).flush()
		}
	}
}

// pending reports whether changes wait in the queue for a save, or a
// save is under way (apply holds mu, the queue already taken): Flush
// must wait for that one too, or the program's end cuts it short.
func (s *shared) pending() bool {
	if !s.mu.TryLock() {
		return true
	}
	defer s.mu.Unlock()
	s.qmu.Lock()
	defer s.qmu.Unlock()
	return len(s.queue) > 0 || s.editing != nil || s.failed != nil
}

// AddReader keeps p, the pending adds of the reader the program shows
// now, for Flush and Failed: one per document open, not one per opening
// (basketfile.Readers).
func (h *Host) AddReader(p *basketfile.Pending) {
	if h.readers == nil {
		h.readers = new(basketfile.Readers)
	}
	h.readers.Add(p)
}

// ReaderSaves is how many readers' pending adds the Host holds.
func (h Host) ReaderSaves() int {
	if h.readers == nil {
		return 0
	}
	return h.readers.Len()
}

// Failed returns why an excerpt added in a reader or a change made on a
// page the Host showed is not in the basket, once Flush tried them again
// at the program's end (the adds first); nil when all are. The program's
// end says so: the page and the reader said it as it happened, and a
// flash is easily missed. The reader's program (Root) and the library
// both end through Flush and Failed.
func (h Host) Failed() error {
	if h.readers != nil {
		if err := h.readers.Failed(); err != nil {
			return err
		}
	}
	if h.saves == nil {
		return nil
	}
	h.saves.mu.Lock()
	defer h.saves.mu.Unlock()
	for _, p := range h.saves.pages {
		if s := *p; s != nil {
			s.mu.Lock()
			err := s.failed
			s.mu.Unlock()
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// Flush finishes the saves the program's end cut short: the adds of the
// readers (AddReader), then the changes of the pages the Host showed (d
// then Ctrl-c). The program calls it once Bubble Tea has returned; the
// zero Host has none.
func (h Host) Flush() {
	if h.readers != nil {
		h.readers.Flush()
	}
	if h.saves != nil {
		h.saves.flush()
	}
}

// Open shows a new page of o over the reader, for the B of msg (or over
// the library's list, for its Tab, msg then empty): settle
// finishes the saves the program's readers and pages sent before (the
// basket is read after them), size is the window's when known. It returns
// the page's Cmds; the program calls h.Flush at its end.
func (h *Host) Open(o Options, msg reader.OpenBasketMsg, settle func(), size *tea.WindowSizeMsg) tea.Cmd {
	o.Damaged, o.Backup = msg.Damaged, msg.Backup
	h.then = msg.Then
	undo, at := h.Page.undo, h.Page.currentID()
	h.Page = New(o) // read afresh: the adds of this and other sessions
	// The cursor goes back where it was (cursorTo, once the basket is
	// read): it went to the first excerpt each time, so that the one
	// being reordered or edited among dozens had to be found again
	// after each look at the text.
	h.at = at
	// u still takes back what d and e did on the page shown before, as
	// vim's undo outlives a switch of buffers: a d typed for less's half
	// page down, then q, deleted the excerpt for good.
	h.Page.undo = undo
	h.Shown = true
	if h.saves == nil {
		h.saves = new(pageSaves)
	}
	h.saves.add(h.Page.loadedS)
	read, readers := h.Page.Init(), h.readers
	cmds := []tea.Cmd{AfterSaves(settle, func() tea.Msg {
		msg := read()
		if lm, ok := msg.(loadedMsg); ok && lm.err == nil && readers != nil {
			lm.unsaved = readers.Failed() // settle tried them again
			return lm
		}
		return msg
	})}
	if size != nil {
		var c tea.Cmd
		h.Page, c = h.Page.Update(*size)
		cmds = append(cmds, c)
	}
	return tea.Batch(cmds...)
}

// Input gives the shown page a key or a mouse event. A key waits behind
// the keys not yet given; one that leaves the page hands the keys read
// after it to back, in order.
func (h *Host) Input(msg tea.Msg, back func(tea.KeyMsg) tea.Cmd) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		var cmd tea.Cmd
		h.Page, cmd = h.Page.Update(msg) // the mouse
		return cmd
	}
	if len(h.then) > 0 {
		h.then = append(h.then, k) // after the keys waiting
		return nil
	}
	return h.key(k, back)
}

func (h *Host) key(k tea.KeyMsg, back func(tea.KeyMsg) tea.Cmd) tea.Cmd {
	var cmd tea.Cmd
	var rest []tea.KeyMsg
	h.Page, cmd, rest = h.Page.Keys(k)
	if rest == nil {
		return cmd
	}
	h.Shown = false
	cmds := []tea.Cmd{cmd}
	for _, k := range rest {
		cmds = append(cmds, back(k))
	}
	return tea.Batch(cmds...)
}

// Msg gives the page its own messages (PageMsg), shown or not; handled
// is false for any other. Once the page has read the basket, the keys
// that waited go to it, or to back from the one that left it on.
func (h *Host) Msg(msg tea.Msg, back func(tea.KeyMsg) tea.Cmd) (cmd tea.Cmd, handled bool) {
	if !PageMsg(msg) {
		return nil, false
	}
	if _, ok := msg.(lookTickMsg); ok && !h.Shown {
		return nil, true // a page left looks no more: B reads the basket afresh
	}
	h.Page, cmd = h.Page.Update(msg)
	if _, ok := msg.(loadedMsg); ok && h.at != "" {
		h.Page.cursorTo(h.at)
		h.at = ""
	}
	if len(h.then) == 0 || !h.Page.Loaded() {
		return cmd, true
	}
	keys := h.then
	h.then = nil
	cmds := []tea.Cmd{cmd}
	for _, k := range keys {
		if h.Shown {
			cmds = append(cmds, h.key(k, back))
		} else {
			cmds = append(cmds, back(k))
		}
	}
	return tea.Batch(cmds...), true
}

// cursorTo puts the cursor on the excerpt id, scrolled into view; where
// it is no longer in the basket the cursor stays.
func (m *Model) cursorTo(id string) {
	for i, e := range m.list {
		if e.ID == id {
			m.cursor = i
			m.keepInView()
			return
		}
	}
}
