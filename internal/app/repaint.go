package app

import (
	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/common"
)

// repaint is the pages' model (the reader, its basket page, the library)
// with Ctrl-L, as in less and vim: the screen drawn again whole, for when
// something else wrote over it (a background job's output, a wall
// message). Bubble Tea redraws only the lines it changed and left such
// text standing. It is one key for every page, so it is handled here,
// around them all.
// It also turns the mouse back on when the terminal comes back (fg after
// Ctrl-z, the basket's editor ended): Bubble Tea v1 turns it off when it
// hands the terminal over and leaves it off after, so the wheel and the
// outline's clicks did nothing for the rest of the run.
// It also hands the terminal's output (out, nil in tests) where the
// page's prompt wants the cursor after each View.
type repaint struct {
	tea.Model
	out *cursorOut
}

// Update clears the screen for Ctrl-L, which the renderer then draws
// whole; any other message is the page's.
func (r repaint) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyCtrlL && !k.Alt {
		return r, tea.ClearScreen
	}
	m, cmd := r.Model.Update(msg)
	switch msg.(type) {
	case tea.ResumeMsg, common.TerminalBack:
		cmd = tea.Batch(cmd, tea.EnableMouseCellMotion)
	}
	return repaint{m, r.out}, cmd
}

// View is the page's; the cursor goes where its prompt takes keys.
func (r repaint) View() string {
	v := r.Model.View()
	r.out.place(r.Model)
	return v
}

// unwrapRepaint returns the page model a program ended with.
func unwrapRepaint(m tea.Model) tea.Model {
	if r, ok := m.(repaint); ok {
		return r.Model
	}
	return m
}
