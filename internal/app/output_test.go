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

// TestWriteFileNotAFile: -o never puts the file in place of something that
// is not a file: --force over a symbolic link writes the file it points to
// (as the shell's > does) and keeps the link; a directory, a FIFO or a
// device named by -o, or reached through a link, is one line and exit 1
// ("not a regular file", never "add --force"),
// with or without --force, and is left as it was (--force -o /dev/stdout
// renamed a regular file over /dev/stdout, when the user could write /dev).
func TestWriteFileNotAFile(t *testing.T) {
	dir := t.TempDir()
	write := func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }

	target := filepath.Join(dir, "target.docx")
	os.WriteFile(target, []byte("old"), 0o644)
	link := filepath.Join(dir, "link.docx")
	if err := os.Symlink("target.docx", link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	var errOut bytes.Buffer
	if code := writeFile(link, true, "en", &errOut, write); code != 0 {
		t.Fatalf("--force over a link: exit %d, %q", code, errOut.String())
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("--force over a link replaced the link: %v %v", fi.Mode(), err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("the link's file holds %q after --force, want new", b)
	}

	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	dirLink := filepath.Join(dir, "dirlink")
	os.Symlink("sub", dirLink)
	for _, p := range []string{sub, fifo, dirLink} { // never a real device: the bug replaced it
		for _, force := range []bool{false, true} {
			errOut.Reset()
			before, _ := os.Lstat(p)
			code := writeFile(p, force, "en", &errOut, write)
			if code != 1 || !strings.Contains(errOut.String(), "not a regular file") || strings.Count(errOut.String(), "\n") != 1 {
				t.Errorf("%s (force %v): exit %d, %q; want 1 and not a regular file", p, force, code, errOut.String())
			}
			if after, err := os.Lstat(p); err != nil || after.Mode() != before.Mode() {
				t.Errorf("%s (force %v) was changed: %v → %v", p, force, before.Mode(), after.Mode())
			}
		}
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".wenji-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
