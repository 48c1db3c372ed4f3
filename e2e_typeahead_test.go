package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestTypeAheadE2E: keys typed before the first frame (sent before wenji
// starts, as one types ahead of a slow start) act once the reader is up, in order, as less takes them. Bubble
// Tea's init used to read them with the terminal's answer to its colour
// question (see internal/earlyterm). TERM is xterm-256color: termenv asks
// no question of a terminal named screen or tmux.
func TestTypeAheadE2E(t *testing.T) {
	bin := binary(t)
	const h = 30
	status := func(s string) string { ls := lines(s); return strings.TrimSpace(ls[len(ls)-1]) }
	percent := func(s string) int {
		f := strings.Fields(status(s))
		if len(f) == 0 || !strings.HasSuffix(f[len(f)-1], "%") {
			return -1
		}
		n, err := strconv.Atoi(strings.TrimSuffix(f[len(f)-1], "%"))
		if err != nil {
			return -1
		}
		return n
	}
	for _, tt := range []struct {
		name string
		keys []string
		ok   func(p int) bool
	}{
		{"G", []string{"G"}, func(p int) bool { return p == 100 }},
		// G, then back a page: neither the top (keys lost) nor the end
		// (the page up taken before G).
		{"G then PageUp", []string{"G", "PageUp"}, func(p int) bool { return p > 0 && p < 100 }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for run := 0; run < 3; run++ {
				// The keys go in while the shell sleeps: they wait on the
				// terminal before wenji starts, every run.
				tm := newTerm(t, 100, h, "sleep 0.3; exec "+bin+" --no-resume --ambiguous-width 1 --theme dark ../shared/corpus/legislation-law-2023.md")
				tm.keys(tt.keys...)
				tm.waitFor("the keys typed ahead to act", func(s string) bool {
					return len(lines(s)) == h && tt.ok(percent(s))
				})
				tm.quit("q")
			}
		})
	}
}

// TestEarlyTermInitFirst: internal/earlyterm's init runs before Bubble
// Tea's, which asks the terminal its background colour: what keeps the
// keys typed ahead depends on that order, which Go sets by import path
// (earlyterm sorts before github.com/…). A rename would lose it silently.
func TestEarlyTermInitFirst(t *testing.T) {
	cmd := exec.Command(buildWenji(t), "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("wenji --version: %v\n%s", err, out)
	}
	early := strings.Index(string(out), "init earlyterm ")
	tea := strings.Index(string(out), "init github.com/charmbracelet/bubbletea ")
	if early < 0 || tea < 0 || early > tea {
		t.Errorf("earlyterm's init at %d, Bubble Tea's at %d: want earlyterm's first\n%s", early, tea, out)
	}
}
