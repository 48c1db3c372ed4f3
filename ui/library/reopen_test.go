package library

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/reader"
)

// A document closed and opened again before the save of its place has
// landed (the save runs in a Cmd; on a loaded machine the reopening read
// the place first) opens where it was left, not at its top: the place the
// library holds from the reader it closed wins over the one loaded.
func TestReopenBeforeSaveLands(t *testing.T) {
	tl, opt := newTestLibrary(12)
	opt.Save = func(key, path string, p reader.Place) error { return nil } // never lands
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	if l.reader == nil {
		t.Fatal("the document did not open")
	}
	l = libKeys(l, "}", "}", "j")
	top := readerTop(*l.reader)
	l = libKeys(l, "esc", "enter")
	if _, ok := tl.saved["k/lib/dir/002_乡村振兴汇编.txt"]; ok {
		t.Fatal("the place was saved: the test needs a save that has not landed")
	}
	if l.reader == nil || readerTop(*l.reader) != top {
		t.Errorf("reopened at %q, want where it was left, %q", readerTop(*l.reader), top)
	}
}
