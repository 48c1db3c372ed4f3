package app

import (
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// quitOnHangup ends p when the terminal goes away (SIGHUP: the window
// closed, tmux kill-session), as Bubble Tea ends it on SIGTERM: Run returns
// the final model and the caller saves the place, the marks and the
// library's last document. Left to Go's default, SIGHUP killed wenji on
// the spot and all of it was lost. The terminal is gone, so nothing is
// restored on it (Bubble Tea's writes to it fail and are ignored).
//
// The handler stays until stop is called, after the caller has saved: a
// second SIGHUP (the kernel's and tmux's) must not kill the save.
func quitOnHangup(p *tea.Program) (stop func()) {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			p.Send(tea.QuitMsg{}) // returns at once once p has ended
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
