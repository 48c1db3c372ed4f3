// Command gen writes synthetic compilations for wenji's stress tests.
//
//	go run ./internal/tools/gen/cmd/gen -mb 100 -o /tmp/big.txt
//	go run ./internal/tools/gen/cmd/gen -mb 50 -files 200 -dir /tmp/lib
//
// With -files, it writes N files of -mb megabytes in total into -dir, each
// named after its compilation, for library-mode tests.
package main

import (
	"flag"
	"fmt"
	"os"

	"wenji/internal/tools/gen"
)

func main() {
	mb := flag.Float64("mb", 10, "total size in megabytes (MiB)")
	out := flag.String("o", "", "output file (default standard output)")
	seed := flag.Int64("seed", 1, "random seed; the same seed gives the same text")
	files := flag.Int("files", 0, "write this many files into -dir instead of one")
	dir := flag.String("dir", "", "directory for -files")
	flag.Parse()

	size := int64(*mb * (1 << 20))
	if err := run(size, *seed, *out, *files, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(size, seed int64, out string, files int, dir string) error {
	if files > 0 {
		if dir == "" {
			return fmt.Errorf("-files needs -dir")
		}
		return gen.WriteFiles(dir, files, size, seed)
	}
	if out == "" || out == "-" {
		return gen.Write(os.Stdout, size, seed)
	}
	return gen.WriteFile(out, size, seed)
}
