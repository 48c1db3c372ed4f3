package app

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/internal/state"
	"wenji/internal/text"
	"wenji/ui/reader"
)

// A place saved is the place loaded, under the content's key; --no-resume
// starts at the top but keeps the marks.
func TestMemoryRoundTrip(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	var errs bytes.Buffer
	mem := newMemory(options{}, "en", &errs)
	key := state.Key([]byte("文档"))
	mem.save(key, "x.txt", reader.Place{Offset: 42, Marks: map[string]int{"a": 7}})
	var opt reader.Options
	mem.place(key, &opt)
	if opt.Place == nil || opt.Place.Offset != 42 || opt.Place.Marks["a"] != 7 || opt.Notice != "" {
		t.Errorf("loaded %+v, notice %q", opt.Place, opt.Notice)
	}
	opt = reader.Options{}
	newMemory(options{noResume: true}, "en", &errs).place(key, &opt)
	if opt.Place.Offset != 0 || opt.Place.Marks["a"] != 7 {
		t.Errorf("--no-resume: %+v", opt.Place)
	}
	if errs.Len() > 0 {
		t.Errorf("stderr: %s", errs.String())
	}
}

// A damaged state file is ignored with a notice, in the reader's language.
func TestMemoryCorrupt(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	key := state.Key([]byte("文档"))
	docs := filepath.Join(dir, "wenji", "docs")
	os.MkdirAll(docs, 0o700)
	os.WriteFile(filepath.Join(docs, key+".json"), []byte("{garbage"), 0o600)
	var opt reader.Options
	newMemory(options{}, "zh", &bytes.Buffer{}).place(key, &opt)
	if opt.Place == nil || opt.Place.Offset != 0 || !strings.Contains(opt.Notice, "已损坏") {
		t.Errorf("place %+v, notice %q", opt.Place, opt.Notice)
	}
}

// A state directory that cannot be written is reported once, however many
// saves fail.
func TestMemoryUnwritable(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a file")
	os.WriteFile(f, nil, 0o600)
	t.Setenv("XDG_STATE_HOME", f) // a directory under a file cannot be made, even by root
	var errs bytes.Buffer
	mem := newMemory(options{}, "en", &errs)
	for range 3 {
		mem.save(state.Key([]byte("文档")), "x.txt", reader.Place{Offset: 1})
	}
	if n := strings.Count(errs.String(), "cannot remember"); n != 1 {
		t.Errorf("reported %d times: %q", n, errs.String())
	}
}

// TestLoadNotice: each failure to read a state file is worded with the
// texts of its kind (a document's place, a library's last document); the
// too-large one is the same for both.
func TestLoadNotice(t *testing.T) {
	mem := &memory{lang: "en"}
	en := text.CLIFor("en")
	doc := func(t *text.CLI) (string, string) { return t.StateCorrupt, t.StateUnreadable }
	lib := func(t *text.CLI) (string, string) { return t.LibStateCorrupt, t.LibStateUnreadable }
	corrupt := &state.CorruptError{Path: "/x/s.json", Err: errors.New("bad")}
	large := &state.TooLargeError{Path: "/x/s.json", What: "3.0 MB"}
	other := errors.New("permission denied")
	for _, c := range []struct {
		texts func(*text.CLI) (string, string)
		err   error
		want  string
	}{
		{doc, nil, ""},
		{doc, corrupt, fmt.Sprintf(en.StateCorrupt, "/x/s.json")},
		{lib, corrupt, fmt.Sprintf(en.LibStateCorrupt, "/x/s.json")},
		{doc, large, fmt.Sprintf(en.StateTooLarge, "/x/s.json", "3.0 MB")},
		{lib, large, fmt.Sprintf(en.StateTooLarge, "/x/s.json", "3.0 MB")},
		{doc, other, fmt.Sprintf(en.StateUnreadable, "permission denied")},
		{lib, other, fmt.Sprintf(en.LibStateUnreadable, "permission denied")},
	} {
		if got := mem.loadNotice(c.err, c.texts); got != c.want {
			t.Errorf("%v: %q, want %q", c.err, got, c.want)
		}
	}
}

// A save made while the program runs (a mark set) is kept; once the
// program ended and its last place was saved, a late one (a Cmd still
// running) saves nothing, so the last place stays.
func TestMemoryLiveSaves(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	var errs bytes.Buffer
	mem := newMemory(options{}, "en", &errs)
	key := state.Key([]byte("文档"))
	if err := mem.saveLive(key, "x.txt", reader.Place{Offset: 10, Marks: map[string]int{"e": 10}}); err != nil {
		t.Fatal(err)
	}
	if p, _ := mem.lookup(key); p.Offset != 10 || p.Marks["e"] != 10 {
		t.Fatalf("live save: %+v", p)
	}
	mem.save(key, "x.txt", reader.Place{Offset: 42, Marks: map[string]int{"e": 10}})
	if err := mem.saveLive(key, "x.txt", reader.Place{Offset: 20, Marks: map[string]int{"e": 10}}); err != nil {
		t.Fatal(err)
	}
	if p, _ := mem.lookup(key); p.Offset != 42 {
		t.Errorf("a live save after the last one: place %d, want 42", p.Offset)
	}
}

// TestKeyLater: the key worked out on the side is fileKey's, for the path
// it was started on and for any other asked of it, as often as asked.
func TestKeyLater(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	if err := os.WriteFile(a, []byte("甲文\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("乙文\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	key := keyLater(a)
	for range 2 {
		if got, want := key(a), fileKey(a); got != want || got == "" {
			t.Errorf("key(a) = %q, want %q", got, want)
		}
	}
	if got, want := key(b), fileKey(b); got != want || got == key(a) {
		t.Errorf("key(b) = %q, want %q", got, want)
	}
}

// TestMemoryView: the outline's toggles a run starts with are those an
// earlier run left (the pane o showed on a narrow terminal too); a run saves only those it changed, so two runs at
// once keep each one's change (the one that did not touch o leaves the
// other's o).
func TestMemoryView(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	var errs bytes.Buffer
	a, b := newMemory(options{}, "en", &errs), newMemory(options{}, "en", &errs)
	var oa, ob reader.Options
	a.viewInto(&oa)
	b.viewInto(&ob)
	if oa.HideOutline || oa.ShowChars || oa.NarrowOutline {
		t.Fatalf("defaults: %+v", oa)
	}
	oa.HideOutline = true   // a pressed o
	ob.ShowChars = true     // b pressed #
	ob.NarrowOutline = true // and o on a narrow terminal
	a.saveView(oa)
	b.saveView(ob)
	var oc reader.Options
	newMemory(options{}, "en", &errs).viewInto(&oc)
	if !oc.HideOutline || !oc.ShowChars || !oc.NarrowOutline {
		t.Errorf("next run: hide outline %v, 字数 %v, narrow outline %v; want all", oc.HideOutline, oc.ShowChars, oc.NarrowOutline)
	}
	if errs.Len() > 0 {
		t.Errorf("stderr: %s", errs.String())
	}
}
