// Package stream delivers the results of background work to a Bubble Tea
// model in batches tagged with a generation, the one way the reader's
// in-document search, the library's parsing and the library search feed
// their pages. Work started anew (a key typed into a search) takes a new
// generation; batches of an older one are stale and dropped, as fzf's
// matcher drops results of an old revision.
package stream

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Batch is what a stream delivers to Update: items produced for the
// generation Gen, in the order produced, and the way to the next batch.
type Batch[T any] struct {
	Gen   int
	Items []T
	src   *source[T] // nil once the stream has ended
}

// source is where a stream's batches come from and how they are cut.
type source[T any] struct {
	ch   <-chan T
	max  int
	wait time.Duration
}

// Options say how items are gathered into batches.
type Options struct {
	// Max is the most items in a batch; 0 means no limit.
	Max int
	// Wait is how long a batch waits, after its first item, for more; 0
	// takes only the items already there.
	Wait time.Duration
	// Buffer is the channel's buffer between the work and the batches.
	Buffer int
}

// Done reports whether the stream ended with this batch: there is no
// next one.
func (b Batch[T]) Done() bool { return b.src == nil }

// Stale reports whether the batch is of a generation other than gen
// (work given up): drop it and do not ask for the next.
func (b Batch[T]) Stale(gen int) bool { return b.Gen != gen }

// Next returns the Cmd that delivers the following batch; nil when Done.
func (b Batch[T]) Next() tea.Cmd {
	if b.src == nil {
		return nil
	}
	return b.src.take(b.Gen)
}

// From returns the Cmd that delivers the first batch of the items on ch
// for generation gen; each batch's Next delivers the following one. A
// batch waits for one item, then takes those that come within o.Wait (at
// most o.Max), so a fast producer sends few messages and the first item
// is never kept waiting long. The stream ends when ch is closed.
func From[T any](gen int, ch <-chan T, o Options) tea.Cmd {
	return (&source[T]{ch: ch, max: o.Max, wait: o.Wait}).take(gen)
}

// Go returns the Cmd that runs produce in a goroutine of its own and
// delivers what it sends as From does. send hands an item over; it
// returns false once ctx is done (the work was given up), and produce
// should then return. The stream ends when produce returns.
func Go[T any](ctx context.Context, gen int, o Options, produce func(send func(T) bool)) tea.Cmd {
	return func() tea.Msg {
		ch := make(chan T, o.Buffer)
		go func() {
			defer close(ch)
			produce(func(v T) bool {
				select {
				case ch <- v:
					return true
				case <-ctx.Done():
					return false
				}
			})
		}()
		return From(gen, ch, o)()
	}
}

// take is the Cmd that waits for the next item and gathers a batch.
func (s *source[T]) take(gen int) tea.Cmd {
	return func() tea.Msg {
		first, ok := <-s.ch
		if !ok {
			return Batch[T]{Gen: gen}
		}
		items := []T{first}
		var deadline <-chan time.Time
		if s.wait > 0 {
			t := time.NewTimer(s.wait)
			defer t.Stop()
			deadline = t.C
		}
		for s.max <= 0 || len(items) < s.max {
			v, ok, got := s.more(deadline)
			if !got {
				break
			}
			if !ok {
				return Batch[T]{Gen: gen, Items: items} // the end
			}
			items = append(items, v)
		}
		return Batch[T]{Gen: gen, Items: items, src: s}
	}
}

// more takes the next item if it comes before deadline (nil: only one
// already there); got is false when none did, ok false at the end.
func (s *source[T]) more(deadline <-chan time.Time) (v T, ok, got bool) {
	if deadline == nil {
		select {
		case v, ok = <-s.ch:
			return v, ok, true
		default:
			return v, false, false
		}
	}
	select {
	case v, ok = <-s.ch:
		return v, ok, true
	case <-deadline:
		return v, false, false
	}
}
