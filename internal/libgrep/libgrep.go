// Package libgrep searches a library like grep, with structure: the files'
// text is scanned on all cores with the reader's matching rules
// (search.Query: width and quote folding, smart case, \ regexps, @ pinyin
// initials), each hit placed in its outline node and in or out of junk
// through the cached spans (internal/doccache), so an unchanged document is
// never parsed again. Results come in the files' order, one per document:
// its count and its first few hits described. Memory is bounded by those
// few and a short lookahead, not by the library: the other hits are found
// again by Hits when they are scrolled to. Each, for wenji --search, hands
// every hit over as it is found instead, a batch at a time: memory bounded
// the same, whatever the number of hits.
package libgrep

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
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
	// InTitle is true for a hit in its node's own title: a heading's
	// line, the document's title for the root (Node 0).
	InTitle bool
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

// Search searches files and calls yield with each document's result in
// the order of files, stopping when yield returns false (returning nil)
// or ctx is done (returning its error; a search is dropped on each
// keystroke). Documents are searched on Options.Workers cores.
func Search(ctx context.Context, files []string, q *search.Query, opt Options, yield func(Result) bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
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
	work := func(ctx context.Context, s *searcher, i int, out chan<- Result) {
		if ctx.Err() != nil {
			out <- Result{Index: i, Path: files[i], Err: ctx.Err()}
			return
		}
		n := opt.window()
		if described.Load() >= int64(shown) {
			n = 0
		}
		out <- s.doc(ctx, i, files[i], 0, n)
	}
	left := shown
	return inOrder(ctx, len(files), q, opt, work, func(r Result) bool {
		if len(r.Hits) > left {
			r.Hits = r.Hits[:left:left]
		}
		if len(r.Hits) == 0 {
			r.Hits = nil
		}
		left -= len(r.Hits)
		described.Add(int64(len(r.Hits)))
		return yield(r)
	})
}

// inOrder runs work on documents 0 to n-1 on Options.Workers cores and
// hands each outcome to take in document order, holding at most lookahead
// outcomes that wait for an earlier one. It stops when take returns false
// (returning nil) or ctx is done (returning its error). work is given a
// searcher of its own, reused from document to document, and sends the
// document's outcome on out exactly once, before it is done with the
// document or (for a stream) as soon as it has one; its ctx is done once
// inOrder returns.
func inOrder[T any](ctx context.Context, n int, q *search.Query, opt Options, work func(ctx context.Context, s *searcher, i int, out chan<- T), take func(T) bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		i   int
		out chan T
	}
	pending := make(chan chan T, lookahead)
	jobs := make(chan job)
	for range workers {
		go func() {
			s := &searcher{q: q, opt: opt}
			for j := range jobs {
				work(ctx, s, j.i, j.out)
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for i := range n {
			out := make(chan T, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, out}:
			case <-ctx.Done():
				var zero T
				out <- zero
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
	for out := range pending {
		r := <-out
		if err := ctx.Err(); err != nil {
			return err
		}
		if !take(r) {
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

// searcher is one worker: its query, a buffer for reading files reused
// from document to document, and the place of the last hit described, so
// that the hits of one node share one path and breadcrumb.
type searcher struct {
	q   *search.Query
	opt Options
	buf []byte

	node  int // the node of the last hit described, -1 for none
	hnode int // the node whose title headings is handing on, -1 for none
	path  []int
	crumb []string
	title model.Span // the title span of node
}

// bufKeep is the largest read buffer a worker keeps between documents.
const bufKeep = 16 << 20

// doc counts q's hits in one document and describes the hits from from
// to from+n-1.
func (s *searcher) doc(ctx context.Context, i int, path string, from, n int) (r Result) {
	r.Index, r.Path = i, path
	s.each(ctx, path, func(e *doccache.Entry, sp model.Span, junk bool, text string) bool {
		if r.Count >= from && r.Count < from+n {
			// Copies: the text may be a buffer the next document is
			// read into, or a mapping released with the entry.
			h := s.describe(e, sp, junk, text)
			h.Before, h.Match, h.After = strings.Clone(h.Before), strings.Clone(h.Match), strings.Clone(h.After)
			r.Hits = append(r.Hits, h)
		}
		r.Count++
		return true
	}, func(err error) { r.Err = err })
	return r
}

// each calls hit with each of q's hits in the document at path, in text
// order (text is "" in Headings mode), until hit returns false; then end,
// once, with why the document could not be searched (or nil), before the
// entry is released: the text hit was given is valid until end returns.
func (s *searcher) each(ctx context.Context, path string, hit func(e *doccache.Entry, sp model.Span, junk bool, text string) bool, end func(error)) {
	var err error
	var e *doccache.Entry
	defer func() {
		// A bug met in one document is that document's error, not the
		// end of the reader (as the library search has it today).
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: %v", path, p)
		}
		end(err)
		if e != nil {
			e.Release()
		}
		if len(s.buf) > bufKeep {
			s.buf = nil
		}
	}()
	s.node, s.hnode, s.path, s.crumb = -1, -1, nil, nil
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return
	}
	if e, err = s.opt.Cache.GetFile(path, f, st); err != nil {
		return
	}
	if s.opt.Headings {
		s.headings(e, hit)
		return
	}
	text, err := s.text(e, f, st.Size())
	if err != nil {
		return
	}
	d := &model.Document{Text: text}
	if !s.opt.Junk {
		for k := range e.Junk() {
			sp, kind := e.JunkSpan(k)
			d.Junk = append(d.Junk, model.Junk{Kind: kind, Span: sp})
		}
	}
	err = s.q.Scan(ctx, d, search.ScanOptions{Junk: s.opt.Junk}, func(sp model.Span) bool {
		return hit(e, sp, s.opt.Junk && e.InJunk(sp.Start), text)
	})
	if scanned != nil {
		scanned(path)
	}
}

// scanned, when set (by a test), is told of each document whose text was
// scanned to its end: what shows that Each hands hits over before.
var scanned func(path string)

// headings matches q against each node's heading as the outline prints
// it, its number with it (#第三条, #一是, #（一）), as the reader's # query
// searches the heading's line; the root's (the
// document's title, drawn as a heading) included: its path is 0 and its
// breadcrumb empty, as a text hit in the title line has them. The node is
// handed on by index (s.hnode), not found again from its span: a title
// taken from elsewhere than the text has an empty span that a child may
// share.
func (s *searcher) headings(e *doccache.Entry, hit func(*doccache.Entry, model.Span, bool, string) bool) {
	defer func() { s.hnode = -1 }()
	for k := range e.Nodes() {
		t := e.NodeHeading(k)
		found := false
		s.q.FindIn(t, model.Span{Start: 0, End: len(t)}, func(model.Span) bool { found = true; return false })
		s.hnode = k
		if found && !hit(e, e.Node(k).TitleSpan, false, "") {
			return
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

// describe is a hit's place and snippet: some of the line before the hit,
// the hit, and what follows on its line, junk left out. The snippet's
// strings are the text's own bytes, not copies; the path and breadcrumb
// are shared by the hits of one node (a query that matches every
// character describes a million hits in a few nodes).
func (s *searcher) describe(e *doccache.Entry, sp model.Span, junk bool, text string) Hit {
	node := s.hnode
	if text != "" || node < 0 {
		node = s.nodeAt(e, sp.Start)
	}
	if node != s.node {
		s.node, s.path, s.crumb = node, slices.Clip(e.Path(node)), slices.Clip(e.Crumb(node))
		s.title = e.Node(node).TitleSpan
	}
	ts := s.title
	h := Hit{Span: sp, Node: node, Path: s.path, Crumb: s.crumb, Junk: junk,
		InTitle: text == "" || ts.End > ts.Start && sp.Start >= ts.Start && sp.Start < ts.End}
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
		start, end = e.CleanBefore(start, sp.Start), e.CleanAfter(sp.End, end)
	}
	h.Before = strings.TrimLeft(text[start:sp.Start], " \t\u3000")
	h.Match = text[sp.Start:sp.End]
	h.After = text[sp.End:end]
	return h
}

// nodeAt is e.NodeAt(off), answered without a search when off is still in
// the last hit's node and before the next node starts: hits come in text
// order, most of them in the node of the one before.
func (s *searcher) nodeAt(e *doccache.Entry, off int) int {
	if s.node >= 0 {
		n := e.Node(s.node)
		if n.Span.Start <= off && off < n.Span.End && (s.node+1 == e.Nodes() || off < e.Node(s.node+1).Span.Start) {
			return s.node
		}
	}
	return e.NodeAt(off)
}
