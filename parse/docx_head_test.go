package parse

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	docxw "wenji/model/export/docx"
)

// bigDocx writes a generated compilation of about size bytes of text as a
// .docx (titles, headings and bold leads styled as wenji's writer does).
func bigDocx(tb testing.TB, size int64) []byte {
	tb.Helper()
	doc := Parse(bigDoc(tb, size))
	var b bytes.Buffer
	if err := docxw.Write(&b, doc, doc.Root, docxw.Options{}); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// TestDocxHead: the head of a .docx is the start of what Open reads, cut
// after its paragraphs, with the same outline at its start; a head as long
// as the document is the document.
func TestDocxHead(t *testing.T) {
	data := bigDocx(t, 256<<10)
	full, err := Open("big.docx", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	head, more, err := DocxHead("big.docx", data, 40)
	if err != nil {
		t.Fatal(err)
	}
	if !more {
		t.Error("more = false with most of the document unread")
	}
	if !strings.HasPrefix(full.Text, head.Text) || !strings.HasSuffix(head.Text, "\n") {
		t.Fatalf("the head is not a prefix of the whole cut after a line:\n%q", head.Text[max(0, len(head.Text)-200):])
	}
	if len(head.Paras) != 40 {
		t.Errorf("%d paragraphs, want 40", len(head.Paras))
	}
	if head.Format != "DOCX" || full.Format != "DOCX" {
		t.Errorf("format %q, %q", head.Format, full.Format)
	}
	if head.Root.Title != full.Root.Title || !slices.Equal(head.Paras, full.Paras[:40]) {
		t.Errorf("head's title %q, the whole's %q; paragraphs the same: %v", head.Root.Title, full.Root.Title,
			slices.Equal(head.Paras, full.Paras[:40]))
	}
	for _, n := range []int{0, len(full.Paras), len(full.Paras) + 5} {
		all, more, err := DocxHead("big.docx", data, n)
		if err != nil || more || all.Text != full.Text || len(all.Paras) != len(full.Paras) {
			t.Errorf("DocxHead(%d): more %v, err %v, same text %v", n, more, err, err == nil && all.Text == full.Text)
		}
	}
}

// TestDocxHeadErrors: what is not a .docx is refused as Open refuses it,
// naming the file.
func TestDocxHeadErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want error
	}{
		{"no.docx", []byte("not a zip"), nil},
		{"empty.docx", docxFileRaw(t, map[string]string{"a.txt": "x"}), ErrNotDocx},
	} {
		_, _, err := DocxHead(c.name, c.data, 10)
		var fe *FileError
		if !errors.As(err, &fe) || fe.Name != c.name || c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// BenchmarkDocxHead reads the first 200 paragraphs of a .docx of about
// 9 MB of text (the size of issue 17's 1.2 MB .docx), what the reader
// shows first; BenchmarkDocxWhole opens all of it, for comparison.
func BenchmarkDocxHead(b *testing.B) {
	data := bigDocx(b, 9<<20)
	for b.Loop() {
		if _, _, err := DocxHead("big.docx", data, 200); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data))/(1<<20), "MB-docx")
}

// BenchmarkDocxWhole opens the whole .docx of BenchmarkDocxHead.
func BenchmarkDocxWhole(b *testing.B) {
	data := bigDocx(b, 9<<20)
	for b.Loop() {
		if _, err := Open("big.docx", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
