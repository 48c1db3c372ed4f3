package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// failing is a writer that fails every write with err.
type failing struct{ err error }

func (f failing) Write([]byte) (int, error) { return 0, f.err }

// TestOutputDone: a printing mode's exit status after its writes: a write
// error is one line and exit 1, with the errno in words and no
// "write /dev/stdout" prefix; a closed pipe (EPIPE, where SIGPIPE is
// ignored) ends quietly with the status the mode had.
func TestOutputDone(t *testing.T) {
	for _, c := range []struct {
		err  error
		code int
		msg  string
	}{
		{nil, 0, ""},
		{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}, 1, "wenji: cannot write the output: no space left on device\n"},
		{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}, 0, ""},
	} {
		var w bytes.Buffer
		out := newOutput(&w)
		if c.err != nil {
			out = newOutput(failing{c.err})
		}
		out.Write([]byte("一行\n"))
		out.Write([]byte("二行\n"))
		var errOut bytes.Buffer
		if code := out.done(0, "en", &errOut); code != c.code || errOut.String() != c.msg {
			t.Errorf("%v: exit %d, %q; want %d, %q", c.err, code, errOut.String(), c.code, c.msg)
		}
	}
}

// TestWriteFile: -o is written whole or not at all, and an existing file
// is kept unless force.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.docx")
	var errOut bytes.Buffer
	if code := writeFile(p, false, "en", &errOut, func(w io.Writer) error { _, err := w.Write([]byte("one")); return err }); code != 0 {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
	if code := writeFile(p, false, "en", &errOut, func(w io.Writer) error { _, err := w.Write([]byte("two")); return err }); code != 1 || !strings.Contains(errOut.String(), "already exists") {
		t.Errorf("over a file without force: exit %d, %q", code, errOut.String())
	}
	if code := writeFile(p, true, "en", &errOut, func(w io.Writer) error { return syscall.ENOSPC }); code != 1 {
		t.Errorf("a failed write: exit %d", code)
	}
	if b, _ := os.ReadFile(p); string(b) != "one" {
		t.Errorf("the file holds %q after a refused and a failed write", b)
	}
	if code := writeFile(p, true, "en", &errOut, func(w io.Writer) error { _, err := w.Write([]byte("three")); return err }); code != 0 {
		t.Errorf("force: exit %d", code)
	}
	if b, _ := os.ReadFile(p); string(b) != "three" {
		t.Errorf("the file holds %q after --force", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
}
