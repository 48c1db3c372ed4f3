package stream

import (
	"context"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// drain runs a stream's Cmds to its end and returns its batches.
func drain[T any](t *testing.T, cmd tea.Cmd) []Batch[T] {
	t.Helper()
	var out []Batch[T]
	for cmd != nil {
		b, ok := cmd().(Batch[T])
		if !ok {
			t.Fatalf("a stream's Cmd delivered %T", b)
		}
		out = append(out, b)
		cmd = b.Next()
	}
	return out
}

// Every item arrives once, in order, in batches of at most Max, each
// tagged with the generation; the last batch is Done.
func TestFromAllInOrder(t *testing.T) {
	for _, o := range []Options{{}, {Max: 7}, {Max: 7, Wait: time.Millisecond}, {Wait: 10 * time.Millisecond}} {
		ch := make(chan int, 5)
		go func() {
			for i := range 1000 {
				ch <- i
			}
			close(ch)
		}()
		bs := drain[int](t, From(3, ch, o))
		next := 0
		for i, b := range bs {
			if b.Gen != 3 || b.Stale(3) || !b.Stale(4) {
				t.Fatalf("%+v: batch %d of generation %d", o, i, b.Gen)
			}
			if o.Max > 0 && len(b.Items) > o.Max {
				t.Fatalf("%+v: a batch of %d", o, len(b.Items))
			}
			if b.Done() != (i == len(bs)-1) {
				t.Fatalf("%+v: batch %d of %d done: %v", o, i, len(bs), b.Done())
			}
			for _, v := range b.Items {
				if v != next {
					t.Fatalf("%+v: %d after %d", o, v, next-1)
				}
				next++
			}
		}
		if next != 1000 {
			t.Fatalf("%+v: %d items", o, next)
		}
	}
}

// A batch does not wait for more than what is there when Wait is 0, and
// waits up to Wait for more otherwise. The second item is sent only once
// the first batch is back (a sleep let a loaded machine deliver it first).
func TestFromWait(t *testing.T) {
	ch, taken := make(chan int), make(chan bool)
	go func() { ch <- 1; <-taken; ch <- 2; close(ch) }()
	if b := From(0, ch, Options{})().(Batch[int]); len(b.Items) != 1 || b.Done() {
		t.Fatalf("no wait: %+v", b)
	}
	close(taken)
	ch2 := make(chan int)
	go func() { ch2 <- 1; time.Sleep(5 * time.Millisecond); ch2 <- 2; close(ch2) }()
	// The batch ends with the stream: a long Wait costs nothing here.
	if b := From(0, ch2, Options{Wait: time.Minute})().(Batch[int]); len(b.Items) != 2 || !b.Done() {
		t.Fatalf("waiting a minute: %+v", b)
	}
}

// Go's producer sees send fail once its context is cancelled, and the
// stream still ends.
func TestGoCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan int, 1)
	cmd := Go(ctx, 1, Options{Max: 10}, func(send func(int) bool) {
		i := 0
		for send(i) {
			i++
		}
		stopped <- i
	})
	b := cmd().(Batch[int])
	if len(b.Items) == 0 || b.Done() {
		t.Fatalf("first batch %+v", b)
	}
	cancel()
	select {
	case <-stopped:
	case <-time.After(time.Minute):
		t.Fatal("the producer went on after cancel")
	}
	// Nothing blocks: the rest drains to the end.
	for cmd := b.Next(); cmd != nil; {
		b := cmd().(Batch[int])
		cmd = b.Next()
	}
}
