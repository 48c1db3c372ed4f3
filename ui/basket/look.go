package basket

import (
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/ui/common"
)

// What other sessions save to the basket (a reader in another terminal
// adding, another basket page reordering) shows on the page while it is
// open: it looks at the file's size and time every lookEvery, and reads
// it again when they changed and the page has nothing waiting to be
// saved. It showed the basket as it read it on opening until a change of
// its own was saved, and w and y wrote that list, without the excerpts
// added meanwhile in another terminal.

// lookEvery is how often the page looks at the basket file.
const lookEvery = 2 * time.Second

type (
	// lookTickMsg asks the page of s to look at the basket file.
	lookTickMsg struct{ s *shared }
	// lookedMsg is what the look found: list, the basket as saved
	// once seq of the page's changes were, when it changed; else nil.
	lookedMsg struct {
		s    *shared
		seq  int
		list []store.Excerpt
	}
)

// fileStamp is what tells that the basket file changed without reading it.
type fileStamp struct {
	size int64
	mod  time.Time
}

// stampOf returns the stamp of the file at path; the zero stamp when it
// cannot be looked at (none yet).
func stampOf(path string) fileStamp {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{fi.Size(), fi.ModTime()}
}

// same reports whether a and b are one state of the file: the times
// compared as instants (Time.Equal), not as the values == compares,
// which differ for one instant read in two locations or with a
// monotonic reading.
func (a fileStamp) same(b fileStamp) bool { return a.size == b.size && a.mod.Equal(b.mod) }

// lookTick schedules the page's next look.
func (m *Model) lookTick() tea.Cmd {
	s := m.s
	if s == nil {
		return nil
	}
	return common.Tick(lookEvery, func(time.Time) tea.Msg { return lookTickMsg{s} })
}

// look reads the basket file again in a Cmd when its stamp changed since
// the last look (the page's own saves change it too: the read then finds
// the list it holds) and no change of the page waits to be saved, which
// the save would merge.
func (s *shared) look() tea.Msg {
	s.mu.Lock()
	defer s.mu.Unlock()
	msg := lookedMsg{s: s}
	s.qmu.Lock()
	busy := len(s.queue) > 0
	s.qmu.Unlock()
	if busy {
		return msg
	}
	st := stampOf(s.b.Path)
	if st.same(s.stamp) {
		return msg
	}
	// Once a stamp, even when the read fails: a damaged file is not
	// read again every lookEvery, and the next save says what it is.
	s.stamp = st
	s.reloads++
	if changed, err := s.b.Reload(); err == nil && changed {
		msg.seq, msg.list = s.applied, s.b.List()
	}
	return msg
}

// looked takes what a look found, and schedules the next.
func (m *Model) looked(msg lookedMsg) tea.Cmd {
	if msg.s != m.s {
		return nil // a page shown before this one
	}
	if msg.list != nil && msg.seq == m.seq {
		m.takeList(msg.list)
	}
	return m.lookTick()
}

// takeList shows list, the basket as saved, the cursor kept on its
// excerpt.
func (m *Model) takeList(list []store.Excerpt) {
	id := m.currentID()
	m.list = list
	m.retag()
	m.cursor = common.Clamp(m.cursor, 0, max(0, len(m.list)-1))
	for i, e := range m.list {
		if e.ID == id {
			m.cursor = i
		}
	}
	m.keepInView()
}
