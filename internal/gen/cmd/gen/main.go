// Command gen writes synthetic compilations for wenji's stress tests.
//
//	go run ./internal/gen/cmd/gen -mb 100 -o /tmp/big.txt
//	go run ./internal/gen/cmd/gen -mb 50 -files 200 -dir /tmp/lib
//
// With -files, it writes N files of -mb megabytes in total into -dir, each
// named after its compilation, for library-mode tests.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"wenji/internal/gen"
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
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		per := size / int64(files)
		for i := range files {
			name := filepath.Join(dir, fmt.Sprintf("%04d_%s.txt", i+1, gen.Title(seed+int64(i))))
			if err := writeFile(name, per, seed+int64(i)); err != nil {
				return err
			}
		}
		return nil
	}
	if out == "" || out == "-" {
		return gen.Write(os.Stdout, size, seed)
	}
	return writeFile(out, size, seed)
}

func writeFile(name string, size, seed int64) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := gen.Write(f, size, seed); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
