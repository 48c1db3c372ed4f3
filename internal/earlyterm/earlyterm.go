// Package earlyterm keeps the keys typed before wenji's first frame from
// being read by the question Bubble Tea v1 asks the terminal as it loads.
//
// Bubble Tea's init (tea_init.go) calls lipgloss.HasDarkBackground, and
// termenv then asks the terminal for its background colour (OSC 11, then a
// cursor report) and reads its answer, dropping every byte that comes
// before it: keys typed as wenji starts, or before, while the shell was
// starting it (tmux send-keys right after new-session; a user typing G
// ahead, as less allows), are read and thrown away, 8 runs out of 8.
//
// Nothing in package main or under wenji/ can run before that init: Go
// initialises the packages whose imports are ready in the order of their
// import paths (the spec's rule since Go 1.21), and github.com/… sorts
// before wenji/…. This package's path, earlyterm, sorts before it, and it
// imports lipgloss: its init runs after lipgloss's and before Bubble
// Tea's. When keys are waiting it answers the background question itself
// (dark, termenv's own answer when a terminal says nothing), so that no
// one reads the terminal before the reader does: the keys act, in order,
// on its first frame. With no key waiting, it asks the background colour
// and the width of “ in one exchange (see Ambiguous), or termenv asks as
// before.
package earlyterm

import (
	"os"

	"github.com/charmbracelet/lipgloss"
)

// Pending reports that keys were waiting on the terminal when wenji
// started, so the background colour was not asked.
var Pending bool

func init() {
	switch {
	case Waiting(os.Stdout): // termenv asks the terminal on standard output
		Pending = true
		lipgloss.SetHasDarkBackground(true)
	case askBoth(os.Args[1:], os.Getenv):
		ask(os.Stdout) // see Ambiguous
	}
}
