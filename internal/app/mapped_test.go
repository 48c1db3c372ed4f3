package app

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/internal/bigread"
	"wenji/internal/par"
	"wenji/internal/tools/gen"
)

// The child's side of TestPrintFileCutShort: wenji with these flags,
// the file cut to WENJI_TEST_CUT bytes as soon as it is mapped.
func init() {
	cut := os.Getenv("WENJI_TEST_CUT")
	if cut == "" {
		return
	}
	n, _ := strconv.ParseInt(cut, 10, 64)
	truncate := func(name string) {
		if err := os.Truncate(name, n); err != nil {
			panic(err)
		}
	}
	mappedHook = truncate
	if k, _ := strconv.Atoi(os.Getenv("WENJI_TEST_EACH")); k > 0 {
		var calls atomic.Int32 // nested calls come from workers
		mappedHook = func(name string) {
			par.OnFaultingEach = func() {
				if calls.Add(1) == int32(k) {
					truncate(name)
				}
			}
		}
	}
	var args []string
	for i := 0; ; i++ {
		a, ok := os.LookupEnv(fmt.Sprintf("WENJI_TEST_ARG%d", i))
		if !ok {
			break
		}
		args = append(args, a)
	}
	cfg, code, done := Parse(args, "test", os.Stdin, os.Stdout, os.Stderr)
	if !done {
		code = Run(cfg, os.Stdin, os.Stdout, os.Stderr)
	}
	os.Exit(code)
}

// A large file cut short while a printing mode parses it straight from
// its mapping faults wherever its lost pages are read: on the command's
// goroutine, or on any worker the parse or the printing starts. Each way
// wenji says so in one line and exits 1, with no panic or stack; the
// copy it read before would not have noticed (exit 0). Run in a child
// process: a fault not caught ends it.
func TestPrintFileCutShort(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 3 files of 6 MB and runs 18 children")
	}
	const size = 6 << 20
	for _, enc := range []struct {
		name string
		enc  encoding.Encoding
	}{{"utf8", nil}, {"gb18030", simplifiedchinese.GB18030}} {
		src := filepath.Join(t.TempDir(), "src.txt")
		if err := gen.WriteFileIn(src, size, 29, enc.enc); err != nil {
			t.Fatal(err)
		}
		whole, err := os.ReadFile(src)
		if err != nil || len(whole) < bigread.Threshold {
			t.Fatalf("%d bytes, %v", len(whole), err)
		}
		for _, args := range [][]string{{"--outline"}, {"--json"}, {"--print", "1"}} {
			for _, cut := range []int{0, len(whole) / 3, len(whole) * 5 / 6} {
				name := fmt.Sprintf("%s %v cut to %d", enc.name, args, cut)
				p := filepath.Join(t.TempDir(), "文件.txt")
				if err := os.WriteFile(p, whole, 0o644); err != nil {
					t.Fatal(err)
				}
				code, stdout, stderr := child(t, cut, 0, p, args)
				wantChanged(t, name, p, code, stdout, stderr)
			}
		}
	}
}

// The same file cut short, to nothing, as the k-th par.Each of the parse
// and the printing starts its workers, for every k until there is none:
// every goroutine these start touches the mapped bytes under
// debug.SetPanicOnFault, and a fault in one is the same line and exit 1.
func TestPrintFileCutShortInWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process for each par.Each of a parse of 17 MB")
	}
	// UTF-8: its text is the mapping's bytes to the end. (One in GB18030
	// is decoded into a copy on this goroutine before any par.Each, and
	// the mapping given back: TestPrintFileCutShort covers it.)
	src := filepath.Join(t.TempDir(), "src.txt")
	if err := gen.WriteFile(src, 17<<20, 29); err != nil { // over 2 × parse.utf8Part: the check of its UTF-8 is a par.Each too
		t.Fatal(err)
	}
	whole, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--outline"}, {"--json"}} {
		k := 1
		for ; k < 100; k++ {
			name := fmt.Sprintf("%v cut at par.Each %d", args, k)
			p := filepath.Join(t.TempDir(), "f.txt")
			if err := os.WriteFile(p, whole, 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := child(t, 0, k, p, args)
			if code == 0 && stderr == "" && stdout != "" {
				break // no k-th par.Each
			}
			wantChanged(t, name, p, code, stdout, stderr)
		}
		if k < 4 {
			t.Errorf("%v: %d calls of par.Each under the fault handler, want the parse's (4 or more)", args, k-1)
		}
	}
}

// wantChanged checks a child's exit for the line that says the file p
// changed, and status 1.
func wantChanged(t *testing.T, name, p string, code int, stdout, stderr string) {
	t.Helper()
	want := "wenji: " + p + ": changed while being read\n"
	if code != 1 || stderr != want {
		t.Errorf("%s: exit %d, stderr %q (stdout %d bytes), want exit 1 and %q", name, code, stderr, len(stdout), want)
	}
}

// child runs the test binary as wenji (see init) with args on the file
// p, which is cut to cut bytes once mapped, or, each > 0, as the each-th
// par.Each under the fault handler starts.
func child(t *testing.T, cut, each int, p string, args []string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "WENJI_TEST_CUT="+strconv.Itoa(cut), "WENJI_TEST_EACH="+strconv.Itoa(each))
	args = append(append([]string{"--lang", "en"}, args...), p)
	for i, a := range args {
		cmd.Env = append(cmd.Env, fmt.Sprintf("WENJI_TEST_ARG%d=%s", i, a))
	}
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return code, o.String(), e.String()
}
