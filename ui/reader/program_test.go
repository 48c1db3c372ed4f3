package reader

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
	"wenji/parse"
)

// runProgram runs the reader in a real Bubble Tea program whose keyboard
// is a pipe, writes keys into it from another goroutine while the program
// runs its Cmds (the loader, search scans), and returns the final model.
// Under -race this is where the UI goroutine, the loader and the scans
// meet. The q that ends the typing waits for the reader's work (settled).
// It fails if the program has not quit within a minute.
func runProgram(t *testing.T, m Model, typing func(send func(string))) Model {
	t.Helper()
	pr, pw := io.Pipe()
	keysRead := make(chan string, 4096)
	p := tea.NewProgram(settled{m, keysRead}, tea.WithInput(pr), tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
	type result struct {
		m   tea.Model
		err error
	}
	done := make(chan result, 1)
	go func() {
		final, err := p.Run()
		done <- result{final, err}
	}()
	p.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	go func() {
		typing(func(s string) {
			pw.Write([]byte(s))
			if s == "\x1b" { // alone: wait until it is read, or it and the next key are Alt+key
				for k := range keysRead {
					if k == "esc" {
						break
					}
				}
			}
			time.Sleep(2 * time.Millisecond)
		})
	}()
	select {
	case r := <-done:
		pw.Close()
		if r.err != nil {
			t.Fatalf("program: %v", r.err)
		}
		return r.m.(settled).Model
	case <-time.After(time.Minute):
		p.Kill()
		t.Fatal("the program did not quit within a minute")
		return Model{}
	}
}

// settled is the reader whose q waits until the document is whole and the
// search has ended, as a user reads the count before quitting: a sleep
// before q was too short on a loaded machine.
// It tells keysRead each key it has read.
type settled struct {
	Model
	keysRead chan<- string
}

func (s settled) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, key := msg.(tea.KeyMsg)
	if key && k.String() == "q" && (s.Loading() || !s.search.done) {
		return s, tea.Tick(5*time.Millisecond, func(time.Time) tea.Msg { return msg })
	}
	nm, cmd := s.Model.Update(msg)
	if key {
		select {
		case s.keysRead <- k.String():
		default: // nobody waits for it: the test sends no lone Esc
		}
	}
	return settled{nm.(Model), s.keysRead}, cmd
}

// hitsIn counts q's hits in doc's shown text, as the search should.
func hitsIn(t *testing.T, doc *model.Document, q string) int {
	t.Helper()
	cq, err := search.Compile(q)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	cq.Scan(context.Background(), doc, search.ScanOptions{}, func(model.Span) bool { n++; return true })
	return n
}

// TestProgramLoadWhileTyping: keys, searches and junk toggles arrive while
// the whole document is being read behind its preview; at the end the
// reader holds the whole document, the search counts its hits, and the
// race detector has watched the loader, the scans and the UI together.
func TestProgramLoadWhileTyping(t *testing.T) {
	text := bigText()
	whole := func() (*model.Document, error) { return parse.Parse(text), nil }
	copier := Copier{Native: ClipboardFunc(func(context.Context, string) error { return nil })}
	m := New(preview(text, 4096), Options{Lang: "zh", Ambiguous: 1, Load: whole, Copier: &copier})
	final := runProgram(t, m, func(send func(string)) {
		// Typed at once: the loader waits firstFrameGrace, then works.
		for _, k := range []string{"j", "j", " ", "/", "做", "法", "\r", "n", "n", "p", "N", "\x0e", "G", "g", "y", "Y", "\t", "j", "\r", "\t"} {
			send(k)
		}
		// Go on until the whole document is in, then search it again.
		for range 500 {
			send("j")
		}
		send("/")
		send("全文")
		send("\r")
		for range 20 {
			send("n")
		}
		send("q")
	})
	if final.Loading() || final.doc.Text != text {
		t.Fatalf("after the program: loading %v, %d bytes of %d", final.Loading(), len(final.doc.Text), len(text))
	}
	if got, want := final.search.hits.Len(), hitsIn(t, final.doc, "全文"); !final.search.done || got != want || want == 0 {
		t.Errorf("search 全文: %d hits (done %v), want %d", got, final.search.done, want)
	}
}

// TestProgramSearchWhileTyping: incremental search over a large document:
// every key of the query starts a scan that the next key supersedes, with
// scrolling keys in between; the last query's count is the right one.
func TestProgramSearchWhileTyping(t *testing.T) {
	text := strings.Repeat(bigText(), 4)
	doc := parse.Parse(text)
	m := New(doc, Options{Lang: "en", Ambiguous: 2})
	final := runProgram(t, m, func(send func(string)) {
		send("/")
		for _, r := range "正文内容用来" {
			send(string(r))
		}
		send("\x7f") // backspace: 正文内容用
		send("\r")
		for range 30 {
			send("n")
			send("j")
		}
		send("/")
		send("\\成效|做法") // a regexp
		send("\r")
		send("p")
		send("\x0e") // ctrl+n
		send("\x1b")
		send("/")
		send("群众")
		send("\r")
		send("q")
	})
	if got, want := final.search.hits.Len(), hitsIn(t, doc, "群众"); !final.search.done || got != want || want == 0 {
		t.Errorf("search 群众: %d hits (done %v), want %d", got, final.search.done, want)
	}
}
