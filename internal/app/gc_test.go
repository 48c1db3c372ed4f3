package app

import (
	"errors"
	"runtime/debug"
	"testing"
	"time"

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

// TestCollectAfter: the reader's loader hands on the document and the
// error it read, and starts one collection once it has them, not before
// (the parse's notes must be garbage by then) and not in its way.
func TestCollectAfter(t *testing.T) {
	doc, errChanged := &model.Document{Text: "全文"}, errors.New("changed")
	loaded := false
	started := make(chan bool, 2)
	load := collectAfter(func() (*model.Document, error) {
		loaded = true
		return doc, errChanged
	}, func() { started <- loaded })
	got, err := load()
	if got != doc || err != errChanged {
		t.Fatalf("load gave %v, %v", got, err)
	}
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
