package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"wenji/internal/state"
	"wenji/internal/text"
	"wenji/model"
	"wenji/ui/reader"
)

// diskFor is how the reader of the file name watches it and reads it
// again (fileDisk); nil for standard input, the sample, and the streams
// process substitution hands over (/dev/fd/N), which cannot be read twice.
func diskFor(name, lang string, o options) *reader.Disk {
	if name == "" || name == "-" || o.sample != "" || isStreamPath(name) {
		return nil
	}
	return fileDisk(lang, o.encoding)
}

// fileDisk is how a reader watches the file it shows and reads it again
// (reader.Disk): the file's size and time, and the file opened as the
// reader first opened it (the readers of standard input's copies and of
// the sample, which have no file, are never given it: reader.watchable).
func fileDisk(lang, encoding string) *reader.Disk {
	var limited atomic.Int64 // the size a reopen loaded under a limit, for Settle
	return &reader.Disk{
		Stat:   func(path string) (reader.Stamp, error) { return statFile(path, lang) },
		Reopen: func(path string) (*model.Document, string, error) { return reopen(path, lang, encoding, &limited) },
		Settle: func() { settleReopen(limited.Swap(0)) },
	}
}

// reopen reads and parses the file at path again (R), a large file's
// load under limitLoad's soft limit and pace (its size stored in
// limited); settleReopen sets the reader's once the reader let the
// document it replaced go. Read past them, 100 MB of text landed on the
// heap above the limit the first load had set, which was never raised
// again: the collector ran back to back for the life of the reader
// (gctrace: 131->131->131 MB, 131 MB goal, some 29 collections a second;
// half a core at rest). The text is read on the heap, not off it
// (bigread) as the first open's: the document it replaces cannot give
// its mapping back (strings of its text may live on: headings in a saved
// place, an excerpt), so each R of 100 MB kept 100 MB more (VmRSS 153,
// 256, 355, 459 MB over three R's).
func reopen(path, lang, encoding string, limited *atomic.Int64) (*model.Document, string, error) {
	if st, err := os.Stat(path); err == nil && st.Size() >= previewMin && TuneGC && os.Getenv("GOMEMLIMIT") == "" {
		loaded.Store(true)
		debug.SetGCPercent(loadGCPercent)
		debug.SetMemoryLimit(liveHeap() + int64(float64(st.Size())*loadShare))
		limited.Store(st.Size())
	}
	b, err := load(path, nil, lang)
	if err != nil {
		return nil, "", err
	}
	d, err := openDoc(path, b, lang, encoding)
	if err != nil {
		return nil, "", err
	}
	if d.Root.Title == "" {
		d.Root.Title = docName(path, lang)
	}
	return d, state.Key(b), nil
}

// settleReopen is the collection after a reopen of size bytes under a
// limit (none: 0), once the reader took the document: at the loaded pace
// (settleGC), then the reader's limit as limitLoad sets it. Set as the
// load returned, it counted the document still shown as live: the heap
// then stayed some 110 MB above the first open's (VmRSS 358 MB after R
// on big100.txt).
func settleReopen(size int64) {
	if size == 0 {
		return
	}
	settleGC()
	debug.SetMemoryLimit(liveHeap() + max(int64(float64(size)*keptShare), keptMin))
}

// statFile is the stamp of the regular file at path, opened and closed
// again so that a file no longer readable says so (a change of mode
// leaves its time as it was). Never a FIFO or a device: opening one
// could wait for ever.
func statFile(path, lang string) (reader.Stamp, error) {
	st, err := os.Stat(path)
	if err != nil {
		return reader.Stamp{}, unwrapPath(err)
	}
	if !st.Mode().IsRegular() {
		return reader.Stamp{}, fmt.Errorf("%s", text.CLIFor(lang).NotRegular)
	}
	f, err := os.Open(path)
	if err != nil {
		return reader.Stamp{}, unwrapPath(err)
	}
	f.Close()
	return reader.Stamp{Size: st.Size(), Mod: st.ModTime()}, nil
}

// sameBudget bounds the bytes findSame reads to key the library's files
// beyond those with the name looked for (a file over 4 MB is keyed by
// samples of 3 MB: state.KeyReader).
const sameBudget = 512 << 20

// findSame returns the first of paths whose content key is key, those
// named name first (a file moved to another folder keeps its name), ""
// when none is: where an excerpt's document went in the library. Files
// of other names are keyed until sameBudget is read. It returns "" as
// soon as ctx is cancelled (Esc on the basket page), between two files.
func findSame(ctx context.Context, key, name string, paths []string) string {
	var rest []string
	for _, p := range paths {
		if ctx.Err() != nil {
			return ""
		}
		if filepath.Base(p) != name {
			rest = append(rest, p)
		} else if fileKey(p) == key {
			return p
		}
	}
	budget := int64(sameBudget)
	for _, p := range rest {
		if ctx.Err() != nil {
			return ""
		}
		st, err := os.Stat(p)
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		if budget -= min(st.Size(), 3<<20); budget < 0 {
			return ""
		}
		if fileKey(p) == key {
			return p
		}
	}
	return ""
}

// findNear returns a file with the content key key in the folder of
// path (a file renamed there) or of here (the document read), "" for
// none: findSame over their regular, not hidden files, those named as
// path first. Standard input (here "-") and no document have no folder:
// the working directory is not read for them.
func findNear(ctx context.Context, key, path, here string) string {
	var paths []string
	seen := map[string]bool{}
	noDir := here == "" || here == "-"
	for _, dir := range []string{filepath.Dir(path), filepath.Dir(here)} {
		if noDir && dir == "." || seen[dir] {
			continue
		}
		seen[dir] = true
		ents, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range ents {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				paths = append(paths, filepath.Join(dir, e.Name()))
			}
		}
	}
	return findSame(ctx, key, filepath.Base(path), paths)
}
