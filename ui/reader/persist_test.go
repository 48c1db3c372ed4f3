package reader

import (
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// A mark set is saved at once through Options.Save; a place that moved is
// saved only when placeEvery has passed (its timer), one save at a time;
// a timer or report of another reader is not this one's.
func TestPersist(t *testing.T) {
	var mu sync.Mutex
	var saves []Place
	save := func(key, path string, p Place) error {
		mu.Lock()
		defer mu.Unlock()
		if key != "k" || path != "doc.txt" {
			t.Errorf("saved as %q %q", key, path)
		}
		saves = append(saves, p)
		return nil
	}
	m := sized(parse.Parse(bigText()), 80, 20, Options{Lang: "en", Key: "k", FileName: "doc.txt", Save: save})
	step := func(msg tea.Msg) tea.Cmd {
		nm, cmd := m.Update(msg)
		m = nm.(Model)
		return cmd
	}
	// (A tea.Tick's Cmd sleeps: what it is for is read from the model.)
	if cmd := step(uitest.KeyPress("}")); cmd == nil || !m.persist1.timer || len(saves) != 0 {
		t.Fatalf("a move: cmd %v, timer %v, saves %v; want the place's timer only", cmd != nil, m.persist1.timer, saves)
	}
	if cmd := step(uitest.KeyPress("}")); cmd != nil {
		t.Errorf("a second move before the timer asks for %T", cmd())
	}
	step(uitest.KeyPress("m"))
	cmd := step(uitest.KeyPress("e"))
	var done persistedMsg
	for _, msg := range uitest.RunCmd(cmd) {
		if d, ok := msg.(persistedMsg); ok {
			done = d
		}
	}
	if len(saves) != 1 || saves[0].Marks["e"] != m.here() || saves[0].Offset != m.here() {
		t.Fatalf("m e saved %v, want mark e and the place at %d", saves, m.here())
	}
	// A timer of another reader saves nothing; this one's, after a move,
	// saves the place.
	step(done)
	step(uitest.KeyPress("}"))
	if cmd := step(placeTickMsg{id: m.persist1.id + 1000}); cmd != nil {
		t.Errorf("another reader's timer asks for %T", cmd())
	}
	cmd = step(placeTickMsg{id: m.persist1.id})
	if cmd == nil {
		t.Fatal("the timer saved nothing")
	}
	cmd()
	if len(saves) != 2 || saves[1].Offset != m.here() {
		t.Errorf("the timer saved %v, want the place at %d", saves, m.here())
	}
	// Without Save nothing is asked for.
	m = sized(parse.Parse(bigText()), 80, 20, Options{Lang: "en", Key: "k"})
	if cmd := step(uitest.KeyPress("}")); cmd != nil {
		t.Errorf("without Save a move asks for %T", cmd())
	}
}
