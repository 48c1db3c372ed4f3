package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestKilledEditorTerminalE2E: an editor killed before it saved (kill
// -HUP from another terminal), which leaves the terminal in its raw mode,
// is said on the basket page (the edit not saved, the excerpt unchanged),
// and the shell after wenji has its terminal as it was: Bubble Tea took
// the editor's modes for the terminal's and gave them back at wenji's
// end, and the shell echoed nothing and stair-stepped its lines.
func TestKilledEditorTerminalE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	ctl := t.TempDir()
	editor := ctl + "/editor"
	script := "#!/bin/sh\nstty raw -echo -onlcr\n: > " + ctl + "/ready\nkill -HUP $$\n"
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	tm := newTerm(t, 100, 30, fmt.Sprintf("EDITOR=%s %s '%s'; stty -a > %s/stty", editor, bin, seed, ctl))
	tm.waitText("│")
	tm.keys("}", "a")
	tm.waitText("Added to basket (1)")
	tm.keys("B")
	tm.waitText("Basket")
	tm.keys("e")
	tm.waitText("the editor was stopped before the edit was saved: the excerpt is unchanged")
	tm.quit("q", "q")
	var modes string
	for i := 0; ; i++ {
		if b, err := os.ReadFile(ctl + "/stty"); err == nil && len(b) > 0 {
			modes = string(b)
			break
		} else if i > 200 {
			t.Fatal("the shell after wenji never ran stty")
		}
		time.Sleep(50 * time.Millisecond)
	}
	fields := strings.Fields(modes)
	for _, want := range []string{"onlcr", "echo", "icanon", "opost"} {
		if !slices.Contains(fields, want) {
			t.Errorf("the terminal after wenji lacks %s:\n%s", want, modes)
		}
	}
}
