package library

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/prompt"
	"wenji/ui/components/statusbar"
)

// searchView draws the results below the header: the prompt line and the
// rows, listHeight of them.
func (l *Library) searchView(W int) []string {
	s := &l.search
	var lines []string
	prompt, _, said := l.searchPrompt(W)
	lines = append(lines, prompt, "")

	lines = append(lines, common.Window(s.top, len(s.rows), l.listHeight(), func(k int) string {
		plain, styled := l.resultRow(s.rows[k], W)
		if k == s.cursor {
			return l.cursorRow(plain, W)
		}
		return styled
	})...)
	if s.done && len(s.rows) == 0 && s.query != nil {
		lines[2] = l.Styles.Empty.Render(common.Fit(l.W, " "+l.tx.NoHits, W))
	}
	// A pattern's error lists nothing: it is said under the prompt, on
	// the blank line and the empty list's first rows.
	copy(lines[1:], said)
	return lines
}

// searchPrompt is the search's prompt line, the column of its cursor,
// and the lines under it that say a pattern's error too long for it.
func (l *Library) searchPrompt(W int) (line string, col int, said []string) {
	s := &l.search
	count := ""
	switch {
	case s.query == nil:
	case !s.done:
		count = fmt.Sprintf(l.tx.SearchingFmt, common.Thousands(s.scanned), common.Thousands(len(l.entries)), hitsText(l.tx, s.hits))
	case s.hits == 0:
		count = fmt.Sprintf(l.tx.SearchNoneFmt, docsText(l.tx, l.listed()), s.took.Seconds())
	default:
		count = fmt.Sprintf(l.tx.SearchDoneFmt, hitsText(l.tx, s.hits), docsText(l.tx, len(s.groups)), s.took.Seconds())
	}
	count = common.Fit(l.W, count, W/2)
	note, noteStyle := "", l.Styles.PromptError
	switch {
	case s.err != "":
		note = "  " + s.err
		said = l.errUnder(W, s.err)
		if said != nil {
			note = ""
		}
	case s.input.Value() == "":
		note, noteStyle = l.tx.SearchEmptyHint, l.Styles.PromptCount
	}
	line, col = l.promptLine(W, l.tx.SearchPrompt, &s.input, note, noteStyle, count)
	return line, col, said
}

// errUnder lays out the typed pattern's error (msg) on lines under the
// search prompt, when what the label and the typed text leave of the
// prompt's line has no room for it (statusbar.Wrap): cut there, at 40
// columns it ended before its cause. Nil when it fits the line.
func (l *Library) errUnder(W int, msg string) []string {
	label := common.Fit(l.W, " "+l.tx.SearchPrompt, max(0, W-2))
	room := W - l.W.String(label) - l.W.String(cjk.SanitizeLine(l.search.input.Value())) - 1 - 4
	said := statusbar.Wrap(l.W, cjk.SanitizeLine(msg), W, room, 1+l.listHeight())
	for i, s := range said {
		said[i] = l.Styles.PromptError.Render(s)
	}
	return said
}

// resultRow draws a row of the results, plain and styled: a document
// with its count, or one of its hits.
func (l *Library) resultRow(row libRow, W int) (plain, styled string) {
	s := &l.search
	g := s.groups[row.group]
	switch {
	case row.hit < 0:
		e := &l.entries[g.entry]
		n := hitsText(l.tx, g.count)
		if g.count > libShownHits {
			// The rows list the first few: say so, or the count (78 处)
			// read as a miscount of the 20 rows under it.
			n += fmt.Sprintf(l.tx.ListedFmt, libShownHits)
		}
		t := " " + l.docLabel(e.title, e.name, max(0, W-l.W.String(n)-3))
		gap := common.Spaces(W - l.W.String(t) - l.W.String(n) - 1)
		return t + gap + n + " ", l.Styles.OutlineArticle.Render(t) + gap + l.Styles.OutlineHits.Render(n) + " "
	case row.hit >= len(g.hits):
		plain = "   …" // counted, its description on its way
		return plain, l.Styles.OutlineChars.Render(plain)
	case s.headings:
		// The paths padded to the widest of the document's described
		// so far: its headings start in one column (0, 1, 12.4).
		pw := 0
		for _, h := range g.hits {
			pw = max(pw, len(h.path))
		}
		return l.headingRow(g.hits[row.hit], pw, W)
	}
	hh := g.hits[row.hit]
	// The end of the breadcrumb, the nearest heading, tells hits apart
	// (their starts are all the article's title), as --search shows it.
	crumb := "   " + common.FitLeft(l.W, l.crumbText(hh, &l.entries[g.entry]), max(0, W/3-3))
	room := W - l.W.String(crumb) - 2
	before := common.FitLeft(l.W, hh.before, max(0, min(l.W.String(hh.before), room/3)))
	match := common.Fit(l.W, hh.match, max(0, room-l.W.String(before)))
	after := common.Fit(l.W, hh.after, max(0, room-l.W.String(before)-l.W.String(match)))
	return crumb + "  " + before + match + after, l.Styles.OutlineChars.Render(crumb) + "  " + before + l.Styles.Match.Render(match) + after
}

// docLabel is a document's row of the results, its title then its file,
// in at most room columns. Short of room each gets half, or what the other
// leaves; the file is cut as the list cuts it (common.FitPath: the folder
// first, then the name's middle, its end kept), since names alike but for
// their ends were cut to the same start.
func (l *Library) docLabel(title, name string, room int) string {
	title = cjk.SanitizeLine(title)
	const gap = "  "
	avail := room - len(gap)
	tw, nw := l.W.String(title), l.W.String(cjk.Sanitize(name))
	if tw+nw > avail {
		half := max(0, avail/2)
		switch {
		case tw <= avail-half:
			nw = avail - tw
		case nw <= half:
			tw = avail - nw
		default:
			tw, nw = avail-half, half
		}
	}
	if avail <= 0 || nw <= 0 {
		return common.Fit(l.W, title, room)
	}
	return common.Fit(l.W, title, tw) + gap + common.FitPath(l.W, name, nw)
}

// cursorRow draws the row under the cursor, of the list or the results:
// its plain text in reverse, the whole width.
func (l *Library) cursorRow(plain string, W int) string {
	plain = common.Fit(l.W, plain, W)
	return l.Styles.OutlineCursor.Render(plain + common.Spaces(W-l.W.String(plain)))
}

// headingRow draws a heading found by a # query: its outline path (pw
// columns, the path's digits and dots one column each), the heading as
// written, and the headings above it.
func (l *Library) headingRow(h libHit, pw, W int) (plain, styled string) {
	path := "   " + h.path + common.Spaces(pw-len(h.path)) + "  "
	room := W - l.W.String(path) - 1
	head := common.Fit(l.W, h.match, max(0, room))
	above := ""
	if i := strings.LastIndex(h.crumb, " › "); i >= 0 {
		above = common.Fit(l.W, "  ‹ "+h.crumb[:i], max(0, room-l.W.String(head)))
	}
	plain = path + head + above
	styled = l.Styles.OutlineChars.Render(path) + l.Styles.Match.Render(head) + l.Styles.OutlineChars.Render(above)
	return plain, styled
}

// promptLine draws a prompt's line: its label, the text with its cursor,
// a note after it (a hint, an error) and the count on the right; and the
// column of the cursor's cell.
func (l *Library) promptLine(W int, label string, p *prompt.Model, note string, noteStyle lipgloss.Style, count string) (string, int) {
	label = common.Fit(l.W, " "+label, max(0, W-2))
	// What is typed comes before the count, as in the reader's prompt:
	// the text keeps what it needs, up to half of what the label leaves
	// (the count took the line at 30 columns, and the query was not on
	// screen).
	avail := max(0, W-l.W.String(label)-2)
	keep := min(l.W.String(p.Value())+1, (avail+1)/2)
	count = common.Fit(l.W, count, max(0, min(W/2, avail-keep)))
	fw := avail - l.W.String(count)
	// The cursor is drawn only while the prompt is typed: browsed, the
	// list's keys are commands, and a cursor there invited typing.
	cursor := l.Styles.PromptCursor
	if !l.mode.typing() {
		cursor = lipgloss.NewStyle()
	}
	text, used, col := p.ViewAt(max(1, fw), cursor)
	line := l.Styles.Prompt.Render(label) + text
	col += l.W.String(label)
	used += l.W.String(label)
	if note != "" {
		// A hint too long for the line says its clauses that fit
		// whole, then … (it was cut inside a word: "@ for pinyin ini…").
		sep := "; "
		if !strings.Contains(note, sep) {
			sep = "；"
		}
		n := common.FitParts(l.W, strings.Split(note, sep), sep, max(0, W-used-l.W.String(count)-2))
		line += noteStyle.Render(n)
		used += l.W.String(n)
	}
	return line + common.Spaces(W-used-l.W.String(count)-1) + l.Styles.PromptCount.Render(count) + " ", col
}

// withBar is the page: lines, then the status bar, a message too wide
// for the bar said whole on lines above it, over the last of lines
// (statusbar.Wrap), except the start's last opened (lastNote), cut to the
// bar.
func (l *Library) withBar(lines []string, W int, hint string) string {
	if msg := l.bar.Message(); msg != l.lastNote {
		if said, ok := statusbar.OnBar(l.W, lines, cjk.SanitizeLine(msg), W, l.Styles.StatusBar.Render); ok {
			return common.Join(said)
		}
	}
	return common.Join(append(lines, l.statusBar(W, hint)))
}

// statusBar draws the status line: a message, or the keys' hint (as many
// of its keys as fit, whole).
func (l *Library) statusBar(W int, hint string) string {
	bar := " " + common.Fit(l.W, cjk.SanitizeLine(l.bar.Message()), W-1)
	if l.bar.Message() == "" {
		parts := strings.Split(l.hint(hint, l.mode.typing()), " · ")
		bar = " " + common.FitParts(l.W, parts, " · ", W-1)
	}
	return l.Styles.StatusBar.Render(bar + common.Spaces(W-l.W.String(bar)))
}
