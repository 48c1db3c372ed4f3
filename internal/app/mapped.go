package app

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"wenji/internal/bigread"
	"wenji/internal/par"
	"wenji/internal/text"
	"wenji/model"
)

// printFile is the printing modes (--outline, --json, --print, and the
// text of a file read with no terminal to show it on) on the file name.
// They parse, print and exit, so a large file's bytes need not be copied
// into memory of wenji's own, as the reader's must (bigread.Read): they
// are parsed from a mapping of the file (bigread.Map), where the copy and
// the kernel's zeroing of the memory it went into were a quarter of
// `--outline`'s CPU on 100 MB. A file cut short meanwhile then faults
// where its bytes are read; on this goroutine and on every one the parse
// and the printing start (all par.Each's workers, which carry their
// panic here) the fault is a panic, recovered into one line, "FILE
// changed while being read", and exit status 1. So is any other panic
// while the file is seen to have changed (bytes read twice that were not
// the same the second time).
func printFile(name, lang string, o options, stdout, stderr io.Writer) (code int) {
	warmed := warmFor(name)
	var m mapping
	b, release, err := loadWith(name, nil, lang, m.read)
	if m.st != nil {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer m.caught(name, lang, stderr, &code)
		if mappedHook != nil {
			mappedHook(name)
		}
	}
	if err == nil {
		var doc *model.Document
		doc, err = openLoaded(name, b, release, warmed, lang, o.encoding)
		if err == nil {
			if doc.Root.Title == "" {
				doc.Root.Title = docName(name, lang)
			}
			return printDoc(doc, o, lang, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "wenji: %v\n", err)
	return 1
}

// mappedHook, when set (by a test), runs once a file is mapped, before
// anything reads it.
var mappedHook func(name string)

// mapping reads a file for printFile, mapped where bigread.Map can.
type mapping struct {
	st os.FileInfo // the file as it was mapped; nil: not mapped
}

// read maps the file name, or reads it as the reader does (readOffHeap).
func (m *mapping) read(name string) ([]byte, func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, func() {}, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		if b, release, ok := bigread.Map(f, st.Size()); ok {
			m.st = st
			return b, release, nil
		}
	}
	return bigread.Read(f)
}

// caught, deferred, turns a panic of the mapped file's reading into
// one line on stderr and status 1 when it faulted or the file changed
// (its size or time of modification); any other panic goes on.
func (m *mapping) caught(name, lang string, stderr io.Writer, code *int) {
	r := recover()
	if r == nil {
		return
	}
	if !par.IsFault(r) && !m.changed(name) {
		panic(r)
	}
	fmt.Fprintf(stderr, "wenji: %s: %s\n", oneField(name), text.CLIFor(lang).Changed)
	*code = 1
}

// changed reports the file name changed since it was mapped.
func (m *mapping) changed(name string) bool {
	st, err := os.Stat(name)
	return err != nil || st.Size() != m.st.Size() || !st.ModTime().Equal(m.st.ModTime())
}
