// Package termprobe asks the terminal what the environment cannot tell: how
// many columns it draws an East Asian Ambiguous character in (“”…—·① and
// box drawing). The locale is no guide: under zh_CN most terminals (tmux,
// GNOME Terminal, iTerm2, Windows Terminal) still draw them 1 column wide,
// and a reader that counts 2 then misplaces everything after one.
//
// The question is vim's for 'ambiwidth' (t_u7): at the start of the line,
// draw U+201C and ask where the cursor is (DSR 6, ESC [ 6 n). The terminal
// answers ESC [ row ; col R: column 2 means 1 column, column 3 means 2. The
// line is then erased, so nothing of the question stays on the screen.
// When keys are already waiting, nothing is asked: they would come before
// the answer, and are the reader's.
package termprobe

import (
	"os"
	"time"

	"earlyterm"
	"github.com/charmbracelet/x/term"
)

// Request draws U+201C (“) at the start of a line and asks for the
// cursor position. It does so on the alternate screen (ESC [ ? 1049 h),
// which Erase leaves again: the line the shell's cursor is on is not
// touched, whatever was written on it.
const Request = "\x1b[?1049h\r\u201c\x1b[6n"

// Erase takes the probe off the line and leaves the alternate screen.
const Erase = "\r\x1b[K\x1b[?1049l"

// Timeout is how long Ambiguous waits for the answer: local terminals and
// tmux answer in about a millisecond, a terminal over a slow link in tens.
const Timeout = 200 * time.Millisecond

// maxReply bounds what is read while waiting: a terminal that answers with
// something else (or a user typing fast) does not keep the probe reading.
const maxReply = 64

// Ambiguous asks the terminal on /dev/tty how wide it draws East Asian
// Ambiguous characters: 1 or 2, or 0 when it cannot tell (no terminal, no
// answer within timeout, an answer that is neither).
func Ambiguous(timeout time.Duration) int {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return 0
	}
	defer tty.Close()
	return Query(tty, timeout)
}

// Query is Ambiguous on an open terminal. tty must be pollable (a
// character device opened with os.OpenFile is, on Linux and the BSDs):
// the answer is awaited with a read deadline, so nothing is left reading
// the terminal after Query returns, and the keys typed after the answer
// stay for whoever reads the terminal next. The terminal is put in raw
// mode for the exchange (no echo of the answer, no waiting for a line)
// and restored after.
func Query(tty *os.File, timeout time.Duration) int {
	// tty.Fd() would put the file in blocking mode, where deadlines no
	// longer work: take the descriptor through SyscallConn instead.
	rc, err := tty.SyscallConn()
	if err != nil {
		return 0
	}
	var fd uintptr
	if err := rc.Control(func(f uintptr) { fd = f }); err != nil || !term.IsTerminal(fd) {
		return 0
	}
	if err := tty.SetReadDeadline(time.Now().Add(timeout)); err != nil {
		return 0 // not pollable: a read could block for ever
	}
	old, err := term.MakeRaw(fd)
	if err != nil {
		return 0
	}
	defer term.Restore(fd, old)
	if earlyterm.Readable(int(fd)) {
		// Keys typed ahead (while the document loaded, say) come before
		// any answer and would be read with it: they are the reader's.
		return 0
	}
	if _, err := tty.WriteString(Request); err != nil {
		return 0
	}
	defer tty.WriteString(Erase)
	// One byte at a time: what follows the answer (keys typed meanwhile)
	// is left in the terminal.
	var buf [maxReply]byte
	n := 0
	for n < len(buf) {
		k, err := tty.Read(buf[n : n+1])
		n += k
		if col, ok := Column(buf[:n]); ok {
			return Width(col)
		}
		if err != nil {
			return 0
		}
	}
	return 0
}

// Width turns the column the cursor reached after “ (1-based) into the
// ambiguous width: 2 → 1, 3 → 2, anything else 0 (not a terminal that
// draws it in one cell or two).
func Width(col int) int { return earlyterm.Width(col) }

// Column finds a cursor position report, ESC [ row ; col R (or the 8-bit
// CSI 0x9B in place of ESC [), in what the terminal has sent so far, and
// returns its column; ok is false until a whole report has come. Whatever
// precedes the report is skipped: keys typed before it, other escape
// sequences. A report cut short by the end of b is not yet one.
func Column(b []byte) (col int, ok bool) { return earlyterm.Column(b) }
