// Command peakrss measures the peak resident memory of the interactive
// reader on a file, the way a person uses it: tmux starts wenji under
// /usr/bin/time -v in an 100×30 pane, waits for the whole document to load,
// scrolls through it (G, g, pages, ] and } jumps), searches (a query with
// many hits, n and N), shows the junk (p), quits, and reads "Maximum
// resident set size" from time's report. It prints that next to the file's
// size, so the ratio is what counts.
//
//	go run ./internal/peakrss /tmp/big100.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

func main() {
	query := flag.String("query", "今年以来", "the search to run")
	env := flag.String("env", "", "extra environment for wenji, space-separated (e.g. GOGC=50)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: peakrss [-query Q] FILE")
		os.Exit(2)
	}
	file := flag.Arg(0)
	st, err := os.Stat(file)
	check(err)
	dir, err := os.MkdirTemp("", "peakrss")
	check(err)
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "wenji")
	check(run("go", "build", "-o", bin, "."))
	report := filepath.Join(dir, "time.txt")
	sock := fmt.Sprintf("peakrss-%d", os.Getpid())
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-L", sock}, args...)...).Output()
		check(err)
		return string(out)
	}
	defer exec.Command("tmux", "-L", sock, "kill-server").Run()
	cmd := []string{"-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30",
		"env", "LANG=C.UTF-8", "TERM=xterm-256color", "XDG_STATE_HOME=" + dir}
	cmd = append(cmd, strings.Fields(*env)...)
	tmux(append(cmd, "/usr/bin/time", "-v", "-o", report, bin, "--no-resume", file)...)
	screen := func() string { return tmux("capture-pane", "-p") }
	wait := func(what string, ok func(string) bool) {
		deadline := time.Now().Add(60 * time.Second)
		for !ok(screen()) {
			if time.Now().After(deadline) {
				fmt.Fprintf(os.Stderr, "peakrss: timed out waiting for %s:\n%s", what, screen())
				os.Exit(1)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	keys := func(k ...string) {
		tmux(append([]string{"send-keys"}, k...)...)
		time.Sleep(50 * time.Millisecond)
	}
	// Loaded when G reaches 100%.
	wait("the first page", func(s string) bool { return strings.Count(s, "\n") > 5 })
	for {
		keys("G")
		if strings.Contains(screen(), "100%") {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
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
	tmux("send-keys", "-l", *query)
	keys("Enter")
	// The scan is done when the status bar's count has no +.
	done := regexp.MustCompile(`\s[0-9-]+/[0-9]+\s+[0-9]+%\s*$`)
	searched := func() {
		wait("the search to finish", func(s string) bool {
			lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
			return done.MatchString(lines[len(lines)-1])
		})
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
	lines := strings.Split(strings.TrimRight(screen(), "\n"), "\n")
	fmt.Printf("status before q: %s\n", strings.TrimSpace(lines[len(lines)-1]))
	keys("q")
	deadline := time.Now().Add(30 * time.Second)
	var kb int64
	for kb == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		kb = maxRSS(report)
	}
	if kb == 0 {
		fmt.Fprintln(os.Stderr, "peakrss: no report from /usr/bin/time")
		os.Exit(1)
	}
	fmt.Printf("file %d MB, peak RSS %d MB, ratio %.2f\n", st.Size()>>20, kb>>10, float64(kb<<10)/float64(st.Size()))
}

// maxRSS reads "Maximum resident set size (kbytes)" from a time -v report.
func maxRSS(path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "Maximum resident set size (kbytes): "); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}

func run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(1)
	}
}
