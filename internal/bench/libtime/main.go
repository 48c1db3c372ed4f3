// Command libtime times wenji's library mode the way a person sees it, in
// tmux: a library of generated compilations (internal/tools/gen) is opened with
// wenji DIR, and capture-pane is polled every few milliseconds for
//
//   - the list on screen with titles, from the moment the pane starts;
//   - a library-wide search's first results and its last, from the moment
//     the query is typed (the search waits a debounce of 120 ms for more
//     keys first; that is counted);
//
// then it runs grep -r -F on the same folder for comparison.
//
//	go run ./internal/bench/libtime -files 2000 -mb 100 -dir /tmp/lib
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

	"wenji/internal/bench/tmuxtool"
	"wenji/internal/tools/gen"
)

func main() {
	files := flag.Int("files", 2000, "documents in the library")
	mb := flag.Int("mb", 100, "megabytes in all")
	dir := flag.String("dir", "", "the library's folder (generated when empty or missing)")
	query := flag.String("query", "今年以来", "the search")
	flag.Parse()
	if *dir == "" {
		d, err := os.MkdirTemp("", "libtime")
		check(err)
		defer os.RemoveAll(d)
		*dir = d
	}
	if n, _ := filepath.Glob(filepath.Join(*dir, "*")); len(n) == 0 {
		check(os.MkdirAll(*dir, 0o755))
		check(gen.WriteFiles(*dir, *files, int64(*mb)<<20, 1))
	}
	tmp, err := os.MkdirTemp("", "libtime-bin")
	check(err)
	defer os.RemoveAll(tmp)
	bin, err := tmuxtool.Build(tmp, "wenji", ".")
	check(err)

	start := time.Now()
	pane, err := tmuxtool.Start(120, 40, []string{"XDG_STATE_HOME=" + tmp}, bin, "--no-resume", *dir)
	check(err)
	defer pane.Kill()
	wait := func(what string, ok func(string) bool) string {
		s, _, err := pane.Wait(what, 3*time.Millisecond, 2*time.Minute, ok)
		check(err)
		return s
	}
	title := regexp.MustCompile(`汇编`)
	wait("the list with titles", func(s string) bool { return len(title.FindAllString(s, -1)) >= 10 })
	list := time.Since(start)
	wait("every document read", func(s string) bool { return !strings.Contains(s, "reading ") })

	check(pane.Keys("/"))
	wait("the search prompt", func(s string) bool { return strings.Contains(s, "search all /") })
	typed := time.Now()
	check(pane.Type(*query))
	progress := regexp.MustCompile(`searched [0-9,]+/[0-9,]+ · [1-9][0-9,]* hits|[1-9][0-9,]* hits in`)
	wait("the first results", func(s string) bool { return progress.MatchString(s) })
	first := time.Since(typed)
	done := regexp.MustCompile(`([0-9,]+) hits in ([0-9,]+) documents · ([0-9.]+) s`)
	s := wait("all the results", func(s string) bool { return done.MatchString(s) })
	all := time.Since(typed)
	m := done.FindStringSubmatch(s)

	g0 := time.Now()
	out, _ := exec.Command("grep", "-r", "-F", "-c", *query, *dir).Output()
	grepC := time.Since(g0)
	lines := 0
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var n int
		if i := strings.LastIndexByte(l, ':'); i >= 0 {
			fmt.Sscan(l[i+1:], &n)
		}
		lines += n
	}
	g0 = time.Now()
	out, _ = exec.Command("sh", "-c", fmt.Sprintf("grep -r -o -F %q %q | wc -l", *query, *dir)).Output()
	grepO := time.Since(g0)

	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
	fmt.Printf("library: %d files, %d MB in %s\n", *files, *mb, *dir)
	fmt.Printf("list with titles on screen:  %s\n", ms(list))
	fmt.Printf("search %s, from typing: first results %s, all %s (%s hits in %s documents; wenji's own count: %s s after the debounce)\n",
		*query, ms(first), ms(all), m[1], m[2], m[3])
	fmt.Printf("grep -r -F -c:               %s (%d matching lines)\n", ms(grepC), lines)
	fmt.Printf("grep -r -o -F | wc -l:       %s (%s hits)\n", ms(grepO), strings.TrimSpace(string(out)))
}

func check(err error) { tmuxtool.Check("libtime", err) }
