// Package doccache keeps parsed documents on disk so that a library opened
// again, or searched, never parses an unchanged document twice.
//
// The cache lives in $XDG_CACHE_HOME/wenji/ (os.UserCacheDir). Each
// document's entry is named by a SHA-256 of its bytes and holds what the
// library and its search need (title, 字数, articles, outline spans, junk
// spans; see entry.go for the layout), read in place from a mapping. A stat
// index (path → size, mtime, hash, summary) spares hashing, or even
// opening, a file that has not changed. Entries of another format or parser
// version are in another folder, removed when a new version opens the
// cache; writes are atomic (a temporary file renamed), a damaged entry is
// noticed by its checksum and rebuilt, and the least recently used entries
// go first when the cache outgrows its budget.
package doccache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"wenji/internal/bigread"
	"wenji/internal/state"
	"wenji/model"
	"wenji/parse"
)

// FormatVersion is the entry layout's version; ParserVersion is the
// parser's: bump it whenever parse's output changes (an outline, a title,
// a junk span, a count), so that every cached parse is rebuilt.
const (
	FormatVersion = 3
	ParserVersion = 116
)

// DefaultBudget is the cache's size bound when Options.Budget is 0.
const DefaultBudget = 256 << 20

// Options configure a cache.
type Options struct {
	// Dir is where the cache lives; empty is os.UserCacheDir()/wenji.
	Dir string
	// Budget bounds the entries' total size in bytes; 0 is DefaultBudget.
	Budget int64
	// Disabled (--no-cache) reads and writes nothing: every Get parses.
	Disabled bool
	// Encoding is a forced encoding (--encoding), passed to the parser;
	// it is part of every key.
	Encoding string
	// Parser overrides ParserVersion (for tests of a version bump).
	Parser uint32
	// Parse parses a file's bytes; nil is parse.Open.
	Parse func(name string, data []byte) (*model.Document, error)
}

// Cache is a cache of parsed documents; its methods are safe for
// concurrent use.
type Cache struct {
	opt     Options
	dir     string // the versioned folder: entries in e/, the index
	parser  uint32
	mu      sync.Mutex
	index   map[string]Stat
	changed bool  // the index needs saving
	written int64 // bytes of entries written since the last trim
}

// Stat is what the index knows of a file: how it looked when it was last
// read, its key, and the summary the library lists.
type Stat struct {
	Size     int64
	ModTime  int64 // nanoseconds since 1970
	Key      string
	Title    string
	Chars    int
	Articles int
}

// Open opens (creating) the cache. A cache that cannot be created is no
// error of the reader's: Open returns a disabled cache with the error, and
// the caller may say so and go on.
func Open(opt Options) (*Cache, error) {
	c := &Cache{opt: opt, parser: opt.Parser, index: map[string]Stat{}}
	if c.parser == 0 {
		c.parser = ParserVersion
	}
	if c.opt.Budget <= 0 {
		c.opt.Budget = DefaultBudget
	}
	if c.opt.Parse == nil {
		c.opt.Parse = func(name string, data []byte) (*model.Document, error) {
			return parse.Open(name, data, parse.Options{Encoding: opt.Encoding})
		}
	}
	if opt.Disabled {
		return c, nil
	}
	root := opt.Dir
	if root == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			c.opt.Disabled = true
			return c, err
		}
		root = filepath.Join(d, "wenji")
	}
	name := fmt.Sprintf("docs-v%d.%d", FormatVersion, c.parser)
	c.dir = filepath.Join(root, name)
	if err := os.MkdirAll(filepath.Join(c.dir, "e"), 0o700); err != nil {
		c.opt.Disabled = true
		return c, err
	}
	// Another version's entries will never be read again.
	if old, err := filepath.Glob(filepath.Join(root, "docs-v*")); err == nil {
		for _, o := range old {
			if filepath.Base(o) != name {
				os.RemoveAll(o)
			}
		}
	}
	c.loadIndex()
	return c, nil
}

// Dir returns the folder of this version's entries ("" when disabled).
func (c *Cache) Dir() string { return c.dir }

// key names the content of data read with the cache's forced encoding,
// as a file named path: the parser reads the same bytes by the name's
// extension too (a .docx that holds no zip is refused, a .md is
// Markdown, a .wps labelled so), so the extension is part of the key
// except for plain text, whose keys stay what they were.
func (c *Cache) key(path string, data []byte) string {
	h := sha256.New()
	if c.opt.Encoding != "" {
		fmt.Fprintf(h, "encoding %q\n", c.opt.Encoding)
	}
	if t, ok := parse.TypeOf(path); ok && t.Format != parse.FormatText {
		fmt.Fprintf(h, "name %s\n", t.Ext)
	}
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func (c *Cache) entryPath(key string) string {
	return filepath.Join(c.dir, "e", key[:2], key)
}

// racyWindow is how close to now a file's mtime may be for the index not
// to trust it: a file written twice within the clock's granularity keeps
// its size and mtime (git's "racy clean" problem).
const racyWindow = 2 * time.Second

// Lookup returns what the index knows of the file at path, when the file
// still has the size and mtime it had: the library lists its summary
// without opening it.
func (c *Cache) Lookup(path string, st os.FileInfo) (Stat, bool) {
	if c.opt.Disabled || st == nil {
		return Stat{}, false
	}
	c.mu.Lock()
	s, ok := c.index[path]
	c.mu.Unlock()
	if !ok || s.Size != st.Size() || s.ModTime != st.ModTime().UnixNano() {
		return Stat{}, false
	}
	return s, true
}

// Get returns the entry of the document at path: from the cache when the
// file is unchanged (by its size and mtime, or else by its hash), else
// parsed, written to the cache, and returned. Parse errors are returned
// as they are (a .doc, an undecodable file) and not cached. The caller
// must Release the entry.
func (c *Cache) Get(path string) (*Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return c.GetFile(path, f, st)
}

// GetFile is Get for a file the caller has open at its start, st its
// Stat: a search that reads the file next spares opening it twice. f is
// read (on a miss) but left open.
func (c *Cache) GetFile(path string, f *os.File, st os.FileInfo) (*Entry, error) {
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if s, ok := c.Lookup(path, st); ok {
		if e, err := c.load(s.Key); err == nil {
			return e, nil
		}
	}
	data, release, err := bigread.Read(f)
	if err != nil {
		return nil, err
	}
	e, err := c.fromData(path, data)
	if err != nil {
		release()
		return nil, err
	}
	prev := e.release
	e.release = func() { prev(); release() }
	if st2, err := f.Stat(); err == nil && st2.Size() == st.Size() && st2.ModTime().Equal(st.ModTime()) &&
		int64(len(data)) == st.Size() && time.Since(st.ModTime()) > racyWindow {
		c.remember(path, st, e)
	}
	return e, nil
}

// fromData finds or makes the entry of a file read as data.
func (c *Cache) fromData(path string, data []byte) (*Entry, error) {
	key := c.key(path, data)
	if !c.opt.Disabled {
		if e, err := c.load(key); err == nil {
			e.file = data
			e.key = key
			return e, nil
		}
	}
	doc, err := c.opt.Parse(path, data)
	if err != nil {
		return nil, err
	}
	b, err := Encode(doc, data, c.parser)
	if err != nil {
		return nil, err
	}
	if !c.opt.Disabled {
		if err := c.write(key, b); err == nil {
			c.mu.Lock()
			c.written += int64(len(b))
			c.mu.Unlock()
		}
	}
	e, err := Read(b, c.parser)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	e.file = data
	e.key = key
	return e, nil
}

// remember records path's stat and summary in the index.
func (c *Cache) remember(path string, st os.FileInfo, e *Entry) {
	if c.opt.Disabled || e.key == "" {
		return
	}
	// The title is cloned: it points into the entry's bytes (or the file's),
	// and the index, kept for the whole run, would hold every document of
	// a library being listed for the first time (1 GB of 10,000 files).
	c.index1(path, Stat{Size: st.Size(), ModTime: st.ModTime().UnixNano(), Key: e.key,
		Title: strings.Clone(e.Title()), Chars: e.Chars(), Articles: e.Articles()})
}

// index1 records s as what the index knows of the file at path.
func (c *Cache) index1(path string, s Stat) {
	c.mu.Lock()
	if c.index[path] != s {
		c.index[path] = s
		c.changed = true
	}
	c.mu.Unlock()
}

// load maps the entry of key and checks it. A damaged entry is removed,
// so the caller's parse rebuilds it. A hit marks the entry used (its
// mtime) for the least-recently-used order, at most once an hour: atime
// is not kept on most mounts (noatime, relatime).
func (c *Cache) load(key string) (*Entry, error) {
	p := c.entryPath(key)
	b, release, mtime, err := mapFile(p)
	if err != nil {
		return nil, err
	}
	e, err := Read(b, c.parser)
	if err != nil {
		release()
		os.Remove(p)
		return nil, err
	}
	e.release = release
	e.key = key
	if now := time.Now(); now.Sub(mtime) > time.Hour {
		os.Chtimes(p, now, now)
	}
	return e, nil
}

// write writes an entry atomically: a temporary file in the same folder,
// renamed over the name. No fsync: a process killed (kill -9) loses
// nothing the kernel holds, and an entry torn by a power cut fails its
// checksum and is rebuilt.
func (c *Cache) write(key string, b []byte) error {
	p := c.entryPath(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	return state.ReplaceFile(p, b, ".tmp-*")
}

// Close saves the index and, when entries were written, trims the cache
// to its budget.
func (c *Cache) Close() error {
	if c.opt.Disabled {
		return nil
	}
	err := c.saveIndex()
	c.mu.Lock()
	w := c.written
	c.written = 0
	c.mu.Unlock()
	if w > 0 {
		if err2 := c.Trim(); err == nil {
			err = err2
		}
	}
	return err
}

// ErrDisabled is returned by operations that need the disk on a disabled
// cache.
var ErrDisabled = errors.New("cache disabled")

// quote and unquote keep a path or title on one line of the index.
var (
	quoter   = strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\t", `\t`)
	unquoter = strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\t`, "\t")
)

func quote(s string) string   { return quoter.Replace(s) }
func unquote(s string) string { return unquoter.Replace(s) }

// Summary returns what the library lists of the file at path, st its
// Stat: from the index when the file is unchanged (no file opened), else
// through Get (its entry, or a parse). The title is "" for a document
// without one.
func (c *Cache) Summary(path string, st os.FileInfo) (Stat, error) {
	if s, ok := c.Lookup(path, st); ok {
		return s, nil
	}
	e, err := c.Get(path)
	if err != nil {
		return Stat{}, err
	}
	defer e.Release()
	return Stat{Size: st.Size(), ModTime: st.ModTime().UnixNano(), Key: e.key,
		Title: strings.Clone(e.Title()), Chars: e.Chars(), Articles: e.Articles()}, nil
}

// Cached returns the entry of the file at path, st its Stat, when the
// index knows the file unchanged (its size and mtime, as Lookup): the
// reader then rebuilds the document from it (Entry.Document) rather than
// parse it. The caller must Release the entry.
func (c *Cache) Cached(path string, st os.FileInfo) (*Entry, bool) {
	s, ok := c.Lookup(path, st)
	if !ok {
		return nil, false
	}
	e, err := c.load(s.Key)
	if err != nil {
		return nil, false
	}
	return e, true
}

// Put caches doc, which was parsed from data, the whole file at path as st
// describes it, and saves the index: the next Cached of the unchanged file
// finds it. rootTitle is the root's title as parsed (the reader may have
// named an untitled document by its file since). A file modified within
// the racy window is cached by its content but not indexed by its stat, as
// GetFile does. It reads doc (and counts its 字数) but changes nothing the
// reader sees: it may run while the document is shown.
func (c *Cache) Put(path string, st os.FileInfo, data []byte, doc *model.Document, rootTitle string) error {
	if c.opt.Disabled {
		return ErrDisabled
	}
	key := c.key(path, data)
	if e, err := c.load(key); err == nil {
		e.Release() // made already, from a copy of the file
	} else {
		n, err := writeEncoded(c.entryPath(key), doc, data, c.parser, rootTitle)
		if err != nil {
			return err
		}
		c.mu.Lock()
		c.written += n
		c.mu.Unlock()
	}
	if int64(len(data)) == st.Size() && time.Since(st.ModTime()) > racyWindow {
		c.index1(path, Stat{Size: st.Size(), ModTime: st.ModTime().UnixNano(), Key: key,
			Title: strings.Clone(rootTitle), Chars: doc.Chars(doc.Root), Articles: articlesOf(doc)})
	}
	return c.Close()
}
