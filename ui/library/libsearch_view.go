package library

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"wenji/ui/common"
	"wenji/ui/components/prompt"
)

// searchView draws the results below the header: the prompt line and the
// rows, listHeight of them.
func (l *Library) searchView(W int) []string {
	s := &l.search
	var lines []string
	count := ""
	switch {
	case s.query == nil:
	case !s.done:
		count = fmt.Sprintf(l.tx.SearchingFmt, common.Thousands(s.scanned), common.Thousands(len(l.entries)), hitsText(l.tx, s.hits))
	default:
		count = fmt.Sprintf(l.tx.SearchDoneFmt, hitsText(l.tx, s.hits), docsText(l.tx, len(s.groups)), s.took.Seconds())
	}
	count = common.Fit(l.w, count, W/2)
	note, noteStyle := "", l.st.PromptError
	switch {
	case s.err != "":
		note = "  " + s.err
	case s.input.Value() == "":
		note, noteStyle = l.tx.SearchEmptyHint, l.st.PromptCount
	}
	lines = append(lines, l.promptLine(W, l.tx.SearchPrompt, &s.input, note, noteStyle, count), "")

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
		} else if row.hit >= len(g.hits) {
			plain = "   …" // counted, its description on its way
			styled = l.st.OutlineChars.Render(plain)
		} else if hh := g.hits[row.hit]; s.headings {
			plain, styled = l.headingRow(hh, W)
		} else {
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

// headingRow draws a heading found by a # query: its outline path, the
// heading as written, and the headings above it.
func (l *Library) headingRow(h libHit, W int) (plain, styled string) {
	path := "   " + h.path + "  "
	room := W - l.w.String(path) - 1
	head := common.Fit(l.w, h.match, max(0, room))
	above := ""
	if i := strings.LastIndex(h.crumb, " › "); i >= 0 {
		above = common.Fit(l.w, "  ‹ "+h.crumb[:i], max(0, room-l.w.String(head)))
	}
	plain = path + head + above
	styled = l.st.OutlineChars.Render(path) + l.st.Match.Render(head) + l.st.OutlineChars.Render(above)
	return plain, styled
}

// promptLine draws a prompt's line: its label, the text with its cursor,
// a note after it (a hint, an error) and the count on the right.
func (l *Library) promptLine(W int, label string, p *prompt.Model, note string, noteStyle lipgloss.Style, count string) string {
	label = " " + label
	fw := W - l.w.String(label) - l.w.String(count) - 2
	text, used := p.View(max(1, fw), l.st.PromptCursor)
	line := l.st.Prompt.Render(label) + text
	used += l.w.String(label)
	if note != "" {
		n := common.Fit(l.w, note, max(0, W-used-l.w.String(count)-2))
		line += noteStyle.Render(n)
		used += l.w.String(n)
	}
	return line + common.Spaces(W-used-l.w.String(count)-1) + l.st.PromptCount.Render(count) + " "
}

// statusBar draws the status line: a message, or the keys' hint.
func (l *Library) statusBar(W int, hint string) string {
	bar := l.msg
	if bar == "" {
		bar = l.hint(hint, l.mode.typing())
	}
	bar = common.Fit(l.w, " "+bar, W)
	return l.st.StatusBar.Render(bar + common.Spaces(W-l.w.String(bar)))
}
