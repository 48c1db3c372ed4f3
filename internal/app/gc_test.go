package app

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"wenji/internal/bigread"
	"wenji/model"
)

// TestTuneGC: the one-shot modes take their pace at once; the reader
// keeps Go's until its first frame had readerGCDelay to be drawn, then
// takes its lean one.
func TestTuneGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(old) })

	tuneGC(true, func(time.Duration, func()) *time.Timer { t.Fatal("a one-shot mode waits"); return nil })
	if got := debug.SetGCPercent(100); got != oneShotGCPercent {
		t.Errorf("one-shot: GOGC %d, want %d", got, oneShotGCPercent)
	}

	var delay time.Duration
	var later func()
	tuneGC(false, func(d time.Duration, f func()) *time.Timer { delay, later = d, f; return nil })
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("reader before its first frame: GOGC %d, want Go's 100", got)
	}
	if delay != readerGCDelay || later == nil {
		t.Fatalf("reader: delay %v, func %v", delay, later != nil)
	}
	later()
	if got := debug.SetGCPercent(100); got != readerGCPercent {
		t.Errorf("reader after its first frame: GOGC %d, want %d", got, readerGCPercent)
	}
}

// TestCollectAfter: the reader's loader collects once it has the document
// (the parse's notes are garbage by then), not before, on the side: the
// document and the error it read are handed on while it runs, and what
// is settled after it (the reader's memory limit) comes once it is done.
func TestCollectAfter(t *testing.T) {
	doc, errChanged := &model.Document{Text: "全文"}, errors.New("changed")
	loaded := false
	started := make(chan bool, 2)
	finish := make(chan struct{})
	settled := make(chan struct{})
	load := collectAfter(func() (*model.Document, error) {
		loaded = true
		return doc, errChanged
	}, func() { started <- loaded; <-finish }, func() { close(settled) })
	got, err := load() // the collection cannot end before finish is closed
	if got != doc || err != errChanged {
		t.Fatalf("load gave %v, %v", got, err)
	}
	select {
	case <-settled:
		t.Fatal("settled before the collection ended")
	case <-time.After(20 * time.Millisecond):
	}
	close(finish)
	<-settled // the test's timeout would say never
	select {
	case afterLoad := <-started:
		if !afterLoad {
			t.Error("the collection started before the load")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no collection after the load")
	}
	if len(started) != 0 {
		t.Error("more than one collection")
	}
}

// TestSettleGC: once a large document is loaded the reader takes the
// loaded pace, which its own pace, set a moment after its start, does not
// undo when the load was the faster; with GOGC from the environment
// (TuneGC false) the pace is left alone.
func TestSettleGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	oldTune := TuneGC
	t.Cleanup(func() { debug.SetGCPercent(old); TuneGC = oldTune; loaded.Store(false) })

	TuneGC = false
	settleGC()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC from the environment: the load set %d", got)
	}

	TuneGC = true
	var later func()
	tuneGC(false, func(_ time.Duration, f func()) *time.Timer { later = f; return nil })
	settleGC()
	if got := debug.SetGCPercent(loadedGCPercent); got != loadedGCPercent {
		t.Errorf("after the load: GOGC %d, want %d", got, loadedGCPercent)
	}
	later()
	if got := debug.SetGCPercent(100); got != loadedGCPercent {
		t.Errorf("the reader's pace after the load: GOGC %d, want %d", got, loadedGCPercent)
	}
}

// TestLimitLoad: a large document's load runs under a soft heap limit of
// the live heap plus half its text's size, the collector off but for that
// limit (loadGCPercent) whatever the reader's pace was, and the reader
// after it under the live heap plus a fifth (16 MB at least) at
// loadedGCPercent; with GOGC from the environment (TuneGC false) no limit
// is set.
func TestLimitLoad(t *testing.T) {
	oldTune := TuneGC
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { TuneGC = oldTune; debug.SetMemoryLimit(old); debug.SetGCPercent(100); loaded.Store(false) })
	t.Setenv("GOMEMLIMIT", "")
	const size = 200 << 20
	doc := &model.Document{Text: "全文"}
	var during int64
	pace := -2 // GOGC during the load
	load := func() (*model.Document, error) {
		during = debug.SetMemoryLimit(-1)
		pace = debug.SetGCPercent(-1)
		debug.SetGCPercent(pace)
		return doc, nil
	}

	// The collection after the load runs on the side: settled says
	// when it (and the limit set after it) is done.
	settled := make(chan struct{}, 1)
	settle := func() { settleGC(); settled <- struct{}{} }
	wait := func() { // for the reader's limit, set just after settle returns
		<-settled
		for end := time.Now().Add(10 * time.Second); TuneGC && debug.SetMemoryLimit(-1) == during && time.Now().Before(end); {
			time.Sleep(time.Millisecond)
		}
	}

	TuneGC = false
	debug.SetMemoryLimit(math.MaxInt64)
	if got, _ := limitLoad(load, size, settle)(); got != doc {
		t.Fatal("the document was not handed on")
	}
	if wait(); during != math.MaxInt64 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Errorf("GOGC from the environment: limit %d during the load, %d after", during, debug.SetMemoryLimit(-1))
	}

	TuneGC = true
	debug.SetGCPercent(readerGCPercent)
	if got, _ := limitLoad(load, size, settle)(); got != doc {
		t.Fatal("the document was not handed on")
	}
	wait()
	if pace != loadGCPercent || pace >= 0 {
		t.Errorf("GOGC %d during the load, want off (%d): the limit alone paces the collector", pace, loadGCPercent)
	}
	if got := debug.SetGCPercent(100); got != loadedGCPercent {
		t.Errorf("GOGC %d after the load, want %d", got, loadedGCPercent)
	}
	if during < size/2 || during > size/2+liveHeap()+(64<<20) {
		t.Errorf("limit during the load %d, want about %d more than the live heap", during, size/2)
	}
	if after := debug.SetMemoryLimit(-1); after < size/5 || after > size/5+liveHeap()+(64<<20) {
		t.Errorf("limit after the load %d, want about %d more than the live heap", after, size/5)
	}
}

// TestReopenLimitsLoad: R's reload of a large file goes through the first
// load's limits (limitLoad): once it is done, the heap's soft limit is
// raised above the live heap that now holds the new document. Read past
// them, the text and tree landed above the limit the first load had left,
// and the collector ran back to back for the life of the reader.
func TestReopenLimitsLoad(t *testing.T) {
	oldTune := TuneGC
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { TuneGC = oldTune; debug.SetMemoryLimit(old); debug.SetGCPercent(100); loaded.Store(false) })
	t.Setenv("GOMEMLIMIT", "")
	path := filepath.Join(t.TempDir(), "big.txt")
	var b strings.Builder
	for i := 0; b.Len() < 2*previewMin; i++ {
		fmt.Fprintf(&b, "第%d条 各地区各部门要认真贯彻落实本通知的各项要求，确保工作落到实处。\n", i+1)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	TuneGC = true
	runtime.GC()
	before := liveHeap() + 64<<10 // the limit the first load left
	debug.SetMemoryLimit(before)
	disk := fileDisk("en", "")
	doc, _, err := disk.Reopen(path)
	if err != nil {
		t.Fatal(err)
	}
	disk.Settle() // the reader took it
	// The reader's limit is set on the side, after the load's collection.
	var limit, live int64
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(time.Millisecond) {
		runtime.GC()
		if limit, live = debug.SetMemoryLimit(-1), liveHeap(); limit > live+keptMin/2 { // the reader's, not the load's (a fraction of the size)
			break
		}
	}
	if limit <= live+keptMin/2 {
		t.Errorf("after the reopen the heap's limit is %d, the live heap %d: not the reader's (the collector runs without end under the first load's)", limit, live)
	}
	runtime.KeepAlive(doc)
}

// TestWarmFor: the heap for a large file's parse is taken (hugeHeap) on
// the side while the file is read, for a regular file of bigread's
// Threshold or more; what has no size before it is read, or a small
// file, is not warmed ahead (nil: openLoaded then warms after the read,
// hugeHeap doing nothing below the threshold).
func TestWarmFor(t *testing.T) {
	dir := t.TempDir()
	small, large := filepath.Join(dir, "small.txt"), filepath.Join(dir, "large.txt")
	if err := os.WriteFile(small, []byte("一、总体情况\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(large, make([]byte, bigread.Threshold), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"-", "/dev/stdin", "/dev/fd/0", filepath.Join(dir, "gone.txt"), dir, small} {
		if warmFor(path) != nil {
			t.Errorf("warmFor(%q) warms ahead", path)
		}
	}
	wait := warmFor(large)
	if wait == nil {
		t.Fatalf("warmFor(%q) of %d bytes does not warm ahead", large, bigread.Threshold)
	}
	done := make(chan struct{})
	go func() { wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the warming never ends")
	}
}

// TestSettleTaken: after a load behind a preview the reader's pace
// (settleGC) waits until the reader took the document (taken), the pace
// until then the load's, so that its collection does not run while the
// reader swaps the document in; a reader that never says takes it after
// takenWait.
func TestSettleTaken(t *testing.T) {
	old := debug.SetGCPercent(100)
	oldTune := TuneGC
	t.Cleanup(func() { debug.SetGCPercent(old); TuneGC = oldTune; loaded.Store(false) })
	TuneGC = true
	pace := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }

	debug.SetGCPercent(loadGCPercent)
	settle, taken := settleTaken()
	done := make(chan struct{})
	go func() { settle(); close(done) }()
	select {
	case <-done:
		t.Fatal("settled before the reader took the document")
	case <-time.After(takenWait / 4):
	}
	if p := pace(); p != loadGCPercent {
		t.Errorf("before the reader took the document: GOGC %d, want the load's %d", p, loadGCPercent)
	}
	taken()
	taken() // said twice: once is enough
	select {
	case <-done:
	case <-time.After(takenWait / 2):
		t.Fatal("not settled once the reader took the document")
	}
	if p := pace(); p != loadedGCPercent {
		t.Errorf("after: GOGC %d, want %d", p, loadedGCPercent)
	}

	debug.SetGCPercent(loadGCPercent)
	settle, _ = settleTaken()
	start := time.Now()
	settle() // never taken
	if d := time.Since(start); d < takenWait {
		t.Errorf("settled after %v without the reader, before takenWait (%v)", d, takenWait)
	}
	if p := pace(); p != loadedGCPercent {
		t.Errorf("after takenWait: GOGC %d, want %d", p, loadedGCPercent)
	}
}

// TestWarmUnderLimit: warming the heap for a large load under a memory
// limit (a load's, limitLoad) runs one collection, hugeHeap's own, not one
// more that the pieces it takes (never touched) crossing the limit
// started: here a limit they cross alone, as they crossed the load's
// with the preview's heap beside them in wenji. The limit is what it was
// after, and one changed meanwhile (a load's settling) is left as set.
func TestWarmUnderLimit(t *testing.T) {
	if raceOn {
		t.Skip("the race detector's allocations move the heap's goal")
	}
	pct := debug.SetGCPercent(loadGCPercent)
	t.Cleanup(func() { debug.SetGCPercent(pct); debug.SetMemoryLimit(math.MaxInt64) })
	const size = 100 << 20
	runtime.GC()
	limit := liveHeap() + int64(float64(size)*warmShare*0.9)
	debug.SetMemoryLimit(limit)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	hugeHeap(size)
	runtime.ReadMemStats(&after)
	if n := after.NumGC - before.NumGC; n != 1 {
		t.Errorf("warming %d MB under a limit of %d MB: %d collections, want 1 (its own)", size>>20, limit>>20, n)
	}
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Errorf("limit after the warming %d, want %d", got, limit)
	}

	restore := roomFor(1 << 20)
	debug.SetMemoryLimit(limit / 2) // set meanwhile
	restore()
	if got := debug.SetMemoryLimit(-1); got != limit/2 {
		t.Errorf("a limit set while the room was taken: %d after, want %d", got, limit/2)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	roomFor(1 << 20)()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("no limit: %d after, want none", got)
	}
}

// TestSettleTakenForcesOnce: the settling after a load forces one
// collection: the load's as the document goes to the reader, and once
// the reader took it only the reader's pace where that one ran; with GOGC
// from the environment (no load's collection), the one after.
func TestSettleTakenForcesOnce(t *testing.T) {
	old := debug.SetGCPercent(100)
	oldTune := TuneGC
	t.Cleanup(func() { debug.SetGCPercent(old); TuneGC = oldTune; loaded.Store(false) })
	for _, tune := range []bool{true, false} {
		TuneGC = tune
		debug.SetGCPercent(loadGCPercent)
		settle, taken := settleTaken()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		taken()
		settle()
		runtime.ReadMemStats(&after)
		if n := after.NumForcedGC - before.NumForcedGC; n != 1 {
			t.Errorf("TuneGC %v: %d collections forced, want 1", tune, n)
		}
		if p := debug.SetGCPercent(100); tune && p != loadedGCPercent {
			t.Errorf("TuneGC: GOGC %d after, want %d", p, loadedGCPercent)
		}
	}
}
