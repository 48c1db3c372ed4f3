package reader

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

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
// id is the reader's that asked for it (persister.id): a reader that
// took its place (the basket page or the library opened another document
// before a large file was read whole) drops it, as it showed that file in
// place of its own.
type docLoadedMsg struct {
	id  int64
	doc *model.Document
	err error
}

// The loader waits for the first frame before it starts: reading and
// parsing 100 MB takes every core, and the first frame should not have to
// share them. It starts once the frame was written to the terminal, where
// the program's output says so (Options.FrameShown); else frameFlush after
// View first gave a frame (Bubble Tea writes a frame at its next tick, 60
// a second); or after firstFrameGrace when no frame came by then. A fixed
// 60 ms before (the first frame is ready some 18 ms after the start:
// internal/bench/firstpage) kept the whole document 40 ms later than it
// need be; frameFlush after View, 20 ms where the tick writes the frame
// 0-17 ms after it, some 12 ms on average.
const (
	firstFrameGrace = 60 * time.Millisecond
	frameFlush      = 20 * time.Millisecond
)

// firstFrame is closed by View once it has drawn a frame; the Model's
// copies share it.
type firstFrame struct {
	once sync.Once
	ch   chan struct{}
}

func newFirstFrame() *firstFrame { return &firstFrame{ch: make(chan struct{})} }

// drawn says a frame was drawn; f may be nil (no loader waits).
func (f *firstFrame) drawn() {
	if f != nil {
		f.once.Do(func() { close(f.ch) })
	}
}

// loadCmd runs the loader off the UI goroutine, once the first frame had
// its chance to be written (afterFirstFrame); shown, when not nil, says it
// was.
func loadCmd(id int64, load func() (*model.Document, error), f *firstFrame, shown <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		afterFirstFrame(f.ch, shown, firstFrameGrace, frameFlush)
		doc, err := load()
		return docLoadedMsg{id, doc, err}
	}
}

// afterFirstFrame returns once shown is closed; or flush after drawn is
// closed, when shown is not closed by then; or after grace when neither
// is closed by then. A nil shown is never closed.
func afterFirstFrame(drawn, shown <-chan struct{}, grace, flush time.Duration) {
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-shown:
	case <-drawn:
		f := time.NewTimer(flush)
		defer f.Stop()
		select {
		case <-shown:
		case <-f.C:
		}
	case <-t.C:
	}
}

// Loading reports whether the reader shows a preview while the whole
// document is still being read.
func (m Model) Loading() bool { return m.loading }

// loaded swaps the whole document in for the preview (or the window),
// keeping the place at the top of the reading pane by its byte offset, the
// pane sizes, the junk setting and the search. A document that comes with
// an error is shown with the error said: the file changed while it was
// read, and what is shown is what was read.
func (m *Model) loaded(msg docLoadedMsg) tea.Cmd {
	if msg.id != m.persist1.id || !m.loading {
		return nil
	}
	m.loading = false
	if msg.doc == nil {
		if msg.err == nil {
			msg.err = errNoDocument
		}
		return m.status.Flash(m.loadFailed(msg.err))
	}
	anchor, sep := m.reader.topAnchor()
	anchor += m.win.base
	focus := -1 // the node jumped to, by its start, shown again below
	if f := m.reader.focus; f != nil {
		focus = m.win.base + f.Span.Start
	}
	part, base := m.doc.Text, m.win.base
	same := holds(msg.doc.Text, part, base)
	if !same {
		focus = -1
		// The whole text does not hold what was shown where it was
		// read (the file changed meanwhile, or its format was read
		// differently: a .docx's preview is its paragraphs' bare
		// text): find the words at the top nearby, else start at the
		// top.
		var ok bool
		anchor, ok = relocate(msg.doc.Text, m.doc.Text, anchor-m.win.base, anchor)
		if !ok {
			anchor, sep = 0, false
		}
	}
	// A remembered place beyond what was shown is applied by layout.
	resume := m.marks.resume >= 0
	atEnd := m.pendingEnd
	m.pendingEnd = false
	m.win = window{}
	m.endSelect() // the preview's paragraphs are not the whole's
	m.show(msg.doc, 0)
	if atEnd {
		m.reader.GotoBottom()
	} else if !resume {
		m.reader.GotoOffset(anchor, sep)
		// A heading starting partway through the top row names the
		// place still (see GotoOffset).
		if n := m.reader.nodeStarting(focus); focus >= 0 && n != nil {
			m.reader.focus = n
		}
	}
	if m.search.prompting {
		m.carrySaved(func(off int) int {
			if same {
				return off
			}
			at, ok := relocate(msg.doc.Text, part, off-base, off)
			if !ok {
				return 0
			}
			return at
		})
	}
	m.outline.SetSpy(m.reader.Current())
	cmds := []tea.Cmd{m.rerunSearch()}
	if msg.err != nil {
		cmds = append(cmds, m.status.Notice(ErrTextIn(m.opt.Lang, msg.err)))
	} else {
		cmds = append(cmds, m.showOpeningNotice())
	}
	return tea.Batch(cmds...)
}

// holds reports whether whole has part at offset base.
func holds(whole, part string, base int) bool {
	return base >= 0 && base <= len(whole) && strings.HasPrefix(whole[base:], part)
}

// relocate finds in whole the words of part at its offset off, looking
// first from at (the offset they had, read as one in whole) on, then back
// from it, within a MB: where the top of the reading pane went when the
// whole text is not the preview's text extended. A run of words too short
// to tell places apart is not looked for.
func relocate(whole, part string, off, at int) (int, bool) {
	const near = 1 << 20
	words, skip, ok := wordsAt(part, off)
	if !ok {
		return 0, false
	}
	at = min(max(at+skip, 0), len(whole))
	if i := strings.Index(whole[at:min(len(whole), at+near)], words); i >= 0 {
		return max(0, at+i-skip), true
	}
	lo := max(0, at-near)
	if i := strings.LastIndex(whole[lo:min(len(whole), at+len(words))], words); i >= 0 {
		return max(0, lo+i-skip), true
	}
	return 0, false
}

// wordsAt returns the words of part at off that tell a place: up to 48
// bytes of its line, from the first that is not blank (skip bytes on),
// whole runes. ok is false for a run too short to tell places apart.
func wordsAt(part string, off int) (words string, skip int, ok bool) {
	const probe = 48
	if off < 0 || off >= len(part) {
		return "", 0, false
	}
	// The blank row after a paragraph is named by the paragraph's end:
	// look for the words after the line ends, and go back over them.
	skip = len(part[off:]) - len(strings.TrimLeft(part[off:], "\r\n\t "))
	off += skip
	end := min(len(part), off+probe)
	if i := strings.IndexByte(part[off:end], '\n'); i >= 0 {
		end = off + i
	}
	for end < len(part) && end > off && !utf8.RuneStart(part[end]) {
		end--
	}
	words = part[off:end]
	if utf8.RuneCountInString(words) < 6 {
		return "", 0, false
	}
	return words, skip, true
}

// errNoDocument is what a Load that returned nothing at all is said to be.
var errNoDocument = errors.New("no document")

// loadFailed says why the whole document could not be read.
func (m *Model) loadFailed(err error) string {
	return fmt.Sprintf(m.tx.LoadFailed, ErrTextIn(m.opt.Lang, err))
}
