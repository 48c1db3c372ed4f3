package basket

import (
	"testing"
	"time"
)

// TestPageSavesKeepsSaveUnderWay: a page whose save Cmd has taken its
// queue and is still writing (d, then q B while the disk is slow) is kept
// for Flush when the page is opened again, and Flush waits for that save:
// dropped because its queue was empty, the program's end (and the settle
// before the new page reads the basket) no longer waited for it, and a
// Ctrl-c cut the save short.
func TestPageSavesKeepsSaveUnderWay(t *testing.T) {
	busy := &shared{}
	busy.mu.Lock() // apply under way: the queue taken, the file being written
	first := &busy
	var ps pageSaves
	ps.add(first)
	next := new(*shared)
	ps.add(next)
	if len(ps.pages) != 2 {
		t.Fatalf("a page whose save is under way dropped: %d pages kept, want 2", len(ps.pages))
	}
	done := make(chan struct{})
	go func() { ps.flush(); close(done) }()
	select {
	case <-done:
		t.Fatal("flush returned while a save was under way")
	case <-time.After(50 * time.Millisecond):
	}
	busy.mu.Unlock()
	<-done
	ps.add(new(*shared))
	if len(ps.pages) != 1 {
		t.Errorf("once saved and idle, %d pages kept, want the shown one", len(ps.pages))
	}
}
