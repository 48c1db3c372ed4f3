package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	basketui "wenji/ui/basket"
	"wenji/ui/cjk"
	"wenji/ui/reader"

	tea "github.com/charmbracelet/bubbletea"
)

// open reads the selected document in a Cmd.
func (l *Library) open() tea.Cmd {
	if l.cursor >= len(l.shown) {
		return nil
	}
	return l.openEntry(l.shown[l.cursor], nil)
}

// openEntry reads entry i in a Cmd, to be shown at jump when set.
func (l *Library) openEntry(i int, jump *libJump) tea.Cmd {
	return l.openAt(i, l.entries[i].file.Path, jump, nil)
}

// openAt reads the file at path (entry i, or -1 for one outside the
// list) in a Cmd, to be shown at jump or at the excerpt src when set.
func (l *Library) openAt(i int, path string, jump *libJump, src *store.Source) tea.Cmd {
	if l.opening || l.opt.Open == nil {
		return nil
	}
	l.opening = true
	name := cjk.SanitizeName(filepath.Base(path))
	if i >= 0 {
		name = l.entries[i].name
	}
	openFn, placeFn := l.opt.Open, l.opt.Place
	return tea.Batch(l.say(fmt.Sprintf(l.tx.OpeningFmt, name)), func() tea.Msg {
		o, err := openFn(path)
		if err != nil {
			_, serr := os.Stat(path) // deleted since the list was made?
			return libOpenedMsg{i: i, path: path, err: err, gone: errors.Is(serr, fs.ErrNotExist)}
		}
		msg := libOpenedMsg{i: i, path: path, doc: o.Doc, key: o.Key, jump: jump, src: src}
		if placeFn != nil && o.Key != "" {
			msg.place, msg.notice = placeFn(o.Key)
		}
		return msg
	})
}

// openCopy parses, in a Cmd, the bytes b of standard input (Ctrl-^ back
// to a document so read), or, when b is nil, the copy the basket kept for
// the excerpt src, to be shown at it.
func (l *Library) openCopy(b []byte, src *store.Source) tea.Cmd {
	if l.opening || l.opt.OpenCopy == nil {
		return nil
	}
	l.opening = true
	basketPath := l.opt.Basket.Path
	if basketPath == "" {
		basketPath, _ = store.DefaultPath()
	}
	openFn, placeFn := l.opt.OpenCopy, l.opt.Place
	gone := wtext.BasketFor(l.opt.Reader.Lang).CopyGone
	return tea.Batch(l.say(fmt.Sprintf(l.tx.OpeningFmt, wtext.ReaderFor(l.opt.Reader.Lang).Stdin)), func() tea.Msg {
		if b == nil {
			var err error
			if b, err = store.ReadCopy(basketPath, *src); err != nil {
				return libOpenedMsg{i: -1, path: "-", err: errors.New(gone)}
			}
		}
		o, err := openFn(b)
		if err != nil {
			return libOpenedMsg{i: -1, path: "-", err: err}
		}
		msg := libOpenedMsg{i: -1, path: "-", doc: o.Doc, key: o.Key, src: src, stdin: b}
		if placeFn != nil && o.Key != "" {
			msg.place, msg.notice = placeFn(o.Key)
		}
		return msg
	})
}

// opened starts the reader on a document read.
func (l *Library) opened(msg libOpenedMsg) tea.Cmd {
	l.opening = false
	if l.altOpen != nil && l.altOpen.path != msg.path {
		l.altOpen = nil
	}
	kept := l.keptFor
	l.keptFor = nil
	if msg.err != nil && kept != nil {
		return l.excerptGone(*kept, msg.err) // the keys typed meanwhile wait for what it shows
	}
	then := l.openThen
	l.openThen = nil
	if msg.err != nil {
		why := l.openError(msg)
		if msg.gone && msg.i >= 0 {
			l.dropGone(msg.i)
			why += l.tx.GoneDropped
		}
		return l.say(why) // the keys typed for it go with it
	}
	l.bar.Drop()
	ro := l.opt.Reader
	if l.reader != nil {
		ro = l.reader.ViewOptions(ro) // o and # hold for the next document
	}
	ro.FileName, ro.Stdin = msg.path, msg.stdin
	ro.Place, ro.Notice = msg.place, msg.notice
	if l.reader != nil {
		l.left, l.leftKey = l.reader.Place(), l.readKey
		l.lastQuery, l.lastText = l.reader.LastSearch()
	}
	ro.LastQuery, ro.LastText = l.lastQuery, l.lastText // n goes on searching, as in less and vim
	ro.Place = reader.HandOver(ro.Place, l.left, l.leftKey, msg.key)
	var alt bool
	ro.Place, alt = l.altPlace(ro.Place, msg.key)
	back := l.back() // from the basket page: the document left is saved
	if c := l.closed; c != nil && c.path != msg.path {
		l.alt = c // Ctrl-^ goes back to it
	}
	if (msg.jump != nil || msg.src != nil) && ro.Place != nil {
		// Opened at a hit or an excerpt, not where it was left: the
		// marks only.
		p := *ro.Place
		p.Offset = 0
		ro.Place = &p
	}
	ro.Library, ro.BasketPage = true, true
	ro.NoFile = msg.kept || msg.noFile // an excerpt shown from the basket, the sample: no file to watch
	ro.Kept = msg.kept                 // nor to add excerpts from
	ro.Key = msg.key                   // an excerpt put in the basket names its document by content
	if msg.doc.Root != nil && msg.doc.Root.Title == "" {
		msg.doc.Root.Title = filepath.Base(ro.FileName)
	}
	r := reader.New(msg.doc, ro)
	jumpTo := true // the hit brought on screen with the reader's context above
	if alt {
		r.StartAt(ro.Place.Offset, ro.Notice) // back, not reopened: not said
	} else if msg.src != nil {
		r.StartAt(basketui.SourceOffset(msg.doc, msg.key, *msg.src), ro.Notice)
	} else if j := msg.jump; j != nil && j.heading {
		if n := msg.doc.NodeAt(j.at); n != nil {
			// A heading found: at the top, as a node jumped to.
			j.at = n.Span.Start
			r.StartAt(j.at, ro.Notice)
			r.OpenedAtHeading()
			jumpTo = false
		}
	}
	l.reader, l.readIdx, l.readPath, l.readKey, l.page = &r, msg.i, msg.path, msg.key, pageReader
	l.basket.Shown = false // an excerpt's document opened from the page
	l.basket.AddReader(r.Saves())
	if msg.i >= 0 {
		l.last = msg.i
	}
	cmds := []tea.Cmd{back, r.Init()}
	if l.Width > 0 {
		cmds = append(cmds, l.toReader(tea.WindowSizeMsg{Width: l.Width, Height: l.Height}))
	}
	if j := msg.jump; j != nil {
		cmds = append(cmds, l.reader.OpenAtHit(j.query, j.text, j.at, jumpTo))
	}
	for _, k := range then {
		cmds = append(cmds, l.toPageKey(k))
	}
	return tea.Batch(cmds...)
}

// openError is what the bar says of a document that could not be read:
// its name as the list shows it (below the library, not the absolute
// path the error opens with, which took the room of the cause), then the
// cause's first line.
func (l *Library) openError(msg libOpenedMsg) string {
	why := cjk.Sanitize(firstLine(reader.ErrText(msg.err)))
	name := cjk.SanitizeName(msg.path)
	if msg.i >= 0 && msg.i < len(l.entries) {
		name = l.entries[msg.i].name
	}
	if rest, ok := strings.CutPrefix(why, cjk.Sanitize(msg.path)+": "); ok {
		return name + ": " + rest
	}
	return why
}

// back closes the reader, saving its place in a Cmd.
func (l *Library) back() tea.Cmd {
	if l.reader == nil {
		return nil
	}
	key, path, p := l.readKey, l.readPath, l.reader.Place()
	l.left, l.leftKey = p, key // for the next reader of it, before its save is read
	l.closed = &libAlt{i: l.readIdx, path: path, key: key, place: p, stdin: l.reader.Stdin()}
	if l.reader.Kept() {
		l.closed.kept = l.reader.Document() // the excerpt alone: small
	}
	l.lastQuery, l.lastText = l.reader.LastSearch()
	if d, b := l.reader.TakeBasketNotice(); d != "" {
		l.basketDamaged, l.basketBackup = d, b // for the page Tab opens over the list
	}
	l.opt.Reader = l.reader.ViewOptions(l.opt.Reader) // o and # hold for the next document
	l.reader.Close()
	l.reader, l.readIdx, l.readPath, l.readKey, l.page = nil, -1, "", "", pageList
	l.basket.Shown = false
	// Back from a document, the list (or the results) is browsed, not typed.
	switch l.mode {
	case modeFilter:
		l.setMode(modeList)
	case modeSearch:
		l.setMode(modeResults)
	}
	// The searches made in the document are the history's newest now.
	l.search.histAt, l.search.draft = len(l.history().List()), ""
	look := tea.Batch(l.look(true), l.rescan()) // back in view: the files deleted and added meanwhile
	save := l.opt.Save
	if save == nil || key == "" {
		return look
	}
	return tea.Batch(look, func() tea.Msg { return libSavedMsg{save(key, path, p)} })
}

// Basket returns what holds the basket's saves of the run (the readers'
// adds, the pages' changes), for the program's end: Host.Flush, then
// Host.Failed, as the reader's program ends.
func (l Library) Basket() basketui.Host { return l.basket }

// Reading returns the document open in the reader, its key and its place,
// for main to save when the program ends there; ok is false in the list.
func (l Library) Reading() (path, key string, p reader.Place, ok bool) {
	if l.reader == nil {
		return "", "", reader.Place{}, false
	}
	return l.readPath, l.readKey, l.reader.Place(), true
}

// ViewOptions returns the reader's options with the view the user set
// last (o and #: reader.ViewOptions), the reader's shown or the one's
// closed last, for main to remember.
func (l Library) ViewOptions() reader.Options {
	if l.reader != nil {
		return l.reader.ViewOptions(l.opt.Reader)
	}
	return l.opt.Reader
}

// LastOpened returns the Rel of the document last opened in the reader,
// from the list or from a search result, for main to remember; ok is
// false when none was.
func (l Library) LastOpened() (rel string, ok bool) {
	if l.last < 0 {
		return "", false
	}
	return l.entries[l.last].file.Rel, true
}

// SaveReported reports whether a failed save was already shown, so main
// need not say it again.
func (l Library) SaveReported() bool { return l.saveErr }

// toPageKey gives a key typed while the document opened to the page shown
// now (the reader; the list, should one of them have gone back to it).
func (l *Library) toPageKey(k tea.KeyMsg) tea.Cmd {
	if cmd, ok := l.keyToPage(k); ok {
		return cmd
	}
	return l.listKey(k)
}

// libAlt is a document read before, for Ctrl-^ (vim's alternate file):
// the entry (-1 for a file outside the list), its file and key, and the
// place it was left with its marks. The library keeps no document whole
// (its memory does not grow with what was read): Ctrl-^ reads it again.
type libAlt struct {
	i         int
	path, key string
	place     reader.Place
	stdin     []byte // the copy of standard input it was read from, nil for a file's
	// kept is what the basket keeps of an excerpt whose file is gone,
	// when that was the document (basketui.KeptDoc): no file to read
	// again, it is kept whole, as the reader of a single file keeps it.
	kept *model.Document
}

// toAlternate reads the alternate document again, for Ctrl-^ in the
// reader; opened shows it where it was left (altPlace).
func (l *Library) toAlternate() tea.Cmd {
	a := l.alt
	var cmd tea.Cmd
	if a.kept != nil {
		if l.opening {
			return nil
		}
		l.altOpen = a
		return l.opened(libOpenedMsg{i: -1, path: a.path, doc: a.kept, kept: true})
	}
	if a.stdin != nil {
		cmd = l.openCopy(a.stdin, nil)
	} else {
		cmd = l.openAt(a.i, a.path, nil, nil)
	}
	if cmd != nil {
		l.altOpen = a
	}
	return cmd
}

// reopenLast is Ctrl-^ in the list, or in the search's results: the
// document read last (the one Esc came back from), again where it was
// left, as vim's Ctrl-^ edits the alternate file from any buffer; its
// own Ctrl-^ then goes on to the one read before it. It did nothing.
// Before any document of this run was read it is the one the last run
// read (Options.Last, where the cursor started), opened where it was
// left, as Enter on it would: the run remembered it.
func (l *Library) reopenLast() tea.Cmd {
	c := l.closed
	if c == nil {
		if i := slices.IndexFunc(l.entries, func(e libEntry) bool { return e.file.Rel == l.opt.Last }); l.opt.Last != "" && i >= 0 {
			return l.openEntry(i, nil)
		}
		return l.flash(l.tx.NoReopen)
	}
	before := l.alt
	l.alt = c
	cmd := l.toAlternate()
	l.alt = before // opened keeps it: the document read is c again
	return cmd
}

// altPlace is where the document with key opens: at the place it was
// left as the alternate (ok), when Ctrl-^ read it again and it is the
// same text (the marks saved with p kept too), else p.
func (l *Library) altPlace(p *reader.Place, key string) (place *reader.Place, ok bool) {
	a := l.altOpen
	l.altOpen = nil
	if a == nil || a.key != key {
		return p, false
	}
	np := reader.HandOver(p, a.place, a.key, key)
	if np == nil {
		np = &reader.Place{Marks: a.place.Marks}
	}
	np.Offset = a.place.Offset
	return np, true
}
