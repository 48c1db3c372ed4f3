package statusbar

import "testing"

// TestMessages: a timer clears only its own message, of its own bar; a
// key clears a flash, not a notice.
func TestMessages(t *testing.T) {
	var a, b Model
	a.Flash("a")
	b.Notice("b")
	if a.Message() != "a" || b.Message() != "b" || !b.Lasting() || a.Lasting() {
		t.Fatalf("a %q %v, b %q %v", a.Message(), a.Lasting(), b.Message(), b.Lasting())
	}
	clearA := ClearMsg{a.id} // what the timer sends, without its wait
	b.Update(clearA)         // another bar's timer leaves b alone
	if b.Message() != "b" {
		t.Errorf("a's timer cleared b")
	}
	a.Update(clearA)
	if a.Message() != "" {
		t.Errorf("a's timer left %q", a.Message())
	}
	b.Clear() // a key does not clear a notice
	if b.Message() != "b" {
		t.Errorf("a key cleared a notice")
	}
	a.Flash("first")
	old := ClearMsg{a.id}
	a.Flash("second")
	a.Update(old) // the first timer does not clear the second
	if a.Message() != "second" {
		t.Errorf("an old timer cleared %q", a.Message())
	}
	a.Clear()
	if a.Message() != "" {
		t.Errorf("a key left %q", a.Message())
	}
}

// TestDrop: Drop takes a Notice away, which Clear leaves, and its timer
// then clears nothing newer.
func TestDrop(t *testing.T) {
	var m Model
	cmd := m.Notice("opened")
	m.Clear()
	if m.Message() != "opened" {
		t.Fatalf("Clear took the notice: %q", m.Message())
	}
	m.Drop()
	if m.Message() != "" || m.Lasting() {
		t.Fatalf("after Drop: %q, lasting %v", m.Message(), m.Lasting())
	}
	m.Flash("later")
	m.Update(cmd().(ClearMsg))
	if m.Message() != "later" {
		t.Errorf("the notice's timer cleared a later message: %q", m.Message())
	}
}

// TestHold: a held message outlives a key and the timer of the message it
// replaced; the next message replaces it.
func TestHold(t *testing.T) {
	var m Model
	m.Flash("before")
	timer := ClearMsg{m.id} // what the flash's timer sends, without its wait
	m.Hold("looking")
	m.Clear()
	m.Update(timer)
	if m.Message() != "looking" {
		t.Fatalf("a key or an old timer took the held message: %q", m.Message())
	}
	m.Flash("found")
	if m.Message() != "found" || m.Lasting() {
		t.Errorf("after a flash: %q, lasting %v", m.Message(), m.Lasting())
	}
}
