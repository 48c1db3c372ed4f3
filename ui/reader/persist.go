package reader

import (
	"fmt"
	"maps"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/common"
)

// The reader's memory is saved as it changes, not only on quitting, so a
// wenji killed (kill -9, a crash, the machine off) keeps what was set:
// a mark at once, the place at most every placeEvery while it moves.
// Options.Save does the writing (main's merged, atomic state.Session save,
// the one quitting uses), in a Cmd, one save at a time so they land in
// order.

// placeEvery is how often, at most, a moving place is saved.
const placeEvery = 3 * time.Second

// lastReader numbers the readers of a program: a timer or a save of a
// reader replaced by another (the basket page and the library open
// documents in place of one another) is dropped by the next.
var lastReader atomic.Int64

type (
	// placeTickMsg asks reader id to save its place if it moved.
	placeTickMsg struct{ id int64 }
	// persistedMsg reports a save of reader id done.
	persistedMsg struct {
		id  int64
		err error
	}
)

// persister is what the reader saved last and whether a save or a timer
// is on its way.
type persister struct {
	id     int64
	saved  Place // what was saved last (or loaded)
	saving bool  // a save is running: the next waits for its report
	timer  bool  // a placeTickMsg is on its way
	failed bool  // a save failed and was said: the next ones are not
}

func newPersister(p *Place) persister {
	ps := persister{id: lastReader.Add(1)}
	if p != nil {
		ps.saved = Place{Offset: p.Offset, Marks: maps.Clone(p.Marks)}
	}
	return ps
}

// persist returns the Cmd that saves what msg changed: the marks at once,
// the place once placeEvery has passed.
func (m *Model) persist(msg tea.Msg) tea.Cmd {
	save := m.opt.Save
	if save == nil || m.opt.Key == "" {
		return nil
	}
	ps := &m.persist1
	switch msg := msg.(type) {
	case placeTickMsg:
		if msg.id != ps.id {
			return nil
		}
		ps.timer = false
	case persistedMsg:
		if msg.id != ps.id {
			return nil
		}
		ps.saving = false
		if msg.err != nil && !ps.failed {
			// Said at once, as a mark is said set; once, as the
			// place saved every few seconds would say it again.
			ps.failed = true
			return tea.Batch(m.status.Flash(fmt.Sprintf(m.tx.NotSaved, ErrTextIn(m.opt.Lang, msg.err))), m.persist(nil))
		}
	}
	if ps.saving {
		return nil
	}
	now := m.Place()
	marksMoved := !maps.Equal(now.Marks, ps.saved.Marks)
	if !marksMoved && now.Offset == ps.saved.Offset {
		return nil
	}
	if !marksMoved {
		if _, tick := msg.(placeTickMsg); !tick {
			if ps.timer {
				return nil
			}
			ps.timer = true
			id := ps.id
			return common.Tick(placeEvery, func(time.Time) tea.Msg { return placeTickMsg{id} })
		}
	}
	ps.saving, ps.saved = true, now
	key, path, id := m.opt.Key, m.opt.FileName, ps.id
	return func() tea.Msg { return persistedMsg{id: id, err: save(key, path, now)} }
}
