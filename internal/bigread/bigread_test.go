package bigread

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func write(t *testing.T, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Small and large files (one read, and three parts read at once) read back
// exactly; from the current offset; a large file rewritten after the read
// leaves the bytes read unchanged.
func TestRead(t *testing.T) {
	for _, size := range []int{0, 10, Threshold - 1, Threshold, Threshold + 12345, 2*(16<<20) + 7} {
		want := bytes.Repeat([]byte("调查研究\n"), size/13+1)[:size]
		p := write(t, want)
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		b, release, err := Read(f)
		f.Close()
		if err != nil || !bytes.Equal(b, want) {
			t.Fatalf("size %d: %d bytes, err %v", size, len(b), err)
		}
		// The file changing afterwards does not change what was read.
		if err := os.WriteFile(p, bytes.Repeat([]byte("x"), size), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, want) {
			t.Fatalf("size %d: bytes changed with the file", size)
		}
		release()
		release() // twice is harmless
	}
}

func TestReadFromOffset(t *testing.T) {
	want := bytes.Repeat([]byte("a"), Threshold+100)
	f, err := os.Open(write(t, want))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(100, 0); err != nil {
		t.Fatal(err)
	}
	b, release, err := Read(f)
	defer release()
	if err != nil || len(b) != Threshold {
		t.Fatalf("%d bytes from offset 100, err %v", len(b), err)
	}
}

// A large read is off the heap: reading it does not grow HeapAlloc by its
// size (where the system has mmap).
func TestReadOffHeap(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no anonymous mmap here: large files are read onto the heap")
	}
	size := 4 * Threshold
	f, err := os.Open(write(t, bytes.Repeat([]byte("b"), size)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b, release, err := Read(f)
	if err != nil || len(b) != size {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > int64(size/2) {
		t.Errorf("heap grew %d bytes reading %d", grew, size)
	}
	release()
}

// A directory or a pipe is read the ordinary way (or refused by it).
func TestReadNotRegular(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { w.WriteString("管道"); w.Close() }()
	b, release, err := Read(r)
	release()
	if err != nil || string(b) != "管道" {
		t.Errorf("pipe: %q %v", b, err)
	}
}
