// Package bigread reads a large file into memory that the Go garbage
// collector does not manage.
//
// wenji keeps one copy of a document's text for as long as it shows the
// document, and the parsed tree points into it. On the Go heap, that copy
// counts towards the collector's goal: with the default GOGC the heap may
// grow to twice the live data before a collection, so a 100 MB text drew
// another 100 MB of headroom that the tree (a few tens of MB) never needed.
// Text holds no pointers, so the collector loses nothing by not seeing it.
package bigread

import (
	"io"
	"os"
)

// Threshold is the size from which a file is read off the heap; smaller
// files are not worth a mapping of their own.
const Threshold = 4 << 20

// Read reads f from its current offset to the end. A regular file of
// Threshold bytes or more is read, where the system allows, into an
// anonymous private mapping: memory of the process like any other, not a
// view of the file, so the file changing or vanishing afterwards changes
// nothing. release gives that memory back; call it only when nothing
// refers into b any more (a string made from b with unsafe.String, or a
// substring of one, included). For a heap read release does nothing.
func Read(f *os.File) (b []byte, release func(), err error) {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() < Threshold || st.Size() > maxMap {
		b, err := io.ReadAll(f)
		return b, func() {}, err
	}
	return readMapped(f, int(st.Size()))
}

// maxMap bounds a mapping to what an int holds on every platform.
const maxMap = 1<<31 - 1
