package app

import (
	"bytes"
	"os"
	"sync"
	"sync/atomic"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"wenji/ui/common"
)

// cursorOut is the programs' output, the terminal, with the cursor put
// where a prompt takes what is typed (common.Cursorer) after each frame.
// Bubble Tea v1 hides the cursor and leaves it at the start of the last
// line; an input method draws the text being composed and its candidate
// box at the cursor, hidden or not, so typing Chinese into / or the
// library's filter showed them over the status bar's start, away from
// the query. The cursor stays hidden: the prompt draws its own.
//
// It embeds the *os.File, so it is a term.File and Bubble Tea takes it
// for the terminal it is: raw mode, its size. It is no *os.File itself:
// what must write to the terminal as a file is given os.Stdout (OSC 52's
// copier; the basket's editor, which tea.ExecProcess would otherwise
// hand this writer, and os/exec then a pipe, not the terminal).
type cursorOut struct {
	*os.File
	// at is where the last View wants the cursor: column+1 in the low
	// 32 bits, row+1 above them; 0 for no prompt. The renderer writes
	// at its ticks, so a frame may be placed by the View after it, for
	// one tick: the next frame, that View's, is placed right.
	at atomic.Uint64
	// shown is closed once a frame was written (reader.Options.FrameShown).
	shown     chan struct{}
	shownOnce sync.Once
}

func newCursorOut(f *os.File) *cursorOut { return &cursorOut{File: f, shown: make(chan struct{})} }

// place takes the cursor's cell from the page m, whose View was just
// drawn: it is set after the frames written from now on.
func (c *cursorOut) place(m tea.Model) {
	if c == nil {
		return
	}
	var at uint64
	if p, ok := m.(common.Cursorer); ok {
		if x, y, ok := p.Cursor(); ok && x >= 0 && y >= 0 {
			at = uint64(y+1)<<32 | uint64(x+1)
		}
	}
	c.at.Store(at)
}

// Write writes p, and after a frame (the renderer's flush, which starts
// at the screen's home on the alternate screen and ends with the cursor
// at the last line's start) moves the cursor to the prompt's cell. The
// next frame starts at home again, so the move changes no frame.
// A frame written closes shown: the renderer's own writes of the
// sequence alone (entering the alternate screen, clearing it) are none.
func (c *cursorOut) Write(p []byte) (int, error) {
	frame := bytes.HasPrefix(p, []byte(ansi.CursorHomePosition))
	if frame && len(p) > len(ansi.CursorHomePosition) {
		defer c.shownOnce.Do(func() { close(c.shown) })
	}
	at := c.at.Load()
	if at == 0 || !frame {
		return c.File.Write(p)
	}
	// One write, frame and move: nothing written to the terminal
	// meanwhile (an OSC 52 copy) comes between them.
	b := append(p[:len(p):len(p)], ansi.CursorPosition(int(at&0xffffffff), int(at>>32))...)
	n, err := c.File.Write(b)
	return min(n, len(p)), err
}
