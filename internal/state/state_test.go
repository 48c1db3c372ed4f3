package state

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/x/state")
	if d, _ := Dir(); d != "/x/state/wenji" {
		t.Errorf("XDG_STATE_HOME: %s", d)
	}
	t.Setenv("XDG_STATE_HOME", "relative") // the spec says ignore it
	t.Setenv("HOME", "/home/u")
	if d, _ := Dir(); d != "/home/u/.local/state/wenji" {
		t.Errorf("HOME: %s", d)
	}
}

func TestSaveLoad(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	k := Key([]byte("调查研究"))
	if d, err := s.Load(k); err != nil || d.Offset != 0 || d.Marks != nil {
		t.Fatalf("never seen: %+v, %v", d, err)
	}
	want := Doc{Offset: 1234, Marks: map[string]int{"a": 5, "B": 99}, Name: "/tmp/x.txt"}
	if err := s.Save(k, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(k)
	if err != nil || got.Offset != 1234 || got.Marks["a"] != 5 || got.Marks["B"] != 99 {
		t.Errorf("loaded %+v, %v", got, err)
	}
	// No temporary file is left behind.
	ents := files(t, filepath.Join(s.Dir, "docs"))
	if len(ents) != 1 {
		t.Errorf("docs holds %d files, want 1", len(ents))
	}
}

// The key is the content: the same bytes anywhere give the same key, a
// change gives another; a large file's sampled key from a reader is the
// one Key gives its bytes.
func TestKey(t *testing.T) {
	a, b := Key([]byte("甲乙丙")), Key([]byte("甲乙丁"))
	if a == b || a != Key([]byte("甲乙丙")) {
		t.Errorf("keys %s %s", a, b)
	}
	big := bytes.Repeat([]byte("调查研究，"), 3<<20/5*5)
	f := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(f, big, 0o600); err != nil {
		t.Fatal(err)
	}
	fh, _ := os.Open(f)
	defer fh.Close()
	kr, err := KeyReader(fh, int64(len(big)))
	if err != nil || kr != Key(big) {
		t.Errorf("file key %s (%v), bytes key %s", kr, err, Key(big))
	}
	big[len(big)-1] = 'x'
	if Key(big) == kr {
		t.Error("a change at the end does not change the key")
	}
}

func TestCorrupt(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s, _ := Open()
	k := Key([]byte("x"))
	for _, junk := range []string{"{", "not json", `{"offset": -5}`, `{"offset": "x"}`, "\x00\x01"} {
		os.MkdirAll(filepath.Join(s.Dir, "docs"), 0o700)
		os.WriteFile(s.docPath(k), []byte(junk), 0o600)
		d, err := s.Load(k)
		var ce *CorruptError
		if !errors.As(err, &ce) || d.Offset != 0 || !strings.Contains(err.Error(), k) {
			t.Errorf("%q: %+v, %v", junk, d, err)
		}
	}
	// Saving over a corrupt file replaces it.
	if err := s.Save(k, Doc{Offset: 7}); err != nil {
		t.Fatal(err)
	}
	if d, err := s.Load(k); err != nil || d.Offset != 7 {
		t.Errorf("after save: %+v, %v", d, err)
	}
}

func TestUnwritable(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		// Root writes anywhere: use a path under a file instead.
		f := filepath.Join(t.TempDir(), "file")
		os.WriteFile(f, nil, 0o600)
		s := &Store{Dir: filepath.Join(f, "wenji")}
		if err := s.Save("k", Doc{}); err == nil {
			t.Error("saving under a file succeeded")
		}
		return
	}
	d := t.TempDir()
	os.Chmod(d, 0o500)
	defer os.Chmod(d, 0o700)
	s := &Store{Dir: filepath.Join(d, "wenji")}
	if err := s.Save("k", Doc{}); err == nil {
		t.Error("saving in a read-only directory succeeded")
	}
}
