package library

import (
	"context"
	"errors"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/libgrep"
	"wenji/model"
	"wenji/model/search"
	"wenji/ui/common"
	"wenji/ui/components/prompt"
	"wenji/ui/internal/stream"
	"wenji/ui/reader"
)

// Library search: / in the list searches the text of every document with
// the reader's matching rules (search.Query: width folding, smart case, \
// regexps, @ pinyin initials) through internal/libgrep: the files' bytes
// scanned on all cores, each hit placed in its outline node by the cached
// spans. Results come in the list's order, one group a document with its
// count; only the hits the screen may show are described, the others are
// fetched (libgrep.Hits) when scrolled to. A query starting with # searches
// the headings only. Each keystroke cancels the running search and, after
// a short pause, starts the next.

// libShownHits is how many hits of one document are listed (all are
// counted).
const libShownHits = 20

// libDescribed bounds the hits described while the search runs, in list
// order: a few screens; groups past it are described when shown.
const libDescribed = 400

// libSearchDebounce is the pause after a keystroke before searching.
const libSearchDebounce = 120 * time.Millisecond

// libHit is one hit as the results show it.
type libHit struct {
	span  model.Span
	path  string // the node's outline path, 2.1.3
	crumb string
	// textCrumb is the breadcrumb a hit in the text shows (hitCrumb);
	// inTitle says the hit is in the document's title (crumbText).
	textCrumb            string
	inTitle              bool
	before, match, after string // the snippet, sanitised
}

// libResult is one document's hits: all counted, the first libShownHits
// described (nil until fetched for a group past libDescribed).
type libResult struct {
	entry    int
	count    int
	hits     []libHit
	fetching bool // its hits are being fetched
	openNext bool // open its first hit when they come
}

// libSearchMsg delivers results of the search of its generation
// (internal/stream).
type libSearchMsg = stream.Batch[libgrep.Result]

type libSearchTickMsg struct{ gen int }

// libHitsMsg delivers the described hits of group g of search gen.
type libHitsMsg struct {
	gen, group int
	hits       []libHit
}

// libRow is a row of the results: a document's heading (hit < 0) or a hit.
type libRow struct{ group, hit int }

// libSearch is the state of the library search.
type libSearch struct {
	input    prompt.Model
	histAt   int    // index into the search history while browsing it; its length = the draft
	draft    string // what was typed before browsing the history
	query    *search.Query
	headings bool // the query started with #: node titles only
	err      string

	idx     []int // the entry of each document searched
	gen     int
	ctx     context.Context // the current query's: cancelled by the next keystroke
	cancel  context.CancelFunc
	groups  []libResult
	rows    []libRow
	cursor  int
	top     int
	hits    int
	scanned int
	done    bool
	started time.Time
	first   time.Duration // to the first result with hits
	took    time.Duration
}

// openSearch opens the search prompt, empty, at the end of the search
// history (the searches of earlier sessions read the first time).
func (l *Library) openSearch() {
	l.search.input.SetValue("")
	l.search.histAt, l.search.draft = len(l.history().List()), ""
	l.searchTyped()
	l.setMode(modeSearch)
}

// resultsKey handles a key while the results are browsed: keys are
// commands (j/k, g/G; q and Esc back to the list; / or Backspace type the
// query again, as a Han character does, typed on at its end; ? helps).
func (l *Library) resultsKey(msg tea.KeyMsg) tea.Cmd {
	s := &l.search
	k := l.keys
	switch {
	case msg.Paste:
		l.setMode(modeSearch) // a bracketed paste is text: the query's
		return l.searchKey(msg)
	case l.openHelp(msg):
		return nil
	case k.matches(msg, k.Requery):
		l.setMode(modeSearch)
		s.input.SetValue(s.input.Value()) // the cursor at its end
		return nil
	case msg.Type == tea.KeyBackspace:
		l.setMode(modeSearch)
		return l.searchKey(msg)
	case k.matches(msg, k.ResultBack, k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.ResultOpen, k.ClearFilter):
		return l.searchKey(msg)
	case startsTyping(msg):
		// A Han character is no command: the query typed on with it, as
		// / then the character, as in the list it starts the filter.
		l.setMode(modeSearch)
		s.input.SetValue(s.input.Value()) // the cursor at its end
		return l.searchKey(msg)
	case msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace:
		return l.flash(l.tx.ResultsTypeHow)
	}
	return l.notAKey(msg)
}

// searchKey handles a key on the search page while its query is typed
// (and the commands resultsKey passes on): moves in the results, opens,
// or edits the query; every printable key is text.
func (l *Library) searchKey(msg tea.KeyMsg) tea.Cmd {
	s := &l.search
	k := l.keys
	switch {
	case k.matches(msg, k.ResultBack):
		l.closeSearch()
		return nil
	case k.matches(msg, k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom):
		s.cursor = l.moved(msg, s.cursor, len(s.rows))
	case k.matches(msg, k.QueryOlder):
		return l.historyStep(-1)
	case k.matches(msg, k.QueryNewer):
		return l.historyStep(1)
	case k.matches(msg, k.ResultOpen):
		return tea.Batch(l.rememberSearch(), l.openHit())
	case msg.Type == tea.KeyBackspace && s.input.Value() == "":
		// As in the reader's prompt, vim and less: backspace on an
		// empty prompt leaves it.
		l.closeSearch()
		return nil
	case k.matches(msg, k.ClearFilter):
		l.setMode(modeSearch)
		s.input.SetValue("")
		return l.searchTyped()
	default:
		changed, cmd := s.input.Update(msg)
		if changed {
			return tea.Batch(cmd, l.searchTyped())
		}
		return cmd
	}
	return l.scrollResults()
}

// history is the session's search history, which the readers of the
// library's documents share (reader.Options.History).
func (l *Library) history() *reader.History { return l.opt.Reader.History }

// historyStep puts the search d steps older (-1) or newer (1) in the
// history into the prompt and searches for it; newer than the newest is
// what was typed before. The reader's ↑ and ↓ in its / prompt.
func (l *Library) historyStep(d int) tea.Cmd {
	s := &l.search
	hist := l.history().List()
	at := min(s.histAt, len(hist)) + d
	for at >= 0 && at < len(hist) && hist[at] == search.HistoryText(s.input.Value()) {
		at += d // the search the prompt shows (back from its hit): the one before it
	}
	if at < 0 || at > len(hist) {
		return nil
	}
	if s.histAt >= len(hist) {
		s.draft = s.input.Value()
	}
	s.histAt = at
	v := s.draft
	if at < len(hist) {
		v = hist[at]
	}
	s.input.SetValue(v)
	l.setMode(modeSearch)
	return l.searchTyped()
}

// rememberSearch keeps the query Enter opens a hit of in the search
// history, as Enter in the reader's / prompt does: the newest for ↑ there
// and Ctrl-p here, and for the next session (reader.Options.Remember).
func (l *Library) rememberSearch() tea.Cmd {
	s := &l.search
	if s.query == nil {
		return nil
	}
	v := l.history().Add(s.input.Value())
	if v == "" {
		return nil
	}
	s.histAt, s.draft = len(l.history().List()), ""
	if r := l.opt.Reader.Remember; r != nil {
		return func() tea.Msg { r(v); return nil }
	}
	return nil
}

// closeSearch drops the search and goes back to the list.
func (l *Library) closeSearch() {
	l.search.stop()
	l.search.gen++
	l.setMode(modeList)
}

func (s *libSearch) stop() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// searchTyped drops the results of the old query and schedules the new.
func (l *Library) searchTyped() tea.Cmd {
	s := &l.search
	s.stop()
	s.gen++
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.groups, s.rows, s.cursor, s.top, s.hits, s.scanned, s.done = nil, nil, 0, 0, 0, 0, false
	s.query, s.err = nil, ""
	q, headings, err := search.CompileInput(s.input.Value())
	s.headings = headings
	if err != nil {
		if text := strings.TrimPrefix(s.input.Value(), search.HeadingsPrefix); text != "" && !errors.Is(err, search.ErrEmptyQuery) && !strings.Contains(err.Error(), "empty") {
			s.err = reader.PatternError(l.opt.Reader.Lang, err) // in the interface's language, as the reader says it
		}
		return nil
	}
	s.query = q
	gen := s.gen
	return common.Tick(libSearchDebounce, func(time.Time) tea.Msg { return libSearchTickMsg{gen} })
}

// grepOptions are libgrep's options for this library's search.
func (l *Library) grepOptions() libgrep.Options {
	return libgrep.Options{Cache: l.opt.Cache, Headings: l.search.headings, Window: libShownHits,
		Shown: libDescribed, Workers: l.opt.Workers}
}

// startLibSearch searches every document for the current query.
func (l *Library) startLibSearch() tea.Cmd {
	s := &l.search
	s.started = time.Now()
	s.first, s.took = 0, 0
	ctx, q, gen, opt := s.ctx, s.query, s.gen, l.grepOptions()
	// A document the listing could not read (an old .doc) is not read
	// again on every keystroke: results name their entry through idx.
	var paths []string
	var idx []int
	for i, e := range l.entries {
		if e.err == "" {
			paths, idx = append(paths, e.file.Path), append(idx, i)
		}
	}
	s.idx = idx
	// What is ready within 30 ms goes in one message.
	o := stream.Options{Max: 1024, Wait: 30 * time.Millisecond, Buffer: 256}
	return stream.Go(ctx, gen, o, func(send func(libgrep.Result) bool) {
		libgrep.Search(ctx, paths, q, opt, send)
	})
}

// searchResults takes streamed results of the current search: they come
// in the list's order, so a group is added at the end.
func (l *Library) searchResults(msg libSearchMsg) tea.Cmd {
	s := &l.search
	if msg.Stale(s.gen) {
		return nil // a search given up
	}
	for _, r := range msg.Items {
		s.scanned++
		if r.Count == 0 {
			continue
		}
		if len(s.groups) == 0 {
			s.first = time.Since(s.started)
		}
		g := len(s.groups)
		res := libResult{entry: s.idx[r.Index], count: r.Count}
		if len(r.Hits) > 0 {
			res.hits = describeHits(r.Hits)
		}
		s.groups = append(s.groups, res)
		s.hits += r.Count
		s.rows = append(s.rows, libRow{g, -1})
		for k := range min(r.Count, libShownHits) {
			s.rows = append(s.rows, libRow{g, k})
		}
	}
	fetch := l.scrollResults()
	if msg.Done() {
		s.done = true
		s.took = time.Since(s.started)
		return fetch
	}
	return tea.Batch(fetch, msg.Next())
}

// scrollResults keeps the selection in view and fetches the hits of the
// groups on screen that were counted but not described.
func (l *Library) scrollResults() tea.Cmd {
	s := &l.search
	s.cursor, s.top = common.KeepInView(s.cursor, s.top, len(s.rows), l.listHeight())
	var cmds []tea.Cmd
	for r := s.top; r < min(len(s.rows), s.top+l.listHeight()); r++ {
		if g := s.rows[r].group; s.groups[g].hits == nil && !s.groups[g].fetching {
			cmds = append(cmds, l.fetchHits(g))
		}
	}
	return tea.Batch(cmds...)
}

// fetchHits describes group g's first hits in a Cmd (libgrep.Hits).
func (l *Library) fetchHits(g int) tea.Cmd {
	s := &l.search
	s.groups[g].fetching = true
	ctx, path, q, opt, gen := s.ctx, l.entries[s.groups[g].entry].file.Path, s.query, l.grepOptions(), s.gen
	return func() tea.Msg {
		hits, _, _ := libgrep.Hits(ctx, path, q, opt, 0, libShownHits)
		return libHitsMsg{gen: gen, group: g, hits: describeHits(hits)}
	}
}

// gotHits takes a group's fetched hits, and opens its first when Enter
// was waiting for them.
func (l *Library) gotHits(msg libHitsMsg) tea.Cmd {
	s := &l.search
	if msg.gen != s.gen || msg.group >= len(s.groups) {
		return nil
	}
	g := &s.groups[msg.group]
	g.hits, g.fetching = msg.hits, false
	if g.hits == nil {
		g.hits = []libHit{} // fetched: none could be described (the file changed)
	}
	if g.openNext {
		g.openNext = false
		return l.openHit()
	}
	return nil
}

// describeHits sanitises hits for the screen.
func describeHits(hits []libgrep.Hit) []libHit {
	out := make([]libHit, len(hits))
	for i, h := range hits {
		// The document's title, a heading a # query finds, is 0 as
		// --search and --print name it.
		out[i] = libHit{span: h.Span, path: model.PathString(h.Path), crumb: oneLine(strings.Join(h.Crumb, " › ")),
			textCrumb: oneLine(strings.Join(hitCrumb(h), " › ")), inTitle: h.InTitle && h.Node == 0,
			before: oneLine(strings.TrimLeft(h.Before, " \t\u3000")), match: oneLine(h.Match), after: oneLine(h.After)}
	}
	return out
}

// hitCrumb is the breadcrumb the row of a hit in the text shows (a #
// query's rows show the headings above theirs, headingRow): the headings
// above a hit in a heading's own line, which the row's snippet already shows whole
// (…定期安全评价后工作”  15）增加一章内容“定期安全评价后工作” said it
// twice, and not where it stands); the headings down to the hit's own
// for a hit in the text.
func hitCrumb(h libgrep.Hit) []string {
	n := len(h.Crumb)
	line := strings.TrimLeft(h.Before, " \t\u3000") + h.Match + h.After
	if n > 0 && h.Node > 0 && (h.InTitle || strings.TrimSpace(line) != "" && strings.HasSuffix(h.Crumb[n-1], strings.TrimSpace(line))) {
		return h.Crumb[:n-1]
	}
	return h.Crumb
}

// crumbText is what the row of a hit in the text shows as its breadcrumb
// (hitCrumb): where that is empty, for a hit in a top-level heading or in
// the text above the first one, the document's title (its file's name
// when it has none), the one title above it; for a hit in the title
// itself, which the snippet shows, that it is the title. They showed
// nothing.
func (l *Library) crumbText(hh libHit, e *libEntry) string {
	switch {
	case hh.textCrumb != "":
		return hh.textCrumb
	case hh.inTitle:
		return l.tx.TitleCrumb
	case strings.TrimSpace(e.title) != "":
		return oneLine(e.title)
	}
	return e.name
}

// openHit opens the document of the selected row at its hit (its first
// hit on a heading row), with the query active in the reader; a heading
// found by a # query is at the top of the text, the # query active (n
// goes from heading to heading), as typing it in the reader gives.
func (l *Library) openHit() tea.Cmd {
	s := &l.search
	if s.cursor >= len(s.rows) || s.query == nil {
		return nil
	}
	row := s.rows[s.cursor]
	g := &s.groups[row.group]
	if g.hits == nil {
		g.openNext = true
		if g.fetching {
			return nil
		}
		return l.fetchHits(row.group)
	}
	hit := max(row.hit, 0)
	if hit >= len(g.hits) {
		return nil
	}
	return l.openEntry(g.entry, &libJump{query: s.query, text: s.input.Value(), at: g.hits[hit].span.Start, heading: s.headings})
}

// libJump is where a document opened from the results goes.
type libJump struct {
	query   *search.Query
	text    string // as typed: a # query searches the headings in the reader too
	at      int
	heading bool // a # query: its heading goes at the top
}
