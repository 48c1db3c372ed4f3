// Command vswc measures wenji against one pass over the bytes: on the same
// file, in turns, so that both sides of each ratio come from the same
// moment of a machine whose speed drifts, it runs `cat FILE` and
// `grep -c 。 FILE` (the yardsticks: `wc -m` was one until it proved to
// take 0.75 s on one machine and 2.2 s on another, as its locale's
// decoder goes), `wenji --outline FILE` (wall time, and peak RSS as
// /usr/bin/time reports it) and the parse benchmark (BenchmarkParse100MB,
// -benchtime 3x, on the 100 MB it generates), and prints each round, the
// ratios' ranges and their medians. With -vs BIN it also runs BIN
// --outline FILE in each round, right after wenji's (another commit's
// binary), and prints its ratios beside.
//
//	go run ./internal/bench/vswc -runs 5 /tmp/big100.txt
//	go run ./internal/bench/vswc -runs 7 -vs /tmp/wenji-start /tmp/big100.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"wenji/internal/bench/benchutil"
	"wenji/internal/bench/tmuxtool"
)

func main() {
	runs := flag.Int("runs", 5, "rounds of cat, grep -c 。, --outline and a parse")
	vs := flag.String("vs", "", "another wenji binary whose --outline is timed in the same rounds")
	flag.Parse()
	file, size := benchutil.FileArg("vswc", "usage: vswc [-runs N] [-vs BIN] FILE")
	dir, bin := benchutil.BuildWenji("vswc")
	defer os.RemoveAll(dir)
	bench := filepath.Join(dir, "parse.test")
	check(tmuxtool.Run("go", "test", "-c", "-o", bench, "./parse"))
	counts, err := os.Create(filepath.Join(dir, "grep-c.out"))
	check(err)
	defer counts.Close()
	fmt.Printf("%s: %.1f MB\n", file, float64(size)/1e6)
	fmt.Println("round     cat  grep -c 。  --outline  ÷grep  ÷cat  peak RSS (×file)   parse  ÷grep")
	var outG, outC, parseG, vsG []float64
	for r := 1; r <= *runs; r++ {
		cat, _ := run(nil, "cat", file)
		grep, _ := run(counts, "grep", "-c", "。", file)
		out, rss := run(nil, bin, "--outline", file)
		p := benchParse(bench)
		outG, outC, parseG = append(outG, out/grep), append(outC, out/cat), append(parseG, p/grep)
		fmt.Printf("%5d  %5.3f s  %7.3f s  %7.3f s  %5.1f  %4.1f  %4d MiB (%.2f×)  %5.3f s  %5.1f\n",
			r, cat, grep, out, out/grep, out/cat, rss>>20, float64(rss)/float64(size), p, p/grep)
		if *vs != "" {
			o, rss := run(nil, *vs, "--outline", file)
			vsG = append(vsG, o/grep)
			fmt.Printf("   vs            %7s   %7.3f s  %5.1f  %4.1f  %4d MiB (%.2f×)   (%s)\n",
				"", o, o/grep, o/cat, rss>>20, float64(rss)/float64(size), *vs)
		}
	}
	fmt.Printf("--outline ÷ grep -c 。: %s; ÷ cat: %s; parse ÷ grep -c 。: %s (target: --outline ≤ 10× grep -c 。)\n",
		span(outG), span(outC), span(parseG))
	if *vs != "" {
		fmt.Printf("%s --outline ÷ grep -c 。: %s\n", *vs, span(vsG))
	}
}

// benchParse runs BenchmarkParse100MB from the test binary bench and
// returns its seconds per parse.
func benchParse(bench string) float64 {
	cmd := exec.Command(bench, "-test.run", "^$", "-test.bench", "Parse100MB$", "-test.benchtime", "3x")
	cmd.Dir = "parse"
	b, err := cmd.Output()
	check(err)
	fields := strings.Fields(string(b))
	for i, f := range fields {
		if f == "ns/op" && i > 0 {
			var ns float64
			_, err := fmt.Sscan(fields[i-1], &ns)
			check(err)
			return ns / 1e9
		}
	}
	check(fmt.Errorf("no ns/op in the benchmark's output:\n%s", b))
	return 0
}

// run runs a command, its output to out or, when out is nil, to /dev/null
// (not a pipe, which would add a copy to the time of each), and returns its
// wall time in seconds and its peak resident set in bytes. Timed here, not
// by /usr/bin/time, whose 10 ms steps are a quarter of `grep -c 。` on
// 100 MB. grep's count goes to a file: GNU grep that sees its output is
// /dev/null stops at the first match (0.003 s where the count takes 0.04 s),
// which made this yardstick ten times too fast until session 7.
func run(out *os.File, name string, args ...string) (float64, int64) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	if out != nil {
		cmd.Stdout = out
	}
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	if _, exit := err.(*exec.ExitError); err != nil && !(exit && name == "grep") { // grep -c exits 1 on no match
		check(err)
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = int64(ru.Maxrss) << 10 // KiB on Linux
	}
	return wall, rss
}

// span formats the lowest, the median and the highest of xs.
func span(xs []float64) string {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return fmt.Sprintf("%.1f–%.1f, median %.1f", s[0], s[len(s)-1], s[len(s)/2])
}

func check(err error) { tmuxtool.Check("vswc", err) }
