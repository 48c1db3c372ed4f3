package basket

import (
	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/model"
)

// Sample is the document wenji embeds (read when no file is named): its
// content key and a func that parses it. An excerpt taken from it has no
// path, only that key, so the basket page's Enter opens it from here, at
// the excerpt's place, as a document read from no file; without it, Enter
// said the excerpt's document could not be opened.
type Sample struct {
	Key   string
	Parse func() *model.Document
}

// Of reports whether e was taken from the sample.
func (s Sample) Of(e store.Excerpt) bool {
	return s.Parse != nil && s.Key != "" && e.Source.Path == "" && e.Source.Copy == "" && e.Source.Hash == s.Key
}

// openSample reads the sample in a Cmd for e, an excerpt of it: shown as
// a document read from no file (noFile), under the name the excerpt
// keeps.
func (m *Root) openSample(e store.Excerpt) tea.Cmd {
	s := m.opt.Sample
	m.noFile, m.opening = s.Key, true
	return func() tea.Msg {
		return openedMsg{e: e, path: e.Source.Name, doc: s.Parse(), key: s.Key}
	}
}
