package reader

import (
	"fmt"
	"slices"
	"wenji/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// countKey takes the keys read before an action is: a count's digits,
// Esc after a count, and in the library the keys that go back to the
// list. done is false for the other keys.
func (m *Model) countKey(msg tea.KeyMsg) (cmd tea.Cmd, done bool) {
	if m.count > 0 && msg.Type == tea.KeyEsc {
		// Esc after a count takes the count back, quietly, as in vim:
		// the highlights, the list and the selection stay.
		m.count = 0
		return nil, true
	}
	if m.opt.Library && (msg.Type == tea.KeyBackspace || msg.Type == tea.KeyEsc && m.search.query == nil) {
		return func() tea.Msg { return BackMsg{} }, true
	}
	// A count before a move, as in less and vim: 5j, 3], 2n, 50%.
	if d, ok := digit(msg); ok && (d > 0 || m.count > 0) {
		m.count = min(m.count*10+d, maxCount)
		return m.status.Flash(fmt.Sprintf(m.tx.CountFmt, m.count)), true
	}
	return nil, false
}

// key handles a key press.
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	m.status.Clear()
	// The node a asked about is added by the next key if that is a;
	// any other key cancels.
	m.askedAdd, m.bigAdd = m.bigAdd, nil
	switch m.mode() {
	case modeHelp:
		return m.helpKey(msg)
	case modePrompt:
		return m.promptKey(msg)
	case modeMarkPending:
		return m.markKey(msg)
	case modeSelecting:
		return m.selectKey(msg)
	}
	if cmd, done := m.countKey(msg); done {
		return cmd
	}
	count := m.count
	n := common.Clamp(count, 1, maxRepeat)
	m.count = 0
	a := matchAction(m.acts, msg)
	if a == actNone {
		a = m.offAction(msg)
	}
	if largeMove(a) {
		from := m.here()
		defer m.jumpedFrom(from)
	}
	switch a {
	case actQuit, actQuitZZ, actSuspend:
		return m.leaveKey(a)
	case actPercent:
		if count > 0 {
			m.gotoPercent(count)
			return nil
		}
		return m.status.Flash(m.tx.PercentAlone) // it did nothing and said nothing
	case actTop, actBottom:
		if m.countedLine(count) {
			return nil
		}
	case actHelp:
		m.help = true
		return nil
	case actOutline:
		if m.width < minOutlineTerm || m.outline.Empty() && !m.loading {
			// Nothing o could show (while loading, the whole document
			// may have an outline: o still says whether to show it).
			return m.status.Flash(m.noOutlineReason())
		}
		m.toggleOutline()
		return nil
	case actFocus:
		if m.focus == paneOutline {
			m.setFocus(paneReader)
		} else if m.outlineW == 0 {
			return m.status.Flash(m.noOutlineReason())
		} else {
			m.setFocus(paneOutline)
		}
		return nil
	case actJunk:
		return m.toggleJunk()
	case actNextHit, actPrevHit, actNextHitNode, actPrevHitNode:
		cmds := make([]tea.Cmd, 0, min(n, 16))
		for range n {
			cmds = append(cmds, m.searchKey(a))
		}
		return tea.Batch(cmds...)
	case actSearch, actHitsOnly, actClearSearch:
		return m.searchKey(a)
	case actMark, actGotoMark:
		return m.markWait(a)
	case actCopy:
		return m.copyCmd(copyText)
	case actCopyOutline:
		return m.copyCmd(copyOutline)
	case actChars:
		return m.toggleChars()
	case actInfo:
		return m.info()
	case actAddBasket, actSelect, actOpenBasket:
		return m.basketKey(a)
	case actReload:
		return m.reload()
	case actAlternate:
		// The program takes Ctrl-^ when it has a document to go back
		// to (AlternateKey); here it has none.
		return m.status.Flash(marksTextOf(m.tx).NoAlternate)
	}
	m.moveBeforeHit(a)
	if m.focus == paneOutline && m.outlineKey(a, n, count) {
		return nil
	}
	if a == actNone || a == actCollapse || a == actExpand {
		return m.unboundKey(msg)
	}
	return m.readerKey(a, n)
}

// unboundKey says why a key did nothing, as the status bar says it for p
// with nothing filtered: an outline key (h, l, ←, →) typed in the reading
// pane names the outline, or why there is none; any other key is no
// command, and ? lists those that are. Esc, which takes back a count or a
// search, says nothing where there is none, as in less and vim; nor does
// a paste.
func (m *Model) unboundKey(msg tea.KeyMsg) tea.Cmd {
	if msg.Type == tea.KeyEsc || msg.Paste {
		return nil
	}
	k := msg.String()
	for _, b := range []*key.Binding{&m.keys.Collapse, &m.keys.Expand} {
		if slices.Contains(b.Keys(), k) {
			if m.outlineW == 0 {
				return m.status.Flash(m.noOutlineReason())
			}
			return m.status.Flash(fmt.Sprintf(m.tx.OutlineKeyFmt, keyShown(k)))
		}
	}
	return m.status.Flash(fmt.Sprintf(m.tx.NotAKeyFmt, keyShown(k)))
}

// keyShown is a key's name as the help writes it: the arrows drawn.
func keyShown(k string) string {
	if a, ok := map[string]string{"left": "←", "right": "→", "up": "↑", "down": "↓"}[k]; ok {
		return a
	}
	return k
}

// leaveKey is q (and Q, Ctrl-C), the Z of ZZ, whose second Z markKey
// takes, and Ctrl-Z.
func (m *Model) leaveKey(a action) tea.Cmd {
	switch a {
	case actQuit:
		return tea.Quit
	case actQuitZZ:
		m.marks.pending = 'Z'
		return m.status.Flash(m.tx.QuitWait)
	}
	return tea.Suspend
}

// markWait is m and ': the mark's letter is the next key.
func (m *Model) markWait(a action) tea.Cmd {
	m.marks.pending = 'm'
	b := m.keys.Mark
	if a == actGotoMark {
		m.marks.pending = '\''
		b = m.keys.GotoMark
	}
	return m.status.Flash(fmt.Sprintf(marksTextOf(m.tx).WaitFmt, b.Keys()[0]))
}

// moveBeforeHit lets a move a made before the search's first hit came in
// have the last word: the hit is selected, not jumped to ("/调研<Enter>G"
// read together, or G while a result opens from the library, ended at the
// hit rather than at the end).
func (m *Model) moveBeforeHit(a action) {
	if s := &m.search; s.jump && s.hits.cur < 0 && !s.done && a != actNone {
		s.jump = false
	}
}

// toggleChars is #: the outline's 字数 column on or off.
func (m *Model) toggleChars() tea.Cmd {
	if m.outline.Empty() && !m.loading {
		return m.status.Flash(m.noOutlineReason()) // no column to show
	}
	m.outline.SetShowChars(!m.outline.showChars)
	m.layout()
	if m.outline.showChars {
		return m.status.Flash(m.tx.CharsOn)
	}
	return m.status.Flash(m.tx.CharsOff)
}

// offAction is the action of a key turned off for this document (out of
// the help, which lists what works: p with nothing filtered, # with no
// outline), so that it says why rather than nothing; and Enter with no
// outline to jump in, the reading pane's line down (readerKey).
func (m *Model) offAction(msg tea.KeyMsg) action {
	for _, o := range []struct {
		b *key.Binding
		a action
	}{{&m.keys.Junk, actJunk}, {&m.keys.Chars, actChars}, {&m.keys.Reload, actReload}, {&m.keys.Jump, actJump}} {
		if !o.b.Enabled() && slices.Contains(o.b.Keys(), msg.String()) {
			return o.a
		}
	}
	return actNone
}

// maxCount bounds a typed count; maxRepeat bounds what a count repeats
// (rows, pages, headings, hits): a count can scroll far, but not wrap a
// 100 MB file at one key press.
const maxCount, maxRepeat = 999_999, 10_000

// digit reports a key that is one of 0–9.
func digit(msg tea.KeyMsg) (int, bool) {
	if msg.Type != tea.KeyRunes || len(msg.Runes) != 1 || msg.Alt || msg.Runes[0] < '0' || msg.Runes[0] > '9' {
		return 0, false
	}
	return int(msg.Runes[0] - '0'), true
}

// outlineKey handles a for the focused outline, n times; false leaves it
// to the reader (], }, … work from either pane). A count before G or g
// (count, as typed, unbounded by maxRepeat) goes to that row of the
// outline as shown, as vim's NG goes to line N: 1G the first, past the
// last the last.
func (m *Model) outlineKey(a action, n, count int) bool {
	o := &m.outline
	if (a == actTop || a == actBottom) && count > 0 {
		o.MoveCursor(count - 1 - o.cursor)
		return true
	}
	switch a {
	case actDown:
		o.MoveCursor(n)
	case actUp:
		o.MoveCursor(-n)
	case actHalfDown:
		o.MoveCursor(n * max(1, o.Height/2))
	case actHalfUp:
		o.MoveCursor(-n * max(1, o.Height/2))
	case actPageDown:
		o.MoveCursor(n * max(1, o.Height-1))
	case actPageUp:
		o.MoveCursor(-n * max(1, o.Height-1))
	case actTop:
		o.MoveCursor(-len(o.rows))
	case actBottom:
		o.MoveCursor(len(o.rows))
	case actJump:
		if n := o.Selected(); n != nil {
			m.reader.JumpTo(n)
		}
	case actCollapse:
		o.Collapse()
	case actExpand:
		o.Expand()
	default:
		return false
	}
	return true
}

// toggleJunk is p: the filtered text shown or hidden, and counted; where
// nothing was filtered, p says so, as o says why there is no outline.
func (m *Model) toggleJunk() tea.Cmd {
	if len(m.doc.Junk) == 0 && !m.loading {
		return m.status.Flash(m.tx.NothingHidden)
	}
	m.reader.SetShowJunk(!m.reader.ShowJunk())
	if len(m.doc.Junk) == 0 {
		return nil // a preview: the whole document may have some, shown as p set
	}
	f := m.tx.HiddenFmt
	if m.reader.ShowJunk() {
		f = m.tx.ShownFmt
	}
	// What is searched follows what is shown.
	full, lay := m.junkLaid(f)
	return tea.Batch(m.rerunSearch(), m.status.FlashLaid(full, lay))
}

// readerKey moves the reading pane, n times.
func (m *Model) readerKey(a action, n int) tea.Cmd {
	r := &m.reader
	var ok = true
	var miss string
	// step repeats a jump n times, or until there is nowhere to go.
	step := func(move func() bool) bool {
		for i := range n {
			if !move() {
				return i > 0
			}
		}
		return true
	}
	switch a {
	case actDown, actJump: // Enter in the reading pane: a line, as less's RETURN
		r.Scroll(n)
	case actUp:
		r.Scroll(-n)
	case actHalfDown:
		r.Scroll(n * r.HalfPage())
	case actHalfUp:
		r.Scroll(-n * r.HalfPage())
	case actPageDown:
		r.Scroll(n * r.Page())
	case actPageUp:
		r.Scroll(-n * r.Page())
	case actTop:
		m.reach(0) // the preview again, after a window of a loading file
		m.pendingEnd = false
		r.GotoTop()
	case actBottom:
		m.gotoEnd()
	case actNextNode:
		ok, miss = step(r.NextNode), m.tx.NoNext
	case actPrevNode:
		ok, miss = step(r.PrevNode), m.tx.NoPrev
	case actNextArticle:
		ok, miss = step(r.NextArticle), m.tx.NoArticle
	case actPrevArticle:
		ok, miss = step(r.PrevArticle), m.tx.NoArticle
	default:
		return nil
	}
	if !ok {
		return m.status.Flash(miss)
	}
	return nil
}

// mouse scrolls the pane under the pointer and jumps on outline clicks.
func (m *Model) mouse(msg tea.MouseMsg) {
	if m.help && !m.tooSmall() {
		m.helpv.Mouse(msg)
		return
	}
	if m.tooSmall() || m.help || msg.Y >= m.height-1 {
		return
	}
	if above, _ := m.statusLines(); msg.Y >= m.height-1-len(above) && !m.search.Prompting() {
		return // a message's lines cover the entries there
	}
	inOutline := m.outlineW > 0 && msg.X < m.outlineW
	const wheelRows = 3
	switch {
	case msg.Button == tea.MouseButtonWheelUp || msg.Button == tea.MouseButtonWheelDown:
		n := wheelRows
		if msg.Button == tea.MouseButtonWheelUp {
			n = -n
		}
		if inOutline {
			m.outline.ScrollBy(n)
		} else {
			m.reader.Scroll(n)
		}
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		if !inOutline {
			m.setFocus(paneReader)
			return
		}
		i, onArrow := m.outline.RowAt(msg.X, msg.Y)
		if i < 0 {
			return
		}
		if onArrow {
			m.outline.Toggle(i)
		} else {
			m.outline.Choose(i) // sync brings the text to it
		}
	}
}

// helpKey handles a key while the help is shown: the moves scroll a help
// too long for the screen (helpview), ctrl+c quits, any other key closes it.
func (m *Model) helpKey(msg tea.KeyMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	m.help = m.helpv.Update(msg)
	return nil
}
