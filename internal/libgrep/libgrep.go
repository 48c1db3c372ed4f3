// Package libgrep searches a library like grep, with structure: the files'
// text is scanned on all cores with the reader's matching rules
// (search.Query: width and quote folding, smart case, \ regexps, @ pinyin
// initials), each hit placed in its outline node and in or out of junk
// through the cached spans (internal/doccache), so an unchanged document is
// never parsed again. Results come in the files' order, one per document:
// its count and its first few hits described. Memory is bounded by those
// few and a short lookahead, not by the library: the other hits are found
// again by Hits when they are scrolled to.
package libgrep

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"wenji/internal/doccache"
	"wenji/model"
	"wenji/model/search"
)

// DefaultWindow is how many hits of a document are described when
// Options.Window is 0: a screen's worth.
const DefaultWindow = 20

// Options say how to search.
type Options struct {
	// Cache gives each document's spans; a disabled cache (--no-cache)
	// parses every document. Required.
	Cache *doccache.Cache
	// Junk searches the filtered spans too (--keep-junk); their hits say
	// Junk.
	Junk bool
	// Headings matches node titles only (--headings, a # query): one hit
	// a heading, its span the heading's.
	Headings bool
	// Window is how many hits of each document are described; 0 is
	// DefaultWindow, below 0 none (counts only).
	Window int
	// Shown bounds the hits described in the whole search, in list
	// order: a screen or two. Past it, results carry their counts only,
	// and Hits describes a document's when it is scrolled to. 0 is
	// DefaultShown, below 0 no bound.
	Shown int
	// Workers is how many documents are searched at once; 0 is every core.
	Workers int
}

// DefaultShown is Options.Shown when 0.
const DefaultShown = 500

// Hit is one match, placed in its document.
type Hit struct {
	// Span is the match in the document's text (the heading's title span
	// in Headings mode), as the reader's offsets and model.Span go.
	Span model.Span
	// Node is the index of the innermost outline node holding the hit
	// (doccache.Entry.Node); Path its 1-based outline path as --print
	// takes it (2.1.3, empty for the root); Crumb the titles from the
	// top down to it.
	Node  int
	Path  []int
	Crumb []string
	// Junk is true for a hit in a filtered span (only with Options.Junk).
	Junk bool
	// Before, Match and After are the snippet: up to 24 characters of
	// the line before the match, the match, and the rest of its line (up
	// to 400 bytes). They are the file's text, unsanitised: a caller
	// that prints them strips control characters first.
	Before, Match, After string
}

// Result is one document's outcome.
type Result struct {
	// Index is the document's place in the list given to Search.
	Index int
	// Path is the file's path as given.
	Path string
	// Count is the number of hits in the document (headings in Headings
	// mode).
	Count int
	// Hits are the first Window hits, in text order, as long as fewer
	// than Options.Shown were described before; nil past that.
	Hits []Hit
	// Err is why the document could not be searched (unreadable, a .doc);
	// the search goes on with the next.
	Err error
}

// lookahead bounds how many documents' results may wait, done, for an
// earlier document: what keeps results in order without holding them all.
const lookahead = 64

type job struct {
	i   int
	out chan Result
}

// Search searches files and calls yield with each document's result in
// the order of files, stopping when yield returns false (returning nil)
// or ctx is done (returning its error; a search is dropped on each
// keystroke). Documents are searched on Options.Workers cores.
func Search(ctx context.Context, files []string, q *search.Query, opt Options, yield func(Result) bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pending := make(chan chan Result, lookahead)
	jobs := make(chan job)
	shown := opt.Shown
	switch {
	case shown == 0:
		shown = DefaultShown
	case shown < 0:
		shown = math.MaxInt
	}
	// described is how many hits the results handed over so far
	// described: a worker past the bound counts without describing (it
	// may lag, so the results are trimmed again in order below).
	var described atomic.Int64
	for range workers {
		go func() {
			s := &searcher{q: q, opt: opt}
			for j := range jobs {
				if ctx.Err() != nil {
					j.out <- Result{Index: j.i, Path: files[j.i], Err: ctx.Err()}
					continue
				}
				n := opt.window()
				if described.Load() >= int64(shown) {
					n = 0
				}
				j.out <- s.doc(ctx, j.i, files[j.i], 0, n)
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for i := range files {
			out := make(chan Result, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, out}:
			case <-ctx.Done():
				out <- Result{Index: i, Err: ctx.Err()}
				return
			}
		}
	}()
	defer func() {
		cancel()
		for out := range pending { // let the workers finish and go
			<-out
		}
	}()
	left := shown
	for out := range pending {
		r := <-out
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(r.Hits) > left {
			r.Hits = r.Hits[:left:left]
		}
		if len(r.Hits) == 0 {
			r.Hits = nil
		}
		left -= len(r.Hits)
		described.Add(int64(len(r.Hits)))
		if !yield(r) {
			return nil
		}
	}
	return ctx.Err()
}

func (o Options) window() int {
	switch {
	case o.Window == 0:
		return DefaultWindow
	case o.Window < 0:
		return 0
	}
	return o.Window
}

// Hits describes the hits from-th to (from+n-1)-th (0-based) of the
// document at path, as Search counted them, and returns the document's
// count: what a screen scrolled past Search's window shows.
func Hits(ctx context.Context, path string, q *search.Query, opt Options, from, n int) ([]Hit, int, error) {
	s := &searcher{q: q, opt: opt}
	r := s.doc(ctx, 0, path, from, n)
	return r.Hits, r.Count, r.Err
}

// searcher is one worker: its query and a buffer for reading files,
// reused from document to document.
type searcher struct {
	q   *search.Query
	opt Options
	buf []byte
}

// bufKeep is the largest read buffer a worker keeps between documents.
const bufKeep = 16 << 20

// doc counts q's hits in one document and describes the hits from from
// to from+n-1.
func (s *searcher) doc(ctx context.Context, i int, path string, from, n int) (r Result) {
	r.Index, r.Path = i, path
	defer func() {
		// A bug met in one document is that document's error, not the
		// end of the reader (as the library search has it today).
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("%s: %v", path, p)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		r.Err = err
		return r
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		r.Err = err
		return r
	}
	e, err := s.opt.Cache.GetFile(path, f, st)
	if err != nil {
		r.Err = err
		return r
	}
	defer e.Release()
	describe := func(node int, sp model.Span, junk bool, text string) {
		if r.Count >= from && r.Count < from+n {
			r.Hits = append(r.Hits, describeHit(e, node, sp, junk, text))
		}
		r.Count++
	}
	if s.opt.Headings {
		s.headings(e, describe)
		return r
	}
	text, err := s.text(e, f, st.Size())
	if err != nil {
		r.Err = err
		return r
	}
	d := &model.Document{Text: text}
	if !s.opt.Junk {
		for k := range e.Junk() {
			sp, kind := e.JunkSpan(k)
			d.Junk = append(d.Junk, model.Junk{Kind: kind, Span: sp})
		}
	}
	r.Err = s.q.Scan(ctx, d, search.ScanOptions{Junk: s.opt.Junk}, func(sp model.Span) bool {
		describe(e.NodeAt(sp.Start), sp, s.opt.Junk && e.InJunk(sp.Start), text)
		return true
	})
	if len(s.buf) > bufKeep {
		s.buf = nil
	}
	return r
}

// headings matches q against each node's title, the root's (the
// document's title, drawn as a heading) included: its path is 0 and its
// breadcrumb empty, as a text hit in the title line has them. The node is
// handed on by index, not found again from its span: a title taken from
// elsewhere than the text has an empty span that a child may share.
func (s *searcher) headings(e *doccache.Entry, describe func(int, model.Span, bool, string)) {
	for k := range e.Nodes() {
		t := e.NodeTitle(k)
		found := false
		s.q.FindIn(t, model.Span{Start: 0, End: len(t)}, func(model.Span) bool { found = true; return false })
		if found {
			describe(k, e.Node(k).TitleSpan, false, "")
		}
	}
}

// text returns the document's text: stored in the entry, the bytes the
// entry was just made from, or the file (f, of size bytes) read now into
// the worker's buffer. A file whose length no longer fits its entry
// changed since; the search says so for that document.
func (s *searcher) text(e *doccache.Entry, f *os.File, size int64) (string, error) {
	if t, ok, err := e.StoredText(); ok {
		return t, err
	}
	if b := e.File(); b != nil {
		if t, ok := e.TextIn(b); ok {
			return t, nil
		}
	}
	// Read into a buffer rather than a mapping: a mapped file's pages count
	// in the process's resident memory as it is scanned, a read's page
	// cache does not, and 10,000 small files would cost 10,000 mappings.
	if int64(cap(s.buf)) < size {
		s.buf = make([]byte, size)
	}
	k, err := f.ReadAt(s.buf[:size], 0)
	if err != nil && err != io.EOF {
		return "", err
	}
	if t, ok := e.TextIn(s.buf[:k]); ok {
		return t, nil
	}
	return "", errChanged
}

// errChanged is a file that changed between its entry and its reading.
var errChanged = errors.New("the file changed while it was searched")

// describeHit is a hit's place and snippet: some of the line before the
// hit, the hit, and what follows on its line, junk left out.
func describeHit(e *doccache.Entry, node int, sp model.Span, junk bool, text string) Hit {
	h := Hit{Span: sp, Node: node, Path: e.Path(node), Crumb: e.Crumb(node), Junk: junk}
	if text == "" { // a heading
		h.Match = e.NodeHeading(node)
		return h
	}
	start := sp.Start
	for k := 0; k < 24 && start > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if r == '\n' {
			break
		}
		start -= size
	}
	end := sp.End
	if nl := strings.IndexByte(text[end:min(len(text), end+400)], '\n'); nl >= 0 {
		end += nl
	} else {
		end = min(len(text), end+400)
		for end > sp.End && end < len(text) && !utf8.RuneStart(text[end]) {
			end--
		}
	}
	if !junk {
		// Filtered text (a paid marker glued to the line, an ad) is left
		// out of the snippet as it is of the reader.
		if cl := e.Clean(model.Span{Start: start, End: sp.Start}); len(cl) > 0 && cl[len(cl)-1].End == sp.Start {
			start = cl[len(cl)-1].Start
		} else {
			start = sp.Start
		}
		if cl := e.Clean(model.Span{Start: sp.End, End: end}); len(cl) > 0 && cl[0].Start == sp.End {
			end = cl[0].End
		} else {
			end = sp.End
		}
	}
	// Copies: the text may be a buffer the next document is read into.
	h.Before = strings.Clone(strings.TrimLeft(text[start:sp.Start], " \t\u3000"))
	h.Match = strings.Clone(text[sp.Start:sp.End])
	h.After = strings.Clone(text[sp.End:end])
	return h
}
