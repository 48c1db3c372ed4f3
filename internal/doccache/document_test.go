package doccache

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"wenji/internal/tools/gen"
	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

// sameDocument checks that the entry rebuilds d, the document parsed
// from the same bytes, whole: every node's fields (its line too), the
// junk with its lines, the paragraphs, the encoding, the format, the page
// count, and the 字数 counted afterwards.
func sameDocument(t *testing.T, e *Entry, d *model.Document, path string) {
	t.Helper()
	got, err := e.Document(d.Text)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if got.Encoding != d.Encoding || got.Format != d.Format || got.Pages != d.Pages {
		t.Errorf("%s: encoding, format, pages %q %q %d, want %q %q %d", path, got.Encoding, got.Format, got.Pages, d.Encoding, d.Format, d.Pages)
	}
	if !reflect.DeepEqual(got.Junk, d.Junk) {
		t.Errorf("%s: junk differs", path)
	}
	if !reflect.DeepEqual(got.Paras, d.Paras) {
		t.Errorf("%s: %d paragraphs, want %d", path, len(got.Paras), len(d.Paras))
	}
	want := d.Root.All()
	var wn []*model.Node
	for n := range want {
		wn = append(wn, n)
	}
	i := 0
	for n := range got.Root.All() {
		if i >= len(wn) {
			t.Fatalf("%s: more nodes than the parse's %d", path, len(wn))
		}
		w := wn[i]
		if n.Kind != w.Kind || n.Inferred != w.Inferred || n.Title != w.Title || n.TitleBreak != w.TitleBreak || n.Marker != w.Marker ||
			n.Line != w.Line || n.TitleSpan != w.TitleSpan || n.Span != w.Span || len(n.Children) != len(w.Children) ||
			(n.Parent == nil) != (w.Parent == nil) || n.Parent != nil && n.Parent.Span != w.Parent.Span ||
			(n.Children == nil) != (w.Children == nil) {
			t.Fatalf("%s: node %d = %+v, want %+v", path, i, *n, *w)
		}
		i++
	}
	if i != len(wn) {
		t.Fatalf("%s: %d nodes, want %d", path, i, len(wn))
	}
	for _, n := range wn {
		if a, b := got.Chars(got.NodeAt(n.Span.Start)), d.Chars(d.NodeAt(n.Span.Start)); a != b {
			t.Fatalf("%s: 字数 at %d = %d, want %d", path, n.Span.Start, a, b)
		}
	}
}

// TestDocumentGenerated: a generated compilation of 3 MB (the reader's
// large-file path: articles, leads, ads and paid markers) comes back from
// its entry as its parse gave it, and whole: reflect.DeepEqual of the two
// documents, the 字数 of both counted.
func TestDocumentGenerated(t *testing.T) {
	var buf bytes.Buffer
	if err := gen.Write(&buf, 3<<20, 1); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	d, err := parse.Open("big.txt", b, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ent, err := Encode(d, b, ParserVersion)
	if err != nil {
		t.Fatal(err)
	}
	e, err := Read(ent, ParserVersion)
	if err != nil {
		t.Fatal(err)
	}
	sameDocument(t, e, d, "big.txt")
	got, _ := e.Document(d.Text)
	got.Chars(got.Root)
	d.Chars(d.Root)
	if !reflect.DeepEqual(got, d) {
		t.Error("the rebuilt document is not the parse's")
	}
}

// TestDocumentTitleLines: a title set over two lines (an issuer over
// the title) comes back from the entry with its break, so the outline of
// a cached document prints its lines as the parse's does.
func TestDocumentTitleLines(t *testing.T) {
	b := []byte("沣口市人民政府\n关于全市2025年安全生产工作情况的报告\n——2026年1月10日在沣口市人大常委会第二十次会议上\n" +
		"一、工作开展情况\n今年以来，全市安全生产形势总体平稳，事故起数和死亡人数实现双下降。\n" +
		"二、下一步工作\n继续抓好安全生产专项整治，坚决遏制重特大事故发生。\n")
	d, err := parse.Open("a.txt", b, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Root.TitleBreak == 0 {
		t.Fatalf("the parse set no title break: %q", d.Root.Title)
	}
	ent, err := Encode(d, b, ParserVersion)
	if err != nil {
		t.Fatal(err)
	}
	e, err := Read(ent, ParserVersion)
	if err != nil {
		t.Fatal(err)
	}
	sameDocument(t, e, d, "a.txt")
	got, _ := e.Document(d.Text)
	if a, w := export.Outline(got.Root), export.Outline(d.Root); a != w {
		t.Errorf("cached outline:\n%s\nwant:\n%s", a, w)
	}
}

// TestDocumentOtherText: an entry rebuilds nothing over a text of
// another length (the file changed since it was made).
func TestDocumentOtherText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	writeAged(t, p, []byte("标题\n\n一、部分\n正文。\n"))
	c := openCache(t, Options{})
	e, err := c.Get(p)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Release()
	if _, err := e.Document("标题\n"); err == nil {
		t.Error("a shorter text gave a document")
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
}

// TestWriteEncoded: the entry written as it is laid out (the reader's
// Put) is byte for byte the entry Encode makes in memory, for a text
// that is the file's bytes and for one the entry stores (a GB18030
// file), and Put indexes it: Cached finds it, its summary the parse's.
func TestWriteEncoded(t *testing.T) {
	var buf bytes.Buffer
	if err := gen.Write(&buf, 1<<20, 2); err != nil {
		t.Fatal(err)
	}
	gbk := []byte{0xb1, 0xea, 0xcc, 0xe2, '\n', '\n', 0xd2, 0xbb, 0xa1, 0xa2, 0xb2, 0xbf, 0xb7, 0xd6, '\n', 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3, '\n'}
	for _, c := range []struct {
		name string
		b    []byte
	}{{"big.txt", buf.Bytes()}, {"gbk.txt", gbk}} {
		d, err := parse.Open(c.name, c.b, parse.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := Encode(d, c.b, ParserVersion)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "entry")
		if _, err := writeEncoded(p, d, c.b, ParserVersion, d.Root.Title); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(p); !bytes.Equal(got, want) {
			t.Errorf("%s: the written entry (%d bytes) is not Encode's (%d)", c.name, len(got), len(want))
		}
		cache := openCache(t, Options{})
		path := filepath.Join(t.TempDir(), c.name)
		writeAged(t, path, c.b)
		st, _ := os.Stat(path)
		if err := cache.Put(path, st, c.b, d, d.Root.Title); err != nil {
			t.Fatal(err)
		}
		e, ok := cache.Cached(path, st)
		if !ok {
			t.Fatalf("%s: Put, then not Cached", c.name)
		}
		same(t, e, path)
		e.Release()
	}
}
