package library

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"wenji/internal/doccache"
)

// The test libraries are written once, to a folder removed after the
// tests, each size in its own folder; the cache is one, in that folder
// too, as a library's cache is shared by its runs.
var (
	testOnce  sync.Once
	testRoot  string
	testCache = sync.OnceValue(func() *doccache.Cache {
		c, err := doccache.Open(doccache.Options{Dir: filepath.Join(testDir(), "cache")})
		if err != nil {
			panic(err)
		}
		return c
	})
)

func TestMain(m *testing.M) {
	code := m.Run()
	if testRoot != "" {
		os.RemoveAll(testRoot)
	}
	os.Exit(code)
}

func testDir() string {
	testOnce.Do(func() {
		d, err := os.MkdirTemp("", "wenji-library-test")
		if err != nil {
			panic(err)
		}
		testRoot = d
	})
	return testRoot
}

func n2s(n int) string { return fmt.Sprintf("lib%d", n) }

// writeTestFile writes data to p unless it holds it already.
func writeTestFile(p string, data []byte) {
	if b, err := os.ReadFile(p); err == nil && string(b) == string(data) {
		return
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		panic(err)
	}
}
