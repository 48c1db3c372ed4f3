//go:build unix

package basket

import (
	"os"
	"path/filepath"
	"syscall"
)

// lock takes an exclusive lock on path.lock for a load–merge–write, so two
// sessions saving at once merge one after the other instead of one losing
// the other's changes. The kernel drops the lock when its holder dies.
func lock(path string) (func(), error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}
