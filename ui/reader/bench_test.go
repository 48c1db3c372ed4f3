package reader

import (
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/parse"
	"wenji/ui/internal/uitest"
)

var (
	bigOnce sync.Once
	bigDoc  *model.Document
)

// big returns a ~20 MB compilation: the sample's articles repeated, parsed
// once for all benchmarks.
func big(b *testing.B) *model.Document {
	bigOnce.Do(func() {
		d, err := uitest.SampleDoc()
		if err != nil {
			b.Skipf("sample: %v", err)
		}
		var sb strings.Builder
		sb.WriteString("大文档基准测试汇编\n\n")
		body := d.Text[d.Root.Children[0].Span.Start:]
		for sb.Len() < 20<<20 {
			sb.WriteString(body)
			sb.WriteString("\n")
		}
		bigDoc = parse.Parse(sb.String())
	})
	if bigDoc == nil {
		b.Skip("no big document")
	}
	return bigDoc
}

// BenchmarkView is one frame at 200×60 with the paragraphs on screen cached:
// what every keystroke and timer tick costs.
func BenchmarkView(b *testing.B) {
	m := sized(big(b), 200, 60, Options{FileName: "big.txt", ShowChars: true})
	m = press(m, "}", "}", "}")
	m.View()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkScrollPage is a page down and its frame, moving into paragraphs
// not yet wrapped.
func BenchmarkScrollPage(b *testing.B) {
	m := sized(big(b), 200, 60, Options{FileName: "big.txt"})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m = press(m, " ")
		if m.reader.AtEnd() {
			m = press(m, "g")
		}
		_ = m.View()
	}
}

// BenchmarkEndAndResize is G, a resize (all wraps dropped) and a frame.
func BenchmarkEndAndResize(b *testing.B) {
	m := sized(big(b), 200, 60, Options{FileName: "big.txt"})
	b.ReportAllocs()
	b.ResetTimer()
	w := 200
	for b.Loop() {
		w = 399 - w // 200, 199, 200, ...
		m = press(update(m, tea.WindowSizeMsg{Width: w, Height: 60}), "G", "g", "G")
		_ = m.View()
	}
}

// BenchmarkOpen is New, the first resize and the first frame: the cost of
// opening a parsed document, which must not grow with wrapping it all.
func BenchmarkOpen(b *testing.B) {
	d := big(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m := sized(d, 200, 60, Options{FileName: "big.txt"})
		_ = m.View()
	}
}

// BenchmarkCopyKey is y at the top of the 20 MB document: the key's own
// work, before its Cmd runs (the document's text built there took 0.45 s
// of the UI goroutine).
func BenchmarkCopyKey(b *testing.B) {
	m := New(big(b), Options{Lang: "en", Ambiguous: 1, Copier: &Copier{Dir: b.TempDir()}})
	m = update(m, tea.WindowSizeMsg{Width: 200, Height: 60})
	b.ResetTimer()
	for range b.N {
		m.Update(uitest.KeyPress("y"))
	}
}
