package app

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"wenji/internal/tools/gen"
)

// everyChar writes a 200 KB generated compilation and returns its path:
// '\.' matches each of its characters.
func everyChar(t testing.TB) string {
	t.Helper()
	var b bytes.Buffer
	if err := gen.Write(&b, 200<<10, 1); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "every.txt")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// allocated runs wenji with args and returns the bytes it allocated and
// the lines it wrote. It runs in a process of its own (this test binary,
// TestAllocatedChild): the package's other tests, and what they leave
// running, allocate in this one, hundreds of megabytes beside a
// document's few (CI read --count's base as 664 MB).
func allocated(t testing.TB, args ...string) (bytes uint64, lines int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAllocatedChild$")
	cmd.Env = append(os.Environ(), "WENJI_ALLOC_ARGS="+strings.Join(args, "\x1f"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	if _, err := fmt.Sscanf(string(out), "alloc %d lines %d", &bytes, &lines); err != nil {
		t.Fatalf("%v: %q: %v", args, out, err)
	}
	return bytes, lines
}

// TestAllocatedChild is allocated's process: with WENJI_ALLOC_ARGS set it
// runs wenji with those arguments and prints what it allocated.
func TestAllocatedChild(t *testing.T) {
	env := os.Getenv("WENJI_ALLOC_ARGS")
	if env == "" {
		t.Skip("run by allocated in a process of its own")
	}
	args := strings.Split(env, "\x1f")
	cfg, code, done := Parse(args, "test", nil, io.Discard, io.Discard)
	if done {
		t.Fatalf("%v: exit %d", args, code)
	}
	w := &lineCounter{}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if code := Run(cfg, nil, w, io.Discard); code != 0 {
		t.Fatalf("%v: exit %d", args, code)
	}
	runtime.ReadMemStats(&after)
	fmt.Printf("alloc %d lines %d\n", after.TotalAlloc-before.TotalAlloc, w.lines)
	os.Exit(0) // nothing of the test framework's after it
}

type lineCounter struct{ lines int }

func (w *lineCounter) Write(p []byte) (int, error) {
	w.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

// TestSearchMemoryPerHit: --search allocates a bounded number of bytes a
// hit, whatever the number of hits: a query that matches every character
// of a 200 KB document costs what --count costs (the document's parse)
// and less than 200 bytes a hit more. It held every hit of a document,
// with its own path, breadcrumb and snippet, before writing the first:
// some 1.8 KB a hit.
func TestSearchMemoryPerHit(t *testing.T) {
	if testing.Short() || raceOn {
		// The race detector's own allocations (650 MB for --count here)
		// drown what a hit costs; CI's -race pass is -short. The pass
		// without it measures.
		t.Skip("allocations are measured without -short and the race detector")
	}
	p := everyChar(t)
	base, _ := allocated(t, "--search", `\.`, "--count", "--no-cache", p)
	for _, extra := range [][]string{nil, {"--json"}} {
		all, lines := allocated(t, append([]string{"--search", `\.`, "--no-cache", p}, extra...)...)
		if lines < 50_000 {
			t.Fatalf("%v: %d hits, too few to measure", extra, lines)
		}
		perHit := (float64(all) - float64(base)) / float64(lines)
		limit := 200.0
		if extra != nil {
			limit = 400 // encoding/json's reflection allocates a little a value
		}
		t.Logf("%v: %d hits, %.0f bytes a hit over --count's %d", extra, lines, perHit, base)
		if perHit > limit {
			t.Errorf("%v: %.0f bytes allocated a hit, want < %.0f", extra, perHit, limit)
		}
	}
}

// BenchmarkSearchEveryChar is wenji --search '\.' on a 200 KB document,
// written to nowhere: the cost of a hit (ns/op over the hits is the time
// a hit, B/hit the bytes it allocates).
func BenchmarkSearchEveryChar(b *testing.B) {
	p := everyChar(b)
	cfg, _, _ := Parse([]string{"--search", `\.`, "--no-cache", p}, "test", nil, io.Discard, io.Discard)
	w := &lineCounter{}
	b.ReportAllocs()
	for b.Loop() {
		Run(cfg, nil, w, io.Discard)
	}
	b.ReportMetric(float64(w.lines)/float64(b.N), "hits/op")
}
