package app

import (
	"io"
	"os"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// promptAt is a page with a prompt's cursor at (x, y), or none.
type promptAt struct {
	keyCounter
	x, y int
	ok   bool
}

func (p promptAt) Cursor() (int, int, bool) { return p.x, p.y, p.ok }

// TestCursorOut: after a frame (written from the screen's home) the
// terminal's cursor goes to the prompt's cell, 1-based, where an input
// method shows what is composed; other writes (a mode's sequence, an
// OSC 52) are left as they are, and so is every write when the page
// has no prompt. The page's View, as the program draws it (repaint),
// says where.
func TestCursorOut(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	out := newCursorOut(w)
	frame := "\x1b[Hline one\r\n/调查\x1b[K\x1b[24;H"
	writes := []struct {
		page tea.Model
		data string
		want string
	}{
		{promptAt{x: 5, y: 23, ok: true}, frame, frame + "\x1b[24;6H"},
		{promptAt{x: 5, y: 23, ok: true}, "\x1b[?25l", "\x1b[?25l"},
		{&lateModel{m: promptAt{x: 3, y: 23, ok: true}}, frame, frame + "\x1b[24;4H"},
		{&lateModel{}, frame, frame},
		{promptAt{x: 12, y: 1, ok: true}, frame, frame + "\x1b[2;13H"},
		{promptAt{x: 12, y: 1}, frame, frame},
		{keyCounter{}, frame, frame},
	}
	for _, wr := range writes {
		repaint{wr.page, out}.View() // the View drawn is the frame written
		if n, err := out.Write([]byte(wr.data)); n != len(wr.data) || err != nil {
			t.Fatalf("Write: %d, %v", n, err)
		}
	}
	w.Close()
	got, _ := io.ReadAll(r)
	want := ""
	for _, wr := range writes {
		want += wr.want
	}
	if string(got) != want {
		t.Errorf("wrote %q\nwant  %q", got, want)
	}
	var none *cursorOut
	none.place(promptAt{ok: true}) // tests run pages without a terminal
}

// TestCursorOutShown: shown is closed once a frame was written, not by
// the other writes before it (the alternate screen entered and cleared,
// the cursor hidden, each written alone).
func TestCursorOutShown(t *testing.T) {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := newCursorOut(f)
	for _, w := range []string{"\x1b[?1049h", "\x1b[2J", "\x1b[H", "\x1b[?25l"} {
		out.Write([]byte(w))
		select {
		case <-out.shown:
			t.Fatalf("shown after %q, before any frame", w)
		default:
		}
	}
	out.Write([]byte("\x1b[Hline one\r\nline two"))
	select {
	case <-out.shown:
	default:
		t.Fatal("not shown after a frame")
	}
	out.Write([]byte("\x1b[Hagain")) // closed once
}
