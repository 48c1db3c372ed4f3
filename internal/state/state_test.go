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
	// Saving over a corrupt file replaces it, the old one kept aside.
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

// TestDamagedKeptAside: a place file that cannot be read is never written
// over and lost: Save and SaveMerged move it to .bak (then .bak2), its
// bytes whole, and so does a save over one too large to read; a file
// that reads is not backed up.
func TestDamagedKeptAside(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s, _ := Open()
	k := Key([]byte("y"))
	p := s.docPath(k)
	os.MkdirAll(filepath.Dir(p), 0o700)
	saves := []struct {
		name string
		old  []byte
		save func() error
		bak  string
	}{
		{"Save", []byte(`{"offset": 12, "marks": {"a": 3`), func() error { return s.Save(k, Doc{Offset: 1}) }, p + ".bak"},
		{"SaveMerged", []byte("\x00不是 JSON"), func() error { return s.SaveMerged(k, Doc{}, Doc{Offset: 2}) }, p + ".bak2"},
		{"too large", bytes.Repeat([]byte("x"), MaxFileSize+1), func() error { return s.Save(k, Doc{Offset: 3}) }, p + ".bak3"},
	}
	for _, c := range saves {
		os.WriteFile(p, c.old, 0o600)
		if err := c.save(); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if b, err := os.ReadFile(c.bak); err != nil || !bytes.Equal(b, c.old) {
			t.Errorf("%s: %s holds %d bytes (%v), want the damaged file's %d", c.name, c.bak, len(b), err, len(c.old))
		}
		if _, err := s.Load(k); err != nil {
			t.Errorf("%s: the new file does not load: %v", c.name, err)
		}
	}
	// A good file is merged, not backed up.
	if err := s.SaveMerged(k, Doc{}, Doc{Offset: 4}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p + ".bak4"); err == nil {
		t.Error("a file that reads was backed up")
	}
}

// TestWriteAtomicNamesFile: a write that fails names the file that was not
// written, never the temporary file in its place (wenji said on a full
// disk that ".basket.json.tmp-2931705183" was not saved).
func TestWriteAtomicNamesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gone", "basket.json")
	for _, write := range []func() error{
		func() error { return ReplaceFile(path, []byte("x"), ".basket.json.tmp-*") },
		func() error {
			// A directory where the file goes: the rename fails.
			if err := os.MkdirAll(filepath.Join(dir, "d", "basket.json", "x"), 0o700); err != nil {
				t.Fatal(err)
			}
			return WriteAtomic(filepath.Join(dir, "d", "basket.json"), []byte("x"), ".basket.json.tmp-*")
		},
	} {
		err := write()
		if err == nil {
			t.Fatal("no error")
		}
		if strings.Contains(err.Error(), ".tmp-") || !strings.Contains(err.Error(), "basket.json") {
			t.Errorf("error %q: want the file's name, not the temporary file's", err)
		}
	}
}
