package state

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A library is known by its directory however it is named: relative,
// absolute, unclean or through a symbolic link.
func TestLibraryDir(t *testing.T) {
	root := t.TempDir()
	lib := filepath.Join(root, "文库")
	os.MkdirAll(filepath.Join(lib, "sub"), 0o755)
	link := filepath.Join(root, "link")
	if err := os.Symlink(lib, link); err != nil {
		t.Skip(err)
	}
	want := LibraryDir(lib)
	if !filepath.IsAbs(want) {
		t.Fatalf("%q is not absolute", want)
	}
	t.Chdir(root)
	for _, d := range []string{"文库", "./文库/", "文库/sub/..", link, filepath.Join(lib, ".")} {
		if got := LibraryDir(d); got != want {
			t.Errorf("LibraryDir(%q) = %q, want %q", d, got, want)
		}
	}
	// A directory that is gone is still named, by its absolute path.
	wd, _ := os.Getwd()
	if got := LibraryDir("gone"); got != filepath.Join(wd, "gone") {
		t.Errorf("LibraryDir(gone) = %q", got)
	}
}

func TestLibrarySaveLoad(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s, _ := Open()
	dir := LibraryDir(t.TempDir())
	if l, err := s.LoadLibrary(dir); err != nil || l.Last != "" {
		t.Fatalf("never seen: %+v, %v", l, err)
	}
	if err := s.SaveLibrary(Library{Dir: dir, Last: "sub/乙.md"}); err != nil {
		t.Fatal(err)
	}
	if l, err := s.LoadLibrary(dir); err != nil || l.Last != "sub/乙.md" || l.Dir != dir {
		t.Errorf("loaded %+v, %v", l, err)
	}
	// Another library remembers apart.
	if l, err := s.LoadLibrary(dir + "2"); err != nil || l.Last != "" {
		t.Errorf("another library: %+v, %v", l, err)
	}
	ents := files(t, filepath.Join(s.Dir, "libraries"))
	if len(ents) != 1 {
		t.Errorf("libraries holds %d files, want 1 (no temporary left)", len(ents))
	}
}

func TestLibraryCorrupt(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s, _ := Open()
	dir := "/some/library"
	os.MkdirAll(filepath.Join(s.Dir, "libraries"), 0o700)
	for _, junk := range []string{"{", "not json", `{"dir": 5}`, `[]`, "\x00\x01"} {
		os.WriteFile(s.libraryPath(dir), []byte(junk), 0o600)
		l, err := s.LoadLibrary(dir)
		var ce *CorruptError
		if !errors.As(err, &ce) || l.Last != "" || ce.Path != s.libraryPath(dir) {
			t.Errorf("%q: %+v, %v", junk, l, err)
		}
	}
	if err := s.SaveLibrary(Library{Dir: dir, Last: "a.txt"}); err != nil {
		t.Fatal(err)
	}
	if l, err := s.LoadLibrary(dir); err != nil || l.Last != "a.txt" {
		t.Errorf("after save: %+v, %v", l, err)
	}
}
