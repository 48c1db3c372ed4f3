package reader

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"strings"
	"time"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/model/search"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/statusbar"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// openPrompt opens the / prompt, remembering the place and search to go
// back to on Esc.
func (m *Model) openPrompt() tea.Cmd {
	s := &m.search
	s.prompting = true
	s.err = ""
	s.input.SetValue("")
	s.histAt = len(s.history.List())
	s.draft = ""
	s.forms, s.formAt = nil, -1
	s.saved = savedSearch{text: s.text, curAt: -1, top: m.reader.top, focus: m.reader.focus,
		point: m.reader.point, hitsOn: m.outline.hitsOnly, here: m.here()}
	if h, ok := s.hits.Current(); ok {
		s.saved.curAt = h.Start
	}
	return nil
}

// savedSearch is the search and the reader's place when the prompt opened.
type savedSearch struct {
	text   string
	curAt  int // start of the current hit, or -1
	top    pos
	focus  *model.Node
	point  pointMark
	hitsOn bool
	here   int // the place as marks name it, for '' after the search
	back   int // where '' went before the search was confirmed
	enter  int // the place when it was: a move since is the user's
}

// carrySaved maps the prompt's saved place, taken of the document just
// replaced, to the one shown now (R's reload, the whole document for
// its preview): at is the offset of before, where the old place is in
// the new text. Its nodes and rows were the old document's: Esc, or a
// query matching nothing, put them back, and a or y cut the new text
// with an old node's span.
func (m *Model) carrySaved(at func(int) int) {
	s := &m.search
	r := &m.reader
	top, focus, point := r.top, r.focus, r.point
	m.goPlace(at(s.saved.here))
	s.saved.top, s.saved.focus, s.saved.point, s.saved.here = r.top, r.focus, r.point, m.here()
	r.top, r.focus, r.point = top, focus, point
	if s.saved.curAt >= 0 {
		s.saved.curAt = at(s.saved.curAt)
	}
}

// origin is where an incremental search looks from: the reader's place
// when the prompt opened.
func (m *Model) origin() int {
	r := m.reader
	r.top, r.focus, r.point = m.search.saved.top, m.search.saved.focus, m.search.saved.point
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
		if hist := s.history.List(); s.histAt > 0 {
			if s.histAt >= len(hist) {
				s.draft = s.input.Value()
			}
			s.histAt = min(s.histAt, len(hist)) - 1
			s.forms, s.formAt = nil, -1
			s.input.SetValue(hist[s.histAt])
			s.input.CursorEnd()
			return m.typed()
		}
		return nil
	case key.Matches(msg, k.PromptNewer):
		if hist := s.history.List(); s.histAt < len(hist) {
			s.histAt++
			v := s.draft
			if s.histAt < len(hist) {
				v = hist[s.histAt]
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
func (m *Model) patternError(err error) string { return PatternError(m.opt.Lang, err) }

// PatternError says what is wrong with a query that did not compile, in
// lang: regexp/syntax speaks English ("missing closing ]"). The library's
// search says it in the same words.
func PatternError(lang string, err error) string {
	stx := wtext.SearchFor(lang)
	if errors.Is(err, search.ErrEmptyQuery) {
		return stx.EmptyQuery // a lone \ or @: no pattern to be wrong
	}
	var se *syntax.Error
	if lang == "zh" && errors.As(err, &se) {
		if zh, ok := wtext.ZhSyntaxErrors[se.Code]; ok {
			return stx.BadPattern + zh + "：`" + se.Expr + "`"
		}
	}
	return stx.BadPattern + err.Error()
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
	s.next() // supersedes a pending tick and the running scan
	s.stop()
	v := s.input.Value()
	q, err := compileQuery(v)
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
	return common.Tick(searchDebounce, func(time.Time) tea.Msg { return searchTickMsg{gen} })
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
	q, err := compileQuery(sv.text)
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
// An empty prompt, or one of spaces (dropped from a query's ends), repeats
// the last search forward, as vim's and less's /<Enter> do: from the hit
// shown, the next one (n); a query with nothing to find (\, @, # alone) is
// not remembered: ↑ would bring it back as a blank entry.
func (m *Model) confirmPrompt() (cmd tea.Cmd) {
	s := &m.search
	v := s.input.Value()
	repeat := strings.Trim(v, " \t\u3000") == ""
	if repeat {
		v = ""
		if hist := s.history.List(); len(hist) > 0 {
			v = hist[len(hist)-1]
		}
	}
	s.prompting = false
	if v == "" {
		return m.cancelPrompt()
	}
	q, err := compileQuery(v)
	var remember tea.Cmd
	// The newest at the end, each search once (vim's, less's).
	if kept := s.history.Add(v); kept != "" && !repeat {
		if r := m.opt.Remember; r != nil {
			remember = func() tea.Msg { r(kept); return nil }
		}
	}
	defer func() { cmd = tea.Batch(cmd, remember) }()
	if err != nil {
		// Back to the search of before, whose scan cancelPrompt starts
		// again (dropping its Cmd left "-/0+" in the bar for good).
		msg := m.patternError(err)
		return tea.Batch(m.cancelPrompt(), m.status.Flash(msg))
	}
	s.saved.back, s.saved.enter = m.marks.back, m.here()
	m.marks.back = s.saved.here // a search is a jump: '' goes back to where it began
	m.leaveResumed()
	if s.query != nil && s.text == v && s.junk == m.reader.ShowJunk() && s.gen == s.hits.gen {
		// The incremental search already ran (or runs) for this text.
		s.jump, s.confirmed = true, true
		if s.done && s.hits.Len() == 0 {
			return m.notFound(v)
		}
		if repeat && s.hits.cur >= 0 {
			return m.stepHit(1)
		}
		if s.hits.cur >= 0 {
			m.showCurrent()
			if s.wrapNote != "" {
				return m.status.Flash(s.wrapNote)
			}
		}
		return nil
	}
	cmd = m.StartSearch(q, v, m.origin(), true)
	s.confirmed = true
	return cmd
}

// noHits is a scan meant to show its first hit that found none. Typed
// in the prompt, on until it matches nothing, it takes the view back to
// where the prompt opened, as vim's incsearch does (the view stayed at
// the hit of the query's start); else it says so.
func (m *Model) noHits() tea.Cmd {
	s := &m.search
	switch {
	case s.prompting:
		m.restorePlace()
		m.outline.SetSpy(m.reader.Current())
		return nil
	case s.confirmed:
		return m.notFound(s.text)
	}
	return m.status.Flash(m.notFoundMsg(s.text))
}

// notFound is a search confirmed in the prompt that found nothing. As
// in less and vim, it says so and leaves the screen as it was: the place
// of before the prompt (an incremental search had moved it to a hit of
// the query's start), no count ("-/0" stood in the bar until Esc), and
// what ” goes back to (it was no jump). The query stays the last one,
// as vim's: n says again that it is not there, p searches the ads with
// it. The place stays where the user moved it while a long scan ran.
func (m *Model) notFound(text string) tea.Cmd {
	m.marks.back = m.search.saved.back
	if m.here() == m.search.saved.enter {
		m.restorePlace()
	}
	return m.status.Flash(m.notFoundMsg(text))
}

// junkScanMax bounds the filtered text notFoundMsg looks through: the
// look runs in Update, where a key must answer at once. A page's junk is a
// few KB; 256 KB of it takes a plain query well under a millisecond and
// the slowest pattern of a review (`(网格|治理).*不存在`) some 20 ms, where
// 4 MB took 315 ms. Beyond it the message says "not found" alone.
const junkScanMax = 256 << 10

// notFoundMsg says that the search for text found nothing; where the
// filtered text, hidden, holds a match (the search skips it until p shows
// it), it says so and that p shows it: "not found" alone, with the words
// in an ad the user saw in the file, read as a broken search.
func (m *Model) notFoundMsg(text string) string {
	s := &m.search
	msg := m.stx().NotFound + text
	if s.query == nil || s.junk || m.reader.ShowJunk() || headingsQuery(text) {
		return msg
	}
	budget := junkScanMax
	for _, j := range m.doc.Junk {
		if budget <= 0 {
			break
		}
		sp := model.Span{Start: j.Span.Start, End: min(j.Span.End, j.Span.Start+budget)}
		budget -= sp.Len()
		found := false
		s.query.FindIn(m.doc.Text, sp, func(model.Span) bool { found = true; return false })
		if found {
			return msg + m.stx().InJunk
		}
	}
	return msg
}

// promptView draws the prompt line: / and the query with its cursor on the
// left, the count or an error on the right; exactly width columns.
func (m *Model) promptView(width int) string {
	_, line := m.promptLines(width, 0)
	return line
}

// promptLines is promptView, with the lines above the prompt that say the
// typed pattern's error whole where what the typed text leaves of the
// line has no room for it (statusbar.Wrap, at most most lines, over the
// page's last ones, as the status bar says a long message): cut to the
// line, at 40 columns it ended before its cause while typing. The prompt
// line then holds the typed text alone. With most 0 the error is cut to
// the line.
func (m *Model) promptLines(width, most int) (above []string, line string) {
	above, line, _ = m.promptLaid(width, most)
	return above, line
}

// promptLaid is promptLines, with the column of the cursor's cell: where
// what is typed goes in.
func (m *Model) promptLaid(width, most int) (above []string, line string, col int) {
	s := &m.search
	w := m.w
	right := ""
	switch {
	case s.err != "":
		right = s.err
	case s.query != nil && s.text == s.input.Value():
		if s.done && s.hits.Len() == 0 {
			right = m.stx().NoHits
		} else {
			right = s.countText(s.hits.cur)
		}
	}
	if f := m.formsHint(); f != "" && s.err == "" {
		right = f + " " + right
	}
	// The typed text comes first, with half the line kept for it; the
	// note on the right (the pattern's error, the count) takes the rest
	// of what the text leaves, so that it is whole when it can be.
	typed := w.String("/"+cjk.Sanitize(s.input.Value())) + 1
	rightRoom := max(0, width/2-1, width-typed-2)
	right = cjk.Sanitize(right)
	if s.err != "" {
		if above = statusbar.Wrap(w, right, width, rightRoom, most); above != nil {
			for i, l := range above {
				above[i] = m.st.PromptError.Render(l)
			}
			right = ""
		}
	}
	right = common.Fit(w, right, rightRoom)
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
	col = w.String(lead) + w.String(before)
	used := col + atW
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
	return above, b.String(), col
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
	return fmt.Sprintf(t.FormHint, f.Text, f.Count, next+1, len(s.forms))
}

// Cursor returns the cell of the search prompt's cursor, where what is
// typed goes in (column and row from 0); ok is false when no prompt is
// open on screen. The program puts the terminal's cursor there
// (common.Cursorer).
func (m Model) Cursor() (x, y int, ok bool) {
	if m.width <= 0 || m.height <= 0 || m.tooSmall() || m.help || !m.search.Prompting() {
		return 0, 0, false
	}
	_, _, col := m.promptLaid(m.width, maxMsgLines(m.height-1))
	return col, m.height - 1, true
}
