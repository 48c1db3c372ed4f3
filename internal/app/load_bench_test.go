package app

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"wenji/internal/bench/docxwrap"
	"wenji/internal/tools/gen"
	"wenji/model"
)

// BenchmarkWhole100MB times what the reader's loader does behind the
// preview of a generated 100 MB file: read it (internal/bigread), check and
// decode it, parse it (go test -run '^$' -bench Whole100MB -benchtime 3x
// ./internal/app; with -cpuprofile, where the time goes beyond the parse).
func BenchmarkWhole100MB(b *testing.B) {
	path := big100(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		bf, ok := openPreview(path, "en", options{noCache: true})
		if !ok {
			b.Fatal("no preview")
		}
		if _, err := bf.whole(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWhole100MBCached is BenchmarkWhole100MB for a file opened
// again unchanged: read, checked and rebuilt from the cache's entry that
// the first load wrote, no parse (go test -run '^$' -bench Whole100MBCached
// -benchtime 5x ./internal/app).
func BenchmarkWhole100MBCached(b *testing.B) {
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	path := big100(b)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(path, old, old)
	bf, ok := openPreview(path, "en", options{})
	if !ok {
		b.Fatal("no preview")
	}
	if _, err := bf.whole(); err != nil {
		b.Fatal(err)
	}
	bf.later.wait()
	parses := 0
	prev := parseWhole
	parseWhole = func(name string, data []byte, lang, encoding string) (*model.Document, error) {
		parses++
		return prev(name, data, lang, encoding)
	}
	defer func() { parseWhole = prev }()
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
		bf.later.wait()
	}
	if parses > 0 {
		b.Fatalf("%d parses: the cache was not used", parses)
	}
}

// BenchmarkPreviewDocx times the preview of a .docx of 9 MB of text (its
// first paragraphs streamed from document.xml) against the preview of the
// same text as a .txt: what the first page waits for beyond the terminal
// (go test -run '^$' -bench Preview ./internal/app).
func BenchmarkPreviewDocx(b *testing.B) {
	dir := b.TempDir()
	txt, docx := filepath.Join(dir, "big.txt"), filepath.Join(dir, "big.docx")
	if err := gen.WriteFile(txt, 9<<20, 1); err != nil {
		b.Fatal(err)
	}
	src, _ := os.ReadFile(txt)
	if err := docxwrap.WriteFile(docx, string(src)); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		open func(string, string, options) (bigFile, bool)
		path string
	}{{"txt", openPreview, txt}, {"docx", openDocxPreview, docx}} {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				bf, ok := c.open(c.path, "en", options{})
				if !ok {
					b.Fatal("no preview")
				}
				bf.preview() // the text's is parsed on the side
				bf.close()
			}
		})
	}
}

// BenchmarkPeekEnd times what G costs while a large file loads: reading
// and parsing the window of its tail (go test -run '^$' -bench PeekEnd
// ./internal/app).
func BenchmarkPeekEnd(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := gen.WriteFile(path, 8<<20, 1); err != nil {
		b.Fatal(err)
	}
	bf, ok := openPreview(path, "en", options{})
	if !ok {
		b.Fatal("no preview")
	}
	defer bf.close()
	b.ReportAllocs()
	for range b.N {
		if _, _, err := bf.peek(bf.size); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOutline100MB times --outline on a generated 100 MB file: read,
// decode, parse and print the outline (to io.Discard), what `wenji
// --outline FILE` does between its start and its exit (go test -run '^$'
// -bench Outline100MB -benchtime 3x ./internal/app).
func BenchmarkOutline100MB(b *testing.B) {
	path := big100(b)
	b.ReportAllocs()
	var gc gcCost
	b.ResetTimer()
	for range b.N {
		gc.start()
		doc, err := loadDoc(path, nil, "en", "")
		if err != nil {
			b.Fatal(err)
		}
		if code := printDoc(doc, options{outline: true}, "en", io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
		gc.stop()
	}
	gc.report(b)
}

// big100 writes the generated 100 MB compilation the benchmarks load into
// b's temporary folder, sets b's bytes to its size, and returns its path.
func big100(b *testing.B) string {
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := gen.WriteFile(path, 100<<20, 1); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(path)
	b.SetBytes(st.Size())
	return path
}
