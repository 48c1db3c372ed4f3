package reader

import (
	"context"
	"errors"
	"fmt"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
	"wenji/ui/cjk"
	"wenji/ui/common"
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
	history   []string
	histAt    int    // index into history while browsing; len(history) = the draft
	draft     string // what was typed before browsing history
	err       string // why the typed query cannot be searched

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

	saved savedSearch // what Esc in the prompt goes back to

	// An @ query's distinct matched texts, most frequent first (see
	// search.Forms); Tab in the prompt puts the next one in the prompt,
	// Shift-Tab the previous, as an input method offers candidates.
	forms  []search.Form
	formAt int // the form in the prompt, or -1
}

// savedSearch is the search and the reader's place when the prompt opened.
type savedSearch struct {
	text   string
	curAt  int // start of the current hit, or -1
	top    pos
	focus  *model.Node
	hitsOn bool
}

// hitList holds the hits of one scan: pre are those before the scan's
// starting line (found after the wrap), post those from it on; each is in
// text order and every pre hit comes before every post hit, so the list
// reads as pre followed by post.
type hitList struct {
	gen       int
	pre, post []model.Span
	cur       int // index of the current hit, -1 for none
}

// Len returns the number of hits found so far.
func (h *hitList) Len() int { return len(h.pre) + len(h.post) }

// At returns hit i of pre followed by post.
func (h *hitList) At(i int) model.Span {
	if i < len(h.pre) {
		return h.pre[i]
	}
	return h.post[i-len(h.pre)]
}

// Current returns the current hit.
func (h *hitList) Current() (model.Span, bool) {
	if h.cur < 0 || h.cur >= h.Len() {
		return model.Span{}, false
	}
	return h.At(h.cur), true
}

// Index returns the index of the first hit that starts at or after off
// (Len when there is none).
func (h *hitList) Index(off int) int {
	i := sort.Search(len(h.pre), func(i int) bool { return h.pre[i].Start >= off })
	if i < len(h.pre) {
		return i
	}
	return len(h.pre) + sort.Search(len(h.post), func(i int) bool { return h.post[i].Start >= off })
}

// In returns the hits that overlap s, in text order.
func (h *hitList) In(s model.Span) []model.Span {
	var out []model.Span
	for _, l := range [][]model.Span{h.pre, h.post} {
		i := sort.Search(len(l), func(i int) bool { return l[i].End > s.Start })
		for ; i < len(l) && l[i].Start < s.End; i++ {
			out = append(out, l[i])
		}
	}
	return out
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
	// searchBatchMsg carries hits found by the scan of generation gen.
	searchBatchMsg struct {
		gen     int
		hits    []model.Span
		wrapped bool // the hits lie before the scan's starting line
		done    bool
		counts  map[*model.Node]int // with done: hits per node, subtree included
		err     error
		ch      <-chan searchBatchMsg
	}
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

// countText is the status bar's 3/16 (16+ while the scan runs).
func (s *Search) countText() string {
	if s.query == nil {
		return ""
	}
	n := strconv.Itoa(s.hits.Len())
	if !s.done {
		n += "+"
	}
	cur := "-"
	if s.hits.cur >= 0 {
		cur = strconv.Itoa(s.hits.cur + 1)
	}
	return cur + "/" + n
}

// scan runs q over doc in the background and returns the Cmd that
// delivers its first batch; each batch's receiver asks for the next.
func scan(ctx context.Context, gen int, q *search.Query, doc *model.Document, opt search.ScanOptions) tea.Cmd {
	ch := make(chan searchBatchMsg, 1)
	wrapAt := strings.LastIndexByte(doc.Text[:common.Clamp(opt.From, 0, len(doc.Text))], '\n') + 1
	go func() {
		defer close(ch)
		send := func(m searchBatchMsg) bool {
			m.gen, m.ch = gen, ch
			select {
			case ch <- m:
				return true
			case <-ctx.Done():
				return false
			}
		}
		own := map[*model.Node]int{}
		var batch []model.Span
		wrapped := false
		last := time.Now()
		first := true
		err := q.Scan(ctx, doc, opt, func(h model.Span) bool {
			if w := h.Start < wrapAt; w != wrapped {
				if len(batch) > 0 && !send(searchBatchMsg{hits: batch, wrapped: wrapped}) {
					return false
				}
				batch, wrapped = nil, w
			}
			batch = append(batch, h)
			own[doc.NodeAt(h.Start)]++
			if first || len(batch) >= 1<<16 || time.Since(last) > batchEvery {
				if !send(searchBatchMsg{hits: batch, wrapped: wrapped}) {
					return false
				}
				batch, first, last = nil, false, time.Now()
			}
			return true
		})
		if err != nil || ctx.Err() != nil {
			return
		}
		counts := make(map[*model.Node]int, len(own))
		for n, c := range own {
			for x := n; x != nil; x = x.Parent {
				counts[x] += c
			}
		}
		send(searchBatchMsg{hits: batch, wrapped: wrapped, done: true, counts: counts})
	}()
	return waitBatch(ch)
}

func waitBatch(ch <-chan searchBatchMsg) tea.Cmd {
	return func() tea.Msg {
		m, ok := <-ch
		if !ok {
			return nil
		}
		return m
	}
}

// --- the root model's side of search ---

// openPrompt opens the / prompt, remembering the place and search to go
// back to on Esc.
func (m *Model) openPrompt() tea.Cmd {
	s := &m.search
	s.prompting = true
	s.err = ""
	s.input.SetValue("")
	s.histAt = len(s.history)
	s.draft = ""
	s.forms, s.formAt = nil, -1
	s.saved = savedSearch{text: s.text, curAt: -1, top: m.reader.top, focus: m.reader.focus, hitsOn: m.outline.hitsOnly}
	if h, ok := s.hits.Current(); ok {
		s.saved.curAt = h.Start
	}
	return nil
}

// origin is where an incremental search looks from: the reader's place
// when the prompt opened.
func (m *Model) origin() int {
	r := m.reader
	r.top, r.focus = m.search.saved.top, m.search.saved.focus
	return r.cursor()
}

// promptKey handles a key while the prompt is open.
func (m *Model) promptKey(msg tea.KeyMsg) tea.Cmd {
	s := &m.search
	k := m.keys
	if msg.Alt && !msg.Paste && !promptAltKey(s.input.KeyMap, msg) {
		// Esc and the key after it read together (a double tap, a slow
		// link) arrive as one Alt+key. The text input binds Alt only to
		// move and delete by words; any other is Esc, which leaves the
		// prompt, then the key, taken by the reader: Esc Esc leaves and
		// clears the search, Esc q leaves and quits.
		msg.Alt = false
		return tea.Batch(m.cancelPrompt(), m.key(msg))
	}
	switch {
	case key.Matches(msg, k.PromptCancel):
		return m.cancelPrompt()
	case key.Matches(msg, k.PromptConfirm):
		return m.confirmPrompt()
	case key.Matches(msg, k.PromptOlder):
		if s.histAt > 0 {
			if s.histAt == len(s.history) {
				s.draft = s.input.Value()
			}
			s.histAt--
			s.forms, s.formAt = nil, -1
			s.input.SetValue(s.history[s.histAt])
			s.input.CursorEnd()
			return m.typed()
		}
		return nil
	case key.Matches(msg, k.PromptNewer):
		if s.histAt < len(s.history) {
			s.histAt++
			v := s.draft
			if s.histAt < len(s.history) {
				v = s.history[s.histAt]
			}
			s.forms, s.formAt = nil, -1
			s.input.SetValue(v)
			s.input.CursorEnd()
			return m.typed()
		}
		return nil
	case key.Matches(msg, k.PromptNextForm):
		return m.pickForm(1)
	case key.Matches(msg, k.PromptPrevForm):
		return m.pickForm(-1)
	case msg.Type == tea.KeyBackspace && s.input.Value() == "":
		// As in vim and less: backspace on an empty prompt leaves it.
		return m.cancelPrompt()
	}
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() == before {
		return cmd
	}
	s.forms, s.formAt = nil, -1
	return tea.Batch(cmd, m.typed())
}

// patternError says what is wrong with a regexp query, in the user's
// language: regexp/syntax speaks English ("missing closing ]").
func (m *Model) patternError(err error) string {
	if errors.Is(err, search.ErrEmptyQuery) {
		return m.stx().emptyQuery // a lone \ or @: no pattern to be wrong
	}
	var se *syntax.Error
	if m.opt.Lang == "zh" && errors.As(err, &se) {
		if zh, ok := zhSyntaxErrors[se.Code]; ok {
			return m.stx().badPattern + zh + "：`" + se.Expr + "`"
		}
	}
	return m.stx().badPattern + err.Error()
}

// zhSyntaxErrors are regexp/syntax's messages in Chinese.
var zhSyntaxErrors = map[syntax.ErrorCode]string{
	syntax.ErrInternalError:         "内部错误",
	syntax.ErrInvalidCharClass:      "字符类无效",
	syntax.ErrInvalidCharRange:      "字符范围无效",
	syntax.ErrInvalidEscape:         "转义无效",
	syntax.ErrInvalidNamedCapture:   "命名分组无效",
	syntax.ErrInvalidPerlOp:         "不支持的 Perl 语法",
	syntax.ErrInvalidRepeatOp:       "重复符号嵌套无效",
	syntax.ErrInvalidRepeatSize:     "重复次数无效",
	syntax.ErrInvalidUTF8:           "UTF-8 编码无效",
	syntax.ErrMissingBracket:        "缺少右方括号 ]",
	syntax.ErrMissingParen:          "缺少右括号 )",
	syntax.ErrMissingRepeatArgument: "重复符号前缺少内容",
	syntax.ErrTrailingBackslash:     "末尾多了反斜杠",
	syntax.ErrUnexpectedParen:       "多了右括号 )",
	syntax.ErrNestingDepth:          "嵌套太深",
	syntax.ErrLarge:                 "表达式太大",
}

// promptAltKey reports whether the prompt's text input binds Alt+key
// (Alt+b, Alt+f, Alt+d, Alt+←/→, Alt+Backspace/Delete).
func promptAltKey(km textinput.KeyMap, msg tea.KeyMsg) bool {
	return key.Matches(msg, km.WordForward, km.WordBackward, km.DeleteWordBackward, km.DeleteWordForward)
}

// maxForms bounds the hits an @ query's forms are counted from, on the UI
// goroutine: a query with more hits than this is not looking for a word.
const maxForms = 100_000

// pickForm puts the next (dir 1) or previous (dir -1) of an @ query's
// matched texts in the prompt and searches for exactly it.
func (m *Model) pickForm(dir int) tea.Cmd {
	s := &m.search
	if len(s.forms) == 0 {
		return nil
	}
	n := len(s.forms)
	switch {
	case s.formAt < 0 && dir > 0:
		s.formAt = 0
	case s.formAt < 0:
		s.formAt = n - 1
	default:
		s.formAt = ((s.formAt+dir)%n + n) % n
	}
	s.input.SetValue(s.forms[s.formAt].Text)
	s.input.CursorEnd()
	return m.typed()
}

// typed reacts to a change of the prompt's text: search now on a small
// document, after a pause on a big one.
func (m *Model) typed() tea.Cmd {
	s := &m.search
	s.gen++ // supersedes a pending tick and the running scan
	s.stop()
	v := s.input.Value()
	q, err := search.Compile(v)
	s.err = ""
	if err != nil {
		if !errors.Is(err, search.ErrEmptyQuery) {
			s.err = m.patternError(err)
		}
		m.dropHits()
		m.restorePlace()
		return nil
	}
	if len(m.doc.Text) < instantSearch {
		return m.StartSearch(q, v, m.origin(), true)
	}
	gen := s.gen
	return tea.Tick(searchDebounce, func(time.Time) tea.Msg { return searchTickMsg{gen} })
}

// StartSearch starts a scan of q from offset from; the first hit at or
// after it becomes current, brought on screen when jump.
func (m *Model) StartSearch(q *search.Query, text string, from int, jump bool) tea.Cmd {
	s := &m.search
	s.stop()
	s.gen++
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.query, s.text = q, text
	s.hits = hitList{gen: s.gen, cur: -1}
	s.done, s.counts = false, nil
	s.junk = m.reader.ShowJunk()
	s.selectFrom, s.jump = from, jump
	m.syncHits()
	return scan(ctx, s.gen, q, m.doc, search.ScanOptions{Junk: s.junk, From: from})
}

// stop cancels the running scan, if any.
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
	s.gen++
	s.query, s.text = nil, ""
	s.hits = hitList{gen: s.gen, cur: -1}
	s.done, s.counts = true, nil
	m.outline.SetHitCounts(nil)
	m.outline.SetSpy(m.reader.Current())
	m.syncHits()
}

func (m *Model) restorePlace() {
	m.reader.top, m.reader.focus = m.search.saved.top, m.search.saved.focus
	m.reader.top = m.reader.normalize(m.reader.top)
	m.outline.SetSpy(m.reader.Current())
}

// cancelPrompt is Esc: back to the place and the search of before.
func (m *Model) cancelPrompt() tea.Cmd {
	s := &m.search
	s.prompting = false
	s.err = ""
	m.restorePlace()
	sv := s.saved
	if sv.text == "" {
		m.dropHits()
		return nil
	}
	q, err := search.Compile(sv.text)
	if err != nil {
		m.dropHits()
		return nil
	}
	from := sv.curAt
	if from < 0 {
		from = m.reader.cursor()
	}
	return m.StartSearch(q, sv.text, from, false)
}

// confirmPrompt is Enter: keep the search, remember it, close the prompt.
// An empty prompt repeats the last search.
func (m *Model) confirmPrompt() tea.Cmd {
	s := &m.search
	v := s.input.Value()
	if v == "" && len(s.history) > 0 {
		v = s.history[len(s.history)-1]
	}
	s.prompting = false
	if v == "" {
		return m.cancelPrompt()
	}
	if n := len(s.history); n == 0 || s.history[n-1] != v {
		s.history = append(s.history, v)
	}
	q, err := search.Compile(v)
	if err != nil {
		msg := m.patternError(err)
		m.cancelPrompt()
		return m.status.Flash(msg)
	}
	if s.query != nil && s.text == v && s.junk == m.reader.ShowJunk() && s.gen == s.hits.gen {
		// The incremental search already ran (or runs) for this text.
		s.jump = true
		if s.done && s.hits.Len() == 0 {
			return m.status.Flash(m.stx().notFound + v)
		}
		if s.hits.cur >= 0 {
			m.showCurrent()
		}
		return nil
	}
	return m.StartSearch(q, v, m.origin(), true)
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
		q, err := search.Compile(s.input.Value())
		if err != nil {
			return nil
		}
		return m.StartSearch(q, s.input.Value(), m.origin(), true)
	case searchBatchMsg:
		if msg.gen != s.hits.gen {
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

// batch takes in hits from the scan.
func (m *Model) batch(msg searchBatchMsg) tea.Cmd {
	s := &m.search
	h := &s.hits
	if msg.wrapped {
		h.pre = append(h.pre, msg.hits...)
		if h.cur >= 0 {
			h.cur += len(msg.hits)
		}
	} else {
		h.post = append(h.post, msg.hits...)
	}
	var cmd tea.Cmd
	// Hits from the reader's place on come first: a wrapped batch means
	// the scan found all there are after it. The scan starts at the top
	// line's paragraph, so the first batches can hold only hits above the
	// place: the current hit waits for one at or after it, or for the
	// wrap (taking the first batch's hits showed a hit above the screen
	// and said the search had wrapped).
	if i := h.Index(s.selectFrom); h.cur < 0 && h.Len() > 0 && (i < h.Len() || msg.wrapped || msg.done) {
		// The first hit from the reader's place on; with none after it,
		// the first of the document, as a search that wrapped.
		h.cur = i
		wrapped := h.cur >= h.Len()
		if wrapped {
			h.cur = 0
		}
		if s.jump {
			m.showCurrent()
			if wrapped && !s.prompting {
				cmd = m.status.Flash(m.stx().wrapBottom)
			}
		}
	}
	if msg.done {
		s.done, s.counts, s.cancel = true, msg.counts, nil
		// Only for the query in the prompt: a scan's last batch can be
		// on its way when the next key is typed.
		if s.query.Pinyin && s.prompting && s.text == s.input.Value() && h.Len() <= maxForms {
			s.forms, s.formAt = search.Forms(m.doc.Text, h.Len(), h.At), -1
		}
		m.outline.SetHitCounts(s.counts)
		m.outline.SetSpy(m.reader.Current())
		if h.Len() == 0 && s.jump && !s.prompting {
			cmd = m.status.Flash(m.stx().notFound + s.text)
		}
	}
	m.syncHits()
	if !msg.done && msg.ch != nil {
		return tea.Batch(cmd, waitBatch(msg.ch))
	}
	return cmd
}

// showCurrent brings the current hit on screen.
func (m *Model) showCurrent() {
	if h, ok := m.search.hits.Current(); ok {
		m.reader.ShowOffset(h.Start)
		m.outline.SetSpy(m.reader.Current())
	}
}

// syncHits hands the hits to the panes and the count to the status bar.
func (m *Model) syncHits() {
	s := &m.search
	m.reader.SetHits(s.hits)
	m.status.search = s.countText()
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
	if s.query == nil {
		return m.status.Flash(m.stx().noSearch)
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
		m.outline.SetSpy(m.reader.Current())
		if on {
			return m.status.Flash(m.stx().hitsOnlyOn)
		}
		return m.status.Flash(m.stx().hitsOnlyOff)
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
	if n == 0 {
		if s.done {
			return m.status.Flash(m.stx().notFound + s.text)
		}
		return m.status.Flash(m.stx().searching)
	}
	var i int
	if c, ok := h.Current(); ok && m.reader.Visible(c.Start) {
		i = h.cur + dir
	} else {
		i = h.Index(m.reader.topSrc())
		if dir < 0 {
			i--
		}
	}
	var cmd tea.Cmd
	switch {
	case i >= n && !s.done, i < 0 && !s.done:
		return m.status.Flash(m.stx().searching)
	case i >= n:
		i = 0
		cmd = m.status.Flash(m.stx().wrapBottom)
	case i < 0:
		i = n - 1
		cmd = m.status.Flash(m.stx().wrapTop)
	}
	m.selectHit(i)
	return cmd
}

func (m *Model) selectHit(i int) {
	m.search.hits.cur = i
	m.syncHits()
	m.showCurrent()
}

// stepNode is Ctrl-n / Ctrl-p: the first hit of the next (previous)
// outline node, innermost, that holds hits.
func (m *Model) stepNode(dir int) tea.Cmd {
	h := &m.search.hits
	n := h.Len()
	if n == 0 {
		return m.status.Flash(m.stx().notFound + m.search.text)
	}
	i := h.cur
	if c, ok := h.Current(); !ok || !m.reader.Visible(c.Start) {
		i = h.Index(m.reader.topSrc())
		if dir > 0 {
			i-- // the loop below steps past the node of the hit before
		}
	}
	var here *model.Node
	if i >= 0 && i < n {
		here = m.doc.NodeAt(h.At(i).Start)
	} else {
		here = m.reader.Current()
	}
	for j := i + dir; j >= 0 && j < n; j += dir {
		nd := m.doc.NodeAt(h.At(j).Start)
		if nd == here {
			continue
		}
		if dir < 0 {
			// Back to the first hit of that node.
			for j > 0 && m.doc.NodeAt(h.At(j-1).Start) == nd {
				j--
			}
		}
		m.selectHit(j)
		return nil
	}
	if dir > 0 {
		return m.status.Flash(m.stx().noNextHitNode)
	}
	return m.status.Flash(m.stx().noPrevHitNode)
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

// promptView draws the prompt line: / and the query with its cursor on the
// left, the count or an error on the right; exactly width columns.
func (m *Model) promptView(width int) string {
	s := &m.search
	w := m.w
	right := ""
	switch {
	case s.err != "":
		right = s.err
	case s.query != nil && s.text == s.input.Value():
		if s.done && s.hits.Len() == 0 {
			right = m.stx().noHits
		} else {
			right = s.countText()
		}
	}
	if f := m.formsHint(); f != "" && s.err == "" {
		right = f + " " + right
	}
	right = common.Fit(w, cjk.Sanitize(right), max(0, width/2-1))
	rightW := w.String(right)
	if rightW > 0 {
		rightW++
	}
	room := max(1, width-rightW)

	val := []rune(s.input.Value())
	pos := common.Clamp(s.input.Position(), 0, len(val))
	before := cjk.Sanitize(string(val[:pos]))
	at, after := " ", ""
	if pos < len(val) {
		at = cjk.Sanitize(string(val[pos]))
		after = cjk.Sanitize(string(val[pos+1:]))
	}
	// Keep the cursor in view: cut the text before it from the left.
	lead := "/"
	atW := w.String(at)
	if w.String(lead)+w.String(before)+atW > room {
		before = common.FitLeft(w, before, max(0, room-w.String(lead)-atW))
		if w.String(lead)+w.String(before)+atW > room {
			lead = ""
		}
	}
	used := w.String(lead) + w.String(before) + atW
	after = common.HardCut(w, after, max(0, room-used))
	used += w.String(after)
	var b strings.Builder
	b.WriteString(m.st.Prompt.Render(lead))
	b.WriteString(before)
	b.WriteString(m.st.PromptCursor.Render(at))
	b.WriteString(after)
	b.WriteString(common.Spaces(width - used - rightW))
	if right != "" {
		sty := m.st.PromptCount
		if s.err != "" {
			sty = m.st.PromptError
		}
		b.WriteString(sty.Render(right) + " ")
	}
	return b.String()
}

// formsHint is what the prompt says of an @ query's matched texts:
// Tab→调查研究 16 (of 4 forms), or where Tab has got to.
func (m *Model) formsHint() string {
	s := &m.search
	if len(s.forms) == 0 || len(s.forms) == 1 && s.formAt == 0 {
		return ""
	}
	t := m.stx()
	next := (s.formAt + 1) % len(s.forms)
	f := s.forms[next]
	return fmt.Sprintf(t.formHint, f.Text, f.Count, next+1, len(s.forms))
}

// --- the reading pane's side ---

// mark is a hit in rendered coordinates of a paragraph.
type mark struct {
	start, end int
	cur        bool
}

// SetHits gives the reader the hits to highlight; paragraphs already
// rendered are drawn again where their highlights changed.
func (r *Reader) SetHits(h hitList) {
	old := r.hits
	r.hits = h
	if old.gen == h.gen && old.Len() == h.Len() {
		if old.cur != h.cur {
			for _, x := range []hitList{old, h} {
				if c, ok := x.Current(); ok {
					if b, ok := r.cache[r.doc.ParaAt(c.Start)]; ok {
						b.repaint()
					}
				}
			}
		}
		return
	}
	if old.Len() == 0 && h.Len() == 0 {
		return
	}
	// Highlights change nothing of the wrapping: paint again, keep lines.
	for _, b := range r.cache {
		b.repaint()
	}
}

// lineMarks maps the hits that show on one line of block b, rendered
// offsets from to to, to offsets of its rendered text. Only that line's
// hits are looked at, found by binary search: a 50 MB paragraph with
// millions of hits used to have them all mapped again whenever a batch of
// search results came in, and the reader froze while the scan ran.
func (r *Reader) lineMarks(b *block, from, to int) []mark {
	cur, hasCur := r.hits.Current()
	var out []mark
	// Every pre hit comes before every post hit: the marks come out in
	// order.
	for _, l := range [][]model.Span{r.hits.pre, r.hits.post} {
		lo := sort.Search(len(l), func(i int) bool { return l[i].End > b.sp.Start })
		hi := sort.Search(len(l), func(i int) bool { return l[i].Start >= b.sp.End })
		if lo >= hi {
			continue
		}
		seg := l[lo:hi]
		// Hits do not overlap, so their ends, mapped, rise with them.
		i := sort.Search(len(seg), func(i int) bool { return b.pb.dstOf(seg[i].End, b.text) > from })
		for ; i < len(seg); i++ {
			h := seg[i]
			a := b.pb.dstOf(h.Start, b.text)
			if a >= to {
				break
			}
			if e := b.pb.dstOf(h.End, b.text); a < e {
				out = append(out, mark{a, e, hasCur && h == cur})
			}
		}
	}
	return out
}

// dstOf maps a source offset to the rendered text s, the inverse of srcOf,
// landing on a rune boundary.
func (p *paraBuilder) dstOf(src int, s string) int {
	i := sort.Search(len(p.pieces), func(i int) bool { return p.pieces[i].src > src }) - 1
	if i < 0 {
		return 0
	}
	next := len(s)
	if i+1 < len(p.pieces) {
		next = p.pieces[i+1].dst
	}
	d := min(p.pieces[i].dst+(src-p.pieces[i].src), next)
	for d < len(s) && !utf8.RuneStart(s[d]) {
		d++
	}
	return d
}

// paint writes s[a:b] in style sty, the hits among marks highlighted.
func (r *Reader) paint(line *strings.Builder, s string, a, b int, sty textStyle, marks []mark) {
	k := sort.Search(len(marks), func(k int) bool { return marks[k].end > a })
	for ; a < b && k < len(marks) && marks[k].start < b; k++ {
		mk := marks[k]
		if mk.start > a {
			r.write(line, s[a:mk.start], sty)
			a = mk.start
		}
		e := min(mk.end, b)
		base := r.style(sty)
		hl := base.Inherit(r.st.Match)
		if mk.cur {
			hl = r.st.MatchCurrent.Inherit(base)
		}
		line.WriteString(hl.Render(s[a:e]))
		a = e
	}
	if a < b {
		r.write(line, s[a:b], sty)
	}
}

func (r *Reader) write(line *strings.Builder, seg string, sty textStyle) {
	if sty == styBody {
		line.WriteString(seg)
	} else {
		line.WriteString(r.style(sty).Render(seg))
	}
}

// rowOf returns the row showing the source offset off; false when it is in
// text not shown (hidden junk).
func (r *Reader) rowOf(off int) (pos, bool) {
	p := r.doc.ParaAt(off)
	if p >= len(r.doc.Paras) || r.textW == 0 {
		return pos{}, false
	}
	b := r.block(p)
	if len(b.lines) == 0 {
		return pos{}, false
	}
	return pos{p, lineFor(b, off)}, true
}

// Visible reports whether the source offset off is on screen.
func (r *Reader) Visible(off int) bool {
	p, ok := r.rowOf(off)
	if !ok || p.less(r.top) {
		return false
	}
	return !r.forward(r.top, max(0, r.height-1)).less(p)
}

// ShowOffset scrolls, if it must, to put the line holding off a third of
// the way down the pane, with context above it.
func (r *Reader) ShowOffset(off int) {
	if r.Visible(off) {
		return
	}
	p, ok := r.rowOf(off)
	if !ok {
		return
	}
	r.focus = nil
	r.top = r.normalize(r.backward(p, r.height/3))
}

// --- the outline's side ---

// SetHitCounts shows hits per node (nil while no search is active).
func (o *Outline) SetHitCounts(c map[*model.Node]int) {
	if c == nil && o.hitCounts == nil {
		return
	}
	o.hitCounts = c
	if c == nil {
		o.hitsOnly = false
	}
	o.flatten()
}

// SetHitsOnly lists only the nodes with hits, all levels open.
func (o *Outline) SetHitsOnly(on bool) {
	if on == o.hitsOnly {
		return
	}
	o.hitsOnly = on
	o.flatten()
}

// hitCount formats a node's hits for the count column ("" for none).
func (o *Outline) hitCount(n *model.Node) string {
	if c := o.hitCounts[n]; c > 0 {
		return fmt.Sprint(c)
	}
	return ""
}

// --- keys and words ---

// SearchKeyMap is the search's part of the KeyMap: the keys of normal mode
// and those of the open prompt.
type SearchKeyMap struct {
	Search, NextHit, PrevHit key.Binding
	NextHitNode, PrevHitNode key.Binding
	HitsOnly, ClearSearch    key.Binding

	// In the prompt.
	PromptConfirm, PromptCancel, PromptOlder, PromptNewer key.Binding
	PromptNextForm, PromptPrevForm                        key.Binding
}

func defaultSearchKeys(lang string) SearchKeyMap {
	t := searchTextFor(lang)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return SearchKeyMap{
		Search:         b("/", t.hSearch, "/"),
		NextHit:        b("n", t.hNextHit, "n"),
		PrevHit:        b("N", t.hPrevHit, "N"),
		NextHitNode:    b("ctrl+n", t.hNextHitNode, "ctrl+n"),
		PrevHitNode:    b("ctrl+p", t.hPrevHitNode, "ctrl+p"),
		HitsOnly:       b("f", t.hHitsOnly, "f"),
		ClearSearch:    b("esc", t.hClear, "esc"),
		PromptConfirm:  b("enter", t.hConfirm, "enter"),
		PromptCancel:   b("esc", t.hCancel, "esc", "ctrl+c", "ctrl+g"),
		PromptOlder:    b("↑/↓", t.hHistory, "up"),
		PromptNewer:    b("↓", t.hHistory, "down"),
		PromptNextForm: b("tab", t.hForms, "tab"),
		PromptPrevForm: b("shift+tab", t.hForms, "shift+tab"),
	}
}

// searchHelp is the help overlay's search group.
func (k SearchKeyMap) searchHelp() []key.Binding {
	return []key.Binding{k.Search, k.NextHit, k.PrevHit, k.NextHitNode, k.PrevHitNode, k.HitsOnly, k.ClearSearch, k.PromptOlder, k.PromptNextForm}
}

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

// searchText holds the search's words in one language.
type searchText struct {
	gSearch                                                 string
	hSearch, hNextHit, hPrevHit, hNextHitNode, hPrevHitNode string
	hHitsOnly, hClear, hConfirm, hCancel, hHistory          string
	badPattern, notFound, noHits, noSearch, searching       string
	emptyQuery                                              string
	wrapBottom, wrapTop, hitsOnlyOn, hitsOnlyOff            string
	noNextHitNode, noPrevHitNode                            string
	hForms, formHint                                        string
}

var zhSearchText = searchText{
	gSearch: "搜索",
	hSearch: "搜索，\\开头用正则", hNextHit: "下一处匹配", hPrevHit: "上一处匹配",
	hNextHitNode: "下一个有匹配的节点", hPrevHitNode: "上一个有匹配的节点",
	hHitsOnly: "目录仅列含匹配节点", hClear: "清除搜索高亮",
	hConfirm: "确定", hCancel: "取消", hHistory: "搜索历史",
	badPattern: "正则有误：", notFound: "未找到：", noHits: "无匹配", emptyQuery: "没有要找的内容",
	noSearch: "还没有搜索（按 / 搜索）", searching: "仍在搜索…",
	wrapBottom: "已到末尾，从开头继续", wrapTop: "已到开头，从末尾继续",
	hitsOnlyOn: "目录只列有匹配的节点", hitsOnlyOff: "目录列出全部节点",
	noNextHitNode: "后面没有含匹配的节点", noPrevHitNode: "前面没有含匹配的节点",
	hForms: "搜索框中选@匹配词", formHint: "Tab→%s %d处（%d/%d）",
}

var enSearchText = searchText{
	gSearch: "Search",
	hSearch: "search, \\ regexp", hNextHit: "next match", hPrevHit: "previous match",
	hNextHitNode: "next node w/ match", hPrevHitNode: "prev node w/ match",
	hHitsOnly: "outline: hit nodes", hClear: "clear highlights",
	hConfirm: "confirm", hCancel: "cancel", hHistory: "search history",
	badPattern: "bad pattern: ", notFound: "not found: ", noHits: "no matches", emptyQuery: "nothing to search for",
	noSearch: "no previous search (/ searches)", searching: "still searching…",
	wrapBottom: "search hit BOTTOM, continuing at TOP", wrapTop: "search hit TOP, continuing at BOTTOM",
	hitsOnlyOn: "outline lists only nodes with matches", hitsOnlyOff: "outline lists all nodes",
	noNextHitNode: "no later node with matches", noPrevHitNode: "no earlier node with matches",
	hForms: "in /: pick an @ match", formHint: "Tab→%s ×%d (%d/%d)",
}

func searchTextFor(lang string) *searchText {
	if lang == "zh" {
		return &zhSearchText
	}
	return &enSearchText
}

// searchTextOf returns the search's words in the language of t.
func searchTextOf(t *text) *searchText {
	if t == &zhText {
		return &zhSearchText
	}
	return &enSearchText
}

func (m *Model) stx() *searchText { return searchTextOf(m.tx) }
