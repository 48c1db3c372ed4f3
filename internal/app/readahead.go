package app

import (
	"io"
	"os"
	"sync"

	"wenji/internal/bigread"
)

// fileRead is the whole of a large file as read for the reader: its
// bytes (release gives them back), and its Stat after the read when it
// had not changed since its preview was read, else changed says how it
// had (changedSince).
type fileRead struct {
	b       []byte
	release func()
	st      os.FileInfo
	changed error
	err     error
}

// readFile reads the whole of the file f, whose preview was read from
// head when it was as opened says.
func readFile(f *os.File, opened fileState, head []byte, lang string) fileRead {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fileRead{err: err}
	}
	b, release, err := bigread.Read(f)
	st, statErr := f.Stat()
	return checkRead(b, release, err, st, statErr, opened, head, lang)
}

// checkRead is readFile once the bytes are read (b, release, err) and the
// file's Stat taken (st, statErr).
func checkRead(b []byte, release func(), err error, st os.FileInfo, statErr error, opened fileState, head []byte, lang string) fileRead {
	if err != nil {
		return fileRead{err: err}
	}
	st, changed := changedSince(st, statErr, opened, b, head, lang)
	return fileRead{b: b, release: release, st: st, changed: changed}
}

// readAhead is the whole of a large file read from when the first frame
// of its preview is drawn (reader.Options.Ahead; bigread.Start: on one
// core while that frame is written out), rather than only once the loader
// starts after the frame had its time to be written (reader.loadCmd): the
// loader then reads what is left on all cores. On 100 MB the read is
// 40–50 ms on two cores, 65–80 on one.
type readAhead struct {
	mu      sync.Mutex
	ready   chan struct{} // nil: not started; closed once reading is set
	reading *bigread.Reading
	read    chan struct{} // closed once reading is done and the file's Stat taken
	st      os.FileInfo   // that Stat
	statErr error
}

// start starts reading f ahead on a goroutine of its own, once, unless
// cached says the cache of parsed documents knows the file: its tree is
// then rebuilt first and the text read after (readWhole), so that the two
// are never in memory together. The file is checked against its preview
// as it was when the read ended (its Stat then), as readFile checks it:
// what is shown is what was read, whatever the file became since.
func (a *readAhead) start(f *os.File, cached func() bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.ready != nil {
		return
	}
	a.ready = make(chan struct{})
	go func() {
		defer close(a.ready)
		if cached() {
			return
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return
		}
		r := bigread.Start(f)
		a.reading, a.read = r, make(chan struct{})
		go func() {
			<-r.Done()
			a.st, a.statErr = f.Stat()
			close(a.read)
		}()
	}()
}

// take returns the file read ahead, once the read is done (helping it on
// all cores), checked as readFile checks it; ok is false when nothing was
// read ahead (a nil a included), and the caller reads the file itself.
func (a *readAhead) take(f *os.File, opened fileState, head []byte, lang string) (r fileRead, ok bool) {
	if a == nil {
		return fileRead{}, false
	}
	a.mu.Lock()
	ready := a.ready
	a.mu.Unlock()
	if ready == nil {
		return fileRead{}, false
	}
	<-ready
	reading := a.reading
	a.reading = nil
	if reading == nil {
		return fileRead{}, false
	}
	b, release, err := reading.Wait()
	<-a.read
	return checkRead(b, release, err, a.st, a.statErr, opened, head, lang), true
}
