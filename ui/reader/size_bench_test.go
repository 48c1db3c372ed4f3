package reader

import (
	"bytes"

	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/tools/gen"
	"wenji/model"
	"wenji/parse"
)

// The speed issue's targets compare the same operation on a 30 KB and a
// 100 MB generated compilation: rendering must not grow with the document.
//
//	go test ./ui -run '^$' -bench 'Size' -benchtime 200x
var sizes = []struct {
	name string
	size int64
}{{"30KB", 30 << 10}, {"100MB", 100 << 20}}

var (
	sizedMu   sync.Mutex
	sizedDocs = map[int64]*model.Document{}
)

func docOfSize(b *testing.B, size int64) *model.Document {
	sizedMu.Lock()
	defer sizedMu.Unlock()
	if d := sizedDocs[size]; d != nil {
		return d
	}
	var buf bytes.Buffer
	if err := gen.Write(&buf, size, 1); err != nil {
		b.Fatal(err)
	}
	d := parse.Parse(buf.String())
	sizedDocs[size] = d
	return d
}

// BenchmarkSizeView is one frame at 200×60 in the middle of the document.
func BenchmarkSizeView(b *testing.B) {
	for _, s := range sizes {
		b.Run(s.name, func(b *testing.B) {
			m := sized(docOfSize(b, s.size), 200, 60, Options{FileName: "big.txt"})
			mid := m.doc.Root.Children[len(m.doc.Root.Children)/2]
			m.reader.JumpTo(mid)
			m.View()
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkSizeScroll is j and a frame, over and over: scrolling.
func BenchmarkSizeScroll(b *testing.B) {
	for _, s := range sizes {
		b.Run(s.name, func(b *testing.B) {
			m := sized(docOfSize(b, s.size), 200, 60, Options{FileName: "big.txt"})
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				m = press(m, "j")
				if m.reader.AtEnd() {
					m = press(m, "g")
				}
				_ = m.View()
			}
		})
	}
}

// BenchmarkSizeEnd is G from the top and its frame, then g back.
func BenchmarkSizeEnd(b *testing.B) {
	for _, s := range sizes {
		b.Run(s.name, func(b *testing.B) {
			m := sized(docOfSize(b, s.size), 200, 60, Options{FileName: "big.txt"})
			b.ResetTimer()
			for b.Loop() {
				m = press(m, "G")
				_ = m.View()
				b.StopTimer()
				m = press(m, "g")
				b.StartTimer()
			}
		})
	}
}

// BenchmarkSizeResize is a width change (every wrap dropped) and a frame.
func BenchmarkSizeResize(b *testing.B) {
	for _, s := range sizes {
		b.Run(s.name, func(b *testing.B) {
			m := sized(docOfSize(b, s.size), 200, 60, Options{FileName: "big.txt"})
			w := 200
			b.ResetTimer()
			for b.Loop() {
				w = 399 - w
				m = update(m, tea.WindowSizeMsg{Width: w, Height: 60})
				_ = m.View()
			}
		})
	}
}

// BenchmarkSizeFirstFrame is New, the first resize and the first frame.
func BenchmarkSizeFirstFrame(b *testing.B) {
	for _, s := range sizes {
		b.Run(s.name, func(b *testing.B) {
			d := docOfSize(b, s.size)
			b.ResetTimer()
			for b.Loop() {
				m := sized(d, 200, 60, Options{FileName: "big.txt"})
				_ = m.View()
			}
		})
	}
}
