//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package earlyterm

import (
	"os"
	"time"

	"github.com/charmbracelet/lipgloss"
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
// does not ask again (when the terminal did not say its colour, or said
// nothing within askTimeout, what termenv then decides: COLORFGBG, else
// dark), and Ambiguous (0 without a cursor report: the reader asks again,
// as before). A terminal in the background is left to termenv.
func ask(f *os.File) {
	inRaw(f, func(fd int) {
		b, col, asked := exchange(fd, askTimeout)
		if !asked {
			return
		}
		// Asked: termenv must not ask again (a terminal that never
		// answers would cost its wait twice).
		dark, ok := background(b)
		if !ok {
			dark = fallbackDark(os.Getenv("COLORFGBG"))
		}
		lipgloss.SetHasDarkBackground(dark)
		Ambiguous = Width(col)
	})
}

// exchange writes Question to the terminal fd (in raw mode), reads up to
// the cursor report (readReport) and takes the question off the screen.
// asked is false when the question could not be written.
func exchange(fd int, timeout time.Duration) (b []byte, col int, asked bool) {
	if _, err := unix.Write(fd, []byte(Question)); err != nil {
		return nil, 0, false
	}
	defer unix.Write(fd, []byte(Erase))
	b, col = readReport(fd, time.Now().Add(timeout))
	return b, col, true
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
