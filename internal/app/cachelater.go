package app

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"wenji/internal/doccache"
	"wenji/model"
)

// cacheLater is the cache of parsed documents (internal/doccache) as a
// large file's reader uses it: an unchanged file it knows is rebuilt from
// its entry (cached), some 0.1 s for 100 MB where the parse took 0.5 s on
// two cores; one it does not know is cached once it is shown (put), so
// that opening it again is that fast. The entries are the library's: a
// file listed there is known here, and the other way round.
type cacheLater struct {
	cache func() *doccache.Cache // opened on the loader's goroutine, once
	shown chan struct{}          // closed once the whole document went to the reader
	once  sync.Once
	busy  sync.WaitGroup // a put at work
}

// cacheDelay is how long a put waits after the whole document went to
// the reader: hashing and laying out 100 MB (some 0.15 s of a core) would
// share the two cores with the swap and the frame that shows the
// outline (14–37 ms, and the renderer's next tick).
const cacheDelay = 100 * time.Millisecond

// newCacheLater returns the reader's cache, disabled by --no-cache.
func newCacheLater(o options) *cacheLater {
	return &cacheLater{
		cache: sync.OnceValue(func() *doccache.Cache {
			c, _ := doccache.Open(doccache.Options{Disabled: o.noCache, Encoding: o.encoding, Parse: byContent(o.encoding)})
			return c
		}),
		shown: make(chan struct{}),
	}
}

// cached is the document the cache holds for the file at path, st its
// Stat before it is read, rebuilt but for its text (see doccache.Tree), or
// nil; its over gives the document over the file's bytes once read.
func (l *cacheLater) cached(path string, st os.FileInfo) *cachedDoc {
	e, ok := l.cache().Cached(absPath(path), st)
	if !ok {
		return nil
	}
	defer e.Release()
	c := &cachedDoc{tree: e.Tree()}
	if c.tree.Stored() {
		text, _, err := e.StoredText()
		if err != nil {
			return nil
		}
		c.text = strings.Clone(text) // the entry is unmapped below
	}
	return c
}

// cachedDoc is a document rebuilt from the cache but for its text.
type cachedDoc struct {
	tree *doccache.Tree
	text string // the text the entry stores, when it does
}

// over returns the document over b, the file's bytes as read now, or nil
// when they are not the bytes it was made from (their length).
func (c *cachedDoc) over(b []byte) *model.Document {
	if c == nil {
		return nil
	}
	text, ok := c.text, c.tree.Stored()
	if !ok {
		text, ok = c.tree.TextIn(b)
	}
	if !ok {
		return nil
	}
	doc, err := c.tree.Over(text)
	if err != nil {
		return nil
	}
	return doc
}

// put caches doc, parsed from b, the file at path as st describes it,
// once the document is shown (loaded), then calls release. doc's root
// title is taken now, before the reader names an untitled document by
// its file.
func (l *cacheLater) put(path string, st os.FileInfo, b []byte, doc *model.Document, release func()) {
	title := doc.Root.Title
	l.busy.Add(1)
	go func() {
		defer l.busy.Done()
		defer release()
		<-l.shown
		time.Sleep(cacheDelay)
		l.cache().Put(absPath(path), st, b, doc, title)
	}()
}

// loaded says the whole document went to the reader (or none will): a
// put may start.
func (l *cacheLater) loaded() {
	if l != nil {
		l.once.Do(func() { close(l.shown) })
	}
}

// wait waits for a put at work: the program ends after it, so that what
// was parsed is cached.
func (l *cacheLater) wait() {
	if l != nil {
		l.loaded()
		l.busy.Wait()
	}
}

// absPath is path made absolute, as the cache's index knows a file
// whatever the directory it was opened from; path itself when that fails.
func absPath(path string) string {
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return path
}
