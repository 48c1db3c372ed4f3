package reader

import (
	"strings"

	"wenji/model"
	"wenji/ui/common"
)

// While a large file loads, the reader holds its first part (the preview)
// and, when asked for a place beyond it — G, End, N%, a mark, the place
// the file was left at — a window of the file around that place, read and
// parsed on its own through Options.Peek: a few tens of KB, so the place is
// on screen at once rather than when the whole file is parsed. The window's
// text is the file's bytes from base on, so a place in it is base plus an
// offset in it, in the whole document as in the window; when the whole
// document arrives it replaces the window there (loaded).

// window is what the reader shows while loading, when it is not the preview.
type window struct {
	base int             // the file offset of m.doc.Text[0]; 0 for the preview
	head *model.Document // the preview, while a window is shown instead
}

// fileSize is the length of the whole text for places and percentages: the
// file's size while it loads, the text's once it is whole.
func (m *Model) fileSize() int {
	if m.loading && m.opt.Size > len(m.doc.Text) {
		return m.opt.Size
	}
	return len(m.doc.Text)
}

// reach makes the whole document's offset off showable: while loading, a
// place beyond the text held is read through Options.Peek (or the preview
// taken back, for a place in it). It returns off in m.doc.Text, and false
// when the place can only be shown once the whole document is in — there
// is no Peek, or it failed (the file is not UTF-8 there, say).
func (m *Model) reach(off int) (int, bool) {
	local := off - m.win.base
	if !m.loading || local >= 0 && local < len(m.doc.Text) {
		return common.Clamp(local, 0, len(m.doc.Text)), true
	}
	if head := m.win.head; head != nil && off < len(head.Text) {
		m.show(head, 0)
		m.win.head = nil
		return off, true
	}
	if m.opt.Peek == nil {
		return 0, false
	}
	// Read at once, in Update: it is a bounded read of a few tens of KB
	// and its parse, a few ms, and the next key (k after G) must move from
	// the place it shows.
	doc, base, err := m.opt.Peek(off)
	if err != nil || off < base || off > base+len(doc.Text) {
		return 0, false
	}
	if m.win.head == nil {
		m.win.head = m.doc
	}
	m.show(doc, base)
	return off - base, true
}

// show puts doc in the panes, its text the file's from base on, keeping
// the pane sizes, focus, junk setting and 字数 column.
func (m *Model) show(doc *model.Document, base int) {
	showJunk := m.reader.ShowJunk()
	showChars := m.outline.showChars
	m.doc, m.win.base = doc, base
	m.reader = newReader(m.doc, m.w, m.st, m.tx)
	m.reader.showJunk = showJunk
	m.outline = newOutline(m.doc, m.w, m.st, m.tx)
	m.outline.SetShowChars(showChars)
	if !m.outlineKeyed {
		// A preview that is all 目录 has no outline to show; the whole
		// document may.
		m.outlineOn = !m.opt.HideOutline && !m.outline.Empty()
	}
	if m.focus == paneOutline {
		m.outline.Focus()
	}
	m.layout()
}

// gotoEnd shows the end of the document: while loading, the file's tail,
// and the whole document's end when it comes (pendingEnd).
func (m *Model) gotoEnd() {
	if m.loading {
		m.pendingEnd = true // the end of the preview is not the end
		if _, ok := m.reach(m.fileSize()); !ok {
			m.reader.GotoBottom()
			return
		}
	}
	m.reader.GotoBottom()
}

// gotoPercent puts the place pct per cent through the whole text at the top.
func (m *Model) gotoPercent(pct int) {
	off := int(int64(m.fileSize()) * int64(min(pct, 100)) / 100)
	m.pendingEnd = false
	if local, ok := m.reach(off); ok {
		m.reader.GotoOffset(local, false)
	} else {
		m.marks.resume = off // once the whole document is in (loaded)
		m.reader.GotoBottom()
	}
	m.outline.SetSpy(m.reader.Current())
}

// countedLine takes a count before G or g in the reading pane to that
// line, as less's and vim's NG and Ng do (1G is the top, not the end),
// and reports whether it did.
func (m *Model) countedLine(count int) bool {
	if count <= 0 || m.focus != paneReader {
		return false
	}
	m.gotoLine(count)
	return true
}

// gotoLine is NG and Ng: the text's line n (1-based; past the last line,
// the last) at the top of the pane, as less counts the file's lines (a
// document read from .docx or .pdf has a line per paragraph). While a large
// file loads, lines are counted in what is read from its start.
func (m *Model) gotoLine(n int) {
	m.reach(0)
	m.pendingEnd = false
	text, off := m.doc.Text, 0
	if m.loading && m.win.base != 0 {
		m.reader.GotoTop()
		m.outline.SetSpy(m.reader.Current())
		return
	}
	for ; n > 1; n-- {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 || off+i+1 >= len(text) {
			break
		}
		off += i + 1
	}
	m.reader.GotoOffset(off, false)
	m.outline.SetSpy(m.reader.Current())
}

// percent is how far through the whole text the top row is, for the
// status bar: 100 once the real end is on screen.
func (m *Model) percent() int {
	if !m.loading || m.opt.Size <= len(m.doc.Text) {
		return m.reader.Percent()
	}
	if m.reader.AtEnd() && m.win.base+len(m.doc.Text) >= m.opt.Size {
		return 100
	}
	return percentAt(m.win.base+m.reader.topEnd(), m.opt.Size)
}
