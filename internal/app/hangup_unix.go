//go:build unix

package app

import (
	"os"

	"golang.org/x/sys/unix"
)

// hungUp says whether the terminal tty has hung up: its other end closed
// (the window, ssh or tmux server gone). poll reports POLLHUP whatever
// events were asked for, at once with a zero timeout.
func hungUp(tty *os.File) bool {
	fds := []unix.PollFd{{Fd: int32(tty.Fd())}}
	n, err := unix.Poll(fds, 0)
	return err == nil && n == 1 && fds[0].Revents&(unix.POLLHUP|unix.POLLNVAL) != 0
}
