// Command libtime times wenji's library mode the way a person sees it, in
// tmux, on a generated library (internal/bench/genlib: by default 10,000
// compilations, 1 GB, in 100 folders). Each round opens the library twice
// with wenji DIR under /usr/bin/time -v — first with its cache of parsed
// documents removed (a cold cache: every document parsed), then again (a
// warm cache) — polling capture-pane every few milliseconds for
//
//   - the list on screen with titles, from the moment the pane starts;
//   - a library-wide search's first results and all its hits counted,
//     from the moment the query is typed (the search waits a debounce of
//     120 ms for more keys first; that is counted);
//   - the peak resident memory of the run (time -v);
//
// and runs grep -r -o -F QUERY DIR | wc -l in the same round for
// comparison. The machine's other load shows in the spread between rounds.
//
//	go run ./internal/bench/libtime -dir /tmp/lib10k -rounds 3
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"wenji/internal/bench/benchutil"
	"wenji/internal/bench/tmuxtool"
)

// run is what one opening measured.
type run struct {
	list, titles time.Duration // the first screen's titles; every document's
	first, all   time.Duration
	own          string // wenji's own count of the search's time, after the debounce
	hits         string
	rssMB        int
}

func main() {
	files := flag.Int("files", 10000, "documents in the library (when generated)")
	mb := flag.Int("mb", 1024, "megabytes in all (when generated)")
	dir := flag.String("dir", "", "the library's folder (generated with genlib when empty or missing)")
	query := flag.String("query", "今年以来", "the search")
	rounds := flag.Int("rounds", 3, "rounds of cold and warm openings")
	flag.Parse()
	if *dir == "" {
		d, err := os.MkdirTemp("", "libtime")
		check(err)
		defer os.RemoveAll(d)
		*dir = d
	}
	if n, _ := filepath.Glob(filepath.Join(*dir, "*")); len(n) == 0 {
		cmd := exec.Command("go", "run", "./internal/bench/genlib", "-files", fmt.Sprint(*files), "-mb", fmt.Sprint(*mb), "-dir", *dir)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		check(cmd.Run())
	}
	tmp, bin := benchutil.BuildWenji("libtime-bin")
	defer os.RemoveAll(tmp)
	size := dirSize(*dir)
	fmt.Printf("library: %s, %d MB; query %s; debounce 120 ms included\n", *dir, size>>20, *query)
	for r := 1; r <= *rounds; r++ {
		check(os.RemoveAll(filepath.Join(tmp, "cache")))
		cold := open(tmp, bin, *dir, *query)
		warm := open(tmp, bin, *dir, *query)
		g0 := time.Now()
		out, _ := exec.Command("sh", "-c", fmt.Sprintf("grep -r -o -F %q %q | wc -l", *query, *dir)).Output()
		grep := time.Since(g0)
		for _, x := range []struct {
			name string
			r    run
		}{{"cold", cold}, {"warm", warm}} {
			fmt.Printf("round %d %s: list with titles %.2f s (every document %.2f s) · first results %.2f s · all %s hits %.2f s (%.1f× grep; wenji's own count %s s) · peak RSS %d MB (%.2f× the library)\n",
				r, x.name, x.r.list.Seconds(), x.r.titles.Seconds(), x.r.first.Seconds(), x.r.hits, x.r.all.Seconds(), x.r.all.Seconds()/grep.Seconds(),
				x.r.own, x.r.rssMB, float64(x.r.rssMB<<20)/float64(size))
		}
		fmt.Printf("round %d grep -r -o -F | wc -l: %.2f s (%s hits)\n", r, grep.Seconds(), strings.TrimSpace(string(out)))
	}
}

// open opens the library once, lists, searches, quits, and reads the
// run's peak memory.
func open(tmp, bin, dir, query string) run {
	var r run
	report := filepath.Join(tmp, "time.txt")
	start := time.Now()
	pane, err := tmuxtool.Start(120, 40, []string{"XDG_STATE_HOME=" + tmp, "XDG_CACHE_HOME=" + filepath.Join(tmp, "cache")},
		"/usr/bin/time", "-v", "-o", report, bin, "--no-resume", dir)
	check(err)
	defer pane.Kill()
	wait := func(what string, ok func(string) bool) string {
		s, _, err := pane.Wait(what, 3*time.Millisecond, 5*time.Minute, ok)
		check(err)
		return s
	}
	title := regexp.MustCompile(`汇编`)
	wait("the list with titles", func(s string) bool { return len(title.FindAllString(s, -1)) >= 10 })
	r.list = time.Since(start)
	wait("every document read", func(s string) bool { return !strings.Contains(s, "reading ") })
	r.titles = time.Since(start)

	check(pane.Keys("/"))
	wait("the search prompt", func(s string) bool { return strings.Contains(s, "search all /") })
	typed := time.Now()
	check(pane.Type(query))
	progress := regexp.MustCompile(`searched [0-9,]+/[0-9,]+ · [1-9][0-9,]* hits|[1-9][0-9,]* hits in`)
	wait("the first results", func(s string) bool { return progress.MatchString(s) })
	r.first = time.Since(typed)
	done := regexp.MustCompile(`([0-9,]+) hits in ([0-9,]+) documents · ([0-9.]+) s`)
	s := wait("all the results", func(s string) bool { return done.MatchString(s) })
	r.all = time.Since(typed)
	m := done.FindStringSubmatch(s)
	r.hits, r.own = m[1], m[3]
	check(pane.Keys("C-c"))
	_, err = pane.Exit(time.Minute)
	check(err)
	kb, err := benchutil.MaxRSS(report)
	check(err)
	r.rssMB = int(kb >> 10)
	return r
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
		return nil
	})
	return n
}

func check(err error) { tmuxtool.Check("libtime", err) }
