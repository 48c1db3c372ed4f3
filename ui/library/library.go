package library

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	wtext "wenji/internal/text"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/internal/doccache"
	"wenji/model"
	"wenji/model/search"
	basketui "wenji/ui/basket"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/helpview"
	"wenji/ui/components/prompt"
	"wenji/ui/components/statusbar"
	"wenji/ui/internal/stream"
	"wenji/ui/reader"
)

// The library is what `wenji DIR` shows: every document under DIR in a
// list, filtered as you type, each opened in the reader with Enter. The
// list is there at once with the file names; the titles, 字数 and article
// counts fill in as they come, on all cores, through the cache of parsed
// documents (internal/doccache: a document seen before is not parsed
// again), and the library search scans the files through internal/libgrep.
// The list holds those summaries, never the documents. The reader is a
// child of the library: Esc or Backspace in the reader hands the screen
// back to the list, as it was.
//
// The library does its I/O only inside Cmds: main walks the directory and
// passes the cache and functions that read a file for the reader and load
// and save its place.

// File is one document found under the directory.
type File struct {
	// Path is the file's path, as passed to Options.Open.
	Path string
	// Rel is what the list shows: the path below the library's directory.
	Rel string
	// Size is the file's size in bytes.
	Size int64
}

// Opened is a document read for the library.
type Opened struct {
	Doc *model.Document
	// Key identifies the content for Options.Place and Save.
	Key string
}

// Options configure the library.
type Options struct {
	// Reader is used for each document opened (FileName, Place and Notice
	// are set per document).
	Reader reader.Options
	// Dir is the directory listed, for the header.
	Dir string
	// Files are the documents, in the order listed.
	Files []File
	// FindSame, when set, returns the path of one of paths whose content
	// key is key ("" for none), the files named name first: where an
	// excerpt's document moved within the library (excerptGone). It
	// runs in a Cmd, and returns soon once ctx is cancelled (Esc).
	FindSame func(ctx context.Context, key, name string, paths []string) string
	// Open reads and parses one file for the reader.
	Open func(path string) (Opened, error)
	// OpenCopy, when set, parses the bytes of standard input that the
	// basket kept for an excerpt (internal/basket.ReadCopy), as Open
	// does a file's: the basket page's Enter opens such an excerpt.
	OpenCopy func(b []byte) (Opened, error)
	// Sample, when set, opens an excerpt of the embedded sample.
	Sample basketui.Sample
	// Place returns where the document with key was left, and a notice
	// when that could not be read; nil leaves every document at its start.
	Place func(key string) (*reader.Place, string)
	// Save remembers where the document with key, read from path, was
	// left; nil remembers nothing.
	Save func(key, path string, p reader.Place) error
	// Workers is how many documents are parsed at once; 0 means one a core.
	Workers int
	// Cache gives the rows' titles and counts and the search's spans
	// (internal/doccache): a document listed or searched before is not
	// parsed again. nil is a disabled cache: every document is parsed.
	Cache *doccache.Cache
	// Unreadable is how many folders under Dir could not be read: their
	// documents are missing from Files, and the header says so.
	Unreadable int
	// Last is the Rel of the document last opened from this library, for
	// the cursor to start on; one not in Files is ignored.
	Last string
	// Basket configures the basket page that B opens over the reader
	// (Lang, Ambiguous and Styles are the Reader's).
	Basket basketui.Options
	// Notice, when set, is flashed in the status bar at the start (the
	// library's memory could not be read).
	Notice string
	// Rescan, when set, walks Dir again as main walked it for Files:
	// the list takes in the files added since (watch.go). It runs in a
	// Cmd.
	Rescan func() (files []File, unreadable int, err error)
}

// libEntry is a row of the list.
type libEntry struct {
	file     File
	name     string // Rel, sanitised for the screen
	title    string // sanitised; empty until parsed
	chars    int
	articles int
	err      string // why it could not be read
	parsed   bool
	gone     bool // opening it found the file gone: no longer listed
}

// libInfo is what the background parse learned of entry i.
type libInfo struct {
	i        int
	title    string
	chars    int
	articles int
	err      error
}

// libInfoMsg delivers parsed entries, a batch at a time (internal/stream).
type libInfoMsg = stream.Batch[libInfo]

// libOpenedMsg is a document read for the reader.
type libOpenedMsg struct {
	i      int           // the entry, -1 for a file outside the list
	path   string        // its file
	src    *store.Source // from the basket page: the excerpt to show
	jump   *libJump      // from a search result: the hit to show, the query to keep
	doc    *model.Document
	key    string
	place  *reader.Place
	notice string
	err    error
	gone   bool   // err, and the file is no longer there
	stdin  []byte // the copy of standard input doc was read from, nil for a file's
	kept   bool   // doc is what the basket keeps of an excerpt: no file
	noFile bool   // doc is the embedded sample: no file either
}

// libSavedMsg reports a place saved when the reader was left.
type libSavedMsg struct{ err error }

// Library is the root model of `wenji DIR`. Build it with New.
type Library struct {
	common.Common // the screen's size, the width function, the styles
	opt           Options
	tx            *libText
	keys          LibraryKeyMap // built once; setMode enables what works
	// lastNote is the start's "last opened: …", which the bar cuts to
	// its line as it cuts a note: it never takes lines over the list.
	lastNote string

	entries []libEntry
	shown   []int // indexes into entries, filtered and ordered
	filter  prompt.Model
	fuzzy   *search.Fuzzy
	cursor  int // index into shown
	top     int // first row of shown on screen
	parsed  int // entries parsed so far
	done    bool

	search libSearch

	page    page // what is shown: the list, the reader, the basket page
	opening bool // a document is being read: one at a time
	// openThen are the keys typed while a document opened from the list
	// or the results is read ("Enter G", "Enter nn" read together): the
	// reader's, once it is on screen; they went to the filter or the query.
	openThen []tea.KeyMsg
	// excerptWait is set from the basket page's Enter on an excerpt
	// until its OpenMsg starts the read (openExcerpt): keys go to
	// openThen meanwhile.
	excerptWait bool
	// keptFor is the excerpt whose document is being opened from the
	// basket page: when it cannot be, what the basket keeps of it is
	// shown (excerptGone).
	keptFor *store.Excerpt
	// seek is the look for a file of the library with the content of an
	// excerpt whose file is gone (excerptGone), while opening waits.
	seek     basketui.Seek
	reader   *reader.Model
	readIdx  int          // entry in the reader, -1 for a file outside the list
	readPath string       // its file
	readKey  string       // its state key
	left     reader.Place // where the last reader closed was left
	leftKey  string       // and its document's key
	closed   *libAlt      // the document the last reader closed read
	alt      *libAlt      // the document read before the one open, for Ctrl-^
	altOpen  *libAlt      // the alternate being read for Ctrl-^
	// lastQuery and lastText are the last search of the readers, for n
	// in the next (reader.Options.LastQuery).
	lastQuery *search.Query
	lastText  string
	basket    basketui.Host // the basket page, shown while page is pageBasket
	// basketDamaged is the damaged basket file an add of a reader closed
	// since found, and basketBackup the .bak it went to, until a basket
	// page says so (reader.OpenBasketMsg.Damaged).
	basketDamaged, basketBackup string
	last                        int       // entry last opened in the reader, -1 before any
	goneN                       int       // entries found gone (libEntry.gone)
	looking                     bool      // a look at the files is on its way (watch.go)
	lookNext                    int       // the entry the next look's batch starts at
	ticks                       int       // the watch's ticks while the list was shown
	walking                     bool      // a Rescan is on its way
	rescanAfter                 time.Time // no Rescan before this (walkShare)
	added                       bool      // entries were added after the first walk: shown sorts by path

	// mode says what a key means (mode.go); helpFrom is the mode the
	// help returns to.
	mode     mode
	helpFrom mode
	help     helpview.Model
	rtx      *wtext.Shared

	bar      statusbar.Model // the status bar's timed message
	saveErr  bool            // a failed save was reported: once is enough
	startCmd tea.Cmd
}

// New returns the library of opt.Files.
func New(opt Options) Library {
	ro := &opt.Reader
	if ro.Lang != "zh" && ro.Lang != "en" {
		ro.Lang = common.Lang()
	}
	if ro.Ambiguous != 1 && ro.Ambiguous != 2 {
		ro.Ambiguous = cjk.AmbiguousFromEnv()
	}
	if ro.Styles == nil {
		st := common.DefaultStyles()
		ro.Styles = &st
	}
	if ro.History == nil {
		// One history for the search and every document's / prompt.
		ro.History = reader.NewHistory(ro.Searches)
	}
	l := Library{Common: common.Common{W: cjk.New(ro.Ambiguous), Styles: ro.Styles}, opt: opt, tx: libTextFor(ro.Lang),
		rtx: wtext.SharedFor(ro.Lang), readIdx: -1, last: -1}
	l.keys = DefaultLibraryKeyMap(ro.Lang)
	l.help = helpview.New(l.Common, l.rtx, l.keys, libHelpGroupTitles(l.tx), helpview.ScrollKeys{
		Down: l.keys.HelpDown, Up: l.keys.HelpUp, PageDown: l.keys.HelpPageDown, PageUp: l.keys.HelpPageUp,
		Top: l.keys.HelpTop, Bottom: l.keys.HelpBottom,
	})
	if l.opt.Cache == nil {
		l.opt.Cache, _ = doccache.Open(doccache.Options{Disabled: true}) // no error when disabled
	}
	l.entries = make([]libEntry, len(opt.Files))
	for i, f := range opt.Files {
		l.entries[i] = libEntry{file: f, name: oneLine(f.Rel)}
	}
	l.filter = prompt.New(l.W)
	l.search.input = prompt.New(l.W)
	l.fuzzy = compileFuzzy("")
	l.setMode(modeList)
	l.refilter()
	if len(opt.Files) > 0 {
		l.startCmd = tea.Batch(l.parseAll(), watch())
	} else {
		l.done = true
	}
	// The cursor starts on the document last opened; the first
	// WindowSizeMsg scrolls it into view.
	var notes []string
	if opt.Notice != "" {
		notes = append(notes, opt.Notice)
	}
	if opt.Last != "" {
		if k := slices.IndexFunc(l.shown, func(i int) bool { return l.entries[i].file.Rel == opt.Last }); k >= 0 {
			l.cursor = k
			notes = append(notes, fmt.Sprintf(l.tx.LastFmt, l.entries[l.shown[k]].name))
		}
	}
	if len(notes) > 0 {
		if opt.Notice == "" {
			// Where the cursor is, which the list shows: cut to the bar,
			// it did not cover the list's last rows over two lines at 50
			// columns, as the user started a search. A notice that the
			// memory was damaged is said whole.
			l.lastNote = notes[0]
		}
		l.startCmd = tea.Batch(l.startCmd, l.flash(strings.Join(notes, " · ")))
	}
	return l
}

// Init starts the background parse.
func (l Library) Init() tea.Cmd { return l.startCmd }

// Update routes a message to the page shown (page): keys to it, the
// reader's other messages to the reader while one is open (under the
// basket page too), the basket page's to it; parse and search results
// always reach the list.
func (l Library) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		l.SetSize(msg.Width, msg.Height)
		l.help.SetSize(msg.Width, max(1, msg.Height-1)) // above the status bar
		l.scrollToCursor()
		return l, l.toPages(msg)
	case libRowMsg:
		if msg.i >= 0 && msg.i < len(l.entries) {
			l.entries[msg.i].file.Size = msg.size
			l.took([]libInfo{msg.info})
		}
		return l, nil
	case libInfoMsg:
		l.took(msg.Items)
		l.done = msg.Done()
		return l, msg.Next()
	case libOpenedMsg:
		return l, l.opened(msg)
	case libWatchMsg:
		return l, l.watched()
	case libLookMsg:
		return l, l.looked(msg)
	case libRescanMsg:
		return l, l.rescanned(msg)
	case libAddedMsg:
		l.took(msg.infos)
		return l, nil
	case reader.BackMsg:
		cmd := l.back()
		if msg.Then != nil && l.reader == nil {
			cmd = tea.Batch(cmd, l.listKey(*msg.Then))
		}
		return l, cmd
	case libSavedMsg:
		if msg.err != nil && !l.saveErr {
			l.saveErr = true
			return l, l.flash(fmt.Sprintf(l.tx.SaveFailed, reader.ErrTextIn(l.opt.Reader.Lang, msg.err)))
		}
		return l, nil
	case statusbar.ClearMsg:
		// Numbered across the program: each bar drops only its own.
		l.bar.Update(msg)
		return l, l.toPages(msg)
	case libSearchTickMsg:
		if msg.gen == l.search.gen && l.search.query != nil {
			return l, l.startLibSearch()
		}
		return l, nil
	case libSearchMsg:
		return l, l.searchResults(msg)
	case libHitsMsg:
		return l, l.gotHits(msg)
	}
	if cmd, ok := l.pageMsg(msg); ok {
		return l, cmd
	}
	switch msg.(type) {
	case tea.KeyMsg, tea.MouseMsg:
		if cmd, ok := l.keyToPage(msg); ok {
			return l, cmd
		}
	default:
		if l.reader != nil { // its timers and scans run on under the basket page
			return l, l.toReader(msg)
		}
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return l, l.listKey(msg)
	case tea.MouseMsg:
		if l.mode == modeHelp {
			l.help.Mouse(msg)
			return l, nil
		}
		return l, l.mouse(msg)
	}
	return l, nil
}

// toReader passes msg to the open reader.
func (l *Library) toReader(msg tea.Msg) tea.Cmd {
	nm, cmd := l.reader.Update(msg)
	r := nm.(reader.Model)
	l.reader = &r
	if k, ok := r.ReloadedKey(); ok && k != l.readKey {
		l.readKey = k // R read the file again: its row anew
		cmd = tea.Batch(cmd, l.redescribe(l.readIdx))
	}
	return cmd
}

// refilter rebuilds the shown rows from the filter, keeping the cursor on
// the same entry when it is still shown.
func (l *Library) refilter() {
	cur := -1
	if l.cursor < len(l.shown) {
		cur = l.shown[l.cursor]
	}
	l.shown = l.shown[:0]
	if l.fuzzy.Empty() {
		for i, e := range l.entries {
			if !e.gone {
				l.shown = append(l.shown, i)
			}
		}
		if l.added { // files found later are listed in their place
			slices.SortStableFunc(l.shown, func(a, b int) int { return strings.Compare(l.entries[a].file.Rel, l.entries[b].file.Rel) })
		}
	} else {
		type scored struct{ i, score int }
		var hits []scored
		for i, e := range l.entries {
			s1, ok1 := l.fuzzy.Match(e.title)
			s2, ok2 := l.fuzzy.Match(e.name)
			if (ok1 || ok2) && !e.gone {
				hits = append(hits, scored{i, max(s1, s2)})
			}
		}
		slices.SortStableFunc(hits, func(a, b scored) int { return b.score - a.score })
		for _, h := range hits {
			l.shown = append(l.shown, h.i)
		}
	}
	l.cursor = 0
	if cur >= 0 {
		if k := slices.Index(l.shown, cur); k >= 0 {
			l.cursor = k
		}
	}
	l.scrollToCursor()
}

// listed is the number of documents the list holds: its files but those
// found gone.
func (l *Library) listed() int { return len(l.entries) - l.goneN }

// dropGone takes the entries whose file was found gone off the list, the
// counts counting them no more: the cursor stays on its entry, or, when
// that went, on the row where it was (the next one now).
func (l *Library) dropGone(idx ...int) {
	cur := -1
	if l.cursor < len(l.shown) {
		cur = l.shown[l.cursor]
	}
	k, dropped := l.cursor, false
	for _, i := range idx {
		if i < 0 || i >= len(l.entries) || l.entries[i].gone {
			continue
		}
		l.entries[i].gone, dropped = true, true
		l.goneN++
	}
	if !dropped {
		return
	}
	l.refilter()
	if cur < 0 || l.entries[cur].gone {
		l.cursor = min(k, max(len(l.shown)-1, 0))
	}
	l.scrollToCursor()
}

// listHeight is the number of rows of entries on screen.
func (l *Library) listHeight() int { return max(1, l.Height-4) }

func (l *Library) scrollToCursor() {
	l.cursor, l.top = common.KeepInView(l.cursor, l.top, len(l.shown), l.listHeight())
}

// compileFuzzy is the filter's matcher of f.
func compileFuzzy(f string) *search.Fuzzy { return search.CompileFuzzy(f) }

// moved returns cursor moved for a key of the Down…Bottom bindings, in a
// list of n rows (the documents, or the search results).
func (l *Library) moved(msg tea.KeyMsg, cursor, n int) int {
	k := l.keys
	switch {
	case k.matches(msg, k.Down):
		return cursor + 1
	case k.matches(msg, k.Up):
		return cursor - 1
	case k.matches(msg, k.PageDown):
		return cursor + l.listHeight() - 1
	case k.matches(msg, k.PageUp):
		return cursor - (l.listHeight() - 1)
	case k.matches(msg, k.HalfDown):
		return cursor + max(1, l.listHeight()/2)
	case k.matches(msg, k.HalfUp):
		return cursor - max(1, l.listHeight()/2)
	case k.matches(msg, k.Top):
		return 0
	case k.matches(msg, k.Bottom):
		return n - 1
	}
	return cursor
}

// listTop is the screen row of the first row of the list or of the
// search's results: the header, then the filter and the column heads, or
// the prompt and a blank line.
const listTop = 3

// mouse scrolls the list, or the search's results, with the wheel; a click
// selects the row under the pointer, as on the basket page and in the
// reader's outline (Enter opens it).
func (l *Library) mouse(msg tea.MouseMsg) tea.Cmd {
	step := 0
	switch {
	case msg.Button == tea.MouseButtonWheelDown:
		step = 3
	case msg.Button == tea.MouseButtonWheelUp:
		step = -3
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		return l.click(msg.Y - listTop)
	default:
		return nil
	}
	if l.mode.searching() {
		l.search.cursor += step
		return l.scrollResults() // fetches the hits scrolled to
	}
	l.cursor += step
	l.scrollToCursor()
	return nil
}

// click selects the row'th row shown, if there is one.
func (l *Library) click(row int) tea.Cmd {
	if row < 0 || row >= l.listHeight() {
		return nil
	}
	if l.mode.searching() {
		if i := l.search.top + row; i < len(l.search.rows) {
			l.search.cursor = i
			return l.scrollResults()
		}
		return nil
	}
	if i := l.top + row; i < len(l.shown) {
		l.cursor = i
		l.scrollToCursor()
	}
	return nil
}

// flash shows s in the status bar for a while. Keys do not clear the
// library's messages: only the timer, or opening a document.
func (l *Library) flash(s string) tea.Cmd { return l.bar.Flash(s) }
