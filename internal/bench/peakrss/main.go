// Command peakrss measures the peak resident memory of the interactive
// reader on a file, the way a person uses it: tmux starts wenji under
// /usr/bin/time -v in an 100×30 pane, waits for the whole document to load,
// scrolls through it (G, g, pages, ] and } jumps), searches (a query with
// many hits, n and N), shows the junk (p), quits, and reads "Maximum
// resident set size" from time's report. It prints that next to the file's
// size, so the ratio is what counts.
//
// wenji runs with a cache of parsed documents of its own, empty, so the
// peak is a first opening's (the parse); -cached opens the file twice and
// reports the second, read from that cache. (Until session 23 it used the
// user's ~/.cache/wenji, so its figure was, after the first run, a cached
// opening's.)
//
//	go run ./internal/bench/peakrss /tmp/big100.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"wenji/internal/bench/benchutil"
	"wenji/internal/bench/tmuxtool"
	"wenji/internal/text"
)

func main() {
	query := flag.String("query", "今年以来", "the search to run")
	extraEnv := flag.String("env", "", "extra environment for wenji, space-separated (e.g. GOGC=50)")
	cached := flag.Bool("cached", false, "measure a second opening, the parse read from the cache the first one wrote")
	flag.Parse()
	file, size := benchutil.FileArg("peakrss", "usage: peakrss [-query Q] [-cached] [-env VARS] FILE")
	dir, bin := benchutil.BuildWenji("peakrss")
	defer os.RemoveAll(dir)
	env := append([]string{"XDG_STATE_HOME=" + dir, "XDG_CACHE_HOME=" + filepath.Join(dir, "cache")}, strings.Fields(*extraEnv)...)
	if *cached {
		fmt.Printf("first opening (fills the cache): ")
		run(env, dir, bin, file, size, *query)
	}
	run(env, dir, bin, file, size, *query)
}

// run opens file in wenji under /usr/bin/time, uses it as a reader does,
// and prints the peak RSS against size.
func run(env []string, dir, bin, file string, size int64, query string) {
	report := filepath.Join(dir, "time.txt")
	os.Remove(report)
	pane, err := tmuxtool.Start(100, 30, env, "/usr/bin/time", "-v", "-o", report, bin, "--no-resume", file)
	check(err)
	defer pane.Kill()
	screen := pane.Screen
	wait := func(what string, ok func(string) bool) {
		_, _, err := pane.Wait(what, 20*time.Millisecond, time.Minute, ok)
		check(err)
	}
	keys := func(k ...string) {
		check(pane.Keys(k...))
		time.Sleep(50 * time.Millisecond)
	}
	// Loaded when the status bar no longer says it is reading the whole
	// file (G reaches 100% at once: the file's tail is read apart). The
	// first page is up when the status bar names the file: a pane not yet
	// drawn captures as 30 blank lines, which neither wait told from a
	// page, so until session 26 the keys went in while wenji started.
	name := filepath.Base(file)
	wait("the first page", func(s string) bool { return strings.Contains(tmuxtool.LastLine(s), name) })
	wait("the whole document", func(s string) bool {
		return !strings.Contains(s, text.ZhReader.Loading) && !strings.Contains(s, text.EnReader.Loading)
	})
	keys("G")
	keys("g")
	for range 50 {
		keys("Space")
	}
	for range 20 {
		keys("]")
	}
	for range 20 {
		keys("}")
	}
	keys("G", "b", "b", "g")
	keys("/")
	check(pane.Type(query))
	keys("Enter")
	// The scan is done when the status bar's count has no +.
	done := regexp.MustCompile(`\s[0-9-]+/[0-9]+\s+[0-9]+%\s*$`)
	searched := func() {
		wait("the search to finish", func(s string) bool { return done.MatchString(tmuxtool.LastLine(s)) })
	}
	searched()
	for range 20 {
		keys("n")
	}
	for range 5 {
		keys("N")
	}
	keys("p") // shows the junk and searches again, junk included
	searched()
	keys("G", "p", "g")
	searched()
	fmt.Printf("status before q: %s\n", tmuxtool.LastLine(screen()))
	keys("q")
	deadline := time.Now().Add(30 * time.Second)
	var kb int64
	for kb == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		kb, _ = benchutil.MaxRSS(report) // none yet while time writes it
	}
	if kb == 0 {
		fmt.Fprintln(os.Stderr, "peakrss: no report from /usr/bin/time")
		os.Exit(1)
	}
	fmt.Printf("file %d MB, peak RSS %d MB, ratio %.2f\n", size>>20, kb>>10, float64(kb<<10)/float64(size))
}

func check(err error) { tmuxtool.Check("peakrss", err) }
