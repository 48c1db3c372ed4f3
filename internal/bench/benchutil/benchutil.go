// Package benchutil is what wenji's measuring commands (internal/bench/
// firstpage, libtime, peakrss, vswc) share besides the tmux pane
// (tmuxtool): the wenji binary built in a folder of their own, the one
// FILE they measure, and the peak memory that /usr/bin/time -v reports.
// Like tmuxtool's Check, its functions end the program with one line on
// an error: a measurement that cannot be made has nothing to report.
package benchutil

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"wenji/internal/bench/tmuxtool"
)

// BuildWenji builds wenji (the package in the current folder: the
// commands run from the repository's root) into a new temporary folder
// named after prog, and returns the folder, for the caller to remove, and
// the binary's path.
func BuildWenji(prog string) (dir, bin string) {
	dir, err := os.MkdirTemp("", prog)
	tmuxtool.Check(prog, err)
	bin, err = tmuxtool.Build(dir, "wenji", ".")
	if err != nil {
		os.RemoveAll(dir)
		tmuxtool.Check(prog, err)
	}
	return dir, bin
}

// FileArg returns the one FILE argument of a command that measures a
// file, and the file's size; with no argument or more than one it prints
// usage and exits with status 2.
func FileArg(prog, usage string) (file string, size int64) {
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	st, err := os.Stat(flag.Arg(0))
	tmuxtool.Check(prog, err)
	return flag.Arg(0), st.Size()
}

// MaxRSS reads "Maximum resident set size (kbytes)" from the report that
// /usr/bin/time -v wrote at path: the kilobytes, 0 when the report has no
// such line (yet), an error when it cannot be opened.
func MaxRSS(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "Maximum resident set size (kbytes): "); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n, nil
		}
	}
	return 0, nil
}
