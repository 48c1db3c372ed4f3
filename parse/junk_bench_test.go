package parse

import "testing"

// BenchmarkMarkJunk100MB times the junk filter alone (paid markers,
// advertising, short notices, web chrome) on a 100 MB generated
// compilation: it must stay linear and within a few per cent of the parse.
func BenchmarkMarkJunk100MB(b *testing.B) {
	text := bigDoc(b, 100<<20)
	lines := splitLines(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		ls := append([]line(nil), lines...)
		b.StartTimer()
		markJunk(text, ls)
	}
}
