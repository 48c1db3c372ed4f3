package basket

import (
	"context"
	"sync/atomic"

	tea "github.com/charmbracelet/bubbletea"
)

// Enter on an excerpt whose file is gone looks for a file with the same
// content (its content key): in a library among its files, else beside
// the file and the document read. That can read hundreds of megabytes,
// so it is said at once (the basket page's bar holds "looking for…"
// until it ends), and Esc or Ctrl-C stop it, as Ctrl-C stops a long
// search in less and vim: the look's context is cancelled, its goroutine
// returns, and what it would have found is dropped, so that no late
// answer replaces the screen the user has moved on from.

// Seek is a look under way for the file of an excerpt whose file is
// gone, as the reader's program (Root) and the library's run it. The zero
// Seek is no look.
type Seek struct {
	id     uint64
	cancel context.CancelFunc
	name   string // the file looked for, as the page names it
}

// seekIDs numbers the looks across the program, so that the answer of
// one stopped is never taken for a later one's.
var seekIDs atomic.Uint64

// SeekDoneMsg is what a look found (Seek.Done unwraps it).
type SeekDoneMsg struct {
	id  uint64
	msg tea.Msg
}

// Start begins a look for the file named name (sanitised, for the page's
// messages): find runs in the Cmd returned, with a context that Stop
// cancels, and what it returns comes back in a SeekDoneMsg. A look
// under way is stopped first.
func (s *Seek) Start(name string, find func(ctx context.Context) tea.Msg) tea.Cmd {
	s.Stop()
	ctx, cancel := context.WithCancel(context.Background())
	s.id, s.cancel, s.name = seekIDs.Add(1), cancel, name
	id := s.id
	return func() tea.Msg {
		defer cancel()
		return SeekDoneMsg{id: id, msg: find(ctx)}
	}
}

// Active reports whether a look is under way.
func (s *Seek) Active() bool { return s.cancel != nil }

// Name is the file the look under way (or the last) looks for.
func (s *Seek) Name() string { return s.name }

// Stop cancels the look under way; false when there is none. Its
// SeekDoneMsg, should it still come, is then nobody's (Done).
func (s *Seek) Stop() bool {
	if s.cancel == nil {
		return false
	}
	s.cancel()
	s.cancel = nil
	return true
}

// Done ends the look msg answers and returns what it found; ok is false
// when msg is the late answer of a look stopped since, to be dropped.
func (s *Seek) Done(msg SeekDoneMsg) (found tea.Msg, ok bool) {
	if s.cancel == nil || msg.id != s.id {
		return nil, false
	}
	s.cancel = nil
	return msg.msg, true
}

// StopKeys reports whether k stops a look, and the keys it stands for
// after the Esc (an Alt+key is Esc read with the key after it, which then
// goes to the page shown): Esc or Ctrl-C.
func StopKeys(k tea.KeyMsg) (stop bool, after []tea.KeyMsg) {
	switch {
	case k.Type == tea.KeyEsc, k.Type == tea.KeyCtrlC:
		return true, nil
	case k.Alt && !k.Paste:
		k.Alt = false
		return true, []tea.KeyMsg{k}
	}
	return false, nil
}

// Hold shows msg in the page's status bar until the next message: work
// under way that a program hosting the page says the end of (the look for
// an excerpt's file).
func (m *Model) Hold(msg string) { m.bar.Hold(msg) }
