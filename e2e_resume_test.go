package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wenji/internal/text"
)

// TestResumeE2E: quit in the middle of the third article, reopen: the same
// paragraph is at the top; a copy of the file elsewhere opens there too;
// --no-resume opens at the start; a mark set before quitting is kept.
func TestResumeE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	stateDir := t.TempDir()
	orig := filepath.Join(t.TempDir(), "汇编.txt")
	other := filepath.Join(t.TempDir(), "copy", "another name.txt")
	os.MkdirAll(filepath.Dir(other), 0o755)
	for _, p := range []string{orig, other} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	open := func(file string, flags ...string) *term {
		tm := newTerm(t, 100, 30, fmt.Sprintf("XDG_STATE_HOME=%s %s %s '%s'", stateDir, bin, strings.Join(flags, " "), file))
		tm.waitText("│") // the outline is drawn
		return tm
	}
	const third = "坚持以党的创新理论凝心铸魂"

	tm := open(orig)
	tm.keys("}", "}", "}")
	tm.waitFor("the third article", func(s string) bool { return strings.HasPrefix(readerTop(s), third) })
	tm.keys("m", "a", "C-d", "C-d", "j", "j", "j")
	tm.waitFor("the middle of the third article", func(s string) bool {
		return !strings.HasPrefix(readerTop(s), third) && readerTop(s) != ""
	})
	s := tm.settle()
	top := readerTop(s)
	t.Logf("top before quitting: %q", top)
	text := string(b)
	at, start, end := strings.Index(text, top), strings.Index(text, third), strings.Index(text, "真查真改以检视整改")
	if !(start < at && at < end) {
		t.Fatalf("top %q (at %d) is not in the third article (%d–%d)", top, at, start, end)
	}
	tm.quit("q")
	// The program saves as it exits, through a temporary file renamed
	// into place (a live save of the mark may be in flight too): wait for
	// one state file and no temporary one.
	docs := filepath.Join(stateDir, "wenji", "docs")
	ents, tmp := stateFiles(docs)
	for deadline := time.Now().Add(exitBound); (len(ents) == 0 || tmp > 0) && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		ents, tmp = stateFiles(docs)
	}
	if len(ents) != 1 || tmp > 0 {
		t.Fatalf("state files: %v, %d temporary", ents, tmp)
	}

	for _, f := range []string{orig, other} {
		tm := open(f)
		s := tm.waitFor("the remembered place", func(s string) bool { return readerTop(s) == top })
		tm.checkWidths(s)
		// The mark came back too.
		tm.keys("'", "a")
		tm.waitFor("mark a", func(s string) bool { return strings.HasPrefix(readerTop(s), third) })
	}

	tm = open(other, "--no-resume")
	s = tm.screen()
	if readerTop(s) == top {
		t.Errorf("--no-resume resumed:\n%s", s)
	}
}

// settle returns the screen once every key sent before it is handled: it
// opens the help (?) and closes it again, and keys are taken in order, so
// the screen after the help is gone shows what the keys did. Waiting for
// the screen to stop changing for a while instead returned a screen
// from before the keys when a loaded machine left wenji unscheduled for
// longer than that while. For a page that takes ? as help (the reader,
// the library's list and the basket's page), not while text is typed.
func (tm *term) settle() string {
	tm.t.Helper()
	tm.keys("?")
	tm.waitFor("the help (every key before it handled)", helpShown)
	tm.keys("?")
	// Closed: neither its title nor its last lines on the screen. tmux can
	// be read within a redraw, its top rows the new frame's and its lower
	// ones still the help's (the title gone, the help's rows kept).
	return tm.waitFor("the help closed", func(s string) bool {
		return !helpShown(s) && !strings.Contains(s, text.EnShared.HelpMore) && !strings.Contains(s, text.ZhShared.HelpMore) &&
			!strings.Contains(s, text.EnShared.HelpEnd) && !strings.Contains(s, text.ZhShared.HelpEnd)
	})
}

// helpShown: the help's title is on the screen, in either language.
func helpShown(s string) bool {
	for _, title := range []string{"Keys  ·", "按键  ·"} {
		if strings.Contains(s, title) {
			return true
		}
	}
	return false
}

// stateFiles lists the state files in dir, and counts the temporary files
// of a save in flight (.tmp-…) apart.
func stateFiles(dir string) (names []string, tmp int) {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			tmp++
			continue
		}
		names = append(names, e.Name())
	}
	return names, tmp
}
