package app

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"wenji/internal/state"
	"wenji/ui/library"
	"wenji/ui/reader"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/charmbracelet/x/ansi"
)

func TestFindDocuments(t *testing.T) {
	dir := makeLibrary(t)
	files, _, err := findDocuments(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rels []string
	for _, f := range files {
		rels = append(rels, f.Rel)
	}
	want := "a.txt link.txt notes.pdf old.doc sub/b.md sub/deeper/c.HTML"
	if strings.Join(rels, " ") != want {
		t.Errorf("found %q, want %q", rels, want)
	}
	// Through a link to the library (a link below it is not followed).
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(dir, link)
	files, _, err = findDocuments(link)
	rels = rels[:0]
	for _, f := range files {
		rels = append(rels, f.Rel)
		if !strings.HasPrefix(f.Path, link+string(filepath.Separator)) || strings.Contains(f.Path, "//") {
			t.Errorf("path %q is not under %s", f.Path, link)
		}
	}
	if err != nil || strings.Join(rels, " ") != want {
		t.Errorf("through a link: %q, %v; want %q", rels, err, want)
	}
	if _, _, err := findDocuments(filepath.Join(dir, "none")); err == nil {
		t.Error("a missing directory is no error")
	}
	// The .doc is listed and read; a damaged one says so in the user's
	// language.
	for lang, want := range map[string]string{"zh": "Word .doc 文件已损坏", "en": "a damaged Word .doc file"} {
		_, err := libraryOptions(dir, files, lang, options{}, nil, nil).Open(filepath.Join(dir, "old.doc"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: opening old.doc: %v", lang, err)
		}
	}
	// A broken .docx says so in Chinese only, under zh.
	broken := filepath.Join(dir, "broken.docx")
	os.WriteFile(broken, []byte("PK\x03\x04 not really"), 0o644)
	if _, err := libraryOptions(dir, files, "zh", options{}, nil, nil).Open(broken); err == nil || !strings.HasSuffix(err.Error(), ": Word .docx 文件已损坏，无法读取") {
		t.Errorf("broken.docx under zh: %v", err)
	}
}

// libraryScreen is the library main would run on dir with o, at 100×20,
// as text.
func libraryScreen(t *testing.T, dir string, o options) string {
	t.Helper()
	files, unreadable, err := findDocuments(dir)
	if err != nil {
		t.Fatal(err)
	}
	mem := newMemory(o, "en", &bytes.Buffer{})
	opt := libraryOptions(dir, files, "en", o, mem, nil)
	opt.Unreadable = unreadable
	var m tea.Model = library.New(opt)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	return ansi.Strip(m.View())
}

// The library remembers the document last opened, relative to its
// directory, under the directory's real path: named another way (through
// a link, with ./..) it is the same library, and the list says so.
func TestLibraryMemory(t *testing.T) {
	stateDir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", stateDir)
	dir := makeLibrary(t)
	var errs bytes.Buffer
	mem := newMemory(options{}, "en", &errs)
	if rel, notice := mem.libraryLast(dir); rel != "" || notice != "" {
		t.Fatalf("never opened: %q %q", rel, notice)
	}
	mem.saveLibraryLast(dir, filepath.Join("sub", "b.md"))
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(dir, link)
	for _, d := range []string{dir, link, filepath.Join(dir, "sub", "..")} {
		if rel, notice := mem.libraryLast(d); rel != filepath.Join("sub", "b.md") || notice != "" {
			t.Errorf("%s: %q %q", d, rel, notice)
		}
	}
	// One file, the document in it relative.
	ents, _ := os.ReadDir(filepath.Join(stateDir, "wenji", "libraries"))
	if len(ents) != 1 {
		t.Fatalf("libraries: %v", ents)
	}
	b, _ := os.ReadFile(filepath.Join(stateDir, "wenji", "libraries", ents[0].Name()))
	if !strings.Contains(string(b), `"last": "sub/b.md"`) {
		t.Errorf("state file:\n%s", b)
	}
	if s := libraryScreen(t, link, options{}); !strings.Contains(s, "last opened: sub/b.md") {
		t.Errorf("the list does not say it:\n%s", s)
	}
	if errs.Len() > 0 {
		t.Errorf("stderr: %s", errs.String())
	}
}

// corruptLibraryMemory replaces the memory of the library in dir by junk
// and returns its path.
func corruptLibraryMemory(t *testing.T, dir string) string {
	t.Helper()
	newMemory(options{}, "en", &bytes.Buffer{}).saveLibraryLast(dir, "a.txt")
	st, _ := state.Open()
	ents, _ := os.ReadDir(filepath.Join(st.Dir, "libraries"))
	if len(ents) != 1 {
		t.Fatalf("libraries: %v", ents)
	}
	p := filepath.Join(st.Dir, "libraries", ents[0].Name())
	os.WriteFile(p, []byte(`{"dir": 5, garbage`), 0o600)
	return p
}

// A damaged memory is ignored: the list starts at the top and says so
// once, in the UI language.
func TestLibraryMemoryCorrupt(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := makeLibrary(t)
	corruptLibraryMemory(t, dir)
	rel, notice := newMemory(options{}, "zh", &bytes.Buffer{}).libraryLast(dir)
	if rel != "" || !strings.Contains(notice, "已损坏") {
		t.Errorf("zh: %q %q", rel, notice)
	}
	s := libraryScreen(t, dir, options{})
	if !strings.Contains(s, "damaged record of the last opened document ignored: ") || strings.Contains(s, "last opened: ") {
		t.Errorf("the list:\n%s", s)
	}
	// Opening a document afterwards replaces the junk.
	mem := newMemory(options{}, "en", &bytes.Buffer{})
	mem.saveLibraryLast(dir, "link.txt")
	if rel, notice := mem.libraryLast(dir); rel != "link.txt" || notice != "" {
		t.Errorf("after saving: %q %q", rel, notice)
	}
}

// --no-resume neither reads the library's memory (a damaged one says
// nothing) nor writes it.
func TestLibraryMemoryNoResume(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := makeLibrary(t)
	p := corruptLibraryMemory(t, dir)
	before, _ := os.ReadFile(p)
	o := options{noResume: true}
	files, _, _ := findDocuments(dir)
	opt := libraryOptions(dir, files, "en", o, newMemory(o, "en", &bytes.Buffer{}), nil)
	if opt.Last != "" || opt.Notice != "" {
		t.Errorf("--no-resume read the memory: %q %q", opt.Last, opt.Notice)
	}
	newMemory(o, "en", &bytes.Buffer{}).saveLibraryLast(dir, "a.txt")
	if after, _ := os.ReadFile(p); string(after) != string(before) {
		t.Errorf("--no-resume wrote %q", after)
	}
	// Nothing is made in a fresh state directory either.
	fresh := t.TempDir()
	t.Setenv("XDG_STATE_HOME", fresh)
	newMemory(o, "en", &bytes.Buffer{}).saveLibraryLast(dir, "a.txt")
	if ents, _ := os.ReadDir(fresh); len(ents) != 0 {
		t.Errorf("--no-resume made %v", ents)
	}
}

// A state directory that cannot be written is reported once for the
// places and the library together; the library still opens.
func TestLibraryMemoryUnwritable(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a file")
	os.WriteFile(f, nil, 0o600)
	t.Setenv("XDG_STATE_HOME", f)
	dir := makeLibrary(t)
	var errs bytes.Buffer
	mem := newMemory(options{}, "en", &errs)
	mem.saveLibraryLast(dir, "a.txt")
	mem.save(state.Key([]byte("文档")), "x.txt", reader.Place{Offset: 1})
	mem.saveLibraryLast(dir, "a.txt")
	if n := strings.Count(errs.String(), "cannot remember"); n != 1 {
		t.Errorf("reported %d times: %q", n, errs.String())
	}
	if s := libraryScreen(t, dir, options{}); !strings.Contains(s, "a.txt") {
		t.Errorf("the list:\n%s", s)
	}
}

// makeLibrary writes a small library: documents in every format the
// library lists, in subdirectories, with things it must leave out.
func makeLibrary(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "甲汇编\n\n\n第一篇文章\n\n正文。\n")
	write("sub/b.md", "# 乙文档\n\n正文。\n")
	write("sub/deeper/c.HTML", "<h1>丙页面</h1><p>正文。</p>")
	write("notes.pdf", "%PDF")
	write("old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an OLE2 file")
	write(".hidden/d.txt", "隐藏。")
	write(".e.txt", "隐藏。")
	os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt"))
	os.Symlink(dir, filepath.Join(dir, "sub", "loop")) // a cycle, not followed
	return dir
}

// A folder that cannot be read is left out of the library, and the header
// says how many were (as a file that cannot be read says so in its row).
func TestUnreadableFolder(t *testing.T) {
	dir := makeLibrary(t)
	defer func(w func(string, fs.WalkDirFunc) error) { walkDir = w }(walkDir)
	walkDir = func(root string, fn fs.WalkDirFunc) error {
		return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() && d.Name() == "deeper" {
				if err := fn(p, d, nil); err != nil {
					return err
				}
				// What WalkDir passes when reading the folder fails.
				if err := fn(p, d, fs.ErrPermission); err != nil && err != filepath.SkipDir {
					return err
				}
				return filepath.SkipDir
			}
			return fn(p, d, err)
		})
	}
	files, unreadable, err := findDocuments(dir)
	if err != nil || unreadable != 1 || len(files) != 5 {
		t.Fatalf("%d files, %d unreadable, %v", len(files), unreadable, err)
	}
	if head := strings.Split(libraryScreen(t, dir, options{}), "\n")[0]; !strings.Contains(head, "unreadable folders: 1") {
		t.Errorf("header: %q", head)
	}
}

// The library's cache lives under XDG_CACHE_HOME; --no-cache reads and
// writes none.
func TestLibraryCacheFlag(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	if c := openCache("en", options{}); !strings.HasPrefix(c.Dir(), filepath.Join(home, "wenji")) {
		t.Errorf("cache in %q, want under %s", c.Dir(), home)
	}
	other := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", other)
	if c := openCache("en", options{noCache: true}); c.Dir() != "" {
		t.Errorf("--no-cache: cache in %q", c.Dir())
	}
	if ents, _ := os.ReadDir(other); len(ents) != 0 {
		t.Errorf("--no-cache made %v", ents)
	}
	var o options
	if _, err := newFlags(&o).GetBool("no-cache"); err != nil || newFlags(&o).Parse([]string{"--no-cache"}) != nil || !o.noCache {
		t.Errorf("--no-cache not parsed: %v %v", err, o.noCache)
	}
}

// A library folder that cannot be read itself is one line naming it with
// the cause in the interface's language, said once, as a file that cannot
// be read is: it said "DIR: open DIR: permission denied" under zh too.
func TestUnreadableLibraryRoot(t *testing.T) {
	dir := makeLibrary(t)
	defer func(w func(string, fs.WalkDirFunc) error) { walkDir = w }(walkDir)
	walkDir = func(root string, fn fs.WalkDirFunc) error {
		// What WalkDir passes when reading the root fails.
		return fn(root, nil, &fs.PathError{Op: "open", Path: root, Err: fs.ErrPermission})
	}
	for _, c := range []struct{ lang, want string }{
		{"zh", "wenji: " + dir + ": 没有读取权限\n"},
		{"en", "wenji: " + dir + ": permission denied\n"},
	} {
		var out, errOut strings.Builder
		if code := runLibrary(dir, c.lang, options{}, strings.NewReader(""), &out, &errOut); code != 1 || errOut.String() != c.want || out.Len() != 0 {
			t.Errorf("%s: exit %d, stderr %q, want %q", c.lang, code, errOut.String(), c.want)
		}
	}
}
