package common

import (
	"io"
	"os"
	"os/exec"
	"sync/atomic"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"
)

// TerminalBack is a message that comes when wenji has the terminal
// again after another program had it: the basket page's editor, run by
// tea.ExecProcess. The program around the pages turns the mouse back on
// at it, as at tea.ResumeMsg (fg after Ctrl-z): Bubble Tea v1 turns the
// mouse off when it hands the terminal over and leaves it off when it
// takes the terminal back.
type TerminalBack interface{ TerminalBack() }

// lent counts the programs running on the terminal Bubble Tea lent them
// (LentCommand): a process-wide count, as the signals it answers are.
var lent atomic.Int32

// TerminalLent reports whether a program run through LentCommand has the
// terminal now: a SIGINT then is the Ctrl-C typed in it (an editor that
// keeps the terminal cooked), not wenji's, as Bubble Tea's own handler
// (which the program around the pages replaces) dropped it.
func TerminalLent() bool { return lent.Load() > 0 }

// LentCommand is cmd for tea.Exec, counted by TerminalLent while it runs.
func LentCommand(cmd *exec.Cmd) tea.ExecCommand { return lentCommand{cmd} }

// lentCommand is an exec.Cmd as tea.Exec takes it, as Bubble Tea's own
// wrapper of tea.ExecProcess is: what is set stays, the rest is the
// terminal's.
type lentCommand struct{ *exec.Cmd }

// Run runs the command, and then puts the terminal back in the modes it
// was lent in, as less and vim do around the commands they run: an
// editor killed (kill -HUP, SIGKILL) leaves it in its own raw mode, and
// Bubble Tea, which takes the modes it finds as the terminal's, gave the
// shell after wenji a terminal that echoed nothing and stair-stepped its
// lines (no carriage return at a line feed).
func (c lentCommand) Run() error {
	lent.Add(1)
	defer lent.Add(-1)
	if f, ok := c.Stdin.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if st, err := term.GetState(f.Fd()); err == nil {
			defer term.Restore(f.Fd(), st)
		}
	}
	return c.Cmd.Run()
}

func (c lentCommand) SetStdin(r io.Reader) {
	if c.Stdin == nil {
		c.Stdin = r
	}
}

func (c lentCommand) SetStdout(w io.Writer) {
	if c.Stdout == nil {
		c.Stdout = w
	}
}

func (c lentCommand) SetStderr(w io.Writer) {
	if c.Stderr == nil {
		c.Stderr = w
	}
}

// ending answers Ending while a program around the pages watches for its
// end (WatchEnding); nil otherwise.
var ending atomic.Pointer[func() bool]

// WatchEnding makes Ending ask seen, until stop is called: the program
// around the pages (internal/app's quitOnHangup) says there whether wenji
// has seen the terminal hang up or a SIGTERM.
func WatchEnding(seen func() bool) (stop func()) {
	ending.Store(&seen)
	return func() { ending.CompareAndSwap(&seen, nil) }
}

// Ending reports whether wenji has seen the terminal hang up or a SIGTERM:
// an editor that ends then was ended by it, whatever its status (nano
// exits 1 on SIGHUP and SIGTERM, as vim does on :cq), and what it left is
// the writer's (the basket page's edit).
func Ending() bool {
	f := ending.Load()
	return f != nil && (*f)()
}
