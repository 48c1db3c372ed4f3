package reader

import "testing"

// BenchmarkLoaded100MB times what the reader does when the whole 100 MB
// document replaces its preview (the heads, the outline's rows, the layout,
// the search rerun): the part of the load that is the reader's, not the
// parse's (go test -run '^$' -bench Loaded100MB -benchtime 5x ./ui/reader).
func BenchmarkLoaded100MB(b *testing.B) {
	whole := docOfSize(b, 100<<20)
	head := preview(whole.Text, 32<<10)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m := sized(head, 200, 60, Options{Lang: "en", Size: len(whole.Text)})
		m.loading = true
		m = update(m, docLoadedMsg{id: m.persist1.id, doc: whole})
		if m.Loading() {
			b.Fatal("still loading")
		}
	}
}
