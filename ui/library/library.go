package library

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/helpview"
	"wenji/ui/reader"
)

// The library is what `wenji DIR` shows: every document under DIR in a
// list, filtered as you type, each opened in the reader with Enter. The
// list is there at once with the file names; the documents are parsed in
// the background on all cores and their titles, 字数 and article counts
// fill in as they come. The reader is a child of the library: Esc or
// Backspace in the reader hands the screen back to the list, as it was.
//
// The library does no I/O itself: main walks the directory and passes
// functions that read and parse a file and load and save its place; the
// library calls them only inside Cmds.

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
	// Open reads and parses one file. It is called from several
	// goroutines at once.
	Open func(path string) (Opened, error)
	// Place returns where the document with key was left, and a notice
	// when that could not be read; nil leaves every document at its start.
	Place func(key string) (*reader.Place, string)
	// Save remembers where the document with key, read from path, was
	// left; nil remembers nothing.
	Save func(key, path string, p reader.Place) error
	// Workers is how many documents are parsed at once; 0 means one a core.
	Workers int
	// KeepBytes bounds the text of the parsed documents the library keeps
	// for its search; documents past it are read again when searched.
	// 0 means DefaultKeepBytes.
	KeepBytes int
	// Last is the Rel of the document last opened from this library, for
	// the cursor to start on; one not in Files is ignored.
	Last string
	// Notice, when set, is flashed in the status bar at the start (the
	// library's memory could not be read).
	Notice string
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
}

// libInfo is what the background parse learned of entry i.
type libInfo struct {
	i        int
	title    string
	chars    int
	articles int
	err      error
	doc      *model.Document // kept for the library search
}

// libInfoMsg delivers parsed entries, a batch at a time, and the channel
// the next ones come on.
type libInfoMsg struct {
	infos []libInfo
	ch    <-chan libInfo
}

// libOpenedMsg is a document read for the reader.
type libOpenedMsg struct {
	i      int
	jump   *libJump // from a search result: the hit to show, the query to keep
	doc    *model.Document
	key    string
	place  *reader.Place
	notice string
	err    error
}

// libSavedMsg reports a place saved when the reader was left.
type libSavedMsg struct{ err error }

// libClearMsg drops the library's message numbered id.
type libClearMsg struct{ id int }

// Library is the root model of `wenji DIR`. Build it with New.
type Library struct {
	opt  Options
	w    cjk.Width
	st   *common.Styles
	tx   *libText
	keys LibraryKeyMap

	entries []libEntry
	shown   []int // indexes into entries, filtered and ordered
	filter  []rune
	fuzzy   *search.Fuzzy
	cursor  int // index into shown
	top     int // first row of shown on screen
	parsed  int // entries parsed so far
	done    bool

	docs   []*model.Document // parsed documents, by entry, for the search
	kept   int               // bytes of text in docs
	search libSearch

	opening int // entry being opened, -1 when none
	reader  *reader.Model
	readIdx int    // entry in the reader
	readKey string // its state key
	last    int    // entry last opened in the reader, -1 before any

	// typing is set while the filter is being typed: from a character
	// typed until the selection moves or the filter is empty. ? is help
	// only when not typing (search.typing, the same in the results).
	typing     bool
	help       bool
	helpScroll int // first row of a help that does not fit
	rtx        *common.Text

	msg      string
	msgID    int
	saveErr  bool // a failed save was reported: once is enough
	width    int
	height   int
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
	l := Library{opt: opt, w: cjk.New(ro.Ambiguous), st: ro.Styles, tx: libTextFor(ro.Lang), rtx: common.TextFor(ro.Lang),
		keys: DefaultLibraryKeyMap(ro.Lang), opening: -1, readIdx: -1, last: -1}
	l.entries = make([]libEntry, len(opt.Files))
	l.docs = make([]*model.Document, len(opt.Files))
	for i, f := range opt.Files {
		l.entries[i] = libEntry{file: f, name: cjk.Sanitize(f.Rel)}
	}
	l.fuzzy = search.CompileFuzzy("")
	l.refilter()
	if opt.Open != nil && len(opt.Files) > 0 {
		l.startCmd = l.parseAll()
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
			notes = append(notes, fmt.Sprintf(l.tx.lastFmt, l.entries[l.shown[k]].name))
		}
	}
	if len(notes) > 0 {
		l.startCmd = tea.Batch(l.startCmd, l.flash(strings.Join(notes, " · ")))
	}
	return l
}

// Init starts the background parse.
func (l Library) Init() tea.Cmd { return l.startCmd }

// parseGrace lets the first frame be drawn before every core is busy.
const parseGrace = 30 * time.Millisecond

// parseAll parses every entry on all cores, streaming what it learns.
func (l *Library) parseAll() tea.Cmd {
	files, open := l.opt.Files, l.opt.Open
	workers := l.opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	return func() tea.Msg {
		time.Sleep(parseGrace)
		ch := make(chan libInfo, 256)
		jobs := make(chan int)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range jobs {
					ch <- describe(i, files[i], open)
				}
			}()
		}
		go func() {
			for i := range files {
				jobs <- i
			}
			close(jobs)
			wg.Wait()
			close(ch)
		}()
		return nextInfo(ch)()
	}
}

// describe parses one file for its row.
func describe(i int, f File, open func(string) (Opened, error)) (info libInfo) {
	info.i = i
	defer func() {
		if r := recover(); r != nil { // one bad file must not take the library down
			info.err = fmt.Errorf("%v", r)
		}
	}()
	o, err := open(f.Path)
	if err != nil {
		info.err = err
		return info
	}
	info.title, info.chars, info.articles = summary(o.Doc, f.Path)
	info.doc = o.Doc
	return info
}

// summary is a document's title, 字数 and number of articles.
func summary(d *model.Document, path string) (title string, chars, articles int) {
	if d.Root == nil {
		return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), 0, 0
	}
	title = d.Root.Title
	if title == "" {
		title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	for _, c := range d.Root.Children {
		if c.Kind == model.KindArticle {
			articles++
		}
	}
	chars = d.Chars(d.Root)
	if chars > 0 {
		articles = max(articles, 1) // a document that is not a compilation is one
	}
	return title, chars, articles
}

// nextInfo waits for the next parsed entry and takes whatever else is
// ready with it, so a fast parse does not send a message a file.
func nextInfo(ch <-chan libInfo) tea.Cmd {
	return func() tea.Msg {
		first, ok := <-ch
		if !ok {
			return libInfoMsg{}
		}
		infos := []libInfo{first}
		deadline := time.After(40 * time.Millisecond)
		for len(infos) < 512 {
			select {
			case in, ok := <-ch:
				if !ok {
					return libInfoMsg{infos: infos}
				}
				infos = append(infos, in)
			case <-deadline:
				return libInfoMsg{infos: infos, ch: ch}
			}
		}
		return libInfoMsg{infos: infos, ch: ch}
	}
}

// Update routes a message to the reader while one is open, else to the
// list; parse results always reach the list.
func (l Library) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		l.width, l.height = msg.Width, msg.Height
		l.scrollToCursor()
		if l.reader != nil {
			return l, l.toReader(msg)
		}
		return l, nil
	case libInfoMsg:
		l.took(msg.infos)
		if msg.ch == nil {
			l.done = true
			return l, nil
		}
		return l, nextInfo(msg.ch)
	case libOpenedMsg:
		return l, l.opened(msg)
	case reader.BackMsg:
		cmd := l.back()
		if msg.Then != nil && l.reader == nil {
			cmd = tea.Batch(cmd, l.listKey(*msg.Then))
		}
		return l, cmd
	case libSavedMsg:
		if msg.err != nil && !l.saveErr {
			l.saveErr = true
			return l, l.flash(fmt.Sprintf(l.tx.saveFailed, msg.err))
		}
		return l, nil
	case libClearMsg:
		if msg.id == l.msgID {
			l.msg = ""
		}
		return l, nil
	case libSearchTickMsg:
		if msg.gen == l.search.gen && l.search.query != nil {
			return l, l.startLibSearch()
		}
		return l, nil
	case libSearchMsg:
		return l, l.searchResults(msg)
	}
	if l.reader != nil {
		return l, l.toReader(msg)
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return l, l.listKey(msg)
	case tea.MouseMsg:
		if !l.help {
			l.mouse(msg)
		}
	}
	return l, nil
}

// listKey handles a key while the list, the search results or the help is
// on screen. Esc and the key after it read together arrive as one Alt+key;
// the library binds no Alt keys, so they are the two keys typed.
func (l *Library) listKey(msg tea.KeyMsg) tea.Cmd {
	if msg.Alt && !msg.Paste {
		msg.Alt = false
		esc := l.listKey(tea.KeyMsg{Type: tea.KeyEsc})
		return tea.Batch(esc, l.listKey(msg))
	}
	if l.help {
		return l.helpKey(msg)
	}
	if l.search.active {
		return l.searchKey(msg)
	}
	return l.key(msg)
}

// helpKey handles a key while the help is open: j/k and the page keys
// scroll a help too long for the screen, any other key closes it.
func (l *Library) helpKey(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	switch {
	case k.matches(msg, k.Quit):
		return tea.Quit
	case k.matches(msg, k.Suspend):
		return tea.Suspend
	case k.matches(msg, k.HelpDown):
		l.helpScroll++
	case k.matches(msg, k.HelpUp):
		l.helpScroll = max(0, l.helpScroll-1)
	case k.matches(msg, k.HelpPageDown):
		l.helpScroll += max(1, l.height/2)
	case k.matches(msg, k.HelpPageUp):
		l.helpScroll = max(0, l.helpScroll-max(1, l.height/2))
	default:
		l.help, l.helpScroll = false, 0
	}
	// Never past the end, so that k scrolls back at once.
	_, l.helpScroll = l.helpLines()
	return nil
}

// openHelp shows the help, unless a query is being typed: then ? is a
// character of it, and ok is false.
func (l *Library) openHelp(msg tea.KeyMsg, typing bool) (ok bool) {
	if typing || !l.keys.matches(msg, l.keys.Help) {
		return false
	}
	l.help, l.helpScroll = true, 0
	return true
}

// helpLines draws the help above the status bar, and returns the scroll
// clamped.
func (l *Library) helpLines() ([]string, int) {
	return helpview.View(l.w, l.st, l.rtx, l.keys, libHelpGroupTitles(l.tx), l.width, max(1, l.height-1), l.helpScroll)
}

// toReader passes msg to the open reader.
func (l *Library) toReader(msg tea.Msg) tea.Cmd {
	nm, cmd := l.reader.Update(msg)
	r := nm.(reader.Model)
	l.reader = &r
	return cmd
}

// took records parsed entries.
func (l *Library) took(infos []libInfo) {
	for _, in := range infos {
		e := &l.entries[in.i]
		if !e.parsed {
			l.parsed++
		}
		e.parsed = true
		if in.err != nil {
			// main's messages name the file; the row shows it already.
			e.err = cjk.Sanitize(strings.TrimPrefix(firstLine(in.err.Error()), e.file.Path+": "))
			continue
		}
		e.title = cjk.Sanitize(in.title)
		if in.doc != nil && l.kept+len(in.doc.Text) <= l.keepBytes() {
			l.docs[in.i] = in.doc
			l.kept += len(in.doc.Text)
		}
		e.chars, e.articles = in.chars, in.articles
	}
	if !l.fuzzy.Empty() {
		l.refilter() // titles now known may match
	}
}

// DefaultKeepBytes is how much parsed text a library keeps in memory for
// its search: a folder of a few thousand ordinary files is searched
// without reading them again, and a folder of many large ones does not
// hold them all (a parsed document takes about twice its text).
const DefaultKeepBytes = 256 << 20

func (l *Library) keepBytes() int {
	if l.opt.KeepBytes > 0 {
		return l.opt.KeepBytes
	}
	return DefaultKeepBytes
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
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
		for i := range l.entries {
			l.shown = append(l.shown, i)
		}
	} else {
		type scored struct{ i, score int }
		var hits []scored
		for i, e := range l.entries {
			s1, ok1 := l.fuzzy.Match(e.title)
			s2, ok2 := l.fuzzy.Match(e.name)
			if ok1 || ok2 {
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

// listHeight is the number of rows of entries on screen.
func (l *Library) listHeight() int { return max(1, l.height-4) }

func (l *Library) scrollToCursor() {
	l.cursor, l.top = common.KeepInView(l.cursor, l.top, len(l.shown), l.listHeight())
}

// key handles a key in the list.
func (l *Library) key(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	if l.openHelp(msg, l.typing) {
		return nil
	}
	switch {
	case k.matches(msg, k.Quit):
		return tea.Quit
	case k.matches(msg, k.Suspend):
		return tea.Suspend
	case k.matches(msg, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom):
		l.typing = false
		l.cursor = l.moved(msg, l.cursor, len(l.shown))
	case k.matches(msg, k.Open):
		return l.open()
	case l.keys.matches(msg, k.Clear):
		if len(l.filter) == 0 {
			return tea.Quit
		}
		l.setFilter(nil)
	case l.keys.matches(msg, k.ClearFilter):
		l.setFilter(nil)
	case k.matches(msg, k.Delete):
		if n := len(l.filter); n > 0 {
			l.setFilter(l.filter[:n-1])
		}
	case l.keys.matches(msg, k.Search) && len(l.filter) == 0:
		l.search.active, l.search.typing = true, true
		return nil
	case msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace:
		var add []rune
		for _, r := range msg.Runes {
			if _, unsafe := cjk.SanitizeRune(r); !unsafe && r != '\n' {
				add = append(add, r)
			}
		}
		if msg.Type == tea.KeySpace && len(add) == 0 {
			add = []rune{' '}
		}
		l.setFilter(append(slices.Clone(l.filter), add...))
	default:
		return nil
	}
	l.scrollToCursor()
	return nil
}

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
	case k.matches(msg, k.Top):
		return 0
	case k.matches(msg, k.Bottom):
		return n - 1
	}
	return cursor
}

func (l *Library) setFilter(f []rune) {
	l.typing = len(f) > 0
	l.filter = f
	l.fuzzy = search.CompileFuzzy(string(f))
	l.refilter()
	if len(f) == 0 {
		l.scrollToCursor()
	}
}

// mouse scrolls the list with the wheel; a click selects a row, a click on
// the selected row opens it.
func (l *Library) mouse(msg tea.MouseMsg) {
	switch {
	case msg.Button == tea.MouseButtonWheelDown:
		l.cursor += 3
	case msg.Button == tea.MouseButtonWheelUp:
		l.cursor -= 3
	default:
		return
	}
	l.scrollToCursor()
}

// open reads the selected document in a Cmd.
func (l *Library) open() tea.Cmd {
	if l.cursor >= len(l.shown) {
		return nil
	}
	return l.openEntry(l.shown[l.cursor], nil)
}

// openEntry reads entry i in a Cmd, to be shown at jump when set.
func (l *Library) openEntry(i int, jump *libJump) tea.Cmd {
	if l.opening >= 0 || l.opt.Open == nil {
		return nil
	}
	l.opening = i
	path, openFn, placeFn := l.entries[i].file.Path, l.opt.Open, l.opt.Place
	return tea.Batch(l.flash(fmt.Sprintf(l.tx.openingFmt, l.entries[i].name)), func() tea.Msg {
		o, err := openFn(path)
		if err != nil {
			return libOpenedMsg{i: i, err: err}
		}
		msg := libOpenedMsg{i: i, doc: o.Doc, key: o.Key, jump: jump}
		if placeFn != nil && o.Key != "" {
			msg.place, msg.notice = placeFn(o.Key)
		}
		return msg
	})
}

// opened starts the reader on a document read.
func (l *Library) opened(msg libOpenedMsg) tea.Cmd {
	l.opening = -1
	if msg.err != nil {
		return l.flash(cjk.Sanitize(firstLine(msg.err.Error())))
	}
	l.msg = ""
	ro := l.opt.Reader
	ro.FileName = l.entries[msg.i].file.Path
	ro.Place, ro.Notice = msg.place, msg.notice
	if msg.jump != nil && msg.place != nil {
		// Opened at a hit, not where it was left: the marks only.
		p := *msg.place
		p.Offset = 0
		ro.Place = &p
	}
	ro.Library = true
	if msg.doc.Root != nil && msg.doc.Root.Title == "" {
		msg.doc.Root.Title = filepath.Base(ro.FileName)
	}
	r := reader.New(msg.doc, ro)
	l.reader, l.readIdx, l.readKey, l.last = &r, msg.i, msg.key, msg.i
	var cmds []tea.Cmd
	cmds = append(cmds, r.Init())
	if l.width > 0 {
		cmds = append(cmds, l.toReader(tea.WindowSizeMsg{Width: l.width, Height: l.height}))
	}
	if j := msg.jump; j != nil {
		cmds = append(cmds, l.reader.StartSearch(j.query, j.text, j.at, true))
	}
	return tea.Batch(cmds...)
}

// back closes the reader, saving its place in a Cmd.
func (l *Library) back() tea.Cmd {
	if l.reader == nil {
		return nil
	}
	key, path, p := l.readKey, l.entries[l.readIdx].file.Path, l.reader.Place()
	l.reader, l.readIdx, l.readKey = nil, -1, ""
	// Back from a document, the list (or the results) is browsed, not typed.
	l.typing, l.search.typing = false, false
	save := l.opt.Save
	if save == nil || key == "" {
		return nil
	}
	return func() tea.Msg { return libSavedMsg{save(key, path, p)} }
}

// Reading returns the document open in the reader, its key and its place,
// for main to save when the program ends there; ok is false in the list.
func (l Library) Reading() (path, key string, p reader.Place, ok bool) {
	if l.reader == nil {
		return "", "", reader.Place{}, false
	}
	return l.entries[l.readIdx].file.Path, l.readKey, l.reader.Place(), true
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

func (l *Library) flash(s string) tea.Cmd {
	l.msgID++
	l.msg = s
	id := l.msgID
	return tea.Tick(common.StatusTTL, func(time.Time) tea.Msg { return libClearMsg{id} })
}

// View draws the list, or the reader while one is open: exactly height
// lines, none wider than width.
func (l Library) View() string {
	if l.reader != nil {
		return l.reader.View()
	}
	if l.width <= 0 || l.height <= 0 {
		return ""
	}
	lines := make([]string, 0, l.height)
	if l.width < reader.MinWidth || l.height < reader.MinHeight {
		lines = append(lines, common.Fit(l.w, common.TextFor(l.opt.Reader.Lang).TooSmall, l.width))
		for len(lines) < l.height {
			lines = append(lines, "")
		}
		return common.Join(lines)
	}
	W := l.width
	if l.help {
		lines, _ = l.helpLines()
		bar := common.Fit(l.w, " "+l.msg, W)
		return common.Join(append(lines, l.st.StatusBar.Render(bar+common.Spaces(W-l.w.String(bar)))))
	}
	// Header: the directory and the progress of the parse.
	right := l.tx.docs(len(l.entries))
	if !l.done {
		right = fmt.Sprintf(l.tx.parsingFmt, common.Thousands(l.parsed), common.Thousands(len(l.entries)))
	}
	right = common.Fit(l.w, right, W/2)
	left := common.Fit(l.w, " "+cjk.Sanitize(l.opt.Dir), W-l.w.String(right)-2)
	lines = append(lines, l.st.DocTitle.Render(left)+common.Spaces(W-l.w.String(left)-l.w.String(right)-1)+l.st.PromptCount.Render(right)+" ")

	if l.search.active {
		lines = append(lines, l.searchView(W)...)
		bar := l.msg
		if bar == "" {
			bar = l.hint(l.tx.searchHint, l.search.typing)
		}
		bar = common.Fit(l.w, " "+bar, W)
		lines = append(lines, l.st.StatusBar.Render(bar+common.Spaces(W-l.w.String(bar))))
		return common.Join(lines)
	}

	// The filter line.
	count := fmt.Sprintf("%s/%s", common.Thousands(len(l.shown)), common.Thousands(len(l.entries)))
	prompt := " " + l.tx.filter
	fw := W - l.w.String(prompt) - l.w.String(count) - 3
	ftext := common.FitLeft(l.w, string(l.filter), max(0, fw))
	line := l.st.Prompt.Render(prompt) + ftext + l.st.PromptCursor.Render(" ")
	used := l.w.String(prompt) + l.w.String(ftext) + 1
	if len(l.filter) == 0 {
		hint := common.Fit(l.w, l.tx.filterHint, max(0, W-used-l.w.String(count)-2))
		line += l.st.PromptCount.Render(hint)
		used += l.w.String(hint)
	}
	lines = append(lines, line+common.Spaces(W-used-l.w.String(count)-1)+l.st.PromptCount.Render(count)+" ")

	// Columns: title, file, size, 字数, 篇. The numbers go first on a
	// narrow screen (字数 and 篇 below 70 columns, the size below 50), so
	// that the title and the file name stay readable.
	sizeW, charsW, artW := 7, 10, 5
	if W < 70 {
		charsW, artW = 0, 0
	}
	if W < 50 {
		sizeW = 0
	}
	num := func(s string, w int) string {
		if w == 0 {
			return ""
		}
		return padLeft(l.w, s, w)
	}
	nameW := common.Clamp(W*3/10, 8, 40)
	titleW := W - 1 - nameW - sizeW - charsW - artW - 2
	if titleW < 8 {
		nameW = max(0, nameW-(8-titleW))
		titleW = W - 1 - nameW - sizeW - charsW - artW - 2
	}
	head := " " + l.w.Pad(common.Fit(l.w, l.tx.colTitle, titleW), titleW) + " " + l.w.Pad(common.Fit(l.w, l.tx.colFile, nameW), nameW) + " " +
		num(l.tx.colSize, sizeW) + num(l.tx.colChars, charsW) + num(l.tx.colArticles, artW)
	head = common.Fit(l.w, head, W)
	lines = append(lines, l.st.HelpGroup.Render(head)+common.Spaces(W-l.w.String(head)))

	h := l.listHeight()
	for r := 0; r < h; r++ {
		k := l.top + r
		if k >= len(l.shown) {
			lines = append(lines, "")
			continue
		}
		e := &l.entries[l.shown[k]]
		title, titleStyle := e.title, l.st.OutlineArticle
		switch {
		case e.err != "":
			title, titleStyle = e.err, l.st.Junk
		case !e.parsed:
			title, titleStyle = strings.TrimSuffix(filepath.Base(e.name), filepath.Ext(e.name)), l.st.Junk
		}
		t := l.w.Pad(common.Fit(l.w, title, titleW), titleW)
		n := l.w.Pad(common.FitMiddle(l.w, e.name, nameW), nameW)
		nums := num(humanSize(e.file.Size), sizeW)
		if e.parsed && e.err == "" {
			nums += num(common.Thousands(e.chars), charsW) + num(fmt.Sprint(e.articles), artW)
		} else {
			nums += common.Spaces(charsW + artW)
		}
		if k == l.cursor {
			row := common.Fit(l.w, " "+t+" "+n+" "+nums, W)
			lines = append(lines, l.st.OutlineCursor.Render(row+common.Spaces(W-l.w.String(row))))
			continue
		}
		row := " " + titleStyle.Render(t) + " " + n + " " + l.st.OutlineChars.Render(nums)
		if l.w.String(" "+t+" "+n+" "+nums) > W {
			row = common.Fit(l.w, " "+t+" "+n+" "+nums, W)
		}
		lines = append(lines, row)
	}
	if len(l.shown) == 0 && len(l.entries) > 0 {
		lines[3] = l.st.Empty.Render(common.Fit(l.w, " "+l.tx.noMatch, W))
	} else if len(l.entries) == 0 {
		lines[3] = l.st.Empty.Render(common.Fit(l.w, " "+l.tx.noDocs, W))
	}

	// Status: a message, or the keys.
	bar := l.msg
	if bar == "" {
		bar = l.hint(l.tx.keysHint, l.typing)
	}
	bar = common.Fit(l.w, " "+bar, W)
	lines = append(lines, l.st.StatusBar.Render(bar+common.Spaces(W-l.w.String(bar))))
	return common.Join(lines)
}

// hint is the status bar's reminder of the keys, led by ? help when ?
// opens it (not while a query is typed).
func (l *Library) hint(keys string, typing bool) string {
	if typing {
		return keys
	}
	return l.tx.helpHint + " · " + keys
}

// padLeft right-aligns s in n columns (cut when wider).
func padLeft(w cjk.Width, s string, n int) string {
	s = common.Fit(w, s, n)
	return common.Spaces(n-w.String(s)) + s
}

// humanSize writes a byte count as 850B, 12K, 3.4M, 1.2G.
func humanSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%dB", n)
	case n < 1<<20:
		return fmt.Sprintf("%dK", (n+1<<9)>>10)
	case n < 10<<20:
		return fmt.Sprintf("%.1fM", float64(n)/(1<<20))
	case n < 1<<30:
		return fmt.Sprintf("%dM", (n+1<<19)>>20)
	default:
		return fmt.Sprintf("%.1fG", float64(n)/(1<<30))
	}
}
