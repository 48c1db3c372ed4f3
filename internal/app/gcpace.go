package app

// The collector's pace by mode, and the limits a large document's load
// runs under (moved out of run.go, which had grown past 600 lines).

import (
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"wenji/model"
)

// TuneGC is set by main when the environment leaves GOGC to wenji: Parse
// then sets it once the flags say which mode it is in.
var TuneGC bool

// GOGC by mode. A large document's text is off the heap (internal/bigread),
// so the heap is the tree, the caches and the hits: small, and all
// pointers. The reader, which lives on with its caches, search hits and a
// second copy of a reloaded document, keeps its heap's headroom small
// (measured with internal/bench/peakrss on 100 MB, scrolled and searched: 212 MB
// at Go's default of 100, 189 MB at 40). --outline, --print and --json
// build the tree once and exit: fewer collections make them 8–10 % faster
// at 200 than at 100 for the same peak, 187–192 MB for 100 MB (at 40 they
// were 10–15 % slower still; internal/bench/vswc).
//
// The reader takes its lean pace only once its first frame is up: at 40
// the heap's first goal is 1.6 MB rather than 4, and a collection (its
// stop-the-world phases and a core's marking) fell in the few tens of
// milliseconds before the first page, which the start-up pays for and
// RSS does not need. A large file's reader, once the whole document is
// loaded, goes leaner still (settleGC).
const (
	readerGCPercent  = 40
	oneShotGCPercent = 200
	readerGCDelay    = 100 * time.Millisecond
	loadedGCPercent  = 25
	loadGCPercent    = -1 // while a large document loads: its limit alone paces the collector (limitLoad)
)

// tuneGC sets the collector's pace for the mode the flags chose (see
// readerGCPercent), the reader's after readerGCDelay.
func tuneGC(oneShot bool, after func(time.Duration, func()) *time.Timer) {
	if oneShot {
		debug.SetGCPercent(oneShotGCPercent)
		return
	}
	after(readerGCDelay, func() {
		if !loaded.Load() {
			debug.SetGCPercent(readerGCPercent)
		}
	})
}

// collectAfter returns load followed by gc, started on a goroutine of its
// own as the document goes to the reader; then, when not nil, settled.
// The parse's last collections saw its notes alive (the lines, the block
// markers, the articles' notes: a quarter of the heap at the end of a
// 100 MB file's parse) and set the heap's goal from them; the reader's
// first allocations (its lists, the outline, the first frames) then
// filled the heap up to that goal while the notes were already garbage
// (gctrace under peakrss: 54 MB of heap before the next collection found
// 31 MB live). A collection first sets the goal from the tree alone, and
// what the reader allocates then reuses the notes' room. It runs while
// the reader swaps the whole document in (on the other core): waiting for
// it delayed the whole document by the collection (10–60 ms on 100 MB),
// for a peak RSS some 2 MB lower (the reader's 4 MB of lists then came
// after it).
func collectAfter(load func() (*model.Document, error), gc, settled func()) func() (*model.Document, error) {
	return func() (*model.Document, error) {
		doc, err := load()
		go func() {
			gc()
			if settled != nil {
				settled()
			}
		}()
		return doc, err
	}
}

// The heap of a large document's reader is held to a soft limit
// (debug.SetMemoryLimit, limitLoad): the live heap at the load's start
// plus loadShare of the text's size while it loads, then the live heap
// plus keptShare (at least keptMin) for the life of the reader. A limit
// makes the collector work harder only as the heap nears it, and the
// runtime hands freed pages back to the system to stay under it. Without
// one, peakrss on 100 MB peaked at 160–166 MB (1.61–1.66× the file): the
// parse's notes, garbage after the load, stayed resident and the reader's
// later allocations (a search's hits, the junk shown) came on top; with
// the load's limit lifted after it, 159–160 MB; held, 155 MB. A soft limit
// cannot fail: past it the collector takes at most half the CPU, and a
// reload counts the document still shown in the live heap it starts from.
const (
	warmShare = 0.4
	loadShare = 0.5
	keptShare = 0.2
	keptMin   = 16 << 20
)

// limitLoad wraps a large document's load of a text of size bytes in
// those limits and the collection after it (settle, the reader's limit
// set once it is done), unless the
// environment set GOGC or GOMEMLIMIT. While it loads, the pace is
// loadGCPercent: under the limit the heap peaks where the limit holds it
// whatever the pace (43–44 MB on 100 MB, at 40 as at 100), and the
// reader's 40 only added collections on the way up, each marking the
// growing tree: 11–12 collections in the load of 100 MB, 6–7 at 100, its
// CPU 1.01–1.24 s then 0.98–1.07 s (one load per process, 6 rounds
// alternating with the session's start). Off (-1), the limit alone sets
// when to collect: the collections at 100 before the heap reached the
// limit (at 9, 21 and 39 MB on 100 MB) marked a tree the limit's would
// mark again, and peaked no lower; 2–3 collections in the load of 100 MB
// rather than 5–6, peakrss the same 157 MB (1.57–1.58×). The load takes the
// pace from the reader's own (loaded), which its timer then leaves alone.
func limitLoad(load func() (*model.Document, error), size int, settle func()) func() (*model.Document, error) {
	load = holdLoad(load)
	if !TuneGC || os.Getenv("GOMEMLIMIT") != "" {
		return collectAfter(load, settle, nil)
	}
	return func() (*model.Document, error) {
		loaded.Store(true)
		debug.SetGCPercent(loadGCPercent)
		debug.SetMemoryLimit(liveHeap() + int64(float64(size)*loadShare))
		return collectAfter(load, settle, func() {
			debug.SetMemoryLimit(liveHeap() + max(int64(float64(size)*keptShare), keptMin))
		})()
	}
}

// liveHeap is the heap in use: after a collection, what it found alive.
// (runtime.ReadMemStats, not runtime/metrics: that package's init cost
// every start of wenji 0.2–0.4 ms, and this runs twice a load.)
func liveHeap() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
