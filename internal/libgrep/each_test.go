package libgrep

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"wenji/internal/doccache"
	"wenji/model/search"
)

// eachAll collects what Each hands over: every hit, copied, by document,
// and the documents' results.
func eachAll(t *testing.T, files []string, q *search.Query, opt Options) ([][]Hit, []Result) {
	t.Helper()
	hits := make([][]Hit, len(files))
	var rs []Result
	err := Each(context.Background(), files, q, opt, func(doc int, h Hit) bool {
		if len(rs) != doc {
			t.Fatalf("a hit of document %d after %d results", doc, len(rs))
		}
		h.Before, h.Match, h.After = strings.Clone(h.Before), strings.Clone(h.Match), strings.Clone(h.After)
		hits[doc] = append(hits[doc], h)
		return true
	}, func(r Result) bool { rs = append(rs, r); return true })
	if err != nil {
		t.Fatal(err)
	}
	return hits, rs
}

// TestEachIsSearch: Each hands over the hits Search describes with an
// unbounded window, in the same order, and the same counts and errors,
// for a query with few hits a document and one that matches every
// character (streamed in batches), with and without the cache.
func TestEachIsSearch(t *testing.T) {
	files := append(library(t), filepath.Join(t.TempDir(), "missing.txt"))
	for _, disabled := range []bool{true, false} {
		c, err := doccache.Open(doccache.Options{Dir: t.TempDir(), Disabled: disabled})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		for _, text := range []string{"工作", `\.`, "#一"} {
			q, headings, err := search.CompileInput(text)
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{Cache: c, Headings: headings, Window: 1 << 30, Shown: -1, Workers: 3}
			want := all(t, files, q, opt)
			hits, got := eachAll(t, files, q, opt)
			if len(got) != len(want) {
				t.Fatalf("%s: %d results, want %d", text, len(got), len(want))
			}
			for i := range want {
				if got[i].Index != i || got[i].Count != want[i].Count || (got[i].Err == nil) != (want[i].Err == nil) || got[i].Hits != nil {
					t.Errorf("%s: result %d = %+v, want %+v", text, i, got[i], want[i])
				}
				if !slices.EqualFunc(hits[i], want[i].Hits, sameHit) {
					t.Errorf("%s: document %d: %d hits differ from Search's %d", text, i, len(hits[i]), len(want[i].Hits))
				}
			}
			if text == `\.` && want[0].Count < 10*batchSize {
				t.Fatalf("%s: %d hits in the seed, too few to stream", text, want[0].Count)
			}
		}
	}
}

func sameHit(a, b Hit) bool {
	return a.Span == b.Span && a.Node == b.Node && slices.Equal(a.Path, b.Path) && slices.Equal(a.Crumb, b.Crumb) &&
		a.Junk == b.Junk && a.Before == b.Before && a.Match == b.Match && a.After == b.After
}

// TestEachStreams: the first hit of a document with many reaches the
// caller before the document has been scanned to its end, and a caller
// that stops at once stops the search.
func TestEachStreams(t *testing.T) {
	files := library(t)[:1]
	var done atomic.Bool
	scanned = func(string) { done.Store(true) }
	defer func() { scanned = nil }()
	c, _ := doccache.Open(doccache.Options{Disabled: true})
	q, _ := search.Compile(`\.`)
	first, n := true, 0
	err := Each(context.Background(), files, q, Options{Cache: c}, func(doc int, h Hit) bool {
		if first && done.Load() {
			t.Error("the first hit came after the whole document was scanned")
		}
		first = false
		n++
		return n < 10
	}, func(Result) bool { t.Error("a result after the caller stopped"); return true })
	if err != nil || n != 10 {
		t.Errorf("err %v after %d hits, want nil after 10", err, n)
	}
}

// TestEachCancel: a search whose context is done mid-stream ends with its
// error and hands nothing more over.
func TestEachCancel(t *testing.T) {
	files := library(t)[:2]
	c, _ := doccache.Open(doccache.Options{Disabled: true})
	q, _ := search.Compile(`\.`)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n, after := 0, 0
	err := Each(ctx, files, q, Options{Cache: c}, func(doc int, h Hit) bool {
		n++
		if n == 3*batchSize {
			cancel()
		}
		if n > 3*batchSize {
			after++
		}
		return true
	}, func(Result) bool { return true })
	if err != context.Canceled || after > batchSize {
		t.Errorf("err %v, %d hits after the cancel", err, after)
	}
}
