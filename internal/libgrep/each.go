package libgrep

import (
	"context"
	"strings"
	"sync"

	"wenji/internal/doccache"
	"wenji/model"
	"wenji/model/search"
)

// batchSize is how many hits travel together from a worker to Each's
// caller. A document with no more than these is searched ahead, while an
// earlier one is written, its hits copied; one with more streams them,
// uncopied, its worker waiting for each batch to come back before it
// reuses the batch (and, at the end, its text).
const batchSize = 256

// Each searches files as Search does and hands over every hit, as grep
// does (wenji --search): hit is called with each hit of document doc (its
// index in files), in text order, as the hits are found, and done with
// each document's Result after its hits (its Count and Err; Hits nil).
// The search stops when either returns false (Each returns nil) or ctx is
// done (Each returns its error). Options.Window and Shown do not apply.
//
// Memory is bounded whatever the number of hits: a document's hits are
// never all held, only a batch or two of them, and those of the documents
// searched ahead. A Hit's strings and slices may point into the document's
// text and are valid only during the call: a caller that keeps one copies
// it.
func Each(ctx context.Context, files []string, q *search.Query, opt Options, hit func(doc int, h Hit) bool, done func(Result) bool) error {
	// quit tells the workers that nobody takes their batches any more, so
	// none waits for one to come back. A streamed document is handed over
	// before its worker is done with it: Each waits for the workers still
	// in a document (busy) before it returns, so that its caller may close
	// the cache.
	quit := make(chan struct{})
	var (
		mu     sync.Mutex
		closed bool
		busy   sync.WaitGroup
	)
	work := func(ctx context.Context, s *searcher, i int, out chan<- *streamed) {
		mu.Lock()
		if closed || ctx.Err() != nil {
			mu.Unlock()
			out <- &streamed{r: Result{Index: i, Path: files[i], Err: context.Canceled}}
			return
		}
		busy.Add(1)
		mu.Unlock()
		defer busy.Done()
		s.stream(ctx, quit, i, files[i], out)
	}
	err := inOrder(ctx, len(files), q, opt, work, func(d *streamed) bool {
		if d == nil {
			return false
		}
		if d.batches == nil { // searched whole: its few hits copied
			for _, h := range d.hits {
				if !hit(d.r.Index, h) {
					return false
				}
			}
			d.r.Hits = nil
			return done(d.r)
		}
		for b := range d.batches {
			for _, h := range b {
				if !hit(d.r.Index, h) {
					return false
				}
			}
			d.back <- b
			if ctx.Err() != nil {
				return false
			}
		}
		return done(d.r) // d.r is final once batches is closed
	})
	mu.Lock()
	closed = true
	mu.Unlock()
	close(quit)
	busy.Wait()
	if err == nil {
		err = ctx.Err() // a stream dropped when ctx was done
	}
	return err
}

// streamed is one document as Each's worker hands it over: whole (its
// Result and hits), or, for one with more hits than a batch, the channel
// its hits come through while it is searched.
type streamed struct {
	r       Result
	hits    []Hit
	batches chan []Hit // nil for a document searched whole
	back    chan []Hit // the batches taken, given back to be reused
}

// stream searches one document for Each and sends it on out: at its end
// when its hits fit one batch, else, once they do not, as a stream, the
// worker going on only as fast as the hits are taken.
func (s *searcher) stream(ctx context.Context, quit chan struct{}, i int, path string, out chan<- *streamed) {
	d := &streamed{r: Result{Index: i, Path: path}}
	var b []Hit
	outstanding := 0 // batches sent and not given back
	send := func() bool {
		if d.batches == nil {
			d.batches, d.back = make(chan []Hit), make(chan []Hit, 2)
			out <- d
		}
		select {
		case d.batches <- b:
		case <-quit:
			return false
		case <-ctx.Done():
			return false
		}
		outstanding++
		if outstanding < 2 {
			b = make([]Hit, 0, batchSize)
			return true
		}
		select {
		case b = <-d.back:
			outstanding--
			b = b[:0]
			return true
		case <-quit:
			return false
		}
	}
	s.each(ctx, path, func(e *doccache.Entry, sp model.Span, junk bool, text string) bool {
		d.r.Count++
		b = append(b, s.describe(e, sp, junk, text))
		return len(b) < batchSize || send()
	}, func(err error) {
		d.r.Err = err
		if d.batches == nil {
			d.hits = cloneSnippets(b)
			out <- d
			return
		}
		if len(b) > 0 && ctx.Err() == nil {
			send()
		}
		// The text is released when end returns: every batch must be
		// back first, unless nobody takes them any more.
		close(d.batches)
		for ; outstanding > 0; outstanding-- {
			select {
			case <-d.back:
			case <-quit:
				return
			}
		}
	})
}

// cloneSnippets copies the snippets of hits, which point into a text about
// to be released, into one string.
func cloneSnippets(hits []Hit) []Hit {
	n := 0
	for _, h := range hits {
		n += len(h.Before) + len(h.Match) + len(h.After)
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, h := range hits {
		sb.WriteString(h.Before)
		sb.WriteString(h.Match)
		sb.WriteString(h.After)
	}
	all, at := sb.String(), 0
	cut := func(k int) string { at += k; return all[at-k : at] }
	for i := range hits {
		h := &hits[i]
		h.Before, h.Match, h.After = cut(len(h.Before)), cut(len(h.Match)), cut(len(h.After))
	}
	return hits
}
