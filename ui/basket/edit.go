package basket

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/ui/common"
	"wenji/ui/reader"
)

// e opens the excerpt under the cursor in the writer's editor, as less's v
// opens the file and git opens a commit message: its text, one paragraph
// a line, in a temporary file; what the editor leaves there is the
// excerpt's text, saved as any change on the page is (an edit another
// reader makes meanwhile is merged, internal/basket's Edit). A file left
// empty changes nothing, as git aborts an empty message.

// editedMsg reports the editor's end: the temporary file file holds the
// excerpt id's text as edited, unless err.
type editedMsg struct {
	id, file string
	editor   string // the command run (editorName)
	err      error
}

// TerminalBack marks the editor's end as the terminal coming back to
// wenji (common.TerminalBack).
func (editedMsg) TerminalBack() {}

// editorCommand returns the command that edits file: $VISUAL, else
// $EDITOR, else vi, run by the shell so that an editor given with its
// arguments (code -w) runs as less and git run it.
func editorCommand(file string) *exec.Cmd {
	cmd := exec.Command("/bin/sh", "-c", editorName()+` "$1"`, "sh", file)
	// The terminal itself: Bubble Tea gives a command without one its
	// own output, which wraps the terminal (internal/app's cursorOut),
	// and Go would then hand the editor a pipe, not a terminal.
	cmd.Stdout = os.Stdout
	return cmd
}

// editorName is the editor e runs: $VISUAL, else $EDITOR, else vi.
func editorName() string {
	ed := os.Getenv("VISUAL")
	if strings.TrimSpace(ed) == "" {
		ed = os.Getenv("EDITOR")
	}
	if strings.TrimSpace(ed) == "" {
		ed = "vi"
	}
	return ed
}

// execEditor runs cmd on the terminal, Bubble Tea's screen handed back
// after; the tests replace it.
var execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
	return tea.Exec(common.LentCommand(cmd), done)
}

// edit opens the excerpt under the cursor in the editor.
func (m *Model) edit() tea.Cmd {
	if m.cursor >= len(m.list) || m.s == nil {
		return nil
	}
	// One editor at a time: a second e read before Bubble Tea runs the
	// first's (ee read together, a key held) opened a second in turn, and
	// its file took the first's place as the edit the program's end keeps
	// (flush), the first's file left behind, what was saved in it lost.
	m.s.qmu.Lock()
	open := m.s.editing != nil
	m.s.qmu.Unlock()
	if open {
		return nil
	}
	e := m.list[m.cursor]
	f, err := os.CreateTemp("", "wenji-excerpt-*.txt")
	if err == nil {
		_, err = f.WriteString(e.Text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
		}
	}
	if err != nil {
		return m.flash(fmt.Sprintf(m.tx.EditFailedFmt, reader.ErrTextIn(m.opt.Lang, err)))
	}
	file := f.Name()
	m.s.qmu.Lock()
	m.s.editing = &openEdit{id: e.ID, file: file, before: e.Text}
	m.s.qmu.Unlock()
	ed, s := editorName(), m.s
	return execEditor(editorCommand(file), func(err error) tea.Msg {
		// Bubble Tea calls this as the editor ends, before its message
		// is sent: a quit read before the message finds the editor's end
		// here (flush).
		s.qmu.Lock()
		if s.editing != nil && s.editing.file == file {
			s.editing.ended, s.editing.err = true, err
		}
		s.qmu.Unlock()
		return editedMsg{id: e.ID, file: file, editor: ed, err: err}
	})
}

// edited takes the text the editor left: the excerpt's new text, saved.
func (m *Model) edited(msg editedMsg) tea.Cmd {
	if m.s != nil {
		m.s.qmu.Lock()
		if m.s.editing != nil && m.s.editing.file == msg.file {
			m.s.editing = nil
		}
		m.s.qmu.Unlock()
	}
	text, err, cut := takeEdit(msg.file, msg.err)
	if msg.err != nil && !cut {
		return m.flash(m.editorFailed(msg.editor, msg.err))
	}
	if err != nil {
		return m.flash(fmt.Sprintf(m.tx.EditFailedFmt, reader.ErrTextIn(m.opt.Lang, err)))
	}
	i := m.indexOf(msg.id)
	switch {
	case i < 0:
		return nil // deleted meanwhile (by a key typed with e)
	case msg.err != nil && (strings.TrimSpace(text) == "" || text == normalizeEdit(m.list[i].Text)):
		return m.flash(m.editorFailed(msg.editor, msg.err)) // cut short before any :w
	case strings.TrimSpace(text) == "":
		return m.flash(m.tx.EditEmpty)
	case text == normalizeEdit(m.list[i].Text):
		return m.flash(m.tx.EditUnchanged)
	}
	m.undo = append(m.undo, deleted{e: m.list[i], at: i, edit: true, after: text})
	m.list[i] = store.Edited(m.list[i], text)
	m.retag()
	return tea.Batch(m.flash(m.tx.Edited), m.save(func(b *store.Basket) { b.Edit(msg.id, text) }))
}

// editorKilled says whether err is the editor's end by a signal from
// outside — the terminal closed (SIGHUP), kill (SIGTERM) or SIGKILL —
// rather than its own: what the writer saved in it (:w) is then the
// edit, as it is when wenji's own end is read first (flush). Read
// before the quit, it was taken for the editor's failure and the file
// removed, the edit lost. The shell that runs the editor reports one
// killed under it, the shell itself left alive, as status 128+signal.
// An editor that ends with a status of its own (vim's :cq) gives the
// edit up; so do the keyboard's signals (Ctrl-C, Ctrl-\), the writer's.
func editorKilled(err error) bool {
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return false
	}
	sig := syscall.Signal(exit.ExitCode() - 128)
	if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		sig = ws.Signal()
	}
	return sig == syscall.SIGHUP || sig == syscall.SIGTERM || sig == syscall.SIGKILL
}

// takeEdit reads the text the editor left in file, normalized, and
// removes the file; cut says the editor was ended from outside, err its
// end: what it left is then the edit whatever its status. An editor
// killed (editorKilled) was; so was one that ended once wenji had seen
// the terminal hang up or a SIGTERM (common.Ending), whatever its status:
// nano exits 1 on SIGHUP and SIGTERM, as vim does on :cq, and what the
// writer saved in it (^O) was dropped. nano also writes its buffer, if
// changed since, to file.save then: the writer's latest text, taken as
// the edit and removed too. Without the hang-up, a status is the
// editor's own (:cq) and file.save is left for the writer (nano names it
// on the screen).
func takeEdit(file string, err error) (text string, readErr error, cut bool) {
	ending := common.Ending()
	cut = err != nil && (ending || editorKilled(err))
	b, readErr := os.ReadFile(file)
	os.Remove(file)
	if ending {
		if s, serr := os.ReadFile(file + ".save"); serr == nil {
			b, readErr = s, nil
		}
		os.Remove(file + ".save")
	}
	return normalizeEdit(string(b)), readErr, cut
}

// editorFailed says why the editor left no edit: the shell found no
// command editor (status 127) or could not run it (126), which it said on
// the screen the page came back over; another status is the editor's own
// end (vim's :cq); a signal (the terminal closed before :w, Ctrl-C) ended
// it before it saved. Each said "the editor did not run: exit status
// 127" or "…: signal: hangup", in Go's English, naming neither the
// editor nor the fix, nor that the excerpt was left as it was.
func (m *Model) editorFailed(editor string, err error) string {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		switch code := exit.ExitCode(); {
		case code == 126 || code == 127:
			return fmt.Sprintf(m.tx.EditorMissingFmt, editor)
		case code == -1 || editorKilled(err):
			return m.tx.EditorStopped
		default:
			return fmt.Sprintf(m.tx.EditorExitFmt, code)
		}
	}
	return fmt.Sprintf(m.tx.EditFailedFmt, reader.ErrTextIn(m.opt.Lang, err))
}

// unedit puts back prev, an excerpt as it was before e edited it to
// after (u): its text whole, as vim's u takes back a change. An excerpt
// deleted since comes back with it, at the end, as an edit kept is
// (internal/basket). One edited elsewhere since (its text not after, as
// the page read it again) keeps that text: the undo list outlives the
// page (Host.Open), and u overwrote another session's edit for good.
func (m *Model) unedit(prev store.Excerpt, after string) tea.Cmd {
	i := m.indexOf(prev.ID)
	if i >= 0 && m.list[i].Text != after {
		m.cursor = i
		m.keepInView()
		return m.flash(m.tx.EditChangedSince)
	}
	if i < 0 {
		i = len(m.list)
		m.list = append(m.list, prev)
	} else {
		m.list[i] = prev
	}
	m.retag()
	m.cursor = i
	m.keepInView()
	return tea.Batch(m.flash(m.tx.EditUndone), m.save(func(b *store.Basket) {
		if !b.Revert(prev.ID, prev) {
			e := b.Add(prev)
			b.Move(e.ID, i-(b.Len()-1))
		}
	}))
}

// normalizeEdit is an edited text as an excerpt's is kept: lines ended by
// \n (an editor on Windows writes \r\n), one \n at the end.
func normalizeEdit(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	return s + "\n"
}

// indexOf returns the index of the excerpt with id in the list shown, or -1.
func (m *Model) indexOf(id string) int {
	for i, e := range m.list {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// openEdit is an excerpt in the editor: its id, the temporary file and
// the text it was given; ended once the editor has ended, with err.
type openEdit struct {
	id, file, before string
	ended            bool
	err              error
}

// flush saves the changes queued and an edit the program's end cut
// short: the editor still running when wenji was told to end (SIGTERM,
// the terminal hung up, which ends the editor too), or its end never
// read. What the writer saved in the editor (:w) is the excerpt's text,
// as edited would have made it, unless the editor gave the edit up with
// a status of its own (vim's :cq) with the terminal still there, as
// edited gives it up (takeEdit); the editor's unsaved buffer is its own
// (vim keeps it in its swap file), but nano's file.save is taken. The
// temporary file was left behind and the edit lost.
func (s *shared) flush() {
	s.qmu.Lock()
	ed := s.editing
	s.editing = nil
	if ed != nil {
		text, err, cut := takeEdit(ed.file, ed.err)
		givenUp := ed.ended && ed.err != nil && !cut
		if err == nil && !givenUp && strings.TrimSpace(text) != "" && text != normalizeEdit(ed.before) {
			s.queue = append(s.queue, func(b *store.Basket) { b.Edit(ed.id, text) })
		}
	}
	s.qmu.Unlock()
	s.apply()
	// A save that failed holds its changes for the next: the program's
	// end is the last, once more (the disk may have room now).
	s.mu.Lock()
	if s.failed != nil {
		s.failed = s.b.Save()
	}
	s.mu.Unlock()
}
