package basket

import (
	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/ui/common"
)

// delete removes the excerpt under the cursor; u brings it back.
func (m *Model) delete() tea.Cmd {
	if m.cursor >= len(m.list) {
		return nil
	}
	e := m.list[m.cursor]
	m.undo = append(m.undo, deleted{e: e, at: m.cursor})
	m.list = append(m.list[:m.cursor:m.cursor], m.list[m.cursor+1:]...)
	m.retag()
	m.cursor = common.Clamp(m.cursor, 0, max(0, len(m.list)-1))
	m.keepInView()
	return tea.Batch(m.flash(m.tx.Deleted), m.save(func(b *store.Basket) { b.Remove(e.ID) }))
}

// restore puts the last deleted excerpt back where it was (u); again,
// the one deleted before it, as vim's u goes back change by change (only
// the last could be, and a second d lost the first for good).
func (m *Model) restore() tea.Cmd {
	if len(m.undo) == 0 {
		return m.flash(m.tx.NothingUndo)
	}
	if m.s == nil {
		// A basket that could not be read takes no change: the change
		// stays to undo on a page that reads it again (the list outlives
		// the page, Host.Open), not shown put back and never saved.
		if m.loadErr != nil {
			return m.flash(m.unreadable())
		}
		return nil
	}
	d := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	if d.edit {
		return m.unedit(d.e, d.after)
	}
	at := min(d.at, len(m.list))
	m.list = append(m.list[:at:at], append([]store.Excerpt{d.e}, m.list[at:]...)...)
	m.retag()
	m.cursor = at
	m.keepInView()
	return tea.Batch(m.flash(m.tx.Restored), m.save(func(b *store.Basket) {
		// Add gives it a new ID: to the basket it is a new excerpt,
		// which another session's save cannot take for deleted.
		e := b.Add(d.e)
		b.Move(e.ID, at-(b.Len()-1))
	}))
}
