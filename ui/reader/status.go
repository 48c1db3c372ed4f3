package reader

import (
	"strconv"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// Status is the one-line status bar: file name, breadcrumb, a transient
// message and the position in percent.
type Status struct {
	w  cjk.Width
	st *common.Styles
	tx *text

	msg   string
	msgID int
	// lasting marks a message that keys do not clear (Notice).
	lasting bool

	// search is the search's position, 3/16, shown before the percent.
	search string
}

// clearStatusMsg asks to drop the message numbered id, if it is still shown.
type clearStatusMsg struct{ id int }

func newStatus(w cjk.Width, st *common.Styles, tx *text) Status {
	return Status{w: w, st: st, tx: tx}
}

// Flash shows msg for a while; the returned Cmd clears it. Later features
// (search results, copy results) report through it.
func (s *Status) Flash(msg string) tea.Cmd {
	s.msgID++
	s.msg, s.lasting = msg, false
	id := s.msgID
	return tea.Tick(common.StatusTTL, func(time.Time) tea.Msg { return clearStatusMsg{id} })
}

// Notice is a Flash that keys do not clear: what opening the document
// found (ads hidden, the place it was left at), read while scrolling.
func (s *Status) Notice(msg string) tea.Cmd {
	cmd := s.Flash(msg)
	s.lasting = true
	return cmd
}

// Clear drops a Flash now: the next key answers it, as in less and vim,
// so a message never stands beside the result of a later action (a
// failed search's "not found" beside the next one's 4/26).
func (s *Status) Clear() {
	if s.msg != "" && !s.lasting {
		s.msgID++
		s.msg = ""
	}
}

// Update drops an expired message.
func (s *Status) Update(msg clearStatusMsg) {
	if msg.id == s.msgID {
		s.msg = ""
	}
}

// Message returns the transient message shown now, if any.
func (s *Status) Message() string { return s.msg }

// crumb renders a node's path as 文章 › 节 › 条 (the root only when the top
// is above the first article).
func (s *Status) crumb(n *model.Node) string {
	if n == nil {
		return ""
	}
	path := n.Path()
	if len(path) > 1 {
		path = path[1:]
	}
	parts := make([]string, len(path))
	for i, p := range path {
		parts[i] = cjk.Sanitize(p.Heading())
	}
	return strings.Join(parts, s.tx.CrumbSep)
}

// View draws the bar, exactly width columns wide. note is a lasting message
// shown when no transient one is (e.g. that filtered text is shown).
func (s *Status) View(width int, file string, node *model.Node, percent int, note string) string {
	pct := " " + strconv.Itoa(percent) + "% "
	if s.search != "" {
		pct = " " + s.search + pct
	}
	w := s.w
	pctW := w.String(pct)
	if pctW > width {
		return s.st.StatusBar.Render(common.Fit(w, strings.TrimSpace(pct), width) + common.Spaces(width-w.String(common.Fit(w, strings.TrimSpace(pct), width))))
	}
	room := width - pctW

	msg, limit := s.msg, room*2/3
	if msg == "" || s.lasting {
		limit = room / 2
	}
	if msg == "" {
		msg = note
	}
	// The breadcrumb matters most after the percent: a notice or a
	// lasting note gets at most half the room, a message answering a key
	// two thirds, the
	// file name a quarter and only on wide bars; either takes more where
	// the breadcrumb leaves it.
	crumb := s.crumb(node)
	msg = common.Fit(w, cjk.Sanitize(msg), min(room-2, max(limit, room-w.String(crumb)-4)))
	msgPart := ""
	if msg != "" {
		msgPart = " " + msg + " "
	}
	room -= w.String(msgPart)

	filePart := ""
	if room >= 24 {
		// A quarter of the room, or more when the breadcrumb leaves it.
		file = common.Fit(w, cjk.Sanitize(file), max(room/4, 12, room-w.String(crumb)-6))
		if file != "" {
			filePart = " " + file + " "
		}
	}
	room -= w.String(filePart)

	crumb = common.FitLeft(w, crumb, room-2)
	crumbPart := ""
	if crumb != "" {
		crumbPart = " " + crumb + " "
	}
	room -= w.String(crumbPart)

	return s.st.StatusFile.Render(filePart) +
		s.st.StatusCrumb.Render(crumbPart+common.Spaces(room)) +
		s.st.StatusMsg.Render(msgPart) +
		s.st.StatusPercent.Render(pct)
}
