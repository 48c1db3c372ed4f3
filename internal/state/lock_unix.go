//go:build unix

package state

import (
	"os"

	"golang.org/x/sys/unix"
)

// lockDir takes the exclusive lock of a state directory: an flock on the
// directory itself (no lock file to leave about), released by the system
// when its holder dies, so a killed wenji never leaves it held. It
// returns the release.
func lockDir(dir string) (func(), error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX)
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}
