// Package uitest holds what the pages' tests share: keys as a terminal sends them,
// the seed and the sample documents.
package uitest

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/common"

	tea "github.com/charmbracelet/bubbletea"
)

// SeedPath is relative, as CI clones the repo beside a copy of shared/.
const SeedPath = "../../../shared/seeds/000_9aa560646d353a75.txt"

// SeedDoc parses the real sample, or skips the test when it is absent.
func SeedDoc(t testing.TB) *model.Document {
	t.Helper()
	b, err := os.ReadFile(SeedPath)
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	return parse.Parse(string(b))
}

// KeyPress returns the tea.KeyMsg a terminal sends for the key named k, as
// key.Binding names keys ("j", "ctrl+d", "pgdown", " ").
func KeyPress(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "pgup":
		return tea.KeyMsg{Type: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "home":
		return tea.KeyMsg{Type: tea.KeyHome}
	case "end":
		return tea.KeyMsg{Type: tea.KeyEnd}
	case " ", "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "ctrl+a":
		return tea.KeyMsg{Type: tea.KeyCtrlA}
	case "ctrl+k":
		return tea.KeyMsg{Type: tea.KeyCtrlK}
	case "ctrl+w":
		return tea.KeyMsg{Type: tea.KeyCtrlW}
	case "ctrl+d":
		return tea.KeyMsg{Type: tea.KeyCtrlD}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "ctrl+n":
		return tea.KeyMsg{Type: tea.KeyCtrlN}
	case "ctrl+p":
		return tea.KeyMsg{Type: tea.KeyCtrlP}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "ctrl+e":
		return tea.KeyMsg{Type: tea.KeyCtrlE}
	case "ctrl+y":
		return tea.KeyMsg{Type: tea.KeyCtrlY}
	case "ctrl+f":
		return tea.KeyMsg{Type: tea.KeyCtrlF}
	case "ctrl+b":
		return tea.KeyMsg{Type: tea.KeyCtrlB}
	case "ctrl+z":
		return tea.KeyMsg{Type: tea.KeyCtrlZ}
	case "ctrl+^":
		return tea.KeyMsg{Type: tea.KeyCtrlCaret}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// SampleDoc parses the embedded sample from the repository's testdata.
func SampleDoc() (*model.Document, error) {
	b, err := os.ReadFile("../../testdata/sample.txt")
	if err != nil {
		return nil, err
	}
	return parse.Parse(string(b)), nil
}

// Quits reports whether cmd, run with its batches, asks to quit.
func Quits(cmd tea.Cmd) bool {
	if dropped(cmd) {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if Quits(c) {
				return true
			}
		}
	}
	return false
}

// RunCmd runs cmd and the batches in it, as the Bubble Tea loop does,
// returning the messages they give. A timer of a second or more (a status
// message's life, the place's save: common.Tick) is dropped without
// waiting, its message would come after the test, and so is a cursor's
// blink; everything else (work,
// and the short timers of a debounce) is waited for, however long a loaded
// machine makes it (a tight wait dropped slow saves and scans, and the
// tests failed under load). A Cmd still running after CmdDeadline is a
// Cmd that never ends: RunCmd panics, naming it.
func RunCmd(cmd tea.Cmd) []tea.Msg {
	if dropped(cmd) {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(CmdDeadline):
		panic(fmt.Sprintf("uitest.RunCmd: a Cmd (%s) still runs after %v: neither a timer nor work that ends", runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(), CmdDeadline))
	}
	switch msg := msg.(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, RunCmd(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// CmdDeadline is how long RunCmd waits for a Cmd: far past what any takes
// on a machine as loaded as CI's (the race detector, every package's tests
// at once), so that only a Cmd that never ends reaches it.
const CmdDeadline = time.Minute

// slowTimerCode is the code of common.Tick's long timers: every one of
// them is a closure of that one function literal.
var slowTimerCode = reflect.ValueOf(common.Tick(time.Hour, nil)).Pointer()

// isSlowTimer reports whether cmd is a long timer of common.Tick.
func isSlowTimer(cmd tea.Cmd) bool { return reflect.ValueOf(cmd).Pointer() == slowTimerCode }

// isBlink reports whether cmd is the blink of a text input's cursor
// (bubbles' cursor.BlinkCmd, told by its function's name): a timer that
// only shows and hides the cursor, half a second a keystroke.
func isBlink(cmd tea.Cmd) bool {
	return strings.Contains(runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(), "bubbles/cursor.")
}

// dropped reports whether the test loops drop cmd without running it:
// nil, a long timer (its message would come after the test), or a
// cursor's blink (what it shows is no test's business, and each waited
// out cost the library's tests half a second a keystroke: two minutes of
// CI's time, asleep).
func dropped(cmd tea.Cmd) bool { return cmd == nil || isSlowTimer(cmd) || isBlink(cmd) }

// IsTimer reports whether cmd is a timer of any length: common.Tick's, or
// one of tea.Tick or tea.Every (told by its function's name: a Cmd is
// opaque otherwise).
func IsTimer(cmd tea.Cmd) bool {
	if isSlowTimer(cmd) || isBlink(cmd) {
		return true
	}
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.Contains(name, "bubbletea.Tick.") || strings.Contains(name, "bubbletea.Every.")
}

// Main runs a page package's tests with the basket, the places and the
// cache in a temporary directory (XDG_DATA_HOME, XDG_STATE_HOME,
// XDG_CACHE_HOME), so that a test that opens a page without paths of its
// own never touches the user's; call it from TestMain.
func Main(m *testing.M) {
	dir, err := os.MkdirTemp("", "wenji-ui-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, v := range []string{"XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"} {
		os.Setenv(v, filepath.Join(dir, v))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// Loop runs a model as the Bubble Tea loop does, each Cmd in a goroutine
// of its own, for tests of work that runs on while keys come (a look for
// a file that Esc stops): Send gives the model a message at once, as a
// key the user types while a Cmd still runs; Until takes what the Cmds
// send, in the order they send it. Timers of a second or more are
// dropped, as RunCmd drops them.
type Loop struct {
	M   tea.Model
	out chan tea.Msg
}

// NewLoop returns the loop of m.
func NewLoop(m tea.Model) *Loop { return &Loop{M: m, out: make(chan tea.Msg, 1024)} }

// Send gives the model msg, starts the Cmd it returns and returns that
// Cmd (for Quits).
func (l *Loop) Send(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	l.M, cmd = l.M.Update(msg)
	l.start(cmd)
	return cmd
}

func (l *Loop) start(cmd tea.Cmd) {
	if dropped(cmd) {
		return
	}
	go func() {
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				l.start(c)
			}
		case nil:
		default:
			l.out <- msg
		}
	}()
}

// Until gives the model the messages its Cmds send, one at a time, until
// done holds for one just given; it fails t when none comes for
// CmdDeadline.
func (l *Loop) Until(t testing.TB, what string, done func(tea.Msg) bool) {
	t.Helper()
	for {
		select {
		case msg := <-l.out:
			l.Send(msg)
			if done(msg) {
				return
			}
		case <-time.After(CmdDeadline):
			t.Fatalf("uitest.Loop: no message after %v, waiting for %s", CmdDeadline, what)
		}
	}
}

// UntilSignal gives the model the messages its Cmds send until signal is
// closed (a Cmd's work reached a point the test waits for); it fails t
// when that takes CmdDeadline.
func (l *Loop) UntilSignal(t testing.TB, what string, signal <-chan struct{}) {
	t.Helper()
	deadline := time.After(CmdDeadline)
	for {
		select {
		case <-signal:
			return
		case msg := <-l.out:
			l.Send(msg)
		case <-deadline:
			t.Fatalf("uitest.Loop: still waiting for %s after %v", what, CmdDeadline)
		}
	}
}

// Suspends reports whether cmd, run with its batches, asks to suspend
// (Ctrl-Z).
func Suspends(cmd tea.Cmd) bool {
	if dropped(cmd) {
		return false
	}
	switch msg := cmd().(type) {
	case tea.SuspendMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if Suspends(c) {
				return true
			}
		}
	}
	return false
}
