package uitest

import (
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// A text input's focus starts its cursor blinking; the test loops drop
// the blink, as they drop long timers, instead of sleeping half a second
// a keystroke.
func TestBlinkDropped(t *testing.T) {
	c := cursor.New()
	blink := c.Focus() // cursor.BlinkCmd: a timer of half a second
	if blink == nil {
		t.Fatal("a focused cursor starts no blink: the test tests nothing")
	}
	if msgs := RunCmd(blink); len(msgs) != 0 {
		t.Errorf("RunCmd ran the blink: %v", msgs)
	}
	if !IsTimer(blink) {
		t.Error("IsTimer: the blink is not a timer")
	}
	ti := textinput.New()
	if msgs := RunCmd(tea.Batch(ti.Focus(), func() tea.Msg { return "work" })); len(msgs) != 1 || msgs[0] != "work" {
		t.Errorf("a batch of a focus and work gave %v, want the work's message only", msgs)
	}
	l := NewLoop(testModel{})
	l.Send(blink)
	select {
	case msg := <-l.out:
		t.Errorf("Loop ran the blink: %v", msg)
	case <-time.After(time.Second):
	}
}

type testModel struct{}

func (testModel) Init() tea.Cmd { return nil }

// Update returns what it is given when that is a Cmd, so that Send starts it.
func (m testModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, ok := msg.(tea.Cmd); ok {
		return m, cmd
	}
	return m, nil
}

func (testModel) View() string { return "" }
