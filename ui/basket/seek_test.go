package basket

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	store "wenji/internal/basket"
	"wenji/model"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// TestRootLookStops: Enter on an excerpt whose file is gone says at once
// that a file with its text is looked for; Esc (and Ctrl-C, which does
// not quit then) stops the look: its context is cancelled, the look
// returns, and what it would have opened is never shown over the page,
// which says the look stopped. Enter again looks again, and a look that
// finds nothing shows the basket's copy, saying none was found.
func TestRootLookStops(t *testing.T) {
	for _, stop := range []string{"esc", "ctrl+c"} {
		t.Run(stop, func(t *testing.T) {
			basketPath := filepath.Join(t.TempDir(), "basket.json")
			b, err := store.Open(basketPath)
			if err != nil {
				t.Fatal(err)
			}
			b.Add(store.Excerpt{Kind: store.KindSection, Heading: "甲", Text: "甲\n甲的正文。\n",
				Source: store.Source{Name: "old.txt", Path: "/docs/old.txt", Hash: "k2"}})
			if err := b.Save(); err != nil {
				t.Fatal(err)
			}
			started, ended := make(chan struct{}), make(chan struct{})
			var looks, opensFound atomic.Int32
			ropt := RootOptions{
				Basket: Options{Path: basketPath, Lang: "en", Ambiguous: 1},
				Reader: reader.Options{Lang: "en", Ambiguous: 1},
				Open: func(p string) (*model.Document, string, error) {
					if p == "/docs/new.txt" {
						opensFound.Add(1)
						return buildSmall(), "k2", nil
					}
					return nil, "", errors.New(p + ": no such file")
				},
				FindNear: func(ctx context.Context, key, path, here string) string {
					if looks.Add(1) > 1 {
						return "" // the second look finds nothing
					}
					close(started)
					<-ctx.Done()
					close(ended)
					return "/docs/new.txt" // too late: the look was stopped
				},
			}
			r := reader.New(buildSmall(), reader.Options{Lang: "en", Ambiguous: 1, BasketPage: true, FileName: "/here/a.txt", Key: "k1"})
			loop := uitest.NewLoop(NewRoot(r, "k1", "/here/a.txt", ropt))
			loop.Send(tea.WindowSizeMsg{Width: 100, Height: 24})
			loop.Send(uitest.KeyPress("B"))
			loop.Send(uitest.KeyPress("enter"))
			loop.UntilSignal(t, "the look to start", started)
			if v := ansi.Strip(loop.M.View()); !strings.Contains(v, "old.txt gone: looking for its text elsewhere… (Esc stops)") {
				t.Fatalf("the look is not said:\n%s", v)
			}
			loop.Send(uitest.KeyPress("G")) // typed ahead for the document: dropped with the look
			if cmd := loop.Send(uitest.KeyPress("ctrl+z")); !uitest.Suspends(cmd) {
				t.Error("Ctrl-Z during the look waits for it")
			}
			if cmd := loop.Send(uitest.KeyPress(stop)); uitest.Quits(cmd) {
				t.Fatalf("%s during the look quits", stop)
			}
			select {
			case <-ended:
			case <-time.After(uitest.CmdDeadline):
				t.Fatal("the look's context was not cancelled")
			}
			loop.Until(t, "the stopped look's answer", func(msg tea.Msg) bool { _, ok := msg.(SeekDoneMsg); return ok })
			root := loop.M.(Root)
			if !root.basket.Shown || root.path != "/here/a.txt" || root.opening || opensFound.Load() != 0 {
				t.Fatalf("after %s the look's answer changed the screen (page shown %v, reading %q, opening %v, found opened %d):\n%s",
					stop, root.basket.Shown, root.path, root.opening, opensFound.Load(), ansi.Strip(root.View()))
			}
			if v := ansi.Strip(root.View()); !strings.Contains(v, "stopped looking for old.txt (Enter looks again)") {
				t.Errorf("the stop is not said:\n%s", v)
			}

			loop.Send(uitest.KeyPress("enter"))
			loop.Until(t, "the kept copy", func(tea.Msg) bool { return !loop.M.(Root).basket.Shown })
			rd, _, _ := loop.M.(Root).Reader()
			if !rd.Kept() {
				t.Fatalf("a look that found nothing did not show the kept copy")
			}
			if v := ansi.Strip(loop.M.View()); !strings.Contains(v, "source gone (no such file), not found: basket's copy") {
				t.Errorf("not said that none was found:\n%s", v)
			}
			if rd.Current() == nil || rd.Document().Root.Title != "甲" {
				t.Errorf("the kept copy shows %q", rd.Document().Root.Title)
			}
		})
	}
}

// TestSeekLateAnswer: the answer of a look stopped, or of one that a
// later look replaced, is nobody's; the later look's is taken once.
func TestSeekLateAnswer(t *testing.T) {
	var s Seek
	first := s.Start("a", func(context.Context) tea.Msg { return "first" })
	if !s.Stop() || s.Active() {
		t.Fatal("Stop did not end the look")
	}
	if _, ok := s.Done(first().(SeekDoneMsg)); ok {
		t.Error("a stopped look's answer was taken")
	}
	second := s.Start("b", func(context.Context) tea.Msg { return "second" })
	third := s.Start("c", func(ctx context.Context) tea.Msg { return "third" })
	if _, ok := s.Done(second().(SeekDoneMsg)); ok {
		t.Error("a replaced look's answer was taken")
	}
	msg := third().(SeekDoneMsg)
	if got, ok := s.Done(msg); !ok || got != "third" {
		t.Errorf("the look's answer: %v %v", got, ok)
	}
	if _, ok := s.Done(msg); ok {
		t.Error("an answer was taken twice")
	}
}

// TestStopKeys: Esc and Ctrl-C stop a look; Esc read with the key after
// it (Alt+key) stops it and gives the key on; other keys do not stop it.
func TestStopKeys(t *testing.T) {
	if stop, after := StopKeys(uitest.KeyPress("esc")); !stop || after != nil {
		t.Errorf("Esc: %v %v", stop, after)
	}
	if stop, _ := StopKeys(uitest.KeyPress("ctrl+c")); !stop {
		t.Error("Ctrl-C does not stop")
	}
	if stop, after := StopKeys(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j"), Alt: true}); !stop || len(after) != 1 || after[0].Alt || after[0].String() != "j" {
		t.Errorf("Esc j: %v %v", stop, after)
	}
	if stop, _ := StopKeys(uitest.KeyPress("q")); stop {
		t.Error("q stops the look")
	}
}
