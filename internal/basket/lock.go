package basket

import (
	"os"
	"path/filepath"

	"wenji/internal/state"
)

// lock takes an exclusive lock on path.lock for a load–merge–write, so two
// sessions saving at once merge one after the other instead of one losing
// the other's changes (state.LockFile: the kernel drops the lock when its
// holder dies).
func lock(path string) (func(), error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	return state.LockFile(path + ".lock")
}
