// Command vswc measures what the parser issue and the speed issue compare
// with `wc -m`: on the same file, in turns, so that both sides of each
// ratio come from the same moment of a machine whose speed drifts, it runs
// `wc -m FILE`, `wenji --outline FILE` (wall time and peak RSS, from the
// kernel's accounting of the child) and parse.Parse on the file's text in
// this process (the parse benchmark's measure), and prints each round and
// the ratios.
//
//	go run ./internal/vswc -runs 5 /tmp/big100.txt
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"syscall"
	"time"

	"wenji/internal/tmuxtool"
	"wenji/parse"
)

func main() {
	runs := flag.Int("runs", 5, "rounds of wc -m, --outline and a parse")
	flag.Parse()
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
	text, err := os.ReadFile(file)
	check(err)
	fmt.Printf("%s: %.1f MB\n", file, float64(st.Size())/1e6)
	fmt.Println("round   wc -m   --outline  ratio  peak RSS (×file)   parse  ratio")
	var outR, parseR []float64
	for r := 1; r <= *runs; r++ {
		wc, _ := run("wc", "-m", file)
		out, rss := run(bin, "--outline", file)
		runtime.GC()
		t := time.Now()
		parse.Parse(string(text))
		p := time.Since(t).Seconds()
		outR = append(outR, out/wc)
		parseR = append(parseR, p/wc)
		fmt.Printf("%5d  %5.2f s  %6.2f s  %5.2f  %4d MiB (%.2f×)  %5.2f s  %5.2f\n",
			r, wc, out, out/wc, rss>>20, float64(rss)/float64(st.Size()), p, p/wc)
	}
	fmt.Printf("--outline / wc -m: %s; parse / wc -m: %s (target: under 0.5)\n", span(outR), span(parseR))
}

// run runs a command with its output discarded and returns its wall time
// in seconds and its peak resident set in bytes.
func run(name string, args ...string) (float64, int64) {
	cmd := exec.Command(name, args...)
	cmd.Stdout = io.Discard
	cmd.Stderr = os.Stderr
	t := time.Now()
	check(cmd.Run())
	wall := time.Since(t).Seconds()
	var rss int64
	if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = u.Maxrss << 10 // KB on Linux
	}
	return wall, rss
}

// span formats the lowest and highest of xs.
func span(xs []float64) string {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return fmt.Sprintf("%.2f–%.2f", s[0], s[len(s)-1])
}

func check(err error) { tmuxtool.Check("vswc", err) }
