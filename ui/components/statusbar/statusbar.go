// Package statusbar is the timed message of a page's status bar: a message
// shown until a timer or the next key clears it, or a notice that only
// the timer clears. Pages lay out their own bar around Message; this part,
// which every page needs the same, is written once here.
package statusbar

import (
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/common"
)

// TTL is how long a message stays.
const TTL = common.StatusTTL

// lastID numbers messages across every bar in the program, so that a
// ClearMsg clears only the message of the bar that set it (the library
// and the reader it opened each have one).
var lastID atomic.Uint64

// ClearMsg asks a bar to drop the message numbered id, if it still shows
// it. Pages pass it to Model.Update.
type ClearMsg struct{ id uint64 }

// Model is a bar's message. The zero value shows nothing.
type Model struct {
	msg     string
	id      uint64
	lasting bool // keys do not clear it (Notice)
}

// Flash shows msg for TTL; the returned Cmd clears it then.
func (m *Model) Flash(msg string) tea.Cmd {
	m.id = lastID.Add(1)
	m.msg, m.lasting = msg, false
	id := m.id
	return common.Tick(TTL, func(time.Time) tea.Msg { return ClearMsg{id} })
}

// Notice is a Flash that keys do not clear: what opening a document or a
// folder found, read while the user moves on.
func (m *Model) Notice(msg string) tea.Cmd {
	cmd := m.Flash(msg)
	m.lasting = true
	return cmd
}

// Hold shows msg until another message replaces it or Drop takes it:
// neither a timer nor a key clears it. For work under way that says when
// it ends (looking for a file), as less's "Calculating line numbers".
func (m *Model) Hold(msg string) {
	m.id = lastID.Add(1)
	m.msg, m.lasting = msg, true
}

// Clear drops a Flash now: the next key answers it, as in less and vim,
// so a message never stands beside the result of a later action.
func (m *Model) Clear() {
	if m.msg != "" && !m.lasting {
		m.id = lastID.Add(1)
		m.msg = ""
	}
}

// Drop takes any message away now, a Notice too: for a mode whose own
// lasting note the bar shows instead (a selection's count).
func (m *Model) Drop() {
	m.id = lastID.Add(1)
	m.msg, m.lasting = "", false
}

// Reword changes the words of the message shown now, keeping its timer
// and its kind: a Notice a part of which has stopped being true. With no
// message shown it does nothing.
func (m *Model) Reword(msg string) {
	if m.msg != "" {
		m.msg = msg
	}
}

// Update drops the message a ClearMsg names, if it is still shown.
func (m *Model) Update(msg ClearMsg) {
	if msg.id == m.id {
		m.msg = ""
	}
}

// Message returns the message shown now, "" for none.
func (m Model) Message() string { return m.msg }

// Lasting reports whether the message is a Notice.
func (m Model) Lasting() bool { return m.lasting }
