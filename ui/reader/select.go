package reader

import (
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/common"
)

// selection is v's run of whole paragraphs: it starts at the paragraph at
// the top (anchor) and its other end (end) moves with j/k and ]/[.
// Both index Document.Paras.
type selection struct {
	on          bool
	anchor, end int
}

// span returns the selection in text order.
func (s selection) span() model.ParaSelection {
	return model.ParaSelection{First: min(s.anchor, s.end), Last: max(s.anchor, s.end)}
}

// selStyle draws the selected lines in reverse video, which every
// terminal shows, colour or not, as the search hits are.
var selStyle = lipgloss.NewStyle().Reverse(true)

// selected reports whether paragraph i is drawn selected.
func (r *Reader) selected(i int) bool {
	return r.selOn && i >= r.sel.First && i <= r.sel.Last
}

// selLine returns line k of b drawn selected: its text in reverse video,
// the same columns as the painted line (the padding is not reversed).
func (r *Reader) selLine(b *block, k int) string {
	c := b.cuts[k]
	return common.Spaces(c.pre) + selStyle.Render(b.text[c.start:c.end])
}

// setSelection shows sel as selected, or nothing when on is false.
func (r *Reader) setSelection(sel model.ParaSelection, on bool) {
	r.sel, r.selOn = sel, on
}

// topPara returns the first paragraph with text on screen, from the top
// row down; false when there is none.
func (r *Reader) topPara() (int, bool) {
	p := r.top
	for i := p.para; i < len(r.doc.Paras); i++ {
		n := len(r.block(i).lines)
		if n > 0 && (i > p.para || p.row < n) {
			return i, true
		}
	}
	return 0, false
}

// startSelect is v: select the paragraph that holds the search hit shown
// (the point), else the one at the top.
func (m *Model) startSelect() tea.Cmd {
	i, ok := m.reader.topPara()
	if p, on := m.reader.pointAt(); on {
		i, ok = m.doc.ParaAt(p), true
	}
	if !ok {
		return m.status.Flash(m.btx().NoParagraph)
	}
	m.sel = selection{on: true, anchor: i, end: i}
	m.reader.setSelection(m.sel.span(), true)
	// The bar says what the keys do now (selectNote), not the opening
	// notice.
	m.status.Drop()
	return nil
}

// endSelect leaves the selection mode and clears the highlight.
func (m *Model) endSelect() {
	m.sel = selection{}
	m.reader.setSelection(model.ParaSelection{}, false)
}

// selectNote is the status bar's lasting note while selecting.
func (m *Model) selectNote() string {
	if !m.sel.on {
		return ""
	}
	s := m.sel.span()
	note := wtext.Plural(s.Last-s.First+1, m.btx().SelectingFmt, s.Last-s.First+1)
	// Its keys end after the last that fits whole, then …, as the
	// library's and the basket page's key lines do (at 60 columns it
	// was cut inside a key: "a a…").
	return common.FitParts(m.w, strings.Split(note, " · "), " · ", msgRoom(m.width))
}

// selectKey handles a key while selecting: j/k and ]/[ move the far end
// (after a count, that many times), y copies, a adds to the basket, Esc (or q) ends; other keys are
// ignored, so a stray one does not lose the selection.
func (m *Model) selectKey(msg tea.KeyMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	// A count, as in reading: 3j takes three more paragraphs.
	if d, ok := digit(msg); ok && (d > 0 || m.count > 0) {
		m.count = min(m.count*10+d, maxCount)
		return nil
	}
	n := common.Clamp(m.count, 1, maxRepeat)
	m.count = 0
	// repeat moves the far end; where it cannot move (the selection
	// reaches the document's end, or its start) the bar says so and the
	// pane stays: showing the end again jumped a tall paragraph read from
	// its middle back to its first line.
	repeat := func(step func(int) int, none string) tea.Cmd {
		end := m.sel.end
		for range n {
			end = step(end)
		}
		if end == m.sel.end {
			return m.status.Flash(none)
		}
		m.moveSelEnd(end)
		return nil
	}
	switch a := matchAction(m.acts, msg); {
	case a == actDown:
		return repeat(func(i int) int { return m.nextPara(i, 1) }, m.btx().SelectNoNext)
	case a == actUp:
		return repeat(func(i int) int { return m.nextPara(i, -1) }, m.btx().SelectNoPrev)
	case a == actNextNode:
		return repeat(m.sectionEnd, m.btx().SelectNoNext)
	case a == actPrevNode:
		return repeat(m.sectionStart, m.btx().SelectNoPrev)
	case a == actCopy:
		text, start := m.doc.SelectionText(m.sel.span(), false)
		m.endSelect()
		return m.copySelection(text, start)
	case a == actAddBasket && m.opt.Kept:
		m.endSelect()
		return m.status.Flash(m.btx().KeptNoAdd)
	case a == actAddBasket && m.loading:
		// The selection stays: loading ends it (its paragraphs are
		// the preview's), or a again once the whole is in adds it.
		return m.status.Flash(m.btx().AddLoading)
	case a == actAddBasket:
		e, ok := basket.FromParas(m.opt.FileName, m.opt.Key, m.doc, m.sel.span())
		e = fromNoFile(e, m.opt.NoFile, m.opt.Stdin)
		m.endSelect()
		if !ok {
			return m.status.Flash(copyTextFor(m.opt.Lang).Nothing)
		}
		return m.add(e)
	case a == actHelp:
		// The help over the selection, which stays: ? ended it, and
		// the q read next (to close a help that never opened) quit.
		m.help = true
	case key.Matches(msg, m.keys.Close), a == actQuit, a == actSelect:
		m.endSelect()
	}
	return nil
}

// copySelection copies a selection's text as y copies a section.
func (m *Model) copySelection(text string, start *model.Node) tea.Cmd {
	ct := copyTextFor(m.opt.Lang)
	text = clipText(text)
	count := model.CountChars(text)
	if count == 0 || start == nil {
		return m.status.Flash(ct.Nothing)
	}
	title := start.Heading()
	if title == "" {
		title = baseName(m.opt.FileName)
	}
	return tea.Batch(m.status.Flash(ct.Copying), m.copier().Copy(copyText, title, count, text))
}

// moveSelEnd puts the selection's far end on paragraph i and brings it on
// screen.
func (m *Model) moveSelEnd(i int) {
	m.sel.end = i
	m.reader.setSelection(m.sel.span(), true)
	m.reader.showPara(i)
	m.outline.SetSpy(m.reader.Current())
}

// nextPara returns the next paragraph with text from i in direction dir,
// or i when there is none.
func (m *Model) nextPara(i, dir int) int {
	for j := i + dir; j >= 0 && j < len(m.doc.Paras); j += dir {
		if len(m.reader.block(j).lines) > 0 {
			return j
		}
	}
	return i
}

// headParas returns the paragraphs that start a heading (the document's
// title left out), in order.
func (m *Model) headParas() []int {
	var out []int
	for _, h := range m.reader.heads {
		if h.Kind == model.KindDocument {
			continue
		}
		if p := m.doc.ParaAt(h.TitleSpan.Start); len(out) == 0 || out[len(out)-1] != p {
			out = append(out, p)
		}
	}
	return out
}

// sectionEnd is ]: the paragraph before the next heading after i's next
// paragraph (the end of i's section, or of the next one when i ends its
// own), or the last paragraph.
func (m *Model) sectionEnd(i int) int {
	hp := m.headParas()
	k := sort.SearchInts(hp, i+2)
	if k == len(hp) {
		return m.nextPara(len(m.doc.Paras), -1)
	}
	return m.nextPara(hp[k], -1)
}

// sectionStart is [: the heading paragraph before i, or the first.
func (m *Model) sectionStart(i int) int {
	hp := m.headParas()
	k := sort.SearchInts(hp, i) - 1
	if k < 0 {
		return m.nextPara(-1, 1)
	}
	return hp[k]
}

// showPara scrolls the least that brings paragraph i whole on screen (its
// first line, when it is taller than the pane): i's last line on the
// bottom row. Only the rows on screen are measured, however far i is.
func (r *Reader) showPara(i int) {
	r.focus = nil
	if i < r.top.para || i == r.top.para && r.top.row > 0 {
		r.top = r.normalize(pos{i, 0})
		return
	}
	rows := -r.top.row
	for j := r.top.para; j <= i; j++ {
		rows += len(r.block(j).lines)
		if rows > r.Height {
			// Not all on screen: from i's first line, back as many rows
			// as leave its last on the bottom one.
			r.top = r.normalize(pos{i, 0})
			r.Scroll(-max(0, r.Height-len(r.block(i).lines)))
			return
		}
		if j < i && len(r.block(j).lines) > 0 {
			rows++
		}
	}
}
