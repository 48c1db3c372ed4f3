package app

import (
	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/common"
)

// Bubble Tea writes a frame at its renderer's ticks, 60 a second from
// when Program.Run starts the renderer: a frame ready 1 ms after that
// start and one ready 16 ms after it reach the screen together. So the
// program starts before its model is built (the preview's parse, the
// remembered place, the reader), and they are built on the side while
// Run takes the terminal and the first tick comes: a large file's first
// page then waits for the parse of its preview only when that parse is
// longer than the tick (getrusage timelines of wenji in tmux: the program
// started 12–25 ms after main when it waited for them).

// lateModel is the program's model until the real one is built: Init
// waits for it, and the first Update hands the program the real model,
// which it keeps from then on. When the model could not be built (err),
// the program quits showing nothing.
type lateModel struct {
	ready <-chan built
	m     tea.Model
	err   error
}

type built struct {
	m   tea.Model
	err error
}

// startLate returns a lateModel for the model build returns, built on a
// goroutine of its own from now on.
func startLate(build func() (tea.Model, error)) *lateModel {
	c := make(chan built, 1)
	go func() {
		m, err := build()
		c <- built{m, err}
	}()
	return &lateModel{ready: c}
}

// Init waits for the model and starts it. Run calls it after it has
// started the renderer and before it reads any key or message.
func (l *lateModel) Init() tea.Cmd {
	b := <-l.ready
	if b.err != nil {
		l.err = b.err
		return tea.Quit
	}
	l.m = b.m
	return l.m.Init()
}

// Update is the model's: the program keeps what it returns, the model
// itself.
func (l *lateModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if l.m == nil {
		return l, nil // quitting
	}
	return l.m.Update(msg)
}

// View is the model's.
func (l *lateModel) View() string {
	if l.m == nil {
		return ""
	}
	return l.m.View()
}

// Cursor is the model's (common.Cursorer): none before it is built.
func (l *lateModel) Cursor() (x, y int, ok bool) {
	if c, is := l.m.(common.Cursorer); is {
		return c.Cursor()
	}
	return 0, 0, false
}

// unwrapLate returns the model a program ended with: the real one, also
// when the program ended before any message reached it (or before Init:
// nil then).
func unwrapLate(m tea.Model) tea.Model {
	if l, ok := m.(*lateModel); ok {
		return l.m
	}
	return m
}
