package reader

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// A notice is laid out when the bar is drawn, at the width it is shown
// at, rather than once when it is given: the opening notice is given
// before the reader knows its width (New, a document still loading), and
// the terminal can be resized while it shows. Cut to the width once, it
// ended inside a word (…(p sh…).

// NoticeLaid shows full as a Notice whose text, at each drawing, is
// lay(max): the fullest wording in max columns.
func (s *Status) NoticeLaid(full string, lay func(max int) string) tea.Cmd {
	cmd := s.Model.Notice(full)
	s.lay, s.layFor = lay, full
	return cmd
}

// RewordLaid is NoticeLaid for the message shown now (statusbar's
// Reword): its words and their laying out change, its timer stays.
func (s *Status) RewordLaid(full string, lay func(max int) string) {
	s.Model.Reword(full)
	s.lay, s.layFor = lay, full
}

// FlashLaid is NoticeLaid for a Flash: a summary (p's count of the
// filtered kinds) that names fewer of its parts where the bar is
// narrower, rather than taking lines above it.
func (s *Status) FlashLaid(full string, lay func(max int) string) tea.Cmd {
	cmd := s.Model.Flash(full)
	s.lay, s.layFor = lay, full
	return cmd
}

// junkLaid is the summary of the filtered text in f (HiddenFmt,
// ShownFmt) and its laying out: the kinds named up to summaryKinds, fewer
// where the bar is narrower, then the words that fit whole.
func (m *Model) junkLaid(f string) (string, func(max int) string) {
	tx, w, junk := m.tx, m.w, m.doc.Junk
	say := func(most int) string { return fmt.Sprintf(f, junkSummary(tx, junk, most)) }
	return say(summaryKinds), func(max int) string {
		for most := summaryKinds; most >= 1; most-- {
			if s := say(most); w.String(s) <= max {
				return s
			}
		}
		return fitWhole(w, []string{say(1)}, " · ", max)
	}
}

// laid returns the message to show in max columns: a laid notice's
// wording for that width, any other message as it is.
func (s *Status) laid(msg string, max int) string {
	if s.lay != nil && msg == s.layFor && s.Message() == msg {
		return s.lay(max)
	}
	return msg
}

// openingNotice is what opening the document found: that it reopened
// where it was left, and the ads hidden; extra, the notices of whoever
// opened it, after them. Its text is the fullest that fits the bar: the
// filtered kinds named up to summaryKinds (resumedKinds beside the note
// that the place was resumed: so many fit 80 columns), fewer where the bar
// is narrower, then the parts that fit whole, then ….
func (m *Model) openingNotice(extra ...string) (string, func(max int) string) {
	tx, w, resumed := m.tx, m.w, m.resumed && !m.resumeLeft
	var junk []model.Junk
	if !m.loading {
		junk = m.doc.Junk
	}
	var extras []string
	for _, e := range extra {
		if e != "" {
			extras = append(extras, e)
		}
	}
	parts := func(most int) []string {
		var out []string
		if resumed {
			out = append(out, tx.Resumed)
		}
		if len(junk) > 0 {
			out = append(out, fmt.Sprintf(tx.HiddenFmt, junkSummary(tx, junk, most)))
		}
		return append(out, extras...)
	}
	most := summaryKinds
	if resumed {
		most = resumedKinds
	}
	full := strings.Join(parts(most), " · ")
	if full == "" {
		return "", nil
	}
	return full, func(max int) string {
		for most := most; most > 1; most-- {
			if s := strings.Join(parts(most), " · "); w.String(s) <= max {
				return s
			}
		}
		return fitWhole(w, parts(1), " · ", max)
	}
}

// leaveResumed takes "back where you left off (g: top)" out of the
// opening notice once a jump (g, G, n, a search) has left the place it
// resumed at: the notice lasts through keys, and went on saying so, and
// offering g, at the top g had gone to. The rest of the notice stays, on
// its timer. (A count's or a mark's prompt takes the notice away.)
func (m *Model) leaveResumed() {
	if !m.resumed || m.resumeLeft {
		return
	}
	said, _ := m.openingNotice()
	m.resumeLeft = true
	if said == "" || m.status.Message() != said {
		return
	}
	if full, lay := m.openingNotice(); full != "" {
		m.status.RewordLaid(full, lay)
	} else {
		m.status.Drop()
	}
}

// showOpeningNotice shows the opening notice (with extra), if there is
// one to say; nil when there is none.
func (m *Model) showOpeningNotice(extra ...string) tea.Cmd {
	full, lay := m.openingNotice(extra...)
	if full == "" {
		return nil
	}
	return m.status.NoticeLaid(full, lay)
}

// layWords lays out a notice of one sentence: whole, or cut after its
// last whole word that fits, then ….
func layWords(w cjk.Width, s string) func(max int) string {
	return func(max int) string { return fitWhole(w, []string{s}, " · ", max) }
}

// fitWhole joins parts with sep in max columns, whole parts only, then …
// (common.FitParts); a first part too long alone is cut after its last
// whole word that fits (a word of Latin script, or a CJK character),
// outside brackets, then " …" — never inside a word or a key's hint
// ((p shows), （按 p 显示）), as common.Fit would.
func fitWhole(w cjk.Width, parts []string, sep string, room int) string {
	s := common.FitParts(w, parts, sep, room)
	if len(parts) == 0 || strings.HasPrefix(s, parts[0]) {
		return s
	}
	const more = " …"
	first := parts[0]
	cut, depth, prevWide := 0, 0, false // cut: where the longest prefix that fits ends
	for i, r := range first {
		if w.String(first[:i])+w.String(more) > room {
			break
		}
		wide := w.Rune(r) > 1
		switch {
		case r == '(' || r == '（':
			if depth == 0 && i > 0 {
				cut = i
			}
			depth++
		case r == ')' || r == '）':
			depth = max(depth-1, 0)
		case depth == 0 && i > 0 && (r == ' ' || wide || prevWide):
			cut = i
		}
		prevWide = wide
	}
	if cut == 0 {
		return common.Fit(w, first, room)
	}
	said := strings.TrimRight(first[:cut], " ")
	if strings.HasSuffix(said, "…") {
		return said // it says there is more already (广告6 …): not "… …"
	}
	return said + more
}
