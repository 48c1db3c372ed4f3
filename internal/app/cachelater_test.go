package app

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"wenji/internal/tools/gen"
	"wenji/model"
)

// countParses counts the whole parses of large files until the test ends.
func countParses(t *testing.T) *int {
	n := new(int)
	prev := parseWhole
	parseWhole = func(name string, b []byte, lang, encoding string) (*model.Document, error) {
		*n++
		return prev(name, b, lang, encoding)
	}
	t.Cleanup(func() { parseWhole = prev })
	return n
}

// loadWhole opens path as the reader does a large file, loads it whole
// and waits for what the load caches.
func loadWhole(t *testing.T, path string, o options) *model.Document {
	t.Helper()
	bf, ok := openPreview(path, "en", o)
	if !ok {
		t.Fatal("no preview")
	}
	doc, err := bf.whole()
	if err != nil {
		t.Fatal(err)
	}
	bf.later.wait()
	return doc
}

// agedFile writes a generated compilation of size bytes, its time an
// hour ago (outside the cache's racy window).
func agedFile(t *testing.T, size int64) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := gen.WriteFile(p, size, 1); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestWholeFromCache: a large file opened again unchanged is not parsed:
// its document is rebuilt from the entry the first load cached, and it
// is the document the parse gave (reflect.DeepEqual, 字数 counted); an
// untitled document is named by its file both times.
func TestWholeFromCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	parses := countParses(t)
	path := agedFile(t, 2<<20)
	first := loadWhole(t, path, options{})
	second := loadWhole(t, path, options{})
	if *parses != 1 {
		t.Fatalf("%d parses, want 1 (the second load from the cache)", *parses)
	}
	first.Chars(first.Root)
	second.Chars(second.Root)
	if !reflect.DeepEqual(first, second) {
		t.Error("the cached document is not the parsed one")
	}
}

// TestWholeCacheChecked: the cache is not used for a file changed since
// it was cached (its mtime), with --no-cache, or for a file that changed
// while it was read; --no-cache writes nothing either.
func TestWholeCacheChecked(t *testing.T) {
	t.Run("modified", func(t *testing.T) {
		t.Setenv("XDG_CACHE_HOME", t.TempDir())
		parses := countParses(t)
		path := agedFile(t, 1<<20)
		loadWhole(t, path, options{})
		b, _ := os.ReadFile(path)
		copy(b[len(b)-8:], "changed\n")
		os.WriteFile(path, b, 0o644)
		old := time.Now().Add(-time.Minute)
		os.Chtimes(path, old, old)
		doc := loadWhole(t, path, options{})
		if *parses != 2 || doc.Text != string(b) {
			t.Errorf("%d parses of a file changed since it was cached, want 2", *parses)
		}
	})
	t.Run("no-cache", func(t *testing.T) {
		cache := t.TempDir()
		t.Setenv("XDG_CACHE_HOME", cache)
		parses := countParses(t)
		path := agedFile(t, 1<<20)
		loadWhole(t, path, options{noCache: true})
		loadWhole(t, path, options{noCache: true})
		if *parses != 2 {
			t.Errorf("%d parses with --no-cache, want 2", *parses)
		}
		if m, _ := filepath.Glob(filepath.Join(cache, "wenji", "*", "e", "*", "*")); len(m) > 0 {
			t.Errorf("--no-cache wrote %v", m)
		}
	})
}
