package reader

import (
	"context"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
	"wenji/ui/common"
	"wenji/ui/internal/stream"
)

// Search is the / prompt and the state of the search it started: the
// query, its hits as they arrive from a background scan, the current hit
// and the per-node counts the outline shows.
//
// A scan runs in a tea.Cmd and reports batches through a channel: the
// first batch as soon as the first hit after the reader's place is found,
// so the reader can jump at once, the rest later. Each keystroke in the
// prompt starts a new generation; the previous scan is cancelled and its
// late batches are dropped.
type Search struct {
	input     textinput.Model
	prompting bool
	history   *History // Options.History, or the reader's own over Options.Searches
	histAt    int      // index into history while browsing; its length = the draft
	draft     string   // what was typed before browsing history
	err       string   // why the typed query cannot be searched

	text   string // the query the hits are for, as typed
	query  *search.Query
	hits   hitList
	done   bool
	counts map[*model.Node]int
	junk   bool // whether the hits include filtered text

	gen    int
	cancel context.CancelFunc
	// after a scan starts: select the first hit at or after selectFrom,
	// and bring it on screen if jump.
	selectFrom int
	jump       bool
	backward   bool // N after Esc: select the last hit before selectFrom
	backScan   bool // a search back past the hits kept (searchBack)
	// a Ctrl-n or Ctrl-p past the hits kept, finished once the new
	// run is in (see stepNode)
	nodeStep nodeStep
	// steps are n (1) and N (-1) typed before the hits they go to came
	// in ("/调研<Enter>nn" read together): taken as the hits come, in
	// order, as less takes them after its search; they said "still
	// searching" and were lost.
	steps []int

	// The last query searched, kept when Esc clears the search: n and N
	// search with it again, as in less and vim.
	last     *search.Query
	lastText string

	saved savedSearch // what Esc in the prompt goes back to
	// confirmed: the scan is of a query Enter confirmed in the prompt,
	// which, finding nothing, gives the screen back as it was (notFound).
	confirmed bool
	// wrapNote is the wrap the prompt's bar left unsaid (search hit
	// BOTTOM…), for Enter to say as vim's incsearch does; "" for none.
	wrapNote string

	// An @ query's distinct matched texts, most frequent first (see
	// search.Forms); Tab in the prompt puts the next one in the prompt,
	// Shift-Tab the previous, as an input method offers candidates.
	forms  []search.Form
	formAt int // the form in the prompt, or -1
}

// Search tuning. Documents below instantSearch are searched on every
// keystroke; bigger ones once typing pauses for searchDebounce.
const (
	instantSearch  = 2 << 20
	searchDebounce = 150 * time.Millisecond
	batchEvery     = 100 * time.Millisecond
)

type (
	// searchTickMsg fires when typing paused long enough to search.
	searchTickMsg struct{ gen int }
	// scanChunk is hits found by a scan, in the order found.
	scanChunk struct {
		hits    []model.Span
		skipped int                 // hits found after these and not kept (maxHits)
		before  int                 // hits found before the first kept and not kept (keeper)
		wrapped bool                // the hits lie before the scan's starting line
		done    bool                // the scan's last chunk
		counts  map[*model.Node]int // with done: hits per node, subtree included
	}
	// searchBatchMsg carries the chunks of the scan of its generation
	// (internal/stream).
	searchBatchMsg = stream.Batch[scanChunk]
)

func newSearch() Search {
	ti := textinput.New()
	ti.Prompt = ""
	// The prompt draws its own cursor, placed with cjk.Width.
	ti.Cursor.SetMode(cursor.CursorHide)
	ti.Focus()
	return Search{input: ti, hits: hitList{cur: -1}, formAt: -1}
}

// Prompting reports whether the / prompt is open.
func (s *Search) Prompting() bool { return s.prompting }

// Active reports whether a query's hits are highlighted.
func (s *Search) Active() bool { return s.query != nil }

// countText is the status bar's 3/16 (16+ while the scan runs), 3 the
// number of hit i (-/16 for none). The hits not kept (maxHits) count
// too: the numbers are the document's. A search that found nothing has
// no count: the bar said "not found" (notFound), as less and vim do.
func (s *Search) countText(i int) string {
	h := &s.hits
	total := h.before + h.Len() + h.after
	if s.query == nil || s.done && total == 0 {
		return ""
	}
	n := strconv.Itoa(total)
	if !s.done {
		n += "+"
	}
	cur := "-"
	if i >= 0 {
		cur = strconv.Itoa(h.before + i + 1)
	}
	return cur + "/" + n
}

// viewHit is the hit whose number the status bar shows: the current one
// while it is on screen, else the first hit on screen, else none (-1).
// After ” or a page down the current hit's number was left beside a
// screen that showed another hit or none, as if n would go on from it.
func (m *Model) viewHit() int {
	h := &m.search.hits
	c, ok := h.Current()
	switch {
	case !ok:
		return h.cur
	case m.reader.Height <= 0 || m.reader.Visible(c.Start):
		return h.cur
	}
	if i := h.Index(m.reader.topSrc()); i < h.Len() && m.reader.Visible(h.At(i).Start) {
		return i
	}
	return -1
}

// maxHits bounds the hits a search keeps, 16 bytes each: past it the scan
// counts them only (a query that matches every character of 50 MB finds
// 18 million), and n and N search again from where they go past the hits
// kept (see stepHit). A variable for the tests.
var maxHits = 1_000_000

// scan runs q over doc in the background and returns the Cmd that
// delivers its first batch; each batch's receiver asks for the next.
// The first chunk goes as soon as the first hit is found, so the reader
// can jump at once; then one every batchEvery (or 64K hits). k says which
// hits are kept (at most maxHits); the others are counted.
func scan(ctx context.Context, gen int, q *search.Query, doc *model.Document, opt search.ScanOptions, k keeper) tea.Cmd {
	wrapAt := strings.LastIndexByte(doc.Text[:common.Clamp(opt.From, 0, len(doc.Text))], '\n') + 1
	k.max = maxHits
	return stream.Go(ctx, gen, stream.Options{Buffer: 1}, func(send func(scanChunk) bool) {
		own := map[*model.Node]int{}
		var c scanChunk
		last := time.Now()
		first := true
		err := q.Scan(ctx, doc, opt, func(h model.Span) bool {
			if w := h.Start < wrapAt; w != c.wrapped {
				if (len(c.hits) > 0 || c.skipped+c.before > 0) && !send(c) {
					return false
				}
				c = scanChunk{wrapped: w}
			}
			own[doc.NodeAt(h.Start)]++
			k.add(h, &c)
			if first && len(c.hits) > 0 || len(c.hits) >= 1<<16 || time.Since(last) > batchEvery {
				if !send(c) {
					return false
				}
				c, first, last = scanChunk{wrapped: c.wrapped}, first && len(c.hits) == 0, time.Now()
			}
			return true
		})
		if err != nil || ctx.Err() != nil {
			return
		}
		k.flush(&c)
		c.done, c.counts = true, subtreeCounts(own)
		send(c)
	})
}

// subtreeCounts adds each node's own hits to its ancestors'.
func subtreeCounts(own map[*model.Node]int) map[*model.Node]int {
	counts := make(map[*model.Node]int, len(own))
	for n, c := range own {
		for x := n; x != nil; x = x.Parent {
			counts[x] += c
		}
	}
	return counts
}

// scanDone reports whether b holds a scan's last chunk.
func scanDone(b searchBatchMsg) bool {
	return len(b.Items) > 0 && b.Items[len(b.Items)-1].done
}

// --- the root model's side of search ---

// StartSearch starts a scan of q from offset from; the first hit at or
// after it becomes current, brought on screen when jump.
func (m *Model) StartSearch(q *search.Query, text string, from int, jump bool) tea.Cmd {
	return m.startScan(q, text, from, jump, keeper{from: -1, backTo: -1})
}

// OpenAtHit is StartSearch for a document opened at a search result (the
// library's): the jump to the hit is a jump from where the document
// opened (its top), as vim's +/pattern is a jump from line 1, so ” goes
// back there. The prompt's searches set it themselves, on Enter.
func (m *Model) OpenAtHit(q *search.Query, text string, at int, jump bool) tea.Cmd {
	if jump {
		m.marks.back = m.here()
	}
	return m.StartSearch(q, text, at, jump)
}

// startScan is StartSearch keeping the hits k keeps.
func (m *Model) startScan(q *search.Query, text string, from int, jump bool, k keeper) tea.Cmd {
	s := &m.search
	s.stop()
	s.next()
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.query, s.text = q, text
	s.last, s.lastText = q, text
	s.junk = m.reader.ShowJunk()
	s.hits = hitList{gen: s.gen, cur: -1, q: q, junk: s.junk}
	s.done, s.counts = false, nil
	s.selectFrom, s.jump, s.backward, s.backScan = from, jump, false, k.backTo >= 0
	s.confirmed, s.wrapNote = false, ""
	s.nodeStep, s.steps = nodeStep{}, nil
	m.syncHits()
	if headingsQuery(text) {
		return scanHeadings(s.gen, q, m.doc, from)
	}
	return scan(ctx, s.gen, q, m.doc, search.ScanOptions{Junk: s.junk, From: from}, k)
}

// stop cancels the running scan, if any.
// searchGens numbers the searches of every reader of the program: a
// batch of hits or a tick of a reader another replaced (Ctrl-^, the
// basket page, the library) is stale for that one, whose own searches,
// numbered from 1 too, took a batch of the other document's hits for
// theirs when the numbers met.
var searchGens atomic.Int64

// next numbers a new search, superseding the pending tick and the
// running scan's batches.
func (s *Search) next() { s.gen = int(searchGens.Add(1)) }

func (s *Search) stop() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// dropHits forgets the query and its hits.
func (m *Model) dropHits() {
	s := &m.search
	s.stop()
	s.next()
	s.query, s.text = nil, ""
	s.hits = hitList{gen: s.gen, cur: -1}
	s.done, s.counts = true, nil
	m.outline.SetHitCounts(nil)
	m.reader.DropPoint()
	m.syncHits()
}

func (m *Model) restorePlace() {
	m.reader.top, m.reader.focus, m.reader.point = m.search.saved.top, m.search.saved.focus, m.search.saved.point
	m.reader.top = m.reader.normalize(m.reader.top)
}

// searchMsg handles the search's own messages and, while the prompt is
// open, what the text input asked for (a paste).
func (m *Model) searchMsg(msg tea.Msg) tea.Cmd {
	s := &m.search
	switch msg := msg.(type) {
	case searchTickMsg:
		if msg.gen != s.gen || !s.prompting {
			return nil
		}
		q, err := compileQuery(s.input.Value())
		if err != nil {
			return nil
		}
		return m.StartSearch(q, s.input.Value(), m.origin(), true)
	case searchBatchMsg:
		if msg.Stale(s.hits.gen) {
			return nil
		}
		return m.batch(msg)
	}
	if s.prompting {
		before := s.input.Value()
		var cmd tea.Cmd
		s.input, cmd = s.input.Update(msg)
		if s.input.Value() != before {
			return tea.Batch(cmd, m.typed())
		}
		return cmd
	}
	return nil
}

// batch takes in hits from the scan, chunk by chunk.
func (m *Model) batch(msg searchBatchMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, c := range msg.Items {
		cmds = append(cmds, m.chunk(c))
	}
	m.syncHits()
	cmds = append(cmds, m.takeSteps())
	if !scanDone(msg) {
		cmds = append(cmds, msg.Next())
	}
	return tea.Batch(cmds...)
}

// takeSteps takes the n and N typed before their hits came in, once the
// current hit is chosen (or the scan is done); one that must wait again
// waits with those after it.
func (m *Model) takeSteps() tea.Cmd {
	s := &m.search
	if len(s.steps) == 0 || s.hits.cur < 0 && !s.done {
		return nil
	}
	steps := s.steps
	s.steps = nil
	if m.status.Message() == m.stx().Searching {
		m.status.Clear() // the hits they waited for are in
	}
	var cmds []tea.Cmd
	for i, dir := range steps {
		cmds = append(cmds, m.stepHit(dir))
		if len(s.steps) > 0 { // it waits again
			s.steps = append(s.steps, steps[i+1:]...)
			break
		}
	}
	return tea.Batch(cmds...)
}

// chunk takes in one chunk of hits.
func (m *Model) chunk(msg scanChunk) tea.Cmd {
	s := &m.search
	h := &s.hits
	if msg.wrapped {
		// pre grows at its end: a current hit in post moves along, one
		// in pre (a search that wrapped to the first hit) stays.
		if h.cur >= len(h.pre) {
			h.cur += len(msg.hits)
		}
		h.pre = append(h.pre, msg.hits...)
	} else {
		h.post = append(h.post, msg.hits...)
	}
	h.skip(msg.skipped, msg.wrapped)
	h.before += msg.before
	var cmd tea.Cmd
	// Hits from the reader's place on come first: a wrapped batch means
	// the scan found all there are after it. The scan starts at the top
	// line's paragraph, so the first batches can hold only hits above the
	// place: the current hit waits for one at or after it, or for the
	// wrap (taking the first batch's hits showed a hit above the screen
	// and said the search had wrapped).
	// A search back past the hits kept has the hit before the place once
	// one at or after it came in.
	if i := h.Index(s.selectFrom); h.cur < 0 && h.Len() > 0 && (msg.done || !s.backward && (i < h.Len() || msg.wrapped) ||
		s.backScan && i < h.Len()) {
		cmd = m.selectFirst(i)
	}
	if msg.done {
		s.done, s.counts, s.cancel = true, msg.counts, nil
		// Only for the query in the prompt: a scan's last batch can be
		// on its way when the next key is typed.
		if s.query.Pinyin && s.prompting && s.text == s.input.Value() && h.Len() <= maxForms {
			s.forms, s.formAt = search.Forms(m.doc.Text, h.Len(), h.At), -1
		}
		m.outline.SetHitCounts(s.counts)
		if h.Len() == 0 && s.jump {
			cmd = m.noHits()
		}
		if p := s.nodeStep; p.dir != 0 && h.Len() > 0 {
			s.nodeStep = nodeStep{}
			cmd = tea.Batch(cmd, m.nodeStepFrom(p))
		}
	}
	return cmd
}

// selectFirst makes hit i, the first from the reader's place on, current
// once the scan found it; with none after the place, the first of the
// document, as a search that wrapped. Searching backward (N after Esc),
// the hit before it, or the last one.
func (m *Model) selectFirst(i int) tea.Cmd {
	s := &m.search
	h := &s.hits
	h.cur = i
	wrapped, wrapMsg := h.cur >= h.Len(), m.stx().WrapBottom
	if wrapped {
		h.cur = 0
	}
	if s.backward {
		h.cur = i - 1
		wrapped, wrapMsg = h.cur < 0, m.stx().WrapTop
		if wrapped {
			h.cur = h.Len() - 1
		}
	}
	if !s.jump {
		return nil
	}
	m.showCurrent()
	if wrapped && s.prompting {
		s.wrapNote = wrapMsg // the prompt holds the bar: Enter says it
	}
	if wrapped && !s.prompting {
		return m.status.Flash(wrapMsg)
	}
	return nil
}

// showCurrent brings the current hit on screen.
func (m *Model) showCurrent() {
	if h, ok := m.search.hits.Current(); ok {
		m.reader.ShowOffset(h.Start)
		m.reader.SetPoint(h.Start)
		m.outline.SetSpy(m.reader.Current())
	}
}

// syncHits hands the hits to the panes and the count to the status bar.
func (m *Model) syncHits() {
	s := &m.search
	m.reader.SetHits(s.hits)
	m.status.search = s.countText(m.viewHit())
}

// searchKey handles the search keys of normal mode.
func (m *Model) searchKey(a action) tea.Cmd {
	s := &m.search
	switch a {
	case actSearch:
		return m.openPrompt()
	case actClearSearch:
		if s.query == nil {
			return nil
		}
		m.dropHits()
		m.outline.SetHitsOnly(false)
		return nil
	}
	if s.query == nil && s.last != nil && (a == actNextHit || a == actPrevHit) {
		// After Esc: the last query again, from the screen's top on
		// (n) or back (N); the hit comes later, '' goes back here.
		m.marks.back = m.here()
		cmd := m.StartSearch(s.last, s.lastText, m.reader.topSrc(), true)
		s.backward = a == actPrevHit
		return cmd
	}
	if s.query == nil {
		return m.status.Flash(m.stx().NoSearch)
	}
	switch a {
	case actNextHit:
		return m.stepHit(1)
	case actPrevHit:
		return m.stepHit(-1)
	case actNextHitNode:
		return m.stepNode(1)
	case actPrevHitNode:
		return m.stepNode(-1)
	case actHitsOnly:
		on := !m.outline.hitsOnly
		m.outline.SetHitsOnly(on)
		if on {
			return m.status.Flash(m.stx().HitsOnlyOn)
		}
		return m.status.Flash(m.stx().HitsOnlyOff)
	}
	return nil
}

// stepHit is n (dir 1) and N (dir -1): the next hit after the current one
// while it is on screen, else the next one from the screen's top, as less
// does; past the last hit it wraps and says so.
func (m *Model) stepHit(dir int) tea.Cmd {
	s := &m.search
	h := &s.hits
	n := h.Len()
	if n == 0 || len(s.steps) > 0 && !s.done {
		if s.done {
			return m.status.Flash(m.notFoundMsg(s.text))
		}
		s.steps = append(s.steps, dir)
		return m.status.Flash(m.stx().Searching)
	}
	var i int
	at := m.reader.topSrc()
	if c, ok := h.Current(); ok && m.reader.Visible(c.Start) {
		i, at = h.cur+dir, c.Start
	} else {
		top := at
		if h.outside(top) {
			// The screen is past the hits kept: search again from it.
			if dir < 0 {
				return m.searchBack(top)
			}
			return m.searchOn(top)
		}
		i = h.Index(top)
		if dir < 0 {
			i--
		}
	}
	if h.capped() && (i >= n || i < 0) {
		return m.stepPast(i >= n, at)
	}
	var cmd tea.Cmd
	switch {
	case i >= n && !s.done, i < 0 && !s.done:
		s.steps = append(s.steps, dir)
		return m.status.Flash(m.stx().Searching)
	case i >= n:
		i = 0
		cmd = m.status.Flash(m.stx().WrapBottom)
	case i < 0:
		i = n - 1
		cmd = m.status.Flash(m.stx().WrapTop)
	}
	m.selectHit(i)
	return cmd
}

func (m *Model) selectHit(i int) {
	m.search.hits.cur = i
	m.syncHits()
	m.showCurrent()
}

// rerunSearch searches again after p changed what is searched, keeping the
// current hit where it can.
func (m *Model) rerunSearch() tea.Cmd {
	s := &m.search
	if s.query == nil || s.prompting {
		if s.prompting {
			return m.typed()
		}
		return nil
	}
	from := m.reader.cursor()
	if h, ok := s.hits.Current(); ok {
		from = h.Start
	}
	return m.StartSearch(s.query, s.text, from, false)
}

// --- the reading pane's side ---

// --- the outline's side ---

// --- keys and words ---

// The search's actions, numbered apart from keys.go's.
const (
	actSearch action = iota + 100
	actNextHit
	actPrevHit
	actNextHitNode
	actPrevHitNode
	actHitsOnly
	actClearSearch
)
