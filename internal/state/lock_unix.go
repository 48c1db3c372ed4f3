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
	return flock(dir, os.O_RDONLY)
}

// LockFile takes an exclusive lock on the file name, created when it is
// missing, for a file kept outside a state directory (the basket locks
// basket.json.lock): two sessions saving at once then merge one after the
// other instead of one losing the other's changes. The system releases it
// when its holder dies; it returns the release. Where there is no flock
// it locks nothing.
func LockFile(name string) (func(), error) {
	return flock(name, os.O_CREATE|os.O_RDWR)
}

// flock opens name with flag and takes an exclusive flock on it, waiting
// for another holder; closing the file releases it.
func flock(name string, flag int) (func(), error) {
	f, err := os.OpenFile(name, flag, 0o600)
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
