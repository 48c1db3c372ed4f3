package library

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/par"
	"wenji/model"
	"wenji/model/search"
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// Library search: / in the list searches the text of every document with
// the reader's matching rules (search.Query: width folding, smart case, \
// regexps, @ pinyin initials), on all cores. Results stream in grouped by
// document, each hit a breadcrumb and a snippet; Enter opens the document
// at the hit with the query active. Each keystroke cancels the running
// search and, after a short pause, starts the next.

// libShownHits is how many hits of one document are listed (all are
// counted).
const libShownHits = 20

// libSearchDebounce is the pause after a keystroke before searching.
const libSearchDebounce = 120 * time.Millisecond

// libHit is one hit as the results show it.
type libHit struct {
	span                 model.Span
	crumb                string
	before, match, after string // the snippet, sanitised
}

// libResult is one document's hits.
type libResult struct {
	entry int
	count int
	hits  []libHit
	err   error
}

// libSearchMsg delivers results of search gen, and the channel the next
// come on (nil when it is over).
type libSearchMsg struct {
	gen     int
	results []libResult
	ch      <-chan libResult
}

type libSearchTickMsg struct{ gen int }

// libRow is a row of the results: a document's heading (hit < 0) or a hit.
type libRow struct{ group, hit int }

// libSearch is the state of the library search.
type libSearch struct {
	active bool
	typing bool // the query is being typed: from / or a key typed until the selection moves
	input  []rune
	query  *search.Query
	err    string

	gen     int
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

// searchKey handles a key in the results view.
func (l *Library) searchKey(msg tea.KeyMsg) tea.Cmd {
	s := &l.search
	k := l.keys
	if l.openHelp(msg, s.typing) {
		return nil
	}
	switch {
	case k.matches(msg, k.Quit):
		return tea.Quit
	case k.matches(msg, k.Suspend):
		return tea.Suspend
	case k.matches(msg, k.ResultBack):
		s.stop()
		s.active = false
		return nil
	case k.matches(msg, k.Down, k.Up, k.PageDown, k.PageUp):
		s.typing = false
		s.cursor = l.moved(msg, s.cursor, len(s.rows))
	case k.matches(msg, k.ResultOpen):
		return l.openHit()
	case k.matches(msg, k.Delete):
		s.typing = true
		if n := len(s.input); n > 0 {
			s.input = s.input[:n-1]
			return l.searchTyped()
		}
		// As in the reader's prompt, vim and less: backspace on an
		// empty prompt leaves it.
		s.stop()
		s.active = false
		return nil
	case k.matches(msg, k.ClearFilter):
		s.typing = true
		s.input = nil
		return l.searchTyped()
	case msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace:
		s.typing = true
		for _, r := range msg.Runes {
			if _, unsafe := cjk.SanitizeRune(r); !unsafe && r != '\n' {
				s.input = append(s.input, r)
			}
		}
		if msg.Type == tea.KeySpace && len(msg.Runes) == 0 {
			s.input = append(s.input, ' ')
		}
		return l.searchTyped()
	default:
		return nil
	}
	l.scrollResults()
	return nil
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
	s.groups, s.rows, s.cursor, s.top, s.hits, s.scanned, s.done = nil, nil, 0, 0, 0, 0, false
	s.query, s.err = nil, ""
	q, err := search.Compile(string(s.input))
	if err != nil {
		if len(s.input) > 0 && !strings.Contains(err.Error(), "empty") {
			s.err = err.Error()
		}
		return nil
	}
	s.query = q
	gen := s.gen
	return tea.Tick(libSearchDebounce, func(time.Time) tea.Msg { return libSearchTickMsg{gen} })
}

// startLibSearch searches every document for the current query.
func (l *Library) startLibSearch() tea.Cmd {
	s := &l.search
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.started = time.Now()
	s.first, s.took = 0, 0
	q, gen, files, open := s.query, s.gen, l.opt.Files, l.opt.Open
	docs := append([]*model.Document(nil), l.docs...) // the parsed ones, read-only
	workers := l.opt.Workers
	return func() tea.Msg {
		ch := par.Stream(ctx, len(files), workers, 256, func(i int) libResult {
			return searchDoc(ctx, q, i, files[i].Path, docs[i], open)
		})
		return nextResults(gen, ch)()
	}
}

// searchDoc finds q's hits in one document: all counted, the first few
// described.
func searchDoc(ctx context.Context, q *search.Query, i int, path string, doc *model.Document, open func(string) (Opened, error)) (r libResult) {
	r.entry = i
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("%v", p)
		}
	}()
	if doc == nil {
		if open == nil {
			return r
		}
		o, err := open(path)
		if err != nil {
			r.err = err
			return r
		}
		doc = o.Doc
	}
	err := q.Scan(ctx, doc, search.ScanOptions{}, func(sp model.Span) bool {
		r.count++
		if len(r.hits) < libShownHits {
			r.hits = append(r.hits, describeHit(doc, sp))
		}
		return true
	})
	if err != nil {
		r.err = err
	}
	return r
}

// describeHit is a hit's breadcrumb and snippet: some of the paragraph
// before the hit, the hit, and what follows on its line.
func describeHit(doc *model.Document, sp model.Span) libHit {
	h := libHit{span: sp}
	var names []string
	if n := doc.NodeAt(sp.Start); n != nil {
		for _, p := range n.Path() {
			if p.Kind != model.KindDocument && p.Title != "" {
				names = append(names, p.Title)
			}
		}
	}
	h.crumb = cjk.Sanitize(strings.Join(names, " › "))
	start := sp.Start
	for k := 0; k < 24 && start > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(doc.Text[:start])
		if r == '\n' {
			break
		}
		start -= size
	}
	end := sp.End
	if nl := strings.IndexByte(doc.Text[end:min(len(doc.Text), end+400)], '\n'); nl >= 0 {
		end += nl
	} else {
		end = min(len(doc.Text), end+400)
		for end > sp.End && !utf8.RuneStart(doc.Text[end-1]) {
			end--
		}
		if end < len(doc.Text) {
			for end > sp.End && !utf8.RuneStart(doc.Text[end]) {
				end--
			}
		}
	}
	// Filtered text (a paid marker glued to the line, an ad) is left out
	// of the snippet as it is of the reader.
	for _, j := range doc.JunkIn(model.Span{Start: start, End: end}) {
		if j.Span.End <= sp.Start {
			start = max(start, j.Span.End)
		} else if j.Span.Start >= sp.End {
			end = min(end, j.Span.Start)
		}
	}
	h.before = cjk.Sanitize(strings.TrimLeft(doc.Text[start:sp.Start], " \t\u3000"))
	h.match = cjk.Sanitize(doc.Text[sp.Start:sp.End])
	h.after = cjk.Sanitize(doc.Text[sp.End:end])
	return h
}

// nextResults waits for results and takes what else is ready with them.
func nextResults(gen int, ch <-chan libResult) tea.Cmd {
	return func() tea.Msg {
		first, ok := <-ch
		if !ok {
			return libSearchMsg{gen: gen}
		}
		rs := []libResult{first}
		deadline := time.After(30 * time.Millisecond)
		for len(rs) < 512 {
			select {
			case r, ok := <-ch:
				if !ok {
					return libSearchMsg{gen: gen, results: rs}
				}
				rs = append(rs, r)
			case <-deadline:
				return libSearchMsg{gen: gen, results: rs, ch: ch}
			}
		}
		return libSearchMsg{gen: gen, results: rs, ch: ch}
	}
}

// searchResults takes streamed results of the current search.
func (l *Library) searchResults(msg libSearchMsg) tea.Cmd {
	s := &l.search
	if msg.gen != s.gen {
		return nil // a search given up
	}
	for _, r := range msg.results {
		s.scanned++
		if r.count == 0 {
			continue
		}
		if len(s.groups) == 0 {
			s.first = time.Since(s.started)
		}
		g := len(s.groups)
		s.groups = append(s.groups, r)
		s.hits += r.count
		s.rows = append(s.rows, libRow{g, -1})
		for k := range r.hits {
			s.rows = append(s.rows, libRow{g, k})
		}
	}
	if msg.ch == nil {
		s.done = true
		s.took = time.Since(s.started)
		s.cancel = nil
		s.sortGroups()
		l.scrollResults()
		return nil
	}
	return nextResults(msg.gen, msg.ch)
}

// sortGroups puts the finished results in the list's order: they stream
// in as each document's search ends, which differs from run to run. The
// selection stays on its row.
func (s *libSearch) sortGroups() {
	var sel libRow
	hasSel := s.cursor >= 0 && s.cursor < len(s.rows)
	if hasSel {
		sel = s.rows[s.cursor]
		sel.group = s.groups[sel.group].entry // by document while reordered
	}
	slices.SortStableFunc(s.groups, func(a, b libResult) int { return cmp.Compare(a.entry, b.entry) })
	s.rows = s.rows[:0]
	for g, r := range s.groups {
		if hasSel && r.entry == sel.group {
			s.cursor = len(s.rows) + sel.hit + 1
		}
		s.rows = append(s.rows, libRow{g, -1})
		for k := range r.hits {
			s.rows = append(s.rows, libRow{g, k})
		}
	}
}

func (l *Library) scrollResults() {
	s := &l.search
	s.cursor, s.top = common.KeepInView(s.cursor, s.top, len(s.rows), l.listHeight())
}

// openHit opens the document of the selected row at its hit (its first
// hit on a heading row), with the query active in the reader.
func (l *Library) openHit() tea.Cmd {
	s := &l.search
	if s.cursor >= len(s.rows) || s.query == nil {
		return nil
	}
	row := s.rows[s.cursor]
	g := s.groups[row.group]
	hit := max(row.hit, 0)
	if hit >= len(g.hits) {
		return nil
	}
	return l.openEntry(g.entry, &libJump{query: s.query, text: string(s.input), at: g.hits[hit].span.Start})
}

// libJump is where a document opened from the results goes.
type libJump struct {
	query *search.Query
	text  string
	at    int
}

// searchView draws the results below the header: the prompt line and the
// rows, listHeight of them.
func (l *Library) searchView(W int) []string {
	s := &l.search
	var lines []string
	prompt := " " + l.tx.SearchPrompt
	count := ""
	switch {
	case s.query == nil:
	case !s.done:
		count = fmt.Sprintf(l.tx.SearchingFmt, common.Thousands(s.scanned), common.Thousands(len(l.entries)), hitsText(l.tx, s.hits))
	default:
		count = fmt.Sprintf(l.tx.SearchDoneFmt, hitsText(l.tx, s.hits), docsText(l.tx, len(s.groups)), s.took.Seconds())
	}
	count = common.Fit(l.w, count, W/2)
	fw := W - l.w.String(prompt) - l.w.String(count) - 3
	q := common.FitLeft(l.w, string(s.input), max(0, fw))
	line := l.st.Prompt.Render(prompt) + q + l.st.PromptCursor.Render(" ")
	used := l.w.String(prompt) + l.w.String(q) + 1
	if s.err != "" {
		e := common.Fit(l.w, "  "+s.err, max(0, W-used-l.w.String(count)-2))
		line += l.st.PromptError.Render(e)
		used += l.w.String(e)
	}
	lines = append(lines, line+common.Spaces(W-used-l.w.String(count)-1)+l.st.PromptCount.Render(count)+" ")
	lines = append(lines, "")

	h := l.listHeight()
	for r := 0; r < h; r++ {
		k := s.top + r
		if k >= len(s.rows) {
			lines = append(lines, "")
			continue
		}
		row := s.rows[k]
		g := s.groups[row.group]
		var plain string
		var styled string
		if row.hit < 0 {
			e := &l.entries[g.entry]
			title := e.title
			if title == "" {
				title = e.name
			}
			n := hitsText(l.tx, g.count)
			t := common.Fit(l.w, " "+title+"  "+e.name, W-l.w.String(n)-2)
			plain = t + common.Spaces(W-l.w.String(t)-l.w.String(n)-1) + n + " "
			styled = l.st.OutlineArticle.Render(t) + common.Spaces(W-l.w.String(t)-l.w.String(n)-1) + l.st.OutlineHits.Render(n) + " "
		} else {
			hh := g.hits[row.hit]
			crumb := common.Fit(l.w, "   "+hh.crumb, W/3)
			room := W - l.w.String(crumb) - 2
			before := common.FitLeft(l.w, hh.before, max(0, min(l.w.String(hh.before), room/3)))
			match := common.Fit(l.w, hh.match, max(0, room-l.w.String(before)))
			after := common.Fit(l.w, hh.after, max(0, room-l.w.String(before)-l.w.String(match)))
			plain = crumb + "  " + before + match + after
			styled = l.st.OutlineChars.Render(crumb) + "  " + before + l.st.Match.Render(match) + after
		}
		if k == s.cursor {
			plain = common.Fit(l.w, plain, W)
			lines = append(lines, l.st.OutlineCursor.Render(plain+common.Spaces(W-l.w.String(plain))))
			continue
		}
		lines = append(lines, styled)
	}
	if s.done && len(s.rows) == 0 && s.query != nil {
		lines[2] = l.st.Empty.Render(common.Fit(l.w, " "+l.tx.NoHits, W))
	}
	return lines
}
