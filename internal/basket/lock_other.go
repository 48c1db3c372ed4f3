//go:build !unix

package basket

import (
	"os"
	"path/filepath"
)

// lock is a no-op where flock is missing: saves still replace the file
// atomically and merge with what they read, but two saves at the same
// instant may lose one's changes.
func lock(path string) (func(), error) {
	return func() {}, os.MkdirAll(filepath.Dir(path), 0o700)
}
