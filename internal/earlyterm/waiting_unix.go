//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package earlyterm

import (
	"os"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// Waiting reports whether input is waiting to be read on the terminal f,
// typed and not yet read. A key typed without Enter sits in the
// canonical mode's unfinished line, where poll does not see it: the
// terminal is put in raw mode for the look (no flush: TCSETS, as
// term.MakeRaw does) and restored. A process in the background is not
// its terminal's to change (it would be stopped, SIGTTOU): false.
func Waiting(f *os.File) bool {
	waiting := false
	inRaw(f, func(fd int) { waiting = Readable(fd) })
	return waiting
}

// inRaw runs do with f, a terminal this process has in the foreground,
// in raw mode, restored after; on anything else it does nothing.
func inRaw(f *os.File, do func(fd int)) {
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
		do(fd)
	})
}

// Readable reports whether a read of fd would return at once.
func Readable(fd int) bool {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(fds, 0)
		if err == unix.EINTR {
			continue
		}
		return err == nil && n > 0 && fds[0].Revents&unix.POLLIN != 0
	}
}

// foreground reports whether this process's group is the terminal's.
func foreground(fd int) bool {
	pgrp, err := unix.IoctlGetInt(fd, unix.TIOCGPGRP)
	return err == nil && pgrp == unix.Getpgrp()
}
