package basketfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
)

// A missing file is an empty basket; a damaged one too, named; "" is the
// default path (under XDG_DATA_HOME); a directory in the way is an error.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	b, damaged, err := Open(filepath.Join(dir, "new.json"))
	if err != nil || damaged != "" || b.Len() != 0 {
		t.Fatalf("missing file: %v, %q, %v", b, damaged, err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	b, damaged, err = Open(bad)
	if err != nil || damaged != bad || b == nil || b.Len() != 0 {
		t.Fatalf("damaged file: %v, %q, %v", b, damaged, err)
	}
	t.Setenv("XDG_DATA_HOME", dir)
	b, _, err = Open("")
	if err != nil {
		t.Fatal(err)
	}
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "甲", Text: "甲"})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	if p, _ := store.DefaultPath(); p == "" {
		t.Fatal("no default path")
	} else if _, err := os.Stat(p); err != nil {
		t.Fatalf("\"\" did not open the default path: %v", err)
	}
	if _, _, err := Open(dir); err == nil {
		t.Fatal("a directory opened as a basket")
	}
}

// TestPendingFlush: a save whose Cmd never ran is run by Flush, once; one
// whose Cmd ran is not run again; Flush waits for one under way.
func TestPendingFlush(t *testing.T) {
	var p Pending
	runs := make([]int, 3)
	started, release := make(chan bool), make(chan bool)
	c0 := p.Cmd(func() tea.Msg { runs[0]++; return nil })
	p.Cmd(func() tea.Msg { runs[1]++; return nil }) // its Cmd is never run
	c2 := p.Cmd(func() tea.Msg { started <- true; <-release; runs[2]++; return nil })
	c0()
	go c2()
	<-started
	done := make(chan bool)
	go func() { p.Flush(); done <- true }()
	select {
	case <-done:
		t.Fatal("Flush did not wait for the save under way")
	case <-time.After(50 * time.Millisecond):
	}
	release <- true
	<-done
	p.Flush()
	if runs[0] != 1 || runs[1] != 1 || runs[2] != 1 {
		t.Errorf("runs %v, want each once", runs)
	}
}

// TestPendingOrder: saves land in the order they were sent, whatever the
// order their Cmds run in (Bubble Tea runs them at once): the second of
// two adds typed quickly put its excerpt first.
func TestPendingOrder(t *testing.T) {
	var p Pending
	var order []int
	cmds := make([]tea.Cmd, 3)
	for i := range cmds {
		cmds[i] = p.Cmd(func() tea.Msg { order = append(order, i); return i })
	}
	for _, i := range []int{2, 0, 1} {
		if msg := cmds[i](); msg != i {
			t.Errorf("Cmd %d gave %v", i, msg)
		}
	}
	p.Flush()
	if fmt.Sprint(order) != "[0 1 2]" {
		t.Errorf("ran in the order %v, want [0 1 2], each once", order)
	}
}

// TestPendingFlushDuringSettle: Flush waits for a save that a Settle
// under way runs (a, B and Ctrl-c read together: B's Cmd settles the add
// while the program ends), and Readers.Add keeps that reader's Pending:
// Settle took the saves out of the list before running them, so Flush
// found none and the program exited while the add was being written.
func TestPendingFlushDuringSettle(t *testing.T) {
	var p Pending
	started, release := make(chan bool), make(chan bool)
	ran := 0
	p.Cmd(func() tea.Msg { started <- true; <-release; ran++; return nil }) // its Cmd never runs
	settled := make(chan bool)
	go func() { p.Settle(); settled <- true }()
	<-started
	var rs Readers
	rs.Add(&p)
	rs.Add(new(Pending)) // another document opened meanwhile
	if rs.Len() != 2 {
		t.Errorf("the reader whose save is under way dropped: %d held, want 2", rs.Len())
	}
	done := make(chan bool)
	go func() { p.Flush(); done <- true }()
	select {
	case <-done:
		t.Fatal("Flush did not wait for the save a Settle runs")
	case <-time.After(50 * time.Millisecond):
	}
	release <- true
	<-done
	<-settled
	if ran != 1 {
		t.Errorf("the save ran %d times, want once", ran)
	}
	if rs.Add(new(Pending)); rs.Len() != 1 {
		t.Errorf("once saved, %d held, want the one shown", rs.Len())
	}
}

// saveMsg is a save's message for the tests: err is why it failed.
type saveMsg struct{ err error }

func (m saveMsg) SaveError() error { return m.err }

// TestPendingRetry: a save that failed is run once more by Flush, in
// the order sent, and Failed says only what is still not saved after
// it; Readers keeps a Pending with such a save, which its end must try.
// A failed add was said at the end but never tried again.
func TestPendingRetry(t *testing.T) {
	var p Pending
	full := errors.New("no space left on device")
	var order []string
	tries := map[string]int{}
	save := func(name string, failures int) func() tea.Msg {
		return func() tea.Msg {
			order = append(order, name)
			if tries[name]++; tries[name] <= failures {
				return saveMsg{full}
			}
			return saveMsg{}
		}
	}
	p.Cmd(save("a", 1))()
	p.Cmd(save("b", 0))()
	p.Cmd(save("c", 1))()
	if err := p.Failed(); err != full {
		t.Fatalf("Failed before Flush: %v", err)
	}
	var r Readers
	r.Add(&p)
	r.Add(new(Pending))
	if r.Len() != 2 {
		t.Errorf("Readers dropped the Pending with a failed save: %d held", r.Len())
	}
	r.Flush()
	if want := "a b c a c"; strings.Join(order, " ") != want {
		t.Errorf("ran %q, want %q", order, want)
	}
	if err := r.Failed(); err != nil {
		t.Errorf("Failed once saved: %v", err)
	}
	p.Cmd(save("d", 9))()
	p.Flush()
	if err := p.Failed(); err != full {
		t.Errorf("Failed with a save failing again: %v", err)
	}
}
