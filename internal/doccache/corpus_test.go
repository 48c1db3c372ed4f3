package doccache

import (
	"os"
	"path/filepath"
	"testing"

	"wenji/parse"
)

// TestCorpus: every document of the shared corpus that parses makes an
// entry that reads back and agrees with its parse (an outline out of
// reading order would make its entry unreadable, and its document
// unsearchable).
func TestCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../../shared/corpus/*", "../../../shared/corpus/formats/*", "../../../shared/seeds/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	c := openCache(t, Options{})
	dir := t.TempDir()
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // a folder
		}
		if _, err := parse.Open(f, b, parse.Options{}); err != nil {
			continue
		}
		p := filepath.Join(dir, filepath.Base(f))
		writeAged(t, p, b)
		e, err := c.Get(p)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		same(t, e, p)
		e.Release()
		n++
	}
	if n < 10 {
		t.Errorf("only %d documents", n)
	}
	t.Logf("%d documents", n)
}

// FuzzEncode: whatever text the parser is given, its entry reads back,
// and NodeAt and InJunk agree with the document's.
func FuzzEncode(f *testing.F) {
	for _, s := range []string{
		"标题\n\n一、部分\n（一）小节\n1. 条目\n正文。\n",
		"汇编\n目录\n1.\n2.\n\n第一篇\n一是加强。二是推进。\n##paidbegin##\n",
		"# A\n\n## 一、B\n\n正文\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := parse.Open("a.txt", b, parse.Options{})
		if err != nil {
			return
		}
		ent, err := Encode(d, b, 1)
		if err != nil {
			t.Fatal(err)
		}
		e, err := Read(ent, 1)
		if err != nil {
			t.Fatalf("the entry of %q does not read: %v", b, err)
		}
		index := map[any]int{}
		i := 0
		for n := range d.Root.All() {
			index[n] = i
			i++
		}
		for off := 0; off <= len(d.Text); off++ {
			if e.NodeAt(off) != index[d.NodeAt(off)] {
				t.Fatalf("NodeAt(%d) differs in %q", off, b)
			}
		}
	})
}
