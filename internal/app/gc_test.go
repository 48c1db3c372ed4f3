package app

import (
	"runtime/debug"
	"testing"
	"time"
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
