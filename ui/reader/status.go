package reader

import (
	"path/filepath"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/components/statusbar"
)

// Status is the one-line status bar: file name and its tags, breadcrumb, a
// transient message and the position in percent. Its messages are the
// shared statusbar's.
type Status struct {
	statusbar.Model
	common.Common // the width function and the styles; View takes the width
	tx            *text

	// search is the search's position, 3/16, shown before the percent.
	search string
	// lay words the notice layFor at the width it is drawn at
	// (NoticeLaid).
	lay    func(max int) string
	layFor string
}

func newStatus(w cjk.Width, st *common.Styles, tx *text) Status {
	return Status{Common: common.Common{W: w, Styles: st}, tx: tx}
}

// Flash shows msg for a while; the returned Cmd clears it.
func (s *Status) Flash(msg string) tea.Cmd { return s.Model.Flash(msg) }

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
		parts[i] = cjk.SanitizeLine(p.Heading())
	}
	return strings.Join(parts, s.tx.CrumbSep)
}

// minName is the fewest columns of a file's name shown beside its tags.
const minName = 8

// minCrumb is the columns a message that can spare them leaves the
// breadcrumb's end (the copy's report drops its title for them).
const minCrumb = 16

// msgRoom is the most columns a message takes in a bar width wide, at
// 100% and without a search's position.
func msgRoom(width int) int { return width - len(" 100% ") - 2 }

// View draws the bar, exactly width columns wide. file is the file's name,
// tags what it is ([PDF 34页] [GB18030]): the name is cut before a tag is.
// note is a lasting message shown when no transient one is (e.g. that
// filtered text is shown).
func (s *Status) View(width int, file, tags string, node *model.Node, percent int, note string) string {
	_, bar := s.Lines(width, file, tags, node, percent, note, 0)
	return bar
}

// Lines is View, with the lines above the bar that say a message too wide
// for the bar's line whole (statusbar.Wrap), at most most of them; the bar
// then goes without it. With most 0 the message is cut to the bar.
func (s *Status) Lines(width int, file, tags string, node *model.Node, percent int, note string, most int) (above []string, bar string) {
	pct := " " + strconv.Itoa(percent) + "% "
	if s.search != "" {
		pct = " " + s.search + pct
	}
	w := s.W
	pctW := w.String(pct)
	if pctW > width {
		return nil, s.Styles.StatusBar.Render(common.Fit(w, strings.TrimSpace(pct), width) + common.Spaces(width-w.String(common.Fit(w, strings.TrimSpace(pct), width))))
	}
	room := width - pctW

	msg := s.Message()
	if msg == "" && note != "" {
		// A note lasts as long as its mode or state (the filtered text
		// shown, the file changed on disk): wrapped over the page, it
		// would hide the page's end for as long, so it is fitted to the
		// bar, whole parts first.
		msg, most = fitWhole(w, []string{cjk.SanitizeLine(note)}, " · ", room-2), 0
	}
	// After the percent, a message is said whole wherever the bar has
	// room for it: one cut short (…was dama…) says nothing, and it goes
	// at the next key or after its few seconds (a note with its mode),
	// when the breadcrumb is whole again. What it leaves is shared as the
	// whole bar is without one: the file name a quarter (at least 12
	// columns, and only where 24 are left), the rest to the breadcrumb,
	// cut from its start; the file's tags are whole whenever the bar has
	// room for them.
	crumb := s.crumb(node)
	file = cjk.SanitizeName(file)
	if node != nil && node.Parent == nil && crumb == file {
		// A document without a title is titled by its file's name (or
		// 标准输入): said once, not twice side by side.
		crumb = ""
	}
	msg = cjk.SanitizeLine(s.laid(msg, room-2))
	if above = statusbar.Wrap(w, msg, width, room-2, most); above != nil {
		for i, l := range above {
			above[i] = s.Styles.StatusMsg.Render(l)
		}
		msg = ""
	}
	msg = common.Fit(w, msg, room-2)
	msgPart := ""
	if msg != "" {
		msgPart = " " + msg + " "
	}
	room -= w.String(msgPart)

	filePart := ""
	if room >= 24 {
		// A quarter of the room, or more when the breadcrumb leaves it.
		fit := max(room/4, 12, room-w.String(crumb)-6)
		file = s.fileLabel(file, tags, min(room-2, fit), room-2)
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

	return above, s.Styles.StatusFile.Render(filePart) +
		s.Styles.StatusCrumb.Render(crumbPart+common.Spaces(room)) +
		s.Styles.StatusMsg.Render(msgPart) +
		s.Styles.StatusPercent.Render(pct)
}

// fileLabel is the name and its tags in about fit columns: the tags whole
// with at least minName columns of the name (taken from the breadcrumb's
// room, never past most), the name cut first, in its middle as the
// library's list cuts it (common.FitPath): its start and its end, the
// kind (.doc, .docx), kept.
func (s *Status) fileLabel(name, tags string, fit, most int) string {
	w := s.W
	if tags == "" {
		return common.FitPath(w, name, fit)
	}
	if name == "" {
		return common.Fit(w, tags, fit)
	}
	tw := w.String(tags)
	fit = min(most, max(fit, tw+1+min(w.String(name), minName)))
	if fit < tw+1+2 {
		return common.Fit(w, tags, fit)
	}
	return common.FitPath(w, name, fit-tw-1) + " " + tags
}

// fileName is what the status bar calls the file: standard input by its
// name in the reader's language, whether named - or /dev/stdin (whose
// base name, stdin, would be English under a Chinese locale).
func (m Model) fileName() string {
	if IsStdin(m.opt.FileName) {
		return m.tx.Stdin
	}
	return baseName(m.opt.FileName)
}

// IsStdin reports whether name names standard input: -, or the paths
// shells and /proc give its descriptor (/dev/stdin, /dev/fd/0,
// /proc/self/fd/0).
func IsStdin(name string) bool {
	if name == "-" {
		return true
	}
	switch filepath.Clean(name) {
	case "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0":
		return true
	}
	return false
}

// fileTags are what the status bar says of the file beside its name: its
// format when its look does not say it ([PDF 34页], [DOC]) and the encoding
// it was read in when that is not UTF-8 ([GB18030]).
func (m Model) fileTags() string {
	var tags []string
	if f := cjk.SanitizeLine(m.doc.Format); f != "" {
		if m.doc.Pages > 0 {
			f = wtext.Plural(m.doc.Pages, m.tx.PagesFmt, f, m.doc.Pages)
		}
		tags = append(tags, "["+f+"]")
	}
	if enc := cjk.SanitizeLine(m.doc.Encoding); enc != "" && !strings.EqualFold(enc, "UTF-8") {
		tags = append(tags, "["+enc+"]")
	}
	return strings.Join(tags, " ")
}

// baseName is what the status bar calls the file: its last element.
func baseName(name string) string {
	if name == "" {
		return ""
	}
	return filepath.Base(name)
}
