package app

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
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

// TestStdinBounded: a pipe that goes on past stdinMax (yes | wenji) is
// refused in one line in the user's language, not read until memory runs
// out; one of exactly stdinMax bytes is read whole (review34).
func TestStdinBounded(t *testing.T) {
	defer func(m int) { stdinMax = m }(stdinMax)
	stdinMax = 200_000
	endless := iotest.OneByteReader(bytes.NewReader(bytes.Repeat([]byte("y\n"), 1_000_000)))
	if _, err := readStdin(endless); !errors.Is(err, errStdinTooLarge) {
		t.Errorf("a pipe past the bound: err %v", err)
	}
	exact := bytes.Repeat([]byte("调"), stdinMax/3+1)[:stdinMax]
	if got, err := readStdin(bytes.NewReader(exact)); err != nil || !bytes.Equal(got, exact) {
		t.Errorf("a pipe of exactly the bound: %d read, err %v", len(got), err)
	}
	for lang, want := range map[string]string{"zh": "标准输入超过 2 GB", "en": "standard input is over 2 GB"} {
		_, _, err := loadWith("-", bytes.NewReader(make([]byte, stdinMax+1)), lang, nil)
		if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v", lang, err)
		}
	}
}
