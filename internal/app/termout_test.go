package app

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// safeWriter turns what a terminal would obey into what it shows, however
// the text is cut into writes, and leaves clean text as it is.
func TestSafeWriter(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"二、加强领导\n", "二、加强领导\n"},
		{"标题\x1b[2J\x1b]0;pwn\x07尾\n", "标题␛[2J␛]0;pwn␇尾\n"},
		{"a\x9bb\xffc", "a\ufffdb\ufffdc"},
		{"甲\u202e乙", "甲乙"},
		{"断\xe4\xb8", "断\ufffd\ufffd"},
	} {
		for cut := 0; cut <= len(c.in); cut++ {
			var out bytes.Buffer
			w := &safeWriter{w: &out}
			w.Write([]byte(c.in[:cut]))
			w.Write([]byte(c.in[cut:]))
			w.Close()
			if out.String() != c.want {
				t.Errorf("%q cut at %d: %q, want %q", c.in, cut, out.String(), c.want)
			}
		}
	}
}

// terminalOut leaves a file or a pipe alone: the reader of a pipe gets the
// bytes the document holds.
func TestTerminalOutPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if _, ok := terminalOut(w).(*safeWriter); ok {
		t.Error("a pipe is written through the sanitizer")
	}
	var b strings.Builder
	if _, ok := terminalOut(&b).(*safeWriter); ok {
		t.Error("a buffer is written through the sanitizer")
	}
}
