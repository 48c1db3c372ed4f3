// Command firstpage measures how long a terminal program takes to put its
// first page on screen, the way a person sees it: tmux starts the program in
// a fresh pane and capture-pane is polled every few milliseconds until the
// screen shows the expected text. It times wenji against internal/bench/floor (a
// minimal Bubble Tea program that shows the file's first 2 KB) on the same
// files, so the ratio, not the machine, is what counts.
//
//	go run ./internal/bench/firstpage -runs 7 /tmp/small.txt /tmp/big100.txt
//
// With -end it also presses G the moment wenji's first page shows and
// times until the file's last paragraph is on screen (issue 17: within
// 80 ms on 100 MB, while the rest of the file is still being read):
//
//	go run ./internal/bench/firstpage -runs 7 -end /tmp/big100.txt
//
// With -docx MB it also takes the first MB megabytes of each file (whole
// lines), writes them as a .txt and wrapped as a .docx (internal/bench/
// docxwrap; about 10 % more XML than text) and times wenji's first page
// of both in alternate rounds (issue 17: the .docx within 1.5× the .txt):
//
//	go run ./internal/bench/firstpage -runs 7 -docx 9 /tmp/big100.txt
//
// With -loaded it also times, from the start, until the status bar no
// longer says the whole file is being read: the reader's full load, its
// outline complete (issue 17: 100 MB within 0.4 s), looking every -poll
// (2 ms). With -fresh, each of those runs starts with a cache of parsed
// documents of its own, empty (XDG_CACHE_HOME a new folder, removed
// after): a first opening, which parses, every time, for wenji and the
// -vs binary alike (without it, the first run parses and caches and the
// others read the cache).
//
// With -vs BIN it also times another wenji binary (an older commit's) in
// the same rounds: the first page of each file and, with -loaded, the load.
// Every round runs the programs one after the other (floor, wenji, BIN),
// so that all see the same moment of a machine whose load changes:
//
//	go run ./internal/bench/firstpage -runs 9 -vs /tmp/wenji-main /tmp/small.txt
//
// Every look at the screen goes through one tmux client in control mode
// (tmuxtool.Watcher): a capture-pane process a look cost 13 ms of CPU, and
// looking every 10 ms that way took some two thirds of a core from the
// program being timed on a 2-core machine (the reader's full load of 100
// MB measured 0.4–0.6 s slower than --outline, most of it this).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"wenji/internal/bench/benchutil"
	"wenji/internal/bench/docxwrap"
	"wenji/internal/bench/tmuxtool"
	"wenji/internal/text"
	"wenji/parse"
)

func main() {
	runs := flag.Int("runs", 7, "runs per program and file; the median is reported")
	want := flag.String("want", "", "text that marks the first page (default: the file's first line, up to 8 runes)")
	extra := flag.String("args", "", "extra arguments for wenji, space-separated (e.g. \"--theme dark\")")
	end := flag.Bool("end", false, "also time G pressed at the first page until the last paragraph shows")
	loaded := flag.Bool("loaded", false, "also time the start until the whole document is in")
	docxMB := flag.Int("docx", 0, "also time the first page of the first N MB as .txt and as .docx")
	poll := flag.Duration("poll", 2*time.Millisecond, "with -loaded, how often the screen is looked at")
	vs := flag.String("vs", "", "another wenji binary to time in the same rounds")
	fresh := flag.Bool("fresh", false, "with -loaded, an empty cache of parsed documents for each run (a first opening)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: firstpage [-runs N] FILE...")
		os.Exit(2)
	}
	dir, wenji := benchutil.BuildWenji("firstpage")
	defer os.RemoveAll(dir)
	floor, err := tmuxtool.Build(dir, "floor", "./internal/bench/floor")
	check(err)
	progs := []string{floor, wenji}
	if *vs != "" {
		progs = append(progs, *vs)
	}
	firstPages(progs, flag.Args(), *want, strings.Fields(*extra), *runs)
	if *loaded {
		fmt.Printf("\n%-24s %12s %12s %12s %s\n", "file", "load min", "load median", "load max", "(from the start to the whole document; wenji's CPU to then)")
		for _, file := range flag.Args() {
			walls, cpus := make([][]time.Duration, len(progs)-1), make([][]time.Duration, len(progs)-1)
			for range max(*runs, 1) {
				for i, bin := range progs[1:] {
					wall, c := wholeLoaded(bin, file, firstLine(file), *poll, *fresh)
					walls[i], cpus[i] = append(walls[i], wall), append(cpus[i], c)
				}
			}
			for i := range walls {
				d, cpu := sorted(walls[i]), sorted(cpus[i])
				fmt.Printf("%-24s %12v %12v %12v   CPU %v (%v–%v)\n", name(file, i), d[0].Round(time.Millisecond),
					d[len(d)/2].Round(time.Millisecond), d[len(d)-1].Round(time.Millisecond),
					cpu[len(cpu)/2].Round(time.Millisecond), cpu[0].Round(time.Millisecond), cpu[len(cpu)-1].Round(time.Millisecond))
			}
		}
	}
	if *docxMB > 0 {
		for _, file := range flag.Args() {
			docxVsText(wenji, dir, file, *docxMB, *runs)
		}
	}
	if *end {
		fmt.Printf("\n%-24s %12s %12s %12s %s\n", "file", "G min", "G median", "G max", "(from the first page to the last paragraph)")
		for _, file := range flag.Args() {
			last := lastWords(file)
			d := rounds(*runs, func() time.Duration { return endAfterFirst(wenji, file, firstLine(file), last) })
			fmt.Printf("%-24s %12v %12v %12v\n", filepath.Base(file), d[0].Round(time.Millisecond/10),
				d[len(d)/2].Round(time.Millisecond/10), d[len(d)-1].Round(time.Millisecond/10))
		}
	}
}

// docxVsText writes the first mb megabytes of file as a .txt and as a
// .docx in dir and prints the median first page of each in wenji, measured
// in alternate rounds so that both see the same moment of the machine.
func docxVsText(wenji, dir, file string, mb, runs int) {
	b, err := os.ReadFile(file)
	check(err)
	b = b[:min(len(b), mb<<20)]
	b = b[:bytes.LastIndexByte(b, '\n')+1]
	txt, docx := filepath.Join(dir, "same.txt"), filepath.Join(dir, "same.docx")
	check(os.WriteFile(txt, b, 0o644))
	check(docxwrap.WriteFile(docx, string(b)))
	st, err := os.Stat(docx)
	check(err)
	mark := firstLine(txt)
	var t, d []time.Duration
	for range max(runs, 1) {
		t = append(t, firstPage(wenji, txt, mark))
		d = append(d, firstPage(wenji, docx, mark))
	}
	sort.Slice(t, func(i, j int) bool { return t[i] < t[j] })
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	tm, dm := t[len(t)/2], d[len(d)/2]
	fmt.Printf("\n%d MB of text: .txt %v (%v–%v), .docx (%.1f MB packed) %v (%v–%v), ratio %.2f\n", mb,
		tm.Round(time.Millisecond/10), t[0].Round(time.Millisecond), t[len(t)-1].Round(time.Millisecond),
		float64(st.Size())/1e6, dm.Round(time.Millisecond/10), d[0].Round(time.Millisecond), d[len(d)-1].Round(time.Millisecond),
		float64(dm)/float64(tm))
}

// wholeLoaded starts bin FILE and returns the time until its first page
// (mark) shows without the status bar's note that the file is being read,
// and the CPU time (user and system) wenji took from its start until it
// quit at once after: on a busy machine, where the wall time swings with
// the other programs, the work done still says what the load costs. It
// looks every poll (-poll), through the pane's control client: a look
// costs the tmux server some 70 µs of CPU, 3 % of a core every 2 ms.
func wholeLoaded(bin, file, mark string, poll time.Duration, fresh bool) (time.Duration, time.Duration) {
	report, err := os.CreateTemp("", "firstpage-time-")
	check(err)
	report.Close()
	defer os.Remove(report.Name())
	env := []string{"XDG_STATE_HOME=" + os.TempDir() + "/firstpage-state"}
	if fresh {
		cache, err := os.MkdirTemp("", "firstpage-cache-")
		check(err)
		defer os.RemoveAll(cache)
		env = append(env, "XDG_CACHE_HOME="+cache)
	}
	start := time.Now()
	pane, err := tmuxtool.Start(100, 30, env,
		"/usr/bin/time", "-f", "%U %S", "-o", report.Name(), bin, "--no-resume", file)
	check(err)
	defer pane.Kill()
	w, err := pane.Watch()
	check(err)
	defer w.Close()
	// The status bar, the last row, must be on screen too: a look in the
	// middle of the first frame's writing saw its first rows and no
	// status bar yet, a "whole document" of 237 ms.
	ok := func(s string) bool {
		return strings.Contains(s, mark) && strings.Contains(tmuxtool.LastLine(s), filepath.Base(file)) &&
			!strings.Contains(s, text.ZhReader.Loading) && !strings.Contains(s, text.EnReader.Loading)
	}
	_, _, err = w.Wait("the whole document", poll, 60*time.Second, ok)
	check(err)
	wall := time.Since(start)
	check(pane.Keys("q"))
	_, err = pane.Exit(10 * time.Second)
	check(err)
	b, err := os.ReadFile(report.Name())
	check(err)
	var user, sys float64
	_, err = fmt.Sscan(string(b), &user, &sys)
	check(err)
	return wall, time.Duration((user + sys) * float64(time.Second))
}

// endAfterFirst starts bin FILE, presses G as soon as the first page
// (mark) shows and returns the time from then until last is on screen.
// --no-resume: a place remembered at the end would show it before G.
func endAfterFirst(bin, file, mark, last string) time.Duration {
	pane := startNoResume(bin, file)
	defer pane.Kill()
	w, err := pane.Watch()
	check(err)
	defer w.Close()
	_, _, err = w.Wait("the first page", 2*time.Millisecond, 20*time.Second, func(s string) bool { return strings.Contains(s, mark) })
	check(err)
	start := time.Now()
	check(pane.Keys("G"))
	_, _, err = w.Wait(fmt.Sprintf("%q after G", last), 2*time.Millisecond, 20*time.Second,
		func(s string) bool { return strings.Contains(strings.ReplaceAll(s, " ", ""), last) })
	check(err)
	return time.Since(start)
}

// startNoResume starts bin --no-resume FILE in a 100×30 pane, for the
// timings that start at the top whatever place a run left: the rounds
// share a state folder of their own.
func startNoResume(bin, file string) *tmuxtool.Pane {
	pane, err := tmuxtool.Start(100, 30, []string{"XDG_STATE_HOME=" + os.TempDir() + "/firstpage-state"}, bin, "--no-resume", file)
	check(err)
	return pane
}

// lastWords returns the last few runes of the file's last paragraph that
// is not junk (parsed from its tail, as the reader's window reads it).
func lastWords(file string) string {
	f, err := os.Open(file)
	check(err)
	defer f.Close()
	st, err := f.Stat()
	check(err)
	buf := make([]byte, min(st.Size(), 64<<10))
	_, err = f.ReadAt(buf, st.Size()-int64(len(buf)))
	check(err)
	if i := bytes.IndexByte(buf, '\n'); i >= 0 && len(buf) < int(st.Size()) {
		buf = buf[i+1:]
	}
	doc := parse.Parse(string(buf))
	last := ""
	for _, p := range doc.Paras {
		if len(doc.JunkIn(p)) == 0 {
			last = doc.Text[p.Start:p.End]
		}
	}
	r := []rune(strings.TrimSpace(last))
	return string(r[max(0, len(r)-4):])
}

// firstPage starts bin FILE in a new 100×30 tmux pane and returns the time
// until the pane shows mark.
func firstPage(bin, file, mark string, args ...string) time.Duration {
	// A state directory of its own: a run killed at the end (G) saves its
	// place on the hang-up, and the next run would open there.
	state, err := os.MkdirTemp("", "firstpage-state-")
	check(err)
	defer os.RemoveAll(state)
	start := time.Now()
	pane, err := tmuxtool.Start(100, 30, []string{"XDG_STATE_HOME=" + state}, append(append([]string{bin}, args...), file)...)
	check(err)
	defer pane.Kill()
	w, err := pane.Watch()
	check(err)
	defer w.Close()
	_, _, err = w.Wait(fmt.Sprintf("%q from %s %s", mark, bin, file), 2*time.Millisecond, 20*time.Second,
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

// firstPages prints the first page of each file in each of progs (the
// floor, wenji, and the -vs binary if any), timed in rounds that run each
// program once, and the ratios of the medians to the floor's. wenji gets
// the extra arguments, the -vs binary too.
func firstPages(progs, files []string, want string, extra []string, runs int) {
	fmt.Printf("%-24s %12s %12s %8s   %s\n", "file", "floor", "wenji", "ratio", "(median; min–max)")
	for _, file := range files {
		mark := want
		if mark == "" {
			mark = firstLine(file)
		}
		times := make([][]time.Duration, len(progs))
		for range max(runs, 1) {
			for i, bin := range progs {
				var args []string
				if i > 0 {
					args = extra
				}
				times[i] = append(times[i], firstPage(bin, file, mark, args...))
			}
		}
		f := sorted(times[0])
		for i := range progs[1:] {
			w := sorted(times[i+1])
			fmt.Printf("%-24s %12v %12v %8.2f   floor %v–%v, wenji %v–%v\n", name(file, i),
				f[len(f)/2].Round(time.Millisecond/10), w[len(w)/2].Round(time.Millisecond/10),
				float64(w[len(w)/2])/float64(f[len(f)/2]), f[0].Round(time.Millisecond), f[len(f)-1].Round(time.Millisecond),
				w[0].Round(time.Millisecond), w[len(w)-1].Round(time.Millisecond))
		}
	}
}

// name is how a result row names file: the -vs binary's rows (i 1) say so.
func name(file string, i int) string {
	if i > 0 {
		return filepath.Base(file) + " (-vs)"
	}
	return filepath.Base(file)
}

// sorted returns d sorted.
func sorted(d []time.Duration) []time.Duration {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d
}

// rounds runs f n times and returns the times, sorted.
func rounds(n int, f func() time.Duration) []time.Duration {
	var d []time.Duration
	for range max(n, 1) {
		d = append(d, f())
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d
}

func check(err error) { tmuxtool.Check("firstpage", err) }
