package reader

// mode is what a key press means now: the reader's modes, most modal
// first. Key, escLeaves and View ask it rather than the flags in turn.
type mode int

const (
	modeReading     mode = iota // keys move the text or the outline
	modeHelp                    // the help overlay: keys scroll or close it
	modePrompt                  // the / prompt: keys edit the query
	modeMarkPending             // m or ' typed: the next key names a mark (Z: the next may be ZZ's second Z)
	modeSelecting               // v typed: keys extend the paragraph selection (select.go)
)

// mode returns the current mode.
func (m *Model) mode() mode {
	switch {
	case m.help:
		return modeHelp
	case m.search.Prompting():
		return modePrompt
	case m.marks.pending != 0:
		return modeMarkPending
	case m.sel.on:
		return modeSelecting
	}
	return modeReading
}
