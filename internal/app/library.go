package app

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"wenji/internal/doccache"
	"wenji/internal/state"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/library"
	"wenji/ui/reader"
)

// findDocuments walks dir for documents, hidden files and directories
// left out, in path order. Symbolic links to files are followed, links to
// directories are not (no cycles). unreadable counts the subdirectories
// that could not be read, for the library to say so.
func findDocuments(dir string) (files []library.File, unreadable int, err error) {
	// DIR itself may be a link to the library: a trailing separator has
	// WalkDir follow it (it follows no link below).
	root := dir
	if st, err := os.Lstat(dir); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		root = filepath.Clean(dir) + string(filepath.Separator)
	}
	err = walkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			if d == nil || d.IsDir() {
				unreadable++ // skipped, and said in the header
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !listed(p) {
			return nil
		}
		st, err := os.Stat(p) // follows a link
		if err != nil || !st.Mode().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			rel = p
		}
		files = append(files, library.File{Path: p, Rel: rel, Size: st.Size()})
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].Rel < files[j].Rel })
	return files, unreadable, err
}

// walkDir is filepath.WalkDir; a test replaces it to meet an unreadable
// folder, which permissions cannot make for root.
var walkDir = filepath.WalkDir

// libraryOptions configure the library of files found in dir: how to read
// a document, and what mem (nil: nothing) remembers of the documents and
// of the library (the cursor starts on the document last opened).
func libraryOptions(dir string, files []library.File, lang string, o options, mem *memory, cache *doccache.Cache) library.Options {
	opt := library.Options{
		Reader: reader.Options{Lang: lang, Ambiguous: o.ambiguous, Styles: o.styles, Disk: fileDisk(lang, o.encoding)},
		Dir:    dir,
		Files:  files,
		Cache:  cache,
		Rescan: func() ([]library.File, int, error) { return findDocuments(dir) },
		// An excerpt's document moved within the library is found by
		// its content.
		FindSame: findSame,
		Sample:   embeddedSample(o),
		Open: func(path string) (library.Opened, error) {
			b, err := load(path, nil, lang)
			if err != nil {
				return library.Opened{}, err
			}
			doc, err := openDoc(path, b, lang, o.encoding)
			if err != nil {
				return library.Opened{}, err
			}
			return library.Opened{Doc: doc, Key: state.Key(b)}, nil
		},
		OpenCopy: func(b []byte) (library.Opened, error) {
			doc, err := openStdinCopy(b, lang, o.encoding)
			if err != nil {
				return library.Opened{}, err
			}
			return library.Opened{Doc: doc, Key: state.Key(b)}, nil
		},
	}
	if mem != nil {
		opt.Place = mem.lookup
		opt.Save = mem.saveLive
		opt.Reader.Save = mem.saveLive // as they change too: a killed wenji keeps them
		opt.Reader.Searches, opt.Reader.Remember = mem.searches, mem.remember
		opt.Last, opt.Notice = mem.libraryLast(dir)
		mem.viewInto(&opt.Reader) // o and # as the user left them
	}
	return opt
}

// runLibrary runs wenji DIR: the documents under DIR in a list. Without a
// terminal to show it on, it prints their paths, one a line.
func runLibrary(dir, lang string, o options, stdin io.Reader, stdout, stderr io.Writer) int {
	// The cache's index is read while the folder is walked: both are on
	// the way to the first screen of a large library. A listing printed
	// to a pipe needs no cache.
	interactive := isTerminal(os.Stdout)
	cached := make(chan *doccache.Cache, 1)
	if interactive {
		go func() { cached <- openCache(lang, o) }()
	}
	files, unreadable, err := findDocuments(dir)
	var cache *doccache.Cache
	if interactive {
		cache = <-cached
		defer cache.Close() // saves the index of what was parsed, trims to the budget
	}
	if err != nil {
		// As a file that cannot be read is said: the cause once, in
		// lang (it said "open DIR: permission denied" after DIR, in
		// English under zh).
		fmt.Fprintf(stderr, "wenji: %v\n", statError(dir, err, lang))
		return 1
	}
	if !interactive {
		for _, f := range files {
			fmt.Fprintln(stdout, oneField(f.Path)) // one path a line, whatever the names hold
		}
		return 0
	}
	in, closeIn, ok := openKeys(stdin, lang, stderr)
	if !ok {
		return 1
	}
	defer closeIn()
	mem := newMemory(o, lang, stderr)
	opt := libraryOptions(dir, files, lang, o, mem, cache)
	opt.Unreadable = unreadable
	out := newCursorOut(os.Stdout)
	p := newProgram(repaint{library.New(opt), out}, in, out)
	defer quitOnHangup(p, in)() // saved below, then stop
	final, err := p.Run()
	if l, ok := unwrapRepaint(final).(library.Library); ok {
		finishBasket(l.Basket(), lang, stderr)
		if l.SaveReported() && mem != nil {
			mem.once.Do(func() {}) // the list said it already
		}
		if path, key, place, ok := l.Reading(); ok {
			mem.save(key, path, place)
		}
		if rel, ok := l.LastOpened(); ok {
			mem.saveLibraryLast(dir, rel)
		}
		mem.saveView(l.ViewOptions())
	}
	if endedByHangup(err, in) {
		err = nil
	}
	if err != nil {
		fmt.Fprintf(stderr, "wenji: %v\n", err)
		return 1
	}
	return 0
}

// openCache opens the cache of parsed documents (disabled by --no-cache):
// it parses as a document opened alone is parsed, with the same error
// lines. A cache that cannot be created is not an error: the library
// parses every document, as with --no-cache.
func openCache(lang string, o options) *doccache.Cache {
	c, _ := doccache.Open(doccache.Options{Disabled: o.noCache, Encoding: o.encoding,
		Parse: func(name string, data []byte) (*model.Document, error) { return openDoc(name, data, lang, o.encoding) }})
	return c
}

// listed reports the files the library lists: every type in parse's table
// (a bought library is full of old .doc and .rtf files).
func listed(path string) bool {
	_, ok := parse.TypeOf(path)
	return ok
}
