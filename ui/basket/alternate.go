package basket

import (
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/ui/reader"
)

// alternate is the document read before the one shown, for Ctrl-^ (vim's
// alternate file): kept whole, so going back costs no second read and
// works for standard input and the embedded sample too, at the place it
// was left with the marks it had.
type alternate struct {
	// doc is nil when the reader left still showed a large file's
	// preview: the document is then read again from path.
	doc       *model.Document
	key, path string
	place     reader.Place
	stdin     []byte // the bytes of standard input it was read from, nil for a file's
	// kept is set when doc is what the basket keeps of an excerpt whose
	// document could not be read (showKept): back by Ctrl-^, it is no
	// file still.
	kept bool
	// disk is what its reader knew of its file on disk, for the reader
	// that shows doc again.
	disk *reader.Watched
}

// leaving is the alternate that the reader shown becomes when another
// document takes its place.
func (m *Root) leaving() *alternate {
	a := &alternate{doc: m.reader.Document(), key: m.key, path: m.path, place: m.reader.Place(), stdin: m.reader.Stdin(), disk: m.reader.Watched(), kept: m.reader.Kept()}
	if m.reader.Loading() && m.path != "" {
		a.doc = nil
	}
	return a
}

// toAlternate shows the alternate document in place of the one read,
// which becomes the alternate; the place left is saved, as opening an
// excerpt's document saves it.
func (m *Root) toAlternate() tea.Cmd {
	alt := m.alt
	if alt.doc == nil {
		if m.opt.Open == nil {
			return nil
		}
		open := m.opt.Open
		m.opening = true
		return func() tea.Msg {
			doc, key, err := open(alt.path)
			return openedMsg{alt: alt, path: alt.path, doc: doc, key: key, err: err}
		}
	}
	p := alt.place
	m.watched = alt.disk
	m.kept = alt.kept
	defer func() { m.kept = false }()
	return m.show(alt.doc, alt.key, alt.path, alt.stdin, &p, "", p.Offset)
}

// show puts a new reader of doc (content key key, read from path, or
// from the bytes stdin of standard input) in place of the one shown, which becomes the alternate and has its place
// saved: with place's marks when set (and those the reader left has for
// the same document), else the marks and place the document was left
// with; at off instead when it is not negative, without saying it
// resumed (Ctrl-^ and an excerpt are no reopening).
func (m *Root) show(doc *model.Document, key, path string, stdin []byte, place *reader.Place, notice string, off int) tea.Cmd {
	var cmds []tea.Cmd
	if save := m.opt.Save; save != nil && m.key != "" {
		key, path, p := m.key, m.path, m.reader.Place()
		cmds = append(cmds, func() tea.Msg { save(key, path, p); return nil })
	}
	ro := m.reader.ViewOptions(m.opt.Reader) // o and # hold for the next document
	ro.FileName, ro.Key, ro.BasketPage, ro.Place, ro.Notice, ro.Stdin = path, key, true, place, notice, stdin
	ro.NoFile = key != "" && key == m.noFile || m.kept // the sample, back by Ctrl-^ or an excerpt; a kept excerpt
	ro.Kept = m.kept
	ro.Watched, m.watched = m.watched, nil
	ro.LastQuery, ro.LastText = m.reader.LastSearch() // n goes on searching, as in less and vim
	if place == nil && m.opt.Place != nil && key != "" {
		var said string
		if ro.Place, said = m.opt.Place(key); notice == "" {
			ro.Notice = said // what reading the place found
		}
	}
	ro.Place = reader.HandOver(ro.Place, m.reader.Place(), m.key, key)
	if doc.Root == nil {
		doc.Root = &model.Node{Kind: model.KindDocument, Span: model.Span{End: len(doc.Text)}}
	}
	r := reader.New(doc, ro)
	if off >= 0 {
		r.StartAt(off, ro.Notice)
	}
	if key != m.key || key == "" && path != m.path {
		// The same document at another place (an excerpt of it) keeps
		// the alternate, as vim's :e of the file read does.
		m.alt = m.leaving()
	}
	m.reader.Close()
	m.reader, m.key, m.path, m.basket.Shown = r, key, path, false
	m.basket.AddReader(r.Saves())
	cmds = append(cmds, r.Init())
	if m.size != nil {
		cmds = append(cmds, m.toReader(*m.size))
	}
	return tea.Batch(cmds...)
}
