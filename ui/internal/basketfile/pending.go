package basketfile

import (
	"slices"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// Pending holds the saves of the basket a page has sent as Cmds, so that
// none is lost when the program ends: Bubble Tea starts a Cmd in a
// goroutine when it gets to it, and a quit right after a (a then q read
// together, a slow disk) can end the program before the save has run or
// finished. Each save runs once, from its Cmd or from Flush, whichever
// comes first; Flush waits for one under way, and runs once more each
// save that failed. The zero value is ready.
type Pending struct {
	mu    sync.Mutex
	tasks []*task
	// retry are the saves that failed (SaveFailure), in the order sent:
	// what they saved is not in the basket, whatever was saved after
	// them (each add opens the basket afresh), till Flush runs them
	// again at the program's end (the disk may have room by then).
	retry []func() tea.Msg
	// failed is why the last of them failed.
	failed error
}

// SaveFailure is a save's message that says whether it failed.
type SaveFailure interface {
	// SaveError is why the basket was not saved, or nil.
	SaveError() error
}

type task struct {
	once sync.Once
	run  func() tea.Msg
	msg  tea.Msg
	p    *Pending
}

func (t *task) do() tea.Msg {
	t.once.Do(func() {
		t.msg = t.run()
		t.p.failedAgain(t.run, t.msg)
	})
	return t.msg
}

// failedAgain keeps run for Flush to try again when msg, its message,
// says the save failed.
func (p *Pending) failedAgain(run func() tea.Msg, msg tea.Msg) {
	if f, ok := msg.(SaveFailure); ok {
		if err := f.SaveError(); err != nil {
			p.mu.Lock()
			p.retry, p.failed = append(p.retry, run), err
			p.mu.Unlock()
		}
	}
}

// Failed returns why a save of p is not in the basket, the last one that
// failed, once Flush tried it again; nil when none is (a nil Pending has
// none). The program's end says so: the
// status bar said it as it happened, and a flash is easily missed.
func (p *Pending) Failed() error {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.failed
}

// Cmd returns the Cmd that runs run, held until it has run (a nil
// Pending holds nothing). The saves land in the order they were sent:
// Bubble Tea runs Cmds at once, each in its goroutine, and of two adds
// typed quickly (} a } a) the second could take the basket's lock first
// and put its excerpt before the first's. A Cmd runs the saves sent
// before its own that have not run yet, or waits for those under way.
func (p *Pending) Cmd(run func() tea.Msg) tea.Cmd {
	if p == nil {
		return run
	}
	t := &task{run: run, p: p}
	p.mu.Lock()
	p.tasks = append(p.tasks, t)
	p.mu.Unlock()
	return func() tea.Msg {
		p.mu.Lock()
		var before []*task
		for _, x := range p.tasks {
			if x == t {
				break
			}
			before = append(before, x)
		}
		p.mu.Unlock()
		for _, x := range before {
			x.do()
		}
		msg := t.do()
		p.mu.Lock()
		for i, x := range p.tasks {
			if x == t {
				p.tasks = append(p.tasks[:i], p.tasks[i+1:]...)
				break
			}
		}
		p.mu.Unlock()
		return msg
	}
}

// Flush runs the saves whose Cmds have not run, in the order they were
// sent, waits for those under way, and runs once more those that failed:
// the program calls it once Bubble Tea has returned.
func (p *Pending) Flush() {
	if p == nil {
		return
	}
	p.Settle()
	p.mu.Lock()
	retry := p.retry
	p.retry, p.failed = nil, nil
	p.mu.Unlock()
	for _, run := range retry {
		p.failedAgain(run, run())
	}
}

// Settle is Flush for a program that goes on: it returns the messages of
// the saves it ran or waited for, in the order they were sent (their own
// Cmds deliver them too). The basket page reads the basket after it, so
// that it shows what a then B, read together, added.
func (p *Pending) Settle() []tea.Msg {
	if p == nil {
		return nil
	}
	// The saves stay in the list until they have run, as a Cmd's does:
	// a Flush while this Settle runs them (a, B and Ctrl-c read together)
	// waits for them, and Readers keeps this Pending meanwhile.
	p.mu.Lock()
	tasks := slices.Clone(p.tasks)
	p.mu.Unlock()
	msgs := make([]tea.Msg, 0, len(tasks))
	for _, t := range tasks {
		msgs = append(msgs, t.do())
	}
	p.mu.Lock()
	p.tasks = slices.DeleteFunc(p.tasks, func(x *task) bool { return slices.Contains(tasks, x) })
	p.mu.Unlock()
	return msgs
}

// idle reports whether no save sent waits to be run, to finish or to be
// tried again.
func (p *Pending) idle() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.tasks) == 0 && len(p.retry) == 0
}

// Readers holds the Pendings of the readers a program showed that its end
// must still flush: the reader shown last, and any before it whose saves
// have not run or failed. Adding one drops the others that are idle, so a program
// that opens N documents holds one, not N (it appended each reader's
// Flusher to a list that only grew). The zero value is ready; share it by
// pointer between a program's copies.
type Readers struct {
	mu sync.Mutex
	ps []*Pending
}

// Add keeps p, the Pending of the reader shown now.
func (r *Readers) Add(p *Pending) {
	if p == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	kept := r.ps[:0]
	for _, q := range r.ps {
		if q != p && !q.idle() {
			kept = append(kept, q)
		}
	}
	clear(r.ps[len(kept):])
	r.ps = append(kept, p)
}

// Len is how many Pendings r holds.
func (r *Readers) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.ps)
}

// Failed returns why a save of a Pending r holds is not in the basket
// (Pending.Failed), or nil.
func (r *Readers) Failed() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, p := range r.ps {
		if err := p.Failed(); err != nil {
			return err
		}
	}
	return nil
}

// Flush flushes every Pending r holds, in the order they were added.
func (r *Readers) Flush() {
	r.mu.Lock()
	ps := append([]*Pending(nil), r.ps...)
	r.mu.Unlock()
	for _, p := range ps {
		p.Flush()
	}
}
