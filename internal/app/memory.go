package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"wenji/internal/state"
	"wenji/internal/text"
	"wenji/ui/reader"
)

// memory is what main remembers for the reader between runs (see
// internal/state): it loads a document's place before the program starts
// and saves it after the program ends, so the UI never touches a file.
type memory struct {
	store    *state.Session // merges each save with what other runs wrote
	noResume bool
	lang     string
	stderr   io.Writer

	once    sync.Once // a state directory that cannot be written is reported once
	saveErr error

	// The saves made while the program runs (Cmds: a mark set, a reader
	// replaced) take live, and none is made once ended: one still running
	// when the program ends finishes before the last save, and none
	// started after overwrites it with an older place.
	live  sync.Mutex
	ended bool

	// view is the outline's toggles as this run read them (viewInto):
	// saveView writes those the run changed.
	view state.View
}

// newMemory returns the memory in the XDG state directory, or nil when
// there is no home to keep it in (the reader works without).
func newMemory(o options, lang string, stderr io.Writer) *memory {
	s, err := state.Open()
	if err != nil {
		return nil
	}
	return &memory{store: s.Session(), noResume: o.noResume, lang: lang, stderr: stderr}
}

// place fills opt.Place (and opt.Notice when the state file was bad) for
// the document with key. --no-resume starts at the top, marks kept.
func (mem *memory) place(key string, opt *reader.Options) {
	if mem == nil || key == "" {
		return
	}
	opt.Place, opt.Notice = mem.lookup(key)
}

// lookup returns the place of the document with key, and a notice when
// the state file was bad.
func (mem *memory) lookup(key string) (p *reader.Place, notice string) {
	d, err := mem.store.Load(key)
	notice = mem.loadNotice(err, func(t *text.CLI) (string, string) { return t.StateCorrupt, t.StateUnreadable })
	p = &reader.Place{Offset: d.Offset, Marks: d.Marks}
	if mem.noResume {
		p.Offset = 0
	}
	return p, notice
}

// save remembers p for the document with key read from name. A failure is
// reported on stderr, once per run, and otherwise ignored.
func (mem *memory) save(key, name string, p reader.Place) {
	if mem == nil || key == "" {
		return
	}
	mem.live.Lock()
	mem.ended = true
	mem.live.Unlock()
	mem.report(mem.store1(key, name, p), func(t *text.CLI) string { return t.StateUnwritable })
}

// report writes a failure to save on stderr, the first one of the run only
// (one state directory: its next failures say the same); what gives the
// line's words, a %v for the cause.
func (mem *memory) report(err error, what func(*text.CLI) string) {
	if err == nil {
		return
	}
	mem.once.Do(func() {
		mem.saveErr = err
		fmt.Fprintf(mem.stderr, "wenji: "+what(text.CLIFor(mem.lang))+"\n", reader.ErrLineIn(mem.lang, err))
	})
}

// libraryLast returns the document last opened from the library in dir,
// relative to dir, and a notice when that could not be read. --no-resume
// reads nothing.
func (mem *memory) libraryLast(dir string) (rel, notice string) {
	if mem == nil || mem.noResume {
		return "", ""
	}
	l, err := mem.store.LoadLibrary(state.LibraryDir(dir))
	notice = mem.loadNotice(err, func(t *text.CLI) (string, string) { return t.LibStateCorrupt, t.LibStateUnreadable })
	return filepath.FromSlash(l.Last), notice
}

// loadNotice words err, from reading a state file, as the notice shown
// when the document or library opens ("" for none); texts gives the
// wording of a corrupt and of an unreadable file of its kind.
func (mem *memory) loadNotice(err error, texts func(*text.CLI) (corrupt, unreadable string)) string {
	t := text.CLIFor(mem.lang)
	corrupt, unreadable := texts(t)
	var ce *state.CorruptError
	var tl *state.TooLargeError
	switch {
	case errors.As(err, &ce):
		return fmt.Sprintf(corrupt, tildeHome(ce.Path))
	case errors.As(err, &tl):
		return fmt.Sprintf(t.StateTooLarge, tildeHome(tl.Path), tl.What)
	case err != nil:
		// Said in the status bar: the cause, in the interface's
		// language, without the path that would push it out.
		return fmt.Sprintf(unreadable, reader.ErrTextIn(mem.lang, err))
	}
	return ""
}

// saveLibraryLast remembers rel (relative to dir) as the document last
// opened from the library in dir. --no-resume writes nothing; a failure is
// reported as save's are, once a run.
func (mem *memory) saveLibraryLast(dir, rel string) {
	if mem == nil || mem.noResume || rel == "" {
		return
	}
	l := state.Library{Dir: state.LibraryDir(dir), Last: filepath.ToSlash(rel), Seen: time.Now().UTC()}
	mem.report(mem.store.SaveLibrary(l), func(t *text.CLI) string { return t.LibStateUnwritable })
}

// saveLive is store1 for the saves made while the program runs; after
// the program ended (save) it saves nothing.
func (mem *memory) saveLive(key, name string, p reader.Place) error {
	mem.live.Lock()
	defer mem.live.Unlock()
	if mem.ended {
		return nil
	}
	return mem.store1(key, name, p)
}

// store1 saves one place, naming the file it was read from.
func (mem *memory) store1(key, name string, p reader.Place) error {
	if name != "" && name != "-" {
		if abs, err := filepath.Abs(name); err == nil {
			name = abs
		}
	}
	return mem.store.Save(key, state.Doc{Offset: p.Offset, Marks: p.Marks, Name: name, Seen: time.Now().UTC()})
}

// keyLater starts fileKey(path) on a goroutine of its own and returns
// fileKey for the reader to ask for it by: a file over 4 MB is keyed by
// hashing 3 MB of samples, a few milliseconds that the preview's parse
// and the terminal's answer to the width probe share rather than wait
// for. Asked of another path, it keys that path as fileKey does.
func keyLater(path string) func(string) string {
	c := make(chan string, 1)
	go func() { c <- fileKey(path) }()
	key := sync.OnceValue(func() string { return <-c })
	return func(p string) string {
		if p != path {
			return fileKey(p)
		}
		return key()
	}
}

// fileKey is the state key of the file at path, read by samples when it
// is large (state.KeyReader); "" when it cannot be read.
func fileKey(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return ""
	}
	k, err := state.KeyReader(f, st.Size())
	if err != nil {
		return ""
	}
	return k
}

// tildeHome writes a path under the home directory as ~/….
func tildeHome(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if rel, err := filepath.Rel(home, p); err == nil && filepath.IsLocal(rel) {
			return filepath.Join("~", rel)
		}
	}
	return p
}

// searches gives the searches of earlier sessions for the / prompt's ↑;
// a file it cannot read gives none (the searches are a convenience, and
// the prompt says nothing of them).
func (mem *memory) searches() []string {
	l, _ := mem.store.LoadSearches()
	return l
}

// remember keeps a search confirmed with Enter for the next session.
func (mem *memory) remember(q string) error { return mem.store.RememberSearch(q) }

// viewInto sets opt's outline toggles (o, # and o on a narrow terminal) to those the user left in
// an earlier run; a file that cannot be read leaves the defaults (it is
// moved aside when a change is saved over it).
func (mem *memory) viewInto(opt *reader.Options) {
	if mem == nil {
		return
	}
	mem.view, _ = mem.store.LoadView()
	mem.applyView(opt)
}

// saveView remembers the outline's toggles of the run's last reader (its
// ViewOptions): those that differ from what the run started with, so a
// toggle another run saved meanwhile, and this one did not touch, stays.
// A failure is reported as save's are, once a run.
func (mem *memory) saveView(o reader.Options) {
	if mem == nil {
		return
	}
	var start reader.Options
	mem.applyView(&start)
	var changed state.View
	if o.HideOutline != start.HideOutline {
		changed.Outline = ptrBool(!o.HideOutline)
	}
	if o.ShowChars != start.ShowChars {
		changed.Chars = ptrBool(o.ShowChars)
	}
	if o.NarrowOutline != start.NarrowOutline {
		changed.Narrow = ptrBool(o.NarrowOutline)
	}
	mem.report(mem.store.SaveView(changed), func(t *text.CLI) string { return t.ViewUnwritable })
}

// applyView sets opt's outline toggles to those the run read.
func (mem *memory) applyView(opt *reader.Options) {
	if v := mem.view.Outline; v != nil {
		opt.HideOutline = !*v
	}
	if v := mem.view.Chars; v != nil {
		opt.ShowChars = *v
	}
	if v := mem.view.Narrow; v != nil {
		opt.NarrowOutline = *v
	}
}

func ptrBool(b bool) *bool { return &b }
