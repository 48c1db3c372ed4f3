package app

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"

	"wenji/model"
	"wenji/parse"
)

// A window is what the reader shows of a large file at a place beyond its
// preview while the whole loads (G, N%, a mark): the lines around that
// place, read from the file and parsed on their own. It holds a screen
// before the place and a few after at 200×60, as the preview does, so that
// a few keys of scrolling stay in it.
const (
	windowBefore = 16 << 10
	windowAfter  = 32 << 10
)

// errWindow is a window that cannot be shown as text: the reader then
// waits for the whole document to show the place.
var errWindow = errors.New("no text window there")

// peekFile reads and parses the window of f (size bytes when opened, its
// text from start on: after a byte-order mark) around the byte offset off;
// at the end, the last windowBefore+windowAfter bytes. base is the file
// offset of the window's text.
func peekFile(f io.ReaderAt, start, size, off int) (doc *model.Document, base int, err error) {
	off = min(max(off, start), size)
	lo, hi := max(start, off-windowBefore), min(size, off+windowAfter)
	if off == size {
		lo = max(start, size-windowBefore-windowAfter)
	}
	buf := make([]byte, hi-lo)
	if n, err := f.ReadAt(buf, int64(lo)); n < len(buf) {
		return nil, 0, errors.Join(errWindow, err) // the file shrank
	}
	from, to := cutLines(buf, lo > start, hi < size)
	if from > off-lo {
		// The line at the place began before the window: start at the
		// place's character.
		for from = off - lo; from < to && !utf8.RuneStart(buf[from]); from++ {
		}
	}
	buf = buf[from:to]
	if len(buf) == 0 || !utf8.Valid(buf) || isBinary(buf) {
		return nil, 0, errWindow
	}
	return parseWindow(buf), lo + from, nil
}

// cutLines returns the part of buf from its first whole line to the end of
// its last, where buf was cut from a longer text before (head) or after
// (tail) it. A window inside one long line is cut at characters instead.
func cutLines(buf []byte, head, tail bool) (from, to int) {
	to = len(buf)
	if head {
		if i := bytes.IndexByte(buf, '\n'); i >= 0 {
			from = i + 1
		} else {
			for from < len(buf) && !utf8.RuneStart(buf[from]) {
				from++
			}
		}
	}
	if tail {
		if i := bytes.LastIndexByte(buf[from:], '\n'); i >= 0 {
			to = from + i + 1
		} else {
			to = from + lastRuneEnd(buf[from:])
		}
	}
	return from, to
}

// lastRuneEnd is the length of b without a character cut at its end.
func lastRuneEnd(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return len(b)
			}
			return i
		}
	}
	return len(b)
}

// parseWindow parses a part of a plain UTF-8 file as the whole file's
// decoding reads it: a lone CR ends a line (parse.Open turns it into a
// LF, of the same length, so offsets hold).
func parseWindow(b []byte) *model.Document {
	if bytes.IndexByte(b, '\r') >= 0 {
		b = bytes.Clone(b)
		for i, c := range b {
			if c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
				b[i] = '\n'
			}
		}
	}
	d := parse.Parse(string(b))
	untitleContents(d)
	return d
}
