package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"wenji/internal/basket"
	"wenji/parse"
)

// outputModes are the ways wenji writes to standard output, for the
// write-error tests; dir is a library, the others read seed.
func outputModes(seed, dir string) map[string][]string {
	return map[string][]string{
		"print txt":   {"--print", "0", seed},
		"print md":    {"--print", "0", "--format", "md", seed},
		"print json":  {"--print", "2", "--format", "json", seed},
		"outline":     {"--outline", seed},
		"outline md":  {"--outline", "--format", "md", seed},
		"json":        {"--json", seed},
		"library":     {dir},
		"plain":       {seed},
		"search":      {"--search", "的", seed},
		"search json": {"--search", "的", "--json", seed},
		"count":       {"--search", "的", "--count", seed},
		"basket":      {"--basket"},
	}
}

// writeEnv is a big document (more than a pipe holds), a library of it,
// and a basket with an excerpt, in temporary folders.
func writeEnv(t *testing.T) (seed, dir string, env []string) {
	src := seedOrSkip(t)
	b, _ := os.ReadFile(src)
	dir = t.TempDir()
	seed = filepath.Join(dir, "big.txt")
	os.WriteFile(seed, bytes.Repeat(b, 4), 0o644)
	for i := range 3000 { // a listing longer than a pipe holds
		os.WriteFile(filepath.Join(dir, strings.Repeat("x", 40)+string(rune('a'+i%26))+strings.Repeat("y", i/26)+".txt"), []byte("x"), 0o644)
	}
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	bk, err := basket.Open(filepath.Join(data, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	d := parse.Parse(string(b))
	for range 20 {
		bk.Add(basket.FromNode(basket.KindSection, src, "k", d, d.Find([]int{2})))
	}
	if err := bk.Save(); err != nil {
		t.Fatal(err)
	}
	return seed, dir, append(os.Environ(), "XDG_DATA_HOME="+data, "XDG_CACHE_HOME="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir())
}

// TestDevFull: every output path checks its writes: with standard output
// on a full disk (/dev/full) wenji says so in one line and exits 1 (2 for
// --search, whose 1 means nothing matched, as grep's does).
func TestDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	bin := buildWenji(t)
	seed, dir, env := writeEnv(t)
	for name, args := range outputModes(seed, dir) {
		for _, lang := range []string{"en", "zh"} {
			cmd := exec.Command(bin, append([]string{"--lang", lang}, args...)...)
			cmd.Env = env
			cmd.Stdout = full
			var errOut bytes.Buffer
			cmd.Stderr = &errOut
			err := cmd.Run()
			want := 1
			if strings.HasPrefix(name, "search") || name == "count" {
				want = 2
			}
			var ee *exec.ExitError
			code := 0
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			}
			msg := map[string]string{"en": "cannot write the output", "zh": "无法写出输出"}[lang]
			if code != want || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), msg) {
				t.Errorf("%s (%s) > /dev/full: exit %d, stderr %q; want %d and one line", name, lang, code, errOut.String(), want)
			}
		}
	}
}

// TestClosedPipe: a reader that goes away (| head -1) ends wenji quietly:
// no message, and exit 0 or SIGPIPE's death, as cat.
func TestClosedPipe(t *testing.T) {
	bin := buildWenji(t)
	seed, dir, env := writeEnv(t)
	for name, args := range outputModes(seed, dir) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		var errOut bytes.Buffer
		cmd.Stderr = &errOut
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if _, err := bufio.NewReader(out).ReadString('\n'); err != nil {
			t.Errorf("%s: no first line: %v", name, err)
		}
		out.Close()
		err = cmd.Wait()
		var ee *exec.ExitError
		quiet := err == nil
		if errors.As(err, &ee) {
			ws, _ := ee.Sys().(syscall.WaitStatus)
			quiet = ws.Signaled() && ws.Signal() == syscall.SIGPIPE
		}
		if !quiet || errOut.Len() != 0 {
			t.Errorf("%s | head -1: %v, stderr %q", name, err, errOut.String())
		}
	}
}
