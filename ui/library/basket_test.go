package library

import (
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/basket"
)

// An excerpt put in the basket (a) from a document opened in the library
// names that document by its content key, as one from a reader started on
// the file does, so the basket page can open it again after a move.
func TestLibraryBasketKey(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	_, opt := newTestLibrary(12)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 20})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "down", "enter")
	if l.reader == nil {
		t.Fatal("enter did not open the reader")
	}
	l = libKeys(l, "a")
	b, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	list := b.List()
	if len(list) != 1 || list[0].Source.Hash != l.readKey || l.readKey == "" {
		t.Fatalf("basket %+v, want one excerpt keyed %q", list, l.readKey)
	}
}
