package app

import (
	"os"
	"path/filepath"
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
	// Hits go to a terminal line by line, elsewhere through a buffer.
	if !onTerminal(tty) || onTerminal(f) || onTerminal(&strings.Builder{}) {
		t.Errorf("line by line: terminal %v, file %v, buffer %v", onTerminal(tty), onTerminal(f), onTerminal(&strings.Builder{}))
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

// TestOneLineNames: a file name or heading holding a line feed, CR, tab,
// ESC or a C1 control stays one visible field of one line in --search,
// --search --count and the path list wenji DIR prints to a pipe; --json
// keeps the name exact.
func TestOneLineNames(t *testing.T) {
	evil := "lib/sub/evil\nname\x1b[31m\r\t\u0085.txt"
	shown := "lib/sub/evil␊name␛[31m␍␉\uFFFD.txt"
	r := libgrep.Result{Path: evil, Count: 1, Hits: []libgrep.Hit{{
		Path: []int{1}, Crumb: []string{"一、\n标题", "正文"}, Match: "关键",
	}}}
	for _, c := range []struct {
		name  string
		print func(p *hitPrinter)
		want  string
	}{
		{"hits", func(p *hitPrinter) { p.hits(r) }, shown + ":1:一、␊标题 › 正文: 关键\n"},
		{"count", func(p *hitPrinter) { p.count(r) }, shown + ":1\n"},
	} {
		var b strings.Builder
		c.print(&hitPrinter{w: &b})
		if b.String() != c.want {
			t.Errorf("%s: %q, want %q", c.name, b.String(), c.want)
		}
		var j strings.Builder
		c.print(&hitPrinter{w: &j, json: true})
		if !strings.Contains(j.String(), `"file":"lib/sub/evil\nname\u001b[31m\r\t`) || strings.Count(j.String(), "\n") != 1 {
			t.Errorf("%s --json: %q, want the name exact", c.name, j.String())
		}
	}

	dir := t.TempDir()
	for _, name := range []string{"a\nb.txt", "c\td.txt", "e\x1b[2Jf.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("一、标题\n正文\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	var out, errOut strings.Builder
	if code := runLibrary(dir, "en", options{}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	want := strings.Join([]string{dir + "/a␊b.txt", dir + "/c␉d.txt", dir + "/e␛[2Jf.txt"}, "\n") + "\n"
	if out.String() != want {
		t.Errorf("path list %q, want %q", out.String(), want)
	}
}
