package reader

import (
	"fmt"
	"maps"
	wtext "wenji/internal/text"
	"wenji/ui/cjk"

	tea "github.com/charmbracelet/bubbletea"
)

// Places and marks, in vim's manner: m then a letter remembers the place at
// the top of the reading pane under that letter; ' then the letter goes
// back there, and '' returns to where the last jump was made (to a mark,
// and the large moves less and vim count as jumps: G, g, N%, a search).
// The reader only keeps them; main loads them before the program and saves
// Model.Place after it (internal/state), so no file is touched here.

// Place is where a document was left and its marks, as byte offsets into
// the document's text.
type Place struct {
	// Offset is the top line of the reading pane.
	Offset int
	// Marks are the places set with m, by letter.
	Marks map[string]int
}

// marks is the reader's state for m and '.
type marks struct {
	set     map[string]int
	pending rune // 'm' or '\'' while waiting for the letter, 'Z' for ZZ's second Z; 0 otherwise
	back    int  // where '' returns to; -1 before any jump
	resume  int  // Options.Place.Offset until the pane has a size; -1 after
}

func newMarks(p *Place) marks {
	mk := marks{set: map[string]int{}, back: -1, resume: -1}
	if p != nil {
		maps.Copy(mk.set, p.Marks)
		if p.Offset > 0 {
			mk.resume = p.Offset
		}
	}
	return mk
}

// Place returns where the reader is and its marks, for saving on exit.
func (m Model) Place() Place {
	off := m.marks.resume
	if off < 0 {
		off = m.here()
	}
	return Place{Offset: off, Marks: maps.Clone(m.marks.set)}
}

// HandOver is the place a new reader of the document with key starts
// from, loaded as p, when it follows a reader of the document with key
// was that was left at old (the basket page and the library open an
// excerpt or a hit in place of the document read, or the library opens
// the document just closed): for the same document, the place and the
// marks are old's, set or moved in this session and maybe not yet saved
// (the save runs in a Cmd, maybe after the place was loaded: on a loaded
// machine the document reopened at its top); marks only p has (another
// wenji set them) are kept. p is not changed.
func HandOver(p *Place, old Place, was, key string) *Place {
	if key == "" || key != was {
		return p
	}
	np := Place{Offset: old.Offset, Marks: map[string]int{}}
	if p != nil {
		maps.Copy(np.Marks, p.Marks)
	}
	maps.Copy(np.Marks, old.Marks)
	return &np
}

// here is the offset that names the top row: the source offset of its
// text, or for the blank row after a paragraph that paragraph's end — no
// row of text starts there, so goPlace can tell the two apart. A node
// jumped to that starts partway through the top row is named by its
// start instead, which goPlace puts on the same row and shows as that
// node (see GotoOffset): a place saved or a mark set there names it.
func (m *Model) here() int {
	r := &m.reader
	off, _ := r.topAnchor()
	if f := r.focus; f != nil && r.nodeStarting(f.Span.Start) == f {
		if p, ok := r.rowOf(f.Span.Start); ok && p == r.top {
			off = f.Span.Start
		}
	}
	return m.win.base + off
}

// goPlace puts the row here named at the top; false when it is beyond a
// preview and can only be shown once the whole document is in.
func (m *Model) goPlace(off int) bool {
	off, ok := m.reach(off)
	if !ok {
		return false
	}
	m.pendingEnd = false
	sep := false
	if off > 0 {
		if p := m.doc.ParaAt(off - 1); p < len(m.doc.Paras) && m.doc.Paras[p].End == off {
			sep = true
		}
	}
	m.reader.GotoOffset(off, sep)
	return true
}

// applyResume puts the reading pane at the remembered place once it has a
// size (wrapping needs a width). A place beyond a preview waits for the
// whole document (see loaded).
func (m *Model) applyResume() {
	off := m.marks.resume
	if off < 0 || m.reader.textW == 0 {
		return
	}
	m.marks.resume = -1
	if !m.goPlace(off) {
		m.marks.resume = off
	}
}

// markKey takes the letter after m or ', and the key after Z: a second Z
// quits (less's and vim's ZZ); Esc takes the Z back; another key is
// itself, the Z dropped, so that no key typed is lost to it.
func (m *Model) markKey(msg tea.KeyMsg) tea.Cmd {
	mt := marksTextOf(m.tx)
	kind := m.marks.pending
	m.marks.pending = 0
	if msg.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	if msg.Type == tea.KeyEsc {
		// Esc takes the m or ' back, quietly, as vim's Esc cancels a
		// command waiting for its letter: the wait's prompt goes and
		// nothing is said (it said "invalid mark letter").
		return nil
	}
	if kind == 'Z' {
		if msg.Type == tea.KeyRunes && string(msg.Runes) == "Z" && !msg.Alt {
			return tea.Quit
		}
		return m.key(msg)
	}
	// Like less, another key that is no mark letter is said to be one:
	// "cancelled" would hide that 1 or ] is not a mark.
	if msg.Type != tea.KeyRunes || len(msg.Runes) != 1 {
		return m.status.Flash(mt.Invalid)
	}
	r := msg.Runes[0]
	if kind == '\'' && r == '\'' {
		if m.marks.back < 0 {
			return m.status.Flash(mt.NoBack)
		}
		m.jumpMark(m.marks.back)
		return nil
	}
	if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
		return m.status.Flash(fmt.Sprintf(mt.InvalidFmt, cjk.SanitizeName(string(r))))
	}
	l := string(r)
	if kind == 'm' {
		m.marks.set[l] = m.here()
		return m.status.Flash(fmt.Sprintf(mt.SetFmt, l))
	}
	off, ok := m.marks.set[l]
	if !ok {
		return m.status.Flash(fmt.Sprintf(mt.UnsetFmt, l))
	}
	m.jumpMark(off)
	return nil
}

// largeMove reports whether a is a move that ” returns from, as less's
// "large movements" (G, g, N%, n, N) and vim's jumps are; a mark's jump
// and a search confirmed say so themselves.
func largeMove(a action) bool {
	switch a {
	case actTop, actBottom, actPercent, actNextHit, actPrevHit, actNextHitNode, actPrevHitNode:
		return true
	}
	return false
}

// jumpedFrom makes from the place ” returns to, when the reader has left
// it.
func (m *Model) jumpedFrom(from int) {
	if m.here() != from {
		m.marks.back = from
		m.leaveResumed()
	}
}

// OpenedAtHeading is OpenAtHit's jump for a document opened with a heading
// found at the top (the library's # search), where no jump to the hit is
// made: the opening is a jump from the document's top all the same, so
// ” goes back there, as from a hit of the text (it said there was no jump
// to go back from).
func (m *Model) OpenedAtHeading() { m.marks.back = 0 }

// jumpMark goes to off, remembering where it was for ”.
func (m *Model) jumpMark(off int) {
	m.marks.back = m.here()
	if !m.goPlace(off) {
		m.marks.resume = off // once the whole document is in (loaded)
	}
}

// marksTextOf returns the marks' words in the language of t.
func marksTextOf(t *text) *marksText {
	if t == zhText {
		return zhMarksText
	}
	return enMarksText
}

// marksText is the interface text of this page (internal/text).
type marksText = wtext.Marks

var zhMarksText, enMarksText = &wtext.ZhMarks, &wtext.EnMarks
