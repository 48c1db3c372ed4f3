// Command firstpage measures how long a terminal program takes to put its
// first page on screen, the way a person sees it: tmux starts the program in
// a fresh pane and capture-pane is polled every few milliseconds until the
// screen shows the expected text. It times wenji against internal/bench/floor (a
// minimal Bubble Tea program that shows the file's first 2 KB) on the same
// files, so the ratio, not the machine, is what counts.
//
//	go run ./internal/bench/firstpage -runs 7 /tmp/small.txt /tmp/big100.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"wenji/internal/bench/tmuxtool"
)

func main() {
	runs := flag.Int("runs", 7, "runs per program and file; the median is reported")
	want := flag.String("want", "", "text that marks the first page (default: the file's first line, up to 8 runes)")
	extra := flag.String("args", "", "extra arguments for wenji, space-separated (e.g. \"--theme dark\")")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: firstpage [-runs N] FILE...")
		os.Exit(2)
	}
	dir, err := os.MkdirTemp("", "firstpage")
	check(err)
	defer os.RemoveAll(dir)
	wenji, err := tmuxtool.Build(dir, "wenji", ".")
	check(err)
	floor, err := tmuxtool.Build(dir, "floor", "./internal/bench/floor")
	check(err)
	fmt.Printf("%-24s %12s %12s %8s\n", "file", "floor", "wenji", "ratio")
	for _, file := range flag.Args() {
		mark := *want
		if mark == "" {
			mark = firstLine(file)
		}
		f := median(*runs, func() time.Duration { return firstPage(floor, file, mark) })
		w := median(*runs, func() time.Duration { return firstPage(wenji, file, mark, strings.Fields(*extra)...) })
		fmt.Printf("%-24s %12v %12v %8.2f\n", filepath.Base(file), f.Round(time.Millisecond/10), w.Round(time.Millisecond/10), float64(w)/float64(f))
	}
}

// firstPage starts bin FILE in a new 100×30 tmux pane and returns the time
// until the pane shows mark.
func firstPage(bin, file, mark string, args ...string) time.Duration {
	start := time.Now()
	pane, err := tmuxtool.Start(100, 30, []string{"XDG_STATE_HOME=" + os.TempDir() + "/firstpage-state"}, append(append([]string{bin}, args...), file)...)
	check(err)
	defer pane.Kill()
	_, _, err = pane.Wait(fmt.Sprintf("%q from %s %s", mark, bin, file), 2*time.Millisecond, 20*time.Second,
		func(s string) bool { return strings.Contains(s, mark) })
	check(err)
	return time.Since(start)
}

func firstLine(file string) string {
	f, err := os.Open(file)
	check(err)
	defer f.Close()
	buf := make([]byte, 512)
	n, _ := f.Read(buf)
	line := strings.TrimSpace(strings.SplitN(strings.TrimPrefix(string(buf[:n]), "\ufeff"), "\n", 2)[0])
	r := []rune(line)
	return string(r[:min(len(r), 8)])
}

func median(n int, f func() time.Duration) time.Duration {
	var d []time.Duration
	for range n {
		d = append(d, f())
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[len(d)/2]
}

func check(err error) { tmuxtool.Check("firstpage", err) }
