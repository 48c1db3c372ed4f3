package reader

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"wenji/parse"
)

// TestStaleBatchOfAnotherReader: a batch of hits of a reader that another
// replaced is stale for that one: both numbered their first search 1, and
// the new reader took the other document's hits as its own.
func TestStaleBatchOfAnotherReader(t *testing.T) {
	q, err := compileQuery("成效")
	if err != nil {
		t.Fatal(err)
	}
	a := sized(parse.Parse(bigText()), 100, 30, Options{Lang: "en"})
	batch := a.StartSearch(q, "成效", 0, true)()
	b := sized(parse.Parse("另一份材料\n\n一、做法\n取得成效。\n"), 100, 30, Options{Lang: "en"})
	b.StartSearch(q, "成效", 0, true) // its batch not yet in
	b = update(b, batch)
	if n := b.search.hits.Len(); n != 0 {
		t.Errorf("the other reader's batch gave this one %d hits", n)
	}
}

// TestCloseStopsScan: Close ends the scan of a reader put aside before it
// handed over all its hits; it waited for ever, holding the document.
func TestCloseStopsScan(t *testing.T) {
	q, err := compileQuery("文")
	if err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	m := sized(parse.Parse(strings.Repeat("文", 300_000)+"\n"), 100, 30, Options{Lang: "en"})
	_ = m.StartSearch(q, "文", 0, true)() // the first batch; the next ones wait
	m.Close()
	deadline := time.Now().Add(time.Minute)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			t.Fatalf("the scan still runs after Close: %d goroutines, %d before", runtime.NumGoroutine(), before)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
