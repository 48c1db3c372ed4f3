package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/internal/tools/gen"
	"wenji/parse"
)

// TestLargeFileEndAtOnce: G pressed as soon as the first page of a large
// file shows puts its last paragraph on screen while the rest is still
// being read (issue 17), with the junk filtered, and it stays there when
// the whole document is in.
func TestLargeFileEndAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 60 MB file")
	}
	bin := binary(t)
	f := filepath.Join(t.TempDir(), "big.txt")
	if err := gen.WriteFile(f, 60<<20, 5); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	tail := parse.Parse(string(b[len(b)-64<<10:][strings.IndexByte(string(b[len(b)-64<<10:]), '\n')+1:]))
	var last string
	for _, p := range tail.Paras {
		if len(tail.JunkIn(p)) == 0 {
			last = tail.Text[p.Start:p.End]
		}
	}
	want := lastRunes(last, 4)
	title := firstRunes(strings.SplitN(string(b[:4096]), "\n", 2)[0], 6)
	b = nil
	// The whole load waits for hold (internal/app/hold_e2e.go): G is
	// pressed while the file is surely still being read, however fast
	// the machine parses 60 MB.
	hold := filepath.Join(t.TempDir(), "go")
	tm := newTerm(t, 100, 30, "WENJI_E2E_HOLD="+hold+" "+bin+" "+f)
	tm.waitText(title)
	tm.keys("G")
	s := tm.waitFor("the last paragraph", func(s string) bool { return strings.Contains(strings.ReplaceAll(s, " ", ""), want) })
	if !strings.Contains(s, "reading the whole file") {
		t.Errorf("G showed the end only when the whole file was in:\n%s", s)
	}
	if !strings.Contains(lines(s)[29], "100%") {
		t.Errorf("G while loading: status %q", lines(s)[29])
	}
	tm.checkWidths(s)
	noJunk(t, s, "the tail of a large file")
	release(t, hold)
	s = tm.waitFor("the whole document", func(s string) bool { return !strings.Contains(s, "reading the whole file") })
	if !strings.Contains(strings.ReplaceAll(s, " ", ""), want) || !strings.Contains(lines(s)[29], "100%") {
		t.Errorf("the end is lost when the whole document came:\n%s", s)
	}
	tm.quit("q")
}

// TestLargeStdinPreview: a large document on standard input, piped or
// redirected, opens on its preview as a large file does, the rest read
// and parsed behind it; G shows its end at once from a window of it, a
// mark set there holds when the whole is in. Its whole parse came before
// the first frame: cat big | wenji showed a blank terminal for seconds.
func TestLargeStdinPreview(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 60 MB file")
	}
	bin := binary(t)
	f := filepath.Join(t.TempDir(), "big.txt")
	if err := gen.WriteFile(f, 60<<20, 7); err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 4096)
	fh, err := os.Open(f)
	if err != nil {
		t.Fatal(err)
	}
	fh.Read(head)
	fh.Close()
	title := firstRunes(strings.SplitN(string(head), "\n", 2)[0], 6)
	text := func(l string) string { // the reading pane's part of a row
		if i := strings.LastIndex(l, "│"); i >= 0 {
			return l[i:]
		}
		return l
	}
	for _, form := range []string{"cat " + f + " | %s", "%s - < " + f} {
		hold := filepath.Join(t.TempDir(), "go") // see TestLargeFileEndAtOnce
		cmd := fmt.Sprintf(form, "WENJI_E2E_HOLD="+hold+" "+bin)
		tm := newTerm(t, 100, 30, cmd)
		s := tm.waitText(title)
		if !strings.Contains(s, "reading the whole file") || !strings.Contains(lines(s)[29], "stdin") {
			t.Errorf("%s: the first frame is not a preview:\n%s", cmd, s)
		}
		tm.keys("G")
		s = tm.waitFor("the end", func(s string) bool { return strings.Contains(lines(s)[29], "100%") })
		if !strings.Contains(s, "reading the whole file") {
			t.Errorf("%s: G showed the end only when the whole was in:\n%s", cmd, s)
		}
		tm.keys("k", "m", "a")
		top := text(lines(tm.waitFor("the mark", func(s string) bool { return strings.Contains(s, "mark a set") }))[0])
		release(t, hold)
		tm.waitFor("the whole document", func(s string) bool { return !strings.Contains(s, "reading the whole file") })
		tm.keys("g", "'", "a")
		s = tm.waitFor("back at the mark", func(s string) bool { return !strings.Contains(lines(s)[29], " 0%") })
		if text(lines(s)[0]) != top {
			t.Errorf("%s: the mark set while loading moved: %q, then %q", cmd, top, text(lines(s)[0]))
		}
		tm.quit("q")
	}
}

// release lets a load held by WENJI_E2E_HOLD go on (hold_e2e.go).
func release(t *testing.T, hold string) {
	t.Helper()
	if err := os.WriteFile(hold, nil, 0o644); err != nil {
		t.Fatal(err)
	}
}
