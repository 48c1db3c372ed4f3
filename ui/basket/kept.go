package basket

import (
	"strings"

	store "wenji/internal/basket"
	"wenji/model"
)

// An excerpt's document can go: the file moved out of reach, deleted,
// made unreadable, or standard input's copy removed by hand. Enter on the
// excerpt then shows what the basket keeps of it — the excerpt itself,
// its heading and text with the sub-headings it holds — as a document of
// its own, and says that the source is gone, rather than only that the
// file could not be opened: nothing the user collected is out of reach.

// KeptDoc is the excerpt e as a document: its heading (the source's
// title when it has none) the root's title, each line of its text a
// paragraph, the lines its Heads mark headings at their depths. It has no
// file: a reader shows it with Options.NoFile.
func KeptDoc(e store.Excerpt) *model.Document {
	lines := strings.Split(strings.TrimRight(e.Text, "\n"), "\n")
	title := OneLineTitle(e)
	var b strings.Builder
	d := &model.Document{}
	root := &model.Node{Kind: model.KindDocument, Title: title}
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == title {
		lines = lines[1:] // the text opens with its heading: the title's
	}
	b.WriteString(title)
	root.TitleSpan = model.Span{End: b.Len()}
	d.Paras = append(d.Paras, root.TitleSpan)
	b.WriteString("\n\n")
	heads := map[int]string{}
	depths := map[int]int{}
	skipped := len(strings.Split(strings.TrimRight(e.Text, "\n"), "\n")) - len(lines)
	for _, h := range e.Heads {
		heads[h.Line-skipped], depths[h.Line-skipped] = h.Text, h.Depth
	}
	open := []*model.Node{root} // the nodes a heading may go under
	for i, line := range lines {
		start := b.Len()
		lead := len(line) - len(strings.TrimLeft(line, " \u3000\t"))
		b.WriteString(line)
		b.WriteByte('\n')
		if strings.TrimSpace(line) == "" {
			continue
		}
		d.Paras = append(d.Paras, model.Span{Start: start + lead, End: start + len(strings.TrimRight(line, " \u3000\t\r"))})
		h, ok := heads[i]
		if !ok || h == "" || !strings.HasPrefix(line[lead:], h) {
			continue
		}
		depth := min(max(depths[i], 1), len(open))
		for _, n := range open[depth:] {
			n.Span.End = start
		}
		open = open[:depth]
		// Sections and measures: the excerpt is no compilation, and an
		// article's heading is set apart, centred, as a document's part.
		kind := model.KindSection
		if depth > 1 {
			kind = model.KindMeasure
		}
		n := &model.Node{Kind: kind, Title: h, Line: i + 3, Parent: open[depth-1],
			TitleSpan: model.Span{Start: start + lead, End: start + lead + len(h)}, Span: model.Span{Start: start}}
		n.Parent.Children = append(n.Parent.Children, n)
		open = append(open, n)
	}
	d.Text = b.String()
	for _, n := range open {
		n.Span.End = len(d.Text)
	}
	root.Span = model.Span{End: len(d.Text)}
	d.Root = root
	return d
}

// OneLineTitle is what a document of e alone is titled: its heading, else
// its source's title, else its first line.
func OneLineTitle(e store.Excerpt) string {
	for _, s := range []string{e.Heading, e.Source.Title, strings.SplitN(e.Text, "\n", 2)[0]} {
		if s = strings.TrimSpace(store.OneLine(s)); s != "" {
			return s
		}
	}
	return "?"
}
