// Command libsearch measures issue 20's engine on a generated library
// (internal/bench/genlib): the list with titles through the document cache
// (internal/doccache) and a search counting every hit (internal/libgrep),
// each round in a fresh process so its peak RSS is its own, against
// grep -r -o -F QUERY DIR | wc -l in the same run.
//
//	go run ./internal/bench/genlib -files 10000 -mb 1024 -dir /tmp/lib10k
//	go run ./internal/bench/libsearch -dir /tmp/lib10k -query 今年以来 -rounds 5
//
// Three modes, each -rounds times: warm (the cache as the previous round
// left it: a library opened the second time), cold (the cache removed
// before each round: the first opening) and none (--no-cache).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"wenji/internal/doccache"
	"wenji/internal/libgrep"
	"wenji/internal/par"
	"wenji/model/search"
)

// round is what one child process measured.
type round struct {
	List   time.Duration // every document listed with its title
	Search time.Duration // every hit counted
	Hits   int
	Docs   int
	Errors int
	MaxRSS int64 // bytes, from the parent's rusage of the child
}

func main() {
	dir := flag.String("dir", "/tmp/lib10k", "the library")
	query := flag.String("query", "今年以来", "the search")
	rounds := flag.Int("rounds", 5, "rounds of each mode")
	modes := flag.String("modes", "cold,warm,none", "modes to run, in order")
	cache := flag.String("cache", "", "the cache folder (default a temporary one)")
	child := flag.String("child", "", "run one round in this mode (internal)")
	prof := flag.String("cpuprofile", "", "with -child: write a CPU profile here")
	flag.Parse()
	if *child != "" {
		if *prof != "" {
			f, err := os.Create(*prof)
			check(err)
			check(pprof.StartCPUProfile(f))
			defer pprof.StopCPUProfile()
		}
		r, err := once(*dir, *query, *cache, *child == "none")
		check(err)
		check(json.NewEncoder(os.Stdout).Encode(r))
		return // (the profile stops in the defer)
	}
	if *cache == "" {
		d, err := os.MkdirTemp("", "libsearch-cache")
		check(err)
		defer os.RemoveAll(d)
		*cache = d
	}
	var size int64
	filepath.WalkDir(*dir, func(_ string, d fs.DirEntry, _ error) error {
		if d != nil && !d.IsDir() {
			if i, err := d.Info(); err == nil {
				size += i.Size()
			}
		}
		return nil
	})
	fmt.Printf("library %s: %.0f MB; query %q; %d rounds a mode\n", *dir, float64(size)/(1<<20), *query, *rounds)
	for _, mode := range strings.Split(*modes, ",") {
		var rs []round
		var greps []time.Duration
		grepHits := 0
		for range *rounds {
			if mode == "cold" {
				check(os.RemoveAll(*cache))
			}
			rs = append(rs, child1(*dir, *query, *cache, mode))
			g, n := grep(*dir, *query)
			greps, grepHits = append(greps, g), n
		}
		report(mode, rs, greps, grepHits, size)
	}
}

// child1 runs one round in a fresh process.
func child1(dir, query, cache, mode string) round {
	exe, err := os.Executable()
	check(err)
	cmd := exec.Command(exe, "-child", mode, "-dir", dir, "-query", query, "-cache", cache)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	check(err)
	var r round
	check(json.Unmarshal(out, &r))
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.MaxRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	return r
}

// grep times grep -r -o -F query dir | wc -l.
func grep(dir, query string) (time.Duration, int) {
	start := time.Now()
	out, err := exec.Command("sh", "-c", "grep -r -o -F -- \"$0\" \"$1\" | wc -l", query, dir).Output()
	check(err)
	n, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	return time.Since(start), n
}

// once lists the library and searches it, as the library page will.
func once(dir, query, cacheDir string, disabled bool) (round, error) {
	var r round
	start := time.Now()
	c, err := doccache.Open(doccache.Options{Dir: cacheDir, Disabled: disabled, Budget: 4 << 30})
	if err != nil {
		return r, err
	}
	files, err := walk(dir)
	if err != nil {
		return r, err
	}
	// The list holds a title and two counts a document, nothing more.
	type row struct {
		title           string
		chars, articles int
	}
	rows := make([]row, len(files))
	errs := make([]bool, len(files))
	par.Each(len(files), func(i int) {
		st, err := os.Stat(files[i])
		if err != nil {
			errs[i] = true
			return
		}
		s, err := c.Summary(files[i], st)
		if err != nil {
			errs[i] = true
			return
		}
		rows[i] = row{s.Title, s.Chars, s.Articles}
	})
	r.List = time.Since(start)
	q, err := search.Compile(query)
	if err != nil {
		return r, err
	}
	start = time.Now()
	err = libgrep.Search(context.Background(), files, q, libgrep.Options{Cache: c}, func(res libgrep.Result) bool {
		r.Hits += res.Count
		r.Docs++
		if res.Err != nil {
			r.Errors++
		}
		return true
	})
	r.Search = time.Since(start)
	if err := c.Close(); err != nil {
		return r, err
	}
	for _, e := range errs {
		if e {
			r.Errors++
		}
	}
	return r, err
}

// walk lists the library's .txt files in path order, as the library does.
func walk(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	})
	slices.Sort(files)
	return files, err
}

func report(mode string, rs []round, greps []time.Duration, grepHits int, size int64) {
	med := func(f func(round) float64) (lo, m, hi float64) {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		slices.Sort(v)
		return v[0], v[len(v)/2], v[len(v)-1]
	}
	g := make([]float64, len(greps))
	ratios := make([]string, len(greps))
	for i, d := range greps {
		g[i] = d.Seconds()
		ratios[i] = fmt.Sprintf("%.2f", rs[i].Search.Seconds()/d.Seconds())
	}
	slices.Sort(g)
	l0, l, l1 := med(func(r round) float64 { return r.List.Seconds() })
	s0, s, s1 := med(func(r round) float64 { return r.Search.Seconds() })
	m0, m, m1 := med(func(r round) float64 { return float64(r.MaxRSS) / float64(size) })
	fmt.Printf("%-5s list %.2f s [%.2f–%.2f]  search %.2f s [%.2f–%.2f] %d hits in %d docs (%d errors)  grep %.2f s [%.2f–%.2f] %d hits  ratio %.2f  peak RSS %.0f MB = %.2f× library [%.2f–%.2f]\n",
		mode, l, l0, l1, s, s0, s1, rs[0].Hits, rs[0].Docs, rs[0].Errors, g[len(g)/2], g[0], g[len(g)-1], grepHits,
		s/g[len(g)/2], m*float64(size)/(1<<20), m, m0, m1)
	fmt.Printf("      search/grep round by round (each grep right after its search): %s\n", strings.Join(ratios, " "))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "libsearch:", err)
		os.Exit(1)
	}
}
