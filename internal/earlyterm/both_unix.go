//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package earlyterm

import (
	"os"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"
	"golang.org/x/sys/unix"
)

// askTimeout is how long the combined exchange waits for the cursor
// report: termenv's, as the colour's question is its. An answer that came
// later, after wenji had failed (a file that does not exist), would be
// echoed into the shell: termenv's own question waits that long too.
var askTimeout = termenv.OSCTimeout

// ask asks f, the terminal on standard output, both questions (Question)
// and sets what the answers say: lipgloss's background, so that termenv
// does not ask again (when the terminal did not say its colour, what
// termenv then decides: COLORFGBG, else dark), and Ambiguous. A terminal
// in the background, or one that does not answer within askTimeout, is
// left to termenv and the reader as before.
func ask(f *os.File) {
	rc, err := f.SyscallConn()
	if err != nil {
		return
	}
	rc.Control(func(u uintptr) { // not f.Fd(): that would make f blocking
		fd := int(u)
		if !term.IsTerminal(u) || !foreground(fd) {
			return
		}
		old, err := term.MakeRaw(u)
		if err != nil {
			return
		}
		defer term.Restore(u, old)
		b, col := exchange(fd, askTimeout)
		if col == 0 {
			return
		}
		Ambiguous = Width(col)
		dark, ok := background(b)
		if !ok {
			dark = fallbackDark(os.Getenv("COLORFGBG"))
		}
		lipgloss.SetHasDarkBackground(dark)
	})
}

// exchange writes Question to the terminal fd (in raw mode), reads up to
// the cursor report (readReport) and takes the question off the screen.
func exchange(fd int, timeout time.Duration) ([]byte, int) {
	if _, err := unix.Write(fd, []byte(Question)); err != nil {
		return nil, 0
	}
	defer unix.Write(fd, []byte(Erase))
	return readReport(fd, time.Now().Add(timeout))
}

// readReport reads fd a byte at a time (what follows the report, keys
// typed meanwhile, stays for the reader) until a cursor report has come or
// the deadline passes, and returns what it read and the report's column
// (0: none came).
func readReport(fd int, deadline time.Time) ([]byte, int) {
	var b []byte
	for len(b) < 256 {
		wait := time.Until(deadline)
		if wait <= 0 {
			return b, 0
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(wait/time.Millisecond)+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			return b, 0
		}
		var c [1]byte
		if k, err := unix.Read(fd, c[:]); k != 1 || err != nil {
			return b, 0
		}
		b = append(b, c[0])
		if col, ok := Column(b); ok {
			return b, col
		}
	}
	return b, 0
}
