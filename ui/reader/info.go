package reader

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// = and Ctrl-G say what less's = and vim's Ctrl-G say: the file, as it was
// named (the bar shows its last element only), and where one is in it —
// here the document's 字数 and articles, and the outline path of the
// section y and a take, which --print takes (wenji --print 2.1 FILE).

// infoMsg is the report, counted in a Cmd for a large document (the
// first count of 字数 reads the whole text).
type infoMsg struct{ text string }

// info is = and Ctrl-G: the report in the status bar.
func (m *Model) info() tea.Cmd {
	doc, tx, loading := m.doc, m.tx, m.loading
	n := m.Current()
	if n == nil || !m.ofDoc(n) {
		n = doc.Root
	}
	name := m.fileName()
	if m.opt.FileName != "" && !IsStdin(m.opt.FileName) {
		name = m.opt.FileName
	}
	head := cjk.SanitizeName(name)
	if tags := m.fileTags(); tags != "" {
		head += " " + tags
	}
	report := func() string {
		parts := []string{head}
		if loading {
			// The preview's counts are not the document's, nor are its
			// outline paths, or a window's (G at the end of a large
			// file said 13.5.17 for what --print calls 19263.3).
			return strings.Join(append(parts, tx.Loading), " · ")
		}
		chars := doc.Chars(doc.Root)
		parts = append(parts, wtext.Plural(chars, tx.InfoCharsFmt, common.Thousands(chars)))
		if a := articles(doc); a > 1 {
			parts = append(parts, wtext.Plural(a, tx.InfoArticlesFmt, a))
		}
		parts = append(parts, fmt.Sprintf(tx.InfoPathFmt, model.PathString(n.Index())))
		return strings.Join(parts, " · ")
	}
	if len(doc.Text) > syncCopy {
		return func() tea.Msg { return infoMsg{report()} }
	}
	return m.status.Flash(report())
}

// articles is the number of articles of doc, as the library counts them.
func articles(doc *model.Document) int {
	a := 0
	for _, c := range doc.Root.Children {
		if c.Kind == model.KindArticle {
			a++
		}
	}
	return a
}
