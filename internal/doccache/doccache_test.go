package doccache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"wenji/model"
	"wenji/parse"
)

const seedPath = "../../../shared/seeds/000_9aa560646d353a75.txt"

// samples are documents of every kind the cache stores differently:
// plain UTF-8 (text not stored), a BOM, Markdown and .docx (text stored).
var samples = []string{
	seedPath,
	"../../../shared/corpus/rural-revitalization-opinion-2018-utf8bom.txt",
	"../../../shared/corpus/legislation-law-2023.md",
	"../../../shared/corpus/henan-gov-work-report-2025.docx",
}

func openCache(t *testing.T, opt Options) *Cache {
	t.Helper()
	if opt.Dir == "" {
		opt.Dir = t.TempDir()
	}
	c, err := Open(opt)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// copyTo copies a sample into dir, aged past the racy window, and
// returns its new path.
func copyTo(t *testing.T, dir, src string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, filepath.Base(src))
	writeAged(t, p, b)
	return p
}

func writeAged(t *testing.T, p string, b []byte) {
	t.Helper()
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
}

// entryText is the text an entry's spans point into.
func entryText(t *testing.T, e *Entry, path string) string {
	t.Helper()
	if s, ok, err := e.StoredText(); ok {
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, ok := e.TextIn(b)
	if !ok {
		t.Fatalf("%s: the text is neither stored nor the file's", path)
	}
	return s
}

// same checks an entry against the document parsed afresh: summary, every
// node, every junk span, and NodeAt/InJunk at every line start.
func same(t *testing.T, e *Entry, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parse.Open(path, b, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := entryText(t, e, path); got != d.Text {
		t.Fatalf("%s: text differs (%d bytes, want %d)", path, len(got), len(d.Text))
	}
	sameDocument(t, e, d, path)
	if e.Title() != d.Root.Title || e.Chars() != d.Chars(d.Root) || e.Encoding() != d.Encoding {
		t.Errorf("%s: summary %q %d %q, want %q %d %q", path, e.Title(), e.Chars(), e.Encoding(), d.Root.Title, d.Chars(d.Root), d.Encoding)
	}
	var nodes []*model.Node
	for n := range d.Root.All() {
		nodes = append(nodes, n)
	}
	if e.Nodes() != len(nodes) {
		t.Fatalf("%s: %d nodes, want %d", path, e.Nodes(), len(nodes))
	}
	index := map[*model.Node]int{}
	for i, n := range nodes {
		index[n] = i
		en := e.Node(i)
		if en.Span != n.Span || en.TitleSpan != n.TitleSpan || en.Kind != n.Kind || en.Depth != n.Depth() ||
			en.Inferred != n.Inferred || e.NodeTitle(i) != n.Title || e.NodeMarker(i) != n.Marker ||
			e.NodeHeading(i) != n.Heading() || !slices.Equal(e.Path(i), n.Index()) {
			t.Fatalf("%s: node %d = %+v %q, want %q %v", path, i, en, e.NodeTitle(i), n.Title, n.Index())
		}
	}
	if e.Junk() != len(d.Junk) {
		t.Fatalf("%s: %d junk spans, want %d", path, e.Junk(), len(d.Junk))
	}
	for i, j := range d.Junk {
		if s, k := e.JunkSpan(i); s != j.Span || k != j.Kind {
			t.Fatalf("%s: junk %d = %v %v, want %v", path, i, s, k, j)
		}
	}
	for off := 0; off <= len(d.Text); off += 97 {
		if got, want := e.NodeAt(off), index[d.NodeAt(off)]; got != want {
			t.Fatalf("%s: NodeAt(%d) = %d, want %d", path, off, got, want)
		}
		if got, want := e.InJunk(off), len(d.JunkIn(model.Span{Start: off, End: off + 1})) > 0; got != want {
			t.Fatalf("%s: InJunk(%d) = %v", path, off, got)
		}
	}
	whole := model.Span{Start: 0, End: len(d.Text)}
	if !slices.Equal(e.Clean(whole), d.Clean(whole)) {
		t.Fatalf("%s: Clean differs", path)
	}
	// CleanBefore and CleanAfter are Clean's first and last runs around an
	// offset, for every offset near junk and a sample of the others.
	for off := 0; off <= len(d.Text); off++ {
		if off%31 != 0 && !e.InJunk(max(0, off-1)) && !e.InJunk(off) && !e.InJunk(min(len(d.Text), off+1)) {
			continue
		}
		lo, hi := max(0, off-50), min(len(d.Text), off+50)
		want := off
		if cl := d.Clean(model.Span{Start: lo, End: off}); len(cl) > 0 && cl[len(cl)-1].End == off {
			want = cl[len(cl)-1].Start
		}
		if got := e.CleanBefore(lo, off); got != want {
			t.Fatalf("%s: CleanBefore(%d, %d) = %d, want %d", path, lo, off, got, want)
		}
		want = off
		if cl := d.Clean(model.Span{Start: off, End: hi}); len(cl) > 0 && cl[0].Start == off {
			want = cl[0].End
		}
		if got := e.CleanAfter(off, hi); got != want {
			t.Fatalf("%s: CleanAfter(%d, %d) = %d, want %d", path, off, hi, got, want)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	c := openCache(t, Options{})
	for _, s := range samples {
		p := copyTo(t, dir, s)
		for round := range 2 { // parsed, then mapped from the cache
			e, err := c.Get(p)
			if err != nil {
				t.Fatal(err)
			}
			if round == 1 && e.File() != nil {
				t.Errorf("%s: read the file again instead of the cache", s)
			}
			same(t, e, p)
			e.Release()
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	// A new run knows the files by their stat alone.
	c2 := openCache(t, Options{Dir: filepath.Dir(c.dir)})
	for _, s := range samples {
		p := filepath.Join(dir, filepath.Base(s))
		st, _ := os.Stat(p)
		got, ok := c2.Lookup(p, st)
		if !ok {
			t.Fatalf("%s: not in the index", s)
		}
		e, _ := c2.Get(p)
		if got.Title != e.Title() || got.Chars != e.Chars() || got.Articles != e.Articles() {
			t.Errorf("%s: index summary %+v", s, got)
		}
		e.Release()
		// Summary gives the same from the index, and from a parse.
		for _, c := range []*Cache{c2, openCache(t, Options{Disabled: true})} {
			if sum, err := c.Summary(p, st); err != nil || sum.Title != got.Title || sum.Chars != got.Chars || sum.Articles != got.Articles {
				t.Errorf("%s: Summary %+v %v, want %+v", s, sum, err, got)
			}
		}
	}
}

// TestDamaged: a flipped byte or a cut entry is noticed, removed and
// rebuilt; the results are the parse's.
func TestDamaged(t *testing.T) {
	for _, how := range []string{"flip", "cut", "empty", "text"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			c := openCache(t, Options{})
			src := seedPath
			if how == "text" {
				src = samples[2] // the Markdown, whose text is stored
			}
			p := copyTo(t, dir, src)
			e, err := c.Get(p)
			if err != nil {
				t.Fatal(err)
			}
			key := e.key
			e.Release()
			ep := c.entryPath(key)
			b, _ := os.ReadFile(ep)
			switch how {
			case "flip":
				b[headerSize+5] ^= 0x40
			case "cut":
				b = b[:len(b)-7]
			case "empty":
				b = nil
			case "text":
				b[len(b)-2] ^= 1
			}
			os.WriteFile(ep, b, 0o600)
			e, err = c.Get(p)
			if how == "text" {
				// The metadata is sound; the text's own checksum catches it.
				if _, _, err := e.StoredText(); !errors.Is(err, ErrDamaged) {
					t.Fatalf("a damaged stored text read as %v", err)
				}
				e.Release()
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if e.File() == nil {
				t.Error("the damaged entry was used")
			}
			same(t, e, p)
			e.Release()
			if b2, _ := os.ReadFile(ep); bytes.Equal(b2, b) {
				t.Error("the damaged entry was not rebuilt")
			}
		})
	}
}

func TestVersionBump(t *testing.T) {
	root, dir := t.TempDir(), t.TempDir()
	p := copyTo(t, dir, seedPath)
	c1 := openCache(t, Options{Dir: root, Parser: 7})
	e, _ := c1.Get(p)
	e.Release()
	c1.Close()
	c2 := openCache(t, Options{Dir: root, Parser: 8})
	if _, err := os.Stat(c1.dir); !os.IsNotExist(err) {
		t.Errorf("the old version's folder stays: %v", err)
	}
	e, err := c2.Get(p)
	if err != nil {
		t.Fatal(err)
	}
	if e.File() == nil {
		t.Error("an entry of another parser was used")
	}
	e.Release()
	// An entry of parser 7 put where parser 8's go is refused.
	b, _ := os.ReadFile(c2.entryPath(e.key))
	if _, err := Read(b, 7); !errors.Is(err, ErrDamaged) {
		t.Errorf("read by another version: %v", err)
	}
}

// TestEdited: a file changed between two openings gives its new text,
// whether its size changed or only its content and mtime.
func TestEdited(t *testing.T) {
	dir := t.TempDir()
	c := openCache(t, Options{})
	p := filepath.Join(dir, "a.txt")
	writeAged(t, p, []byte("标题\n\n一、第一部分\n\n内容。\n"))
	e, _ := c.Get(p)
	if e.NodeTitle(1) != "第一部分" {
		t.Fatalf("first parse: %q", e.NodeTitle(1))
	}
	e.Release()
	for _, text := range []string{"标题\n\n一、第二部分\n\n内容。\n", "标题\n\n一、第三部分内容更长\n\n内容。\n"} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		e, _ := c.Get(p)
		want := strings.Split(text, "\n")[2][len("一、"):]
		if got := e.NodeTitle(1); got != want {
			t.Errorf("after an edit: %q, want %q", got, want)
		}
		if s, ok := e.TextIn(e.File()); !ok || s != text {
			t.Errorf("after an edit the text is %q", s)
		}
		e.Release()
	}
}

func TestLRU(t *testing.T) {
	root, dir := t.TempDir(), t.TempDir()
	c := openCache(t, Options{Dir: root, Budget: 1})
	var keys []string
	for i := range 5 {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		writeAged(t, p, bytes.Repeat([]byte("一、标题\n\n正文。\n"), 100*(i+1)))
		e, err := c.Get(p)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, e.key)
		e.Release()
		// Oldest first: entry i used i hours ago… reversed, so entry 0 is
		// the most recently used and 4 the least.
		at := time.Now().Add(-time.Duration(i+2) * time.Hour)
		os.Chtimes(c.entryPath(e.key), at, at)
	}
	var sizes []int64
	for _, k := range keys {
		st, _ := os.Stat(c.entryPath(k))
		sizes = append(sizes, st.Size())
	}
	// A budget that holds entries 0 and 1 only.
	c.opt.Budget = (sizes[0]+sizes[1])*10/9 + 10
	if err := c.Trim(); err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		_, err := os.Stat(c.entryPath(k))
		if kept := err == nil; kept != (i < 2) {
			t.Errorf("entry %d kept = %v", i, kept)
		}
	}
}

func TestDisabled(t *testing.T) {
	root, dir := t.TempDir(), t.TempDir()
	c := openCache(t, Options{Dir: root, Disabled: true})
	p := copyTo(t, dir, seedPath)
	for range 2 {
		e, err := c.Get(p)
		if err != nil {
			t.Fatal(err)
		}
		if e.File() == nil {
			t.Error("a disabled cache gave a cached entry")
		}
		same(t, e, p)
		e.Release()
	}
	c.Close()
	if ents, _ := os.ReadDir(root); len(ents) != 0 {
		t.Errorf("a disabled cache wrote %d files", len(ents))
	}
}

func FuzzRead(f *testing.F) {
	b, _ := os.ReadFile(seedPath)
	d, _ := parse.Open("a.txt", b, parse.Options{})
	ent, _ := Encode(d, b, 1)
	f.Add(ent)
	md := []byte("# 标题\n\n## 一、部分\n\n正文\n")
	d2, _ := parse.Open("a.md", md, parse.Options{})
	ent2, _ := Encode(d2, md, 1)
	f.Add(ent2)
	f.Fuzz(func(t *testing.T, b []byte) {
		exercise(t, b)
		// The checksum stops almost every mutation: sealed again, the
		// bytes reach the structural checks behind it.
		if len(b) >= headerSize {
			c := slices.Clone(b)
			n := int(binary.LittleEndian.Uint32(c[hNodes:]))*nodeSize + int(binary.LittleEndian.Uint32(c[hJunk:]))*junkSize +
				int(binary.LittleEndian.Uint32(c[hStrLen:]))
			if n >= 0 && headerSize+n <= len(c) {
				binary.LittleEndian.PutUint32(c[hMetaCRC:], metaCRC(c[:headerSize+n]))
				exercise(t, c)
			}
		}
	})
}

// exercise reads b as an entry and, when it reads, calls every accessor.
func exercise(t *testing.T, b []byte) {
	e, err := Read(b, 1)
	if err != nil {
		if !errors.Is(err, ErrDamaged) {
			t.Fatalf("error %v is not ErrDamaged", err)
		}
		return
	}
	{
		// Every accessor on every node and offset stays in bounds.
		_, _ = e.Title(), e.Encoding()
		for i := range e.Nodes() {
			e.Path(i)
			e.Crumb(i)
			e.NodeHeading(i)
		}
		for i := range e.Junk() {
			e.JunkSpan(i)
		}
		for off := -1; off <= e.TextLen()+1; off += max(1, e.TextLen()/50) {
			e.NodeAt(off)
			e.InJunk(off)
		}
		e.Clean(model.Span{Start: 0, End: e.TextLen()})
		e.StoredText()
	}
}

// TestIndexNames: paths and titles with tabs, line breaks and backslashes
// survive the index, one line a file.
func TestIndexNames(t *testing.T) {
	root, dir := t.TempDir(), t.TempDir()
	c := openCache(t, Options{Dir: root})
	var paths, titles []string
	for _, name := range []string{"a\tb.txt", "c\nd.txt", `e\nf.txt`, `g\\h.txt`} {
		p := filepath.Join(dir, name)
		writeAged(t, p, []byte("标题"+strings.ReplaceAll(name, "\n", "")+"\n\n一、部分\n\n正文。\n"))
		e, err := c.Get(p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(e.Title(), `\`) && !strings.Contains(e.Title(), "\t") && name[0] != 'c' {
			t.Fatalf("%q: the title %q lost what is to be escaped", name, e.Title())
		}
		titles = append(titles, e.Title())
		e.Release()
		paths = append(paths, p)
	}
	c.Close()
	c2 := openCache(t, Options{Dir: root})
	for i, p := range paths {
		st, _ := os.Stat(p)
		s, ok := c2.Lookup(p, st)
		if !ok || s.Title != titles[i] {
			t.Errorf("%q: %v %q", p, ok, s.Title)
		}
	}
}

// Two files of the same bytes whose names the parser reads differently
// are two entries: a 0-byte or text-filled .docx is no Word document
// (parse refuses it) even after a .txt of those bytes was cached, and a
// .md is read as Markdown where a .txt is not. The key was the bytes
// alone, so the library listed a 0-byte .docx as an empty document and
// --search read it, where --no-cache named it as unreadable.
func TestSameBytesOtherFormat(t *testing.T) {
	dir := t.TempDir()
	c := openCache(t, Options{})
	for _, body := range []string{"", "标题\n\n正文内容。\n"} {
		txt, docx := filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.docx")
		writeAged(t, txt, []byte(body))
		writeAged(t, docx, []byte(body))
		e, err := c.Get(txt)
		if err != nil {
			t.Fatalf("%q as .txt: %v", body, err)
		}
		e.Release()
		if e, err := c.Get(docx); err == nil {
			e.Release()
			t.Errorf("%q as .docx was read (the .txt's entry), want parse's error", body)
		}
	}
	md := "标题\n\n- 第一项内容\n- 第二项内容\n"
	txt, mdp := filepath.Join(dir, "b.txt"), filepath.Join(dir, "b.md")
	writeAged(t, txt, []byte(md))
	writeAged(t, mdp, []byte(md))
	want := func(p string) int {
		b, _ := os.ReadFile(p)
		d, err := parse.Open(p, b, parse.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return len(d.Text)
	}
	for _, p := range []string{txt, mdp} {
		e, err := c.Get(p)
		if err != nil {
			t.Fatal(err)
		}
		if got, w := e.TextLen(), want(p); got != w {
			t.Errorf("%s: cached text of %d bytes, parse reads %d", filepath.Base(p), got, w)
		}
		e.Release()
	}
}

// An index written before keys held the extension is not read: its key
// for a 0-byte .docx was an empty .txt's entry, which a cache opened on it
// would go on giving the .docx while the file is unchanged.
func TestOldIndexDropped(t *testing.T) {
	dir, cdir := t.TempDir(), t.TempDir()
	c := openCache(t, Options{Dir: cdir})
	txt, docx := filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.docx")
	writeAged(t, txt, nil)
	writeAged(t, docx, nil)
	e, err := c.Get(txt)
	if err != nil {
		t.Fatal(err)
	}
	e.Release()
	c.Close()
	tst, _ := os.Stat(txt)
	s, ok := c.Lookup(txt, tst)
	if !ok {
		t.Fatal("the .txt is not in the index")
	}
	st, _ := os.Stat(docx)
	line := fmt.Sprintf("0\t%d\t%s\t0\t0\t%s\tt\n", st.ModTime().UnixNano(), s.Key, docx)
	if err := os.WriteFile(filepath.Join(c.Dir(), "index"), []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	c = openCache(t, Options{Dir: cdir})
	defer c.Close()
	if e, err := c.Get(docx); err == nil {
		e.Release()
		t.Error("a 0-byte .docx was read through the old index's key")
	}
	if _, err := os.Stat(filepath.Join(c.Dir(), "index")); err == nil {
		t.Error("the old index was left in the cache")
	}
}
