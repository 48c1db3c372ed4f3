package app

import (
	"io"
	"os"
	"unicode/utf8"

	"wenji/ui/cjk"
)

// terminalOut returns where --outline and --print write: w itself when it
// is a file or a pipe, whose reader gets the text as it is, and a
// sanitizing writer when it is a terminal, where text from a file is data:
// an escape sequence in a title would otherwise clear the screen or retitle
// the window. Close flushes a rune held back at the end.
func terminalOut(w io.Writer) io.WriteCloser { return terminalOutTo(w, w) }

// terminalOutTo is terminalOut writing to to, a writer over w (one that
// checks its errors).
func terminalOutTo(w, to io.Writer) io.WriteCloser {
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		return &safeWriter{w: to}
	}
	return nopCloser{to}
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// safeWriter writes through cjk.Sanitize: controls, escape sequences and
// broken bytes become visible placeholders. A rune cut between two writes
// is held back until the next, so that it is not taken for a broken one.
type safeWriter struct {
	w    io.Writer
	held []byte
}

func (s *safeWriter) Write(p []byte) (int, error) {
	b := append(s.held, p...)
	cut := len(b)
	// Hold back the start of a rune the next write completes.
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < utf8.RuneSelf {
			break
		}
		if c >= 0xC0 { // a lead byte
			if !utf8.FullRune(b[len(b)-k:]) {
				cut = len(b) - k
			}
			break
		}
	}
	s.held = append(s.held[:0:0], b[cut:]...)
	if _, err := io.WriteString(s.w, cjk.Sanitize(string(b[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (s *safeWriter) Close() error {
	if len(s.held) == 0 {
		return nil
	}
	_, err := io.WriteString(s.w, cjk.Sanitize(string(s.held)))
	s.held = nil
	return err
}
