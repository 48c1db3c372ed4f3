package reader

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
)

// A large file is opened in two steps so that its first page is on screen
// as fast as a small file's: main parses the first part and starts the
// reader on it, while Options.Load reads and parses the whole file in a
// Cmd. When the whole document arrives it replaces the preview, and the
// reader keeps its place by byte offset — the preview's text is a prefix of
// the whole text, so offsets mean the same in both.

// docLoadedMsg carries the whole document, or why it could not be had.
type docLoadedMsg struct {
	doc *model.Document
	err error
}

// firstFrameGrace is how long the loader waits before it starts: reading
// and parsing 100 MB takes every core, and the first frame should not have
// to share them.
const firstFrameGrace = 60 * time.Millisecond

// loadCmd runs the loader off the UI goroutine, once the first frame had
// its chance to be drawn.
func loadCmd(load func() (*model.Document, error)) tea.Cmd {
	return func() tea.Msg {
		time.Sleep(firstFrameGrace)
		doc, err := load()
		return docLoadedMsg{doc, err}
	}
}

// Loading reports whether the reader shows a preview while the whole
// document is still being read.
func (m Model) Loading() bool { return m.loading }

// loaded swaps the whole document in for the preview, keeping the top of
// the reading pane, the pane sizes, the junk setting and the search.
func (m *Model) loaded(msg docLoadedMsg) tea.Cmd {
	m.loading = false
	if msg.err != nil {
		return m.status.Flash(fmt.Sprintf(m.tx.LoadFailed, msg.err))
	}
	anchor, sep := m.reader.topAnchor()
	if !strings.HasPrefix(msg.doc.Text, m.doc.Text) {
		// The whole text does not extend the preview (the file changed
		// meanwhile, or its format was read differently): offsets in one
		// mean nothing in the other, so start at the top.
		anchor, sep = 0, false
	}
	// A remembered place beyond the preview is applied by layout.
	resume := m.marks.resume >= 0
	showJunk := m.reader.ShowJunk()
	showChars := m.outline.showChars
	atEnd := m.pendingEnd
	m.pendingEnd = false

	m.doc = msg.doc
	m.reader = newReader(m.doc, m.w, m.st, m.tx)
	m.reader.showJunk = showJunk
	m.endSelect() // the preview's paragraphs are not the whole's
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
	if atEnd {
		m.reader.GotoBottom()
	} else if !resume {
		m.reader.GotoOffset(anchor, sep)
	}
	m.outline.SetSpy(m.reader.Current())
	cmds := []tea.Cmd{m.rerunSearch()}
	if n := m.openingNotice(); n != "" {
		cmds = append(cmds, m.status.Notice(n))
	}
	return tea.Batch(cmds...)
}
