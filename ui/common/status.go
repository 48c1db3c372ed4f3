package common

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// StatusTTL is how long a transient message stays.
const StatusTTL = 6 * time.Second

// Tick is tea.Tick for the pages' timers. A timer of a second or more (a
// message's life, the place's save) is made by a function of its own, so
// that the pages' tests, which run Cmds as the program does, can tell a
// timer they must not wait for from work a loaded machine makes slow, which
// they must (uitest.RunCmd): by the time alone they could not, and dropped
// saves and scans as timers.
func Tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	if d < time.Second {
		return tea.Tick(d, fn)
	}
	return slowTick(d, fn)
}

// slowTick is tea.Tick, written again only to be a function of its own
// (not inlined: an inlined copy would be another function).
//
//go:noinline
func slowTick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	t := time.NewTimer(d)
	return func() tea.Msg { return fn(<-t.C) }
}
