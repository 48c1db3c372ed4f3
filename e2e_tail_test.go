package main

import (
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
	tm := newTerm(t, 100, 30, bin+" "+f)
	tm.waitText(title)
	tm.keys("G")
	s := tm.waitFor("the last paragraph", func(s string) bool { return strings.Contains(strings.ReplaceAll(s, " ", ""), want) })
	if !strings.Contains(s, "reading the whole file") {
		// 60 MB take far longer to read and parse than a key takes
		// to arrive: the end came with the whole document, not at once.
		t.Errorf("G showed the end only when the whole file was in:\n%s", s)
	}
	if !strings.Contains(lines(s)[29], "100%") {
		t.Errorf("G while loading: status %q", lines(s)[29])
	}
	tm.checkWidths(s)
	noJunk(t, s, "the tail of a large file")
	s = tm.waitFor("the whole document", func(s string) bool { return !strings.Contains(s, "reading the whole file") })
	if !strings.Contains(strings.ReplaceAll(s, " ", ""), want) || !strings.Contains(lines(s)[29], "100%") {
		t.Errorf("the end is lost when the whole document came:\n%s", s)
	}
	tm.quit("q")
}
