package libgrep

import (
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"wenji/internal/doccache"
	"wenji/internal/tools/gen"
	"wenji/model/search"
)

// benchLibrary is the library the benchmarks search: $WENJI_BENCH_LIB (the
// 10,000-file, 1 GB one internal/bench/genlib writes, see the README), or
// else 500 generated files of 50 MB in all.
func benchLibrary(b *testing.B) (dir string, files []string) {
	dir = os.Getenv("WENJI_BENCH_LIB")
	if dir == "" {
		dir = b.TempDir()
		if err := gen.WriteFiles(dir, 500, 50<<20, 1); err != nil {
			b.Fatal(err)
		}
		// A library's files are old: the cache trusts the stat of a file
		// only past the racy window.
		old := time.Now().Add(-time.Hour)
		fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
			return os.Chtimes(filepath.Join(dir, p), old, old)
		})
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	slices.Sort(files)
	return dir, files
}

// BenchmarkSearch counts every hit of 今年以来 (600,000 in the 1 GB
// library) through a warm cache and a disabled one, and times grep -r -o
// -F | wc -l on the same folder in the same run.
//
//	WENJI_BENCH_LIB=/tmp/lib10k go test -run ^$ -bench Search -benchtime 5x ./internal/libgrep
func BenchmarkSearch(b *testing.B) {
	dir, files := benchLibrary(b)
	q, _ := search.Compile("今年以来")
	cacheDir := b.TempDir()
	warm, _ := doccache.Open(doccache.Options{Dir: cacheDir, Budget: 4 << 30})
	count := func(c *doccache.Cache) int {
		n := 0
		err := Search(context.Background(), files, q, Options{Cache: c}, func(r Result) bool {
			n += r.Count
			return true
		})
		if err != nil {
			b.Fatal(err)
		}
		return n
	}
	count(warm) // fills the cache
	warm.Close()
	b.Run("warm", func(b *testing.B) {
		for b.Loop() {
			c, _ := doccache.Open(doccache.Options{Dir: cacheDir, Budget: 4 << 30})
			b.ReportMetric(float64(count(c)), "hits")
			c.Close()
		}
	})
	if os.Getenv("WENJI_BENCH_LIB") == "" {
		b.Run("nocache", func(b *testing.B) {
			c, _ := doccache.Open(doccache.Options{Disabled: true})
			for b.Loop() {
				b.ReportMetric(float64(count(c)), "hits")
			}
		})
	}
	b.Run("grep", func(b *testing.B) {
		for b.Loop() {
			out, err := exec.Command("sh", "-c", "grep -r -o -F -- \"$0\" \"$1\" | wc -l", "今年以来", dir).Output()
			if err != nil {
				b.Skip("no grep:", err)
			}
			n, _ := strconv.Atoi(strings.TrimSpace(string(out)))
			b.ReportMetric(float64(n), "hits")
		}
	})
}
