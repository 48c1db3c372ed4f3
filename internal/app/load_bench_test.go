package app

import (
	"os"
	"path/filepath"
	"testing"

	"wenji/internal/tools/gen"
)

// BenchmarkWhole100MB times what the reader's loader does behind the
// preview of a generated 100 MB file: read it (internal/bigread), check and
// decode it, parse it (go test -run '^$' -bench Whole100MB -benchtime 3x
// ./internal/app; with -cpuprofile, where the time goes beyond the parse).
func BenchmarkWhole100MB(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := gen.WriteFile(path, 100<<20, 1); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(path)
	b.SetBytes(st.Size())
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		bf, ok := openPreview(path, "en", options{})
		if !ok {
			b.Fatal("no preview")
		}
		if _, err := bf.whole(); err != nil {
			b.Fatal(err)
		}
	}
}
