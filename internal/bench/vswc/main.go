// Command vswc measures what the parser issue and the speed issue compare
// with `wc -m`: on the same file, in turns, so that both sides of each
// ratio come from the same moment of a machine whose speed drifts, it runs
// `wc -m FILE`, `wenji --outline FILE` (wall time, and peak RSS as
// /usr/bin/time reports it) and the parse benchmark (BenchmarkParse100MB,
// -benchtime 3x: the parser issue's measure, on the 100 MB it generates),
// and prints each round and the ratios.
//
//	go run ./internal/bench/vswc -runs 5 /tmp/big100.txt
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"wenji/internal/bench/tmuxtool"
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
	bench := filepath.Join(dir, "parse.test")
	check(tmuxtool.Run("go", "test", "-c", "-o", bench, "./parse"))
	fmt.Printf("%s: %.1f MB\n", file, float64(st.Size())/1e6)
	fmt.Println("round   wc -m   --outline  ratio  peak RSS (×file)   parse  ratio")
	var outR, parseR []float64
	for r := 1; r <= *runs; r++ {
		wc, _ := run(dir, "wc", "-m", file)
		out, rss := run(dir, bin, "--outline", file)
		p := benchParse(bench)
		outR = append(outR, out/wc)
		parseR = append(parseR, p/wc)
		fmt.Printf("%5d  %5.2f s  %6.2f s  %5.2f  %4d MiB (%.2f×)  %5.2f s  %5.2f\n",
			r, wc, out, out/wc, rss>>20, float64(rss)/float64(st.Size()), p, p/wc)
	}
	fmt.Printf("--outline / wc -m: %s; parse / wc -m: %s (targets: at most 0.5; under 0.5)\n", span(outR), span(parseR))
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
