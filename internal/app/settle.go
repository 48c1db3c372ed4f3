package app

import (
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// settleGC is the collection after a large document's load (collectAfter),
// at the pace of a reader of a loaded document unless the environment set
// GOGC: loadedGCPercent, as the heap is now mostly a tree that does not
// change, and the reader allocates a frame's worth at a key (50–80 KB at
// 200×60 on 100 MB: a collection every hundred frames). Peak RSS of
// peakrss on 100 MB: 164–168 MB at 40 after the load, 161–162 at 25 and
// 162 at 20, the rest of the peak being the parse's.
func settleGC() {
	settlePace()
	runtime.GC()
}

// settlePace is settleGC's pace without its collection.
func settlePace() {
	if TuneGC {
		loaded.Store(true)
		debug.SetGCPercent(loadedGCPercent)
	}
}

// settleTaken returns the collection after a large document's load
// behind a preview (limitLoad's settle) and what the reader calls once it
// took the document (reader.Options.Loaded). The collection runs at the
// load's pace as the document goes to the reader, the parse's notes
// garbage then; the reader's pace and its collection (settleGC) wait
// until the reader took the document, or takenWait. Set as the load
// returned, the reader's pace (GOGC 25 over the 28 MB the collection
// found live on 100 MB) started another collection while the reader
// swapped the document in, its 14 MB of lists and rows over the goal
// (gctrace of wenji on big100.txt: 29->31->31 MB, 35 MB goal, in the
// swap every time); at the load's pace and limit they fit. Where the
// load's collection ran (TuneGC), the reader's pace is set without one
// more: a second collection, once the reader took the document, found
// all but a megabyte of the heap live (gctrace on big100.txt: 32->32->31
// MB, 20-115 ms of CPU just after the load, every time); the pace's goal
// is the first one's live heap and a quarter, and a heap already past it
// starts a collection as the pace is set.
func settleTaken() (settle, taken func()) {
	c := make(chan struct{})
	var once sync.Once
	settle = func() {
		collected := TuneGC
		if collected {
			runtime.GC()
		}
		select {
		case <-c:
		case <-time.After(takenWait):
		}
		if collected {
			settlePace()
			return
		}
		settleGC()
	}
	return settle, func() { once.Do(func() { close(c) }) }
}

// takenWait is how long the collection after a load waits for the reader
// to take the document (settleTaken): a reader that gave way to another
// (the basket page opened another document meanwhile) never says.
const takenWait = time.Second

// loaded is set once a large document's load has set the pace (limitLoad
// at its start, settleGC at its end): the reader's pace, set a moment after
// its start (tuneGC), does not undo it when the load was the faster.
var loaded atomic.Bool
