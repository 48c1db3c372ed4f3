package app

import (
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/common"
)

// hangupEvery is how often quitOnHangup looks at the terminal.
const hangupEvery = 500 * time.Millisecond

// quitOnHangup ends p when the terminal goes away (SIGHUP: the window
// closed, tmux kill-session), as Bubble Tea ends it on SIGTERM: Run returns
// the final model and the caller saves the place, the marks and the
// library's last document. Left to Go's default, SIGHUP killed wenji on
// the spot and all of it was lost. The terminal is gone, so nothing is
// restored on it (Bubble Tea's writes to it fail and are ignored).
//
// The handler stays until stop is called, after the caller has saved: a
// second SIGHUP (the kernel's and tmux's) must not kill the save.
//
// The terminal can go without a SIGHUP reaching wenji: the kernel signals
// only the session's leader, and a leader that ignores or traps it
// (nohup, a wrapper's trap) passes nothing on. Bubble Tea then reads end
// of file and stops reading, and wenji ran on with no terminal, for ever.
// So the terminal tty is also looked at every hangupEvery for a hang-up.
//
// SIGTERM and SIGINT are answered here alone, p made by newProgram
// without Bubble Tea's handler: SIGTERM ends p as SIGHUP does, even while
// the terminal is lent to the basket page's editor (e,
// common.TerminalLent), when Bubble Tea dropped it and wenji ran on after
// the editor as if never told to end; the quit waits for the editor's
// end, and the basket page's Flush keeps what the writer saved in it.
// The two handlers, each looking at whether the terminal was lent, could
// also both answer one SIGTERM sent as the editor ended (a quit sent from
// here, then Bubble Tea's, whose send blocks for ever once p has ended,
// and Run's end waits for it: wenji hung) or neither (it ran on): 16
// runs in 1,000 did one or the other (TestTermAsEditorEnds). SIGINT ends
// p as Bubble Tea's tea.InterruptMsg, except while the terminal is lent:
// a Ctrl-C typed in an editor that keeps the terminal cooked signals
// wenji's process group too, and Bubble Tea dropped it then.
//
// What it has seen is common.Ending's answer until stop: the terminal
// looked at again when asked, so an editor ended by the hang-up and read
// before the next look, or before wenji's own SIGHUP, counts as ended by
// it (the kernel hangs the terminal up before it signals anyone).
func quitOnHangup(p *tea.Program, tty *os.File) (stop func()) {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	done := make(chan struct{})
	var seen atomic.Bool
	unwatch := common.WatchEnding(func() bool {
		if !seen.Load() && tty != nil && hungUp(tty) {
			seen.Store(true)
		}
		return seen.Load()
	})
	go func() {
		look := time.NewTicker(hangupEvery)
		defer look.Stop()
		for {
			select {
			case s := <-ch:
				if s == syscall.SIGINT {
					if common.TerminalLent() {
						continue
					}
					p.Send(tea.InterruptMsg{})
					return
				}
				seen.Store(true)
			case <-look.C:
				if tty == nil || !hungUp(tty) {
					continue
				}
				seen.Store(true)
			case <-done:
				return
			}
			p.Send(tea.QuitMsg{}) // returns at once once p has ended
			return
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
		unwatch()
	}
}

// endedByHangup says whether err, what a program's Run returned, is only
// the terminal tty going away: Bubble Tea's read of a hung-up terminal
// fails (EIO) and can end Run with that error before quitOnHangup's quit
// arrives. The place, the marks and the basket are saved either way, and
// no one is left to read a line about it, so such a run ends as q ends
// it, with status 0 (TestThemeE2E saw status 1 once, under load).
func endedByHangup(err error, tty *os.File) bool {
	return err != nil && tty != nil && hungUp(tty)
}

// newProgram is the program that shows m, reading keys from in and
// drawing on out, its signals answered by quitOnHangup alone.
func newProgram(m tea.Model, in io.Reader, out io.Writer) *tea.Program {
	return tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(in), tea.WithOutput(out),
		tea.WithoutSignalHandler())
}
