// Command vswc measures what the parser issue and the speed issue compare
// with `wc -m`: on the same file, in turns, so that both sides of each
// ratio come from the same moment of a machine whose speed drifts, it runs
// `wc -m FILE`, `wenji --outline FILE` (wall time, and peak RSS as
// /usr/bin/time reports it) and parse.Parse on the file's text (what the
// parse benchmark times, in a process of its own: vswc -parse FILE), and
// prints each round and the ratios.
//
//	go run ./internal/vswc -runs 5 /tmp/big100.txt
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"wenji/internal/tmuxtool"
	"wenji/parse"
)

func main() {
	runs := flag.Int("runs", 5, "rounds of wc -m, --outline and a parse")
	parseOnly := flag.Bool("parse", false, "only read FILE, parse it and print the parse's seconds")
	flag.Parse()
	if *parseOnly && flag.NArg() == 1 {
		text, err := os.ReadFile(flag.Arg(0))
		check(err)
		// Twice: the first in a new process, its heap still to grow; the
		// second as the parse benchmark's steady state sees it.
		for range 2 {
			t := time.Now()
			parse.Parse(string(text))
			fmt.Print(time.Since(t).Seconds(), " ")
		}
		fmt.Println()
		return
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: vswc [-runs N] FILE")
		os.Exit(2)
	}
	file := flag.Arg(0)
	st, err := os.Stat(file)
	check(err)
	dir, err := os.MkdirTemp("", "vswc")
	check(err)
	defer os.RemoveAll(dir)
	bin, err := tmuxtool.Build(dir, "wenji", ".")
	check(err)
	self, err := os.Executable()
	check(err)
	fmt.Printf("%s: %.1f MB\n", file, float64(st.Size())/1e6)
	fmt.Println("round   wc -m   --outline  ratio  peak RSS (×file)   parse  ratio")
	var outR, parseR []float64
	for r := 1; r <= *runs; r++ {
		wc, _ := run(dir, "wc", "-m", file)
		out, rss := run(dir, bin, "--outline", file)
		b, err := exec.Command(self, "-parse", file).Output()
		check(err)
		var p float64
		_, err = fmt.Sscan(string(b), &p)
		check(err)
		outR = append(outR, out/wc)
		parseR = append(parseR, p/wc)
		fmt.Printf("%5d  %5.2f s  %6.2f s  %5.2f  %4d MiB (%.2f×)  %5.2f s  %5.2f\n",
			r, wc, out, out/wc, rss>>20, float64(rss)/float64(st.Size()), p, p/wc)
	}
	fmt.Printf("--outline / wc -m: %s; parse / wc -m: %s (target: under 0.5)\n", span(outR), span(parseR))
}

// run runs a command under /usr/bin/time, its output discarded, and
// returns its wall time in seconds and its peak resident set in bytes.
func run(dir, name string, args ...string) (float64, int64) {
	report := filepath.Join(dir, "time.txt")
	cmd := exec.Command("/usr/bin/time", append([]string{"-f", "%e %M", "-o", report, name}, args...)...)
	cmd.Stdout = io.Discard
	cmd.Stderr = os.Stderr
	check(cmd.Run())
	b, err := os.ReadFile(report)
	check(err)
	var wall float64
	var kb int64
	_, err = fmt.Sscan(string(b), &wall, &kb)
	check(err)
	return wall, kb << 10
}

// span formats the lowest and highest of xs.
func span(xs []float64) string {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return fmt.Sprintf("%.2f–%.2f", s[0], s[len(s)-1])
}

func check(err error) { tmuxtool.Check("vswc", err) }
