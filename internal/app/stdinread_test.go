package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"
)

// TestReadStdin: standard input is read whole, byte for byte, from a pipe
// (in chunks, however the reads are cut: one byte at a time too) and from
// a regular file (wenji - < FILE, read as a file named is).
func TestReadStdin(t *testing.T) {
	var want []byte
	for i := range 300_000 {
		want = append(want, byte('0'+i%10))
		if i%97 == 0 {
			want = append(want, "调研\n"...)
		}
	}
	for _, n := range []int{0, 1, 64 << 10, len(want)} {
		got, err := readStdin(bytes.NewReader(want[:n]))
		if err != nil || !bytes.Equal(got, want[:n]) {
			t.Errorf("%d bytes: %d read, err %v", n, len(got), err)
		}
	}
	if got, err := readStdin(iotest.OneByteReader(bytes.NewReader(want[:200_000]))); err != nil || !bytes.Equal(got, want[:200_000]) {
		t.Errorf("a byte a read: %d read, err %v", len(got), err)
	}
	if _, err := readStdin(iotest.ErrReader(io.ErrClosedPipe)); err == nil {
		t.Error("a failing read is not said")
	}
	f := filepath.Join(t.TempDir(), "in.txt")
	big := bytes.Repeat(want, 20) // past bigread.Threshold: read off the heap
	if err := os.WriteFile(f, big, 0o644); err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(f)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if got, err := readStdin(in); err != nil || !bytes.Equal(got, big) {
		t.Errorf("a regular file: %d of %d read, err %v", len(got), len(big), err)
	}
}
