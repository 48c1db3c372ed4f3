package app

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"wenji/internal/libgrep"
	"wenji/model"
)

// openPTY returns the program's side of a new pseudo-terminal.
func openPTY(t *testing.T) *os.File {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	fd := int(master.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	slave, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { slave.Close() })
	return slave
}

// TestColourOut: --search colours a terminal only, and never under
// NO_COLOR.
func TestColourOut(t *testing.T) {
	tty := openPTY(t)
	f, _ := os.CreateTemp(t.TempDir(), "out")
	defer f.Close()
	t.Setenv("NO_COLOR", "")
	if !colourOut(tty) || colourOut(f) || colourOut(&strings.Builder{}) {
		t.Errorf("terminal %v, file %v, buffer %v", colourOut(tty), colourOut(f), colourOut(&strings.Builder{}))
	}
	t.Setenv("NO_COLOR", "1")
	if colourOut(tty) {
		t.Error("colour under NO_COLOR")
	}
}

// TestHitLine: a hit line in colour holds wenji's colours and nothing
// else of the file's: escape sequences, C1 controls and line breaks in the
// text, the breadcrumb or the file's name become placeholders.
func TestHitLine(t *testing.T) {
	var b strings.Builder
	p := hitPrinter{w: &b, colour: true}
	p.hits(libgrep.Result{Path: "a\x1b[2Jb.txt", Count: 1, Hits: []libgrep.Hit{{
		Span: model.Span{Start: 10, End: 16}, Path: []int{2, 1}, Crumb: []string{"第二篇\x1b]0;x\x07", "一、做法"},
		Before: "前文\u009b31m", Match: "关键", After: "后文\r\n",
	}}})
	line := b.String()
	plain := strings.NewReplacer(sgrFile, "", sgrPath, "", sgrSep, "", sgrMatch, "", sgrOff, "").Replace(line)
	if strings.ContainsAny(plain, "\x1b\x07\u009b\r") || strings.Count(line, "\n") != 1 {
		t.Errorf("%q", line)
	}
	if !strings.Contains(line, sgrMatch+"关键"+sgrOff) || !strings.Contains(line, sgrPath+"2.1"+sgrOff) {
		t.Errorf("no colours: %q", line)
	}
	if !strings.Contains(plain, ":2.1:") || !strings.Contains(plain, " › 一、做法: 前文") || !strings.HasSuffix(plain, "关键后文\n") {
		t.Errorf("snippet: %q", plain)
	}
}
