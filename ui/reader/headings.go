package reader

import (
	"context"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
	"wenji/ui/common"
	"wenji/ui/internal/stream"
)

// headingsQuery reports a query that searches headings only: one that
// starts with # (#新质生产力), as wenji --search --headings does. A # to
// find in the text is written as a regexp: \#.
func headingsQuery(text string) bool { return strings.HasPrefix(text, search.HeadingsPrefix) }

// compileQuery compiles the prompt's text, the # of a headings query left
// out.
func compileQuery(text string) (*search.Query, error) {
	q, _, err := search.CompileInput(text)
	return q, err
}

// scanHeadings is scan for a headings query: each node whose title holds
// q is one hit, its first match in the title, so n/N go from heading to
// heading and the outline counts them. The root's title, the document's
// title line, is a heading too (drawn as one): a title taken from
// elsewhere (no span in the text) has nothing to highlight and is left out. Titles are few beside the text:
// one pass, delivered as the two batches a scan from from gives (the
// hits after its line, then the ones before, wrapped).
func scanHeadings(gen int, q *search.Query, doc *model.Document, from int) tea.Cmd {
	wrapAt := strings.LastIndexByte(doc.Text[:common.Clamp(from, 0, len(doc.Text))], '\n') + 1
	return stream.Go(context.Background(), gen, stream.Options{Buffer: 2}, func(send func(scanChunk) bool) {
		var pre, post []model.Span
		counts := map[*model.Node]int{}
		for n := range doc.Root.All() {
			if n.TitleSpan.End <= n.TitleSpan.Start {
				continue
			}
			var hit model.Span
			found := false
			q.FindIn(doc.Text, n.TitleSpan, func(s model.Span) bool {
				hit, found = s, true
				return false
			})
			if !found {
				continue
			}
			if hit.Start < wrapAt {
				pre = append(pre, hit)
			} else {
				post = append(post, hit)
			}
			for x := n; x != nil; x = x.Parent {
				counts[x]++
			}
		}
		send(scanChunk{hits: post})
		send(scanChunk{hits: pre, wrapped: true, done: true, counts: counts})
	})
}
