package parse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"wenji/internal/tools/gen"
	"wenji/model"
)

// TestParallelSame: every document the repository holds (the fixtures and
// goldens' sources, the promotion fixtures, the corpus and its other
// formats, the seed, the fuzz seeds) and generated compilations parse to
// the same tree, junk and paragraphs whether the passes run on one core
// in their usual chunks or on many in chunks of a line or a few. A rule
// that reads across a chunk's edge, or a pass that shares state between
// its goroutines, shows here as a difference, not as a rare wrong outline
// on someone's large file.
func TestParallelSame(t *testing.T) {
	docs := sameInputs(t)
	if len(docs) < 60 {
		t.Fatalf("%d documents found, want the repository's fixtures and corpus", len(docs))
	}
	type config struct {
		name                    string
		procs                   int
		split, lines, passLines int
	}
	configs := []config{
		{"one core", 1, splitChunk, lineChunk, passChunk},
		{"one core, chunks of 3 lines", 1, 7, 2, 3},
		{"4 cores, chunks of 3 lines", 4, 7, 2, 3},
		{"4 cores, chunks of 1 line", 4, 1, 1, 1},
	}
	t.Logf("%d documents", len(docs))
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = d.dump()
	}
	defer func(p, s, l, c int) {
		runtime.GOMAXPROCS(p)
		splitChunk, lineChunk, passChunk = s, l, c
	}(runtime.GOMAXPROCS(0), splitChunk, lineChunk, passChunk)
	for _, c := range configs {
		runtime.GOMAXPROCS(c.procs)
		splitChunk, lineChunk, passChunk = c.split, c.lines, c.passLines
		for i, d := range docs {
			if got := d.dump(); got != want[i] {
				t.Errorf("%s, %s: the parse differs from the default's:\n%s", d.name, c.name, firstDiff(want[i], got))
			}
		}
	}
}

// sameInput is a document TestParallelSame parses: a file opened by name
// (any format Open reads) or text parsed as it is.
type sameInput struct {
	name string
	data []byte
}

// dump opens the input and writes out all of the result: each node's
// fields in reading order, the junk spans and the paragraphs.
func (d sameInput) dump() string {
	doc, err := Open(d.name, d.data, Options{})
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	var walk func(n *model.Node, depth int)
	walk = func(n *model.Node, depth int) {
		fmt.Fprintf(&b, "%d %s %v %q %q %d %v %v %d\n", depth, n.Kind, n.Inferred, n.Marker, n.Title, n.Line, n.TitleSpan, n.Span, len(n.Children))
		for _, c := range n.Children {
			if c.Parent != n {
				fmt.Fprintf(&b, "bad parent under %q\n", n.Title)
			}
			walk(c, depth+1)
		}
	}
	walk(doc.Root, 0)
	for _, j := range doc.Junk {
		fmt.Fprintf(&b, "junk %d %v %d\n", j.Kind, j.Span, j.Line)
	}
	fmt.Fprintf(&b, "paras %v\n%s %s %d\n", doc.Paras, doc.Encoding, doc.Format, doc.Pages)
	return b.String()
}

// sameInputs gathers the documents of the repository and the shared
// corpus, and generates compilations of a few sizes and seeds.
func sameInputs(t *testing.T) []sameInput {
	t.Helper()
	var docs []sameInput
	for _, pattern := range []string{
		"../testdata/*", "testdata/*", "testdata/*/*", "promodata/*",
		"../../shared/corpus/*", "../../shared/corpus/formats/*", "../../shared/seeds/*",
	} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			switch ext := filepath.Ext(f); {
			case ext == ".want" || strings.HasSuffix(f, "README.md"):
				continue
			case ext == ".pdf" && testing.Short():
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				continue // a directory
			}
			docs = append(docs, sameInput{f, b})
		}
	}
	// The fuzz seeds, in the go test fuzz v1 format: one []byte value.
	seeds, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, v, ok := strings.Cut(string(b), "[]byte(")
		v = strings.TrimSpace(v)
		if !ok || !strings.HasSuffix(v, ")") {
			t.Fatalf("%s: not a []byte fuzz seed", f)
		}
		s, err := strconv.Unquote(strings.TrimSuffix(v, ")"))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		// The fuzz target's directory names the format (FuzzRTF).
		ext := "." + strings.ToLower(strings.TrimPrefix(filepath.Base(filepath.Dir(f)), "Fuzz"))
		docs = append(docs, sameInput{f + ext, []byte(s)})
	}
	sizes := []int64{20 << 10, 300 << 10, 2 << 20}
	if testing.Short() {
		sizes = sizes[:2]
	}
	for k, size := range sizes {
		for seed := int64(1); seed <= 2; seed++ {
			var b bytes.Buffer
			if err := gen.Write(&b, size, seed+int64(10*k)); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, sameInput{fmt.Sprintf("gen-%d-%d.txt", size, seed), b.Bytes()})
		}
	}
	return docs
}

// firstDiff shows the first line where got departs from want.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, w[i], g[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// FuzzParallelSame: any text parses to the same tree, junk and paragraphs
// whether the passes run on one core in their usual chunks or on four in
// chunks of one line (TestParallelSame's configurations at its two ends),
// so that a rule reading across a chunk's edge shows on inputs no fixture
// has. The seeds are the shapes whose state crosses lines: a compilation
// (articles outlined apart), junk spread over its neighbours, a 目录, a
// run of 一是 across paragraphs, a list glued under a heading, chrome; and
// in testdata, bytes the encoding detector once read one way or another
// from run to run (detectBest).
func FuzzParallelSame(f *testing.F) {
	f.Add([]byte("汇编\n\n目录\n\n1.甲\n2.乙\n\n\n甲\n\n导语。\n一是做法。\n二是成效。\n\n\n乙\n\n正文。\n（一）做法\n正文。\n"))
	f.Add([]byte("标题\n\n正文。\n\n【某某素材库】添加客服微信\n联系QQ：12345678\n会员每日更新\n\n正文。\n"))
	f.Add([]byte("首页\n新闻\n公告\n政务\n服务\n互动\n\n当前位置：首页 > 新闻\n\n一、甲\n\n1.事项\n2.事项\n\n二、乙\n"))
	f.Add([]byte("##paidbegin##\n一是甲；\n二是乙；\n三是丙。\n##paidend##\n\n\n谢谢大家！\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := sameInput{"fuzz.txt", data}
		defer func(p, sp, l, c int) {
			runtime.GOMAXPROCS(p)
			splitChunk, lineChunk, passChunk = sp, l, c
		}(runtime.GOMAXPROCS(0), splitChunk, lineChunk, passChunk)
		runtime.GOMAXPROCS(1)
		want := in.dump()
		runtime.GOMAXPROCS(4)
		splitChunk, lineChunk, passChunk = 1, 1, 1
		if got := in.dump(); got != want {
			t.Errorf("the parse on four cores in chunks of a line differs:\n%s", firstDiff(want, got))
		}
	})
}
