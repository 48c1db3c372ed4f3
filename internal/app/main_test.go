package app

import (
	"os"
	"testing"
)

// TestMain keeps the tests' caches of parsed documents (a large file's
// reader writes one, see cacheLater) out of the user's.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "wenji-app-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
