package reader

import (
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
)

// BackMsg asks the library to take the screen back from the reader; Then,
// when set, is a key typed right after the Esc (the two read as one
// Alt+key), for the list.
type BackMsg struct{ Then *tea.KeyMsg }

// AlternateKey reports whether k asks now for the alternate document,
// as vim's Ctrl-^ does: the program holding the reader, when it has
// another document to go back to, takes the key there and then, before
// the reader sees it, so the keys typed after it are the new reader's.
// While the help, the / prompt, a pending mark or a selection has the
// keys, and before the reader has a size (keys typed ahead wait for it),
// Ctrl-^ is theirs. A reader without such a program says there is none.
func (m Model) AlternateKey(k tea.KeyMsg) bool {
	return !k.Alt && m.keys.Alternate.Enabled() && k.String() == "ctrl+^" &&
		m.width > 0 && m.height > 0 && len(m.early) == 0 && m.mode() == modeReading
}

// Document returns the document shown: the whole of it unless Loading
// (then the preview, or the window of it read around a place).
func (m Model) Document() *model.Document { return m.doc }

// Flash says msg in the status bar until the next key, as the reader's
// own answers are said: the program's answer to a key it took for the
// reader (Ctrl-^ whose document could not be read again).
func (m *Model) Flash(msg string) tea.Cmd { return m.status.Flash(msg) }

// LastSearch is the last search made in the reader, or the one it took
// from Options (LastQuery): the next reader's, for n and N.
func (m Model) LastSearch() (*search.Query, string) { return m.search.last, m.search.lastText }

// History is the search history of the reader's / prompt: the one
// Options.History gave, or its own. A program that puts another reader in
// its place hands it on (Options.History), so that ↑ brings back the
// searches made in the documents read before.
func (m Model) History() *History { return m.search.history }

// Close stops the reader's search, for a program that puts another
// reader in its place: its scan of a large document waited for ever to
// hand over its next hits, holding the document.
func (m *Model) Close() { m.search.stop() }

// Stdin returns the bytes of standard input the document was read from
// (Options.Stdin), nil for a file's.
func (m Model) Stdin() []byte { return m.opt.Stdin }

// NoFile reports whether the document was read from no file (Options).
func (m Model) NoFile() bool { return m.opt.NoFile }

// Kept reports whether the document is the basket's kept copy of an
// excerpt (Options.Kept).
func (m Model) Kept() bool { return m.opt.Kept }

// ViewOptions returns opt with the view this reader shows as the user set
// it: the outline pane (o) and its 字数 column (#). They are the user's
// preferences, not the document's: the next reader (Ctrl-^, an excerpt's
// document, the library's next) takes them, as it takes LastSearch. An
// outline pane the document had no room or no headings for is no choice.
func (m Model) ViewOptions(opt Options) Options {
	opt.ShowChars = m.outline.showChars
	opt.HideOutline = m.opt.HideOutline
	if m.outlineKeyed {
		opt.HideOutline = !m.outlineOn
	}
	opt.NarrowOutline = m.narrowOpen
	return opt
}
