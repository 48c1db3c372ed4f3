package app

import (
	"errors"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// fakeModel records what reached it.
type fakeModel struct {
	inits *int
	seen  []tea.Msg
}

func (f fakeModel) Init() tea.Cmd { *f.inits++; return nil }
func (f fakeModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	f.seen = append(f.seen, msg)
	return f, nil
}
func (f fakeModel) View() string { return "view" }

// TestLateModel: the model built on the side is the one Init starts,
// View shows and the first Update hands back to the program, which then
// holds the real model; a program that ends early gives it back too.
func TestLateModel(t *testing.T) {
	inits := 0
	release := make(chan struct{})
	l := startLate(func() (tea.Model, error) {
		<-release // built while the program starts
		return fakeModel{inits: &inits}, nil
	})
	close(release)
	if l.Init(); inits != 1 {
		t.Fatalf("Init started the model %d times, want 1", inits)
	}
	if v := l.View(); v != "view" {
		t.Errorf("View = %q, want the model's", v)
	}
	next, _ := l.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	f, ok := next.(fakeModel)
	if !ok || len(f.seen) != 1 {
		t.Fatalf("the first Update gave %T (%v), want the model itself with the message", next, next)
	}
	if got, ok := unwrapLate(l).(fakeModel); !ok || got.inits != &inits {
		t.Errorf("unwrapLate of a program ended before any message = %T, want the model", unwrapLate(l))
	}
	if got := unwrapLate(f); got == nil {
		t.Errorf("unwrapLate of the model itself = nil")
	}
	if got := unwrapLate(&lateModel{}); got != nil {
		t.Errorf("unwrapLate before Init = %v, want nil", got)
	}
}

// TestLateModelError: a model that could not be built quits the program
// showing nothing, keeps the error for the caller to say, and lets the
// messages that still come pass.
func TestLateModelError(t *testing.T) {
	bad := errors.New("cannot parse")
	l := startLate(func() (tea.Model, error) { return nil, bad })
	cmd := l.Init()
	if cmd == nil {
		t.Fatal("Init gave no command, want tea.Quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("Init's command gives %T, want tea.QuitMsg", cmd())
	}
	if l.err != bad {
		t.Errorf("err = %v, want %v", l.err, bad)
	}
	if next, _ := l.Update(tea.WindowSizeMsg{Width: 80, Height: 24}); next != l || l.View() != "" {
		t.Errorf("after the error: Update gave %T, View %q; want the lateModel and nothing", next, l.View())
	}
	if unwrapLate(l) != nil {
		t.Errorf("unwrapLate after the error = %v, want nil", unwrapLate(l))
	}
}
