// Command genlib writes a large generated library for issue 20's
// measurements: N compilations (internal/gen) of about MB megabytes in
// all, spread over folders of 100 files each as a collector's library is,
// written on all cores. A share of the files (-gb, per thousand) is
// written in GB18030, so a search meets the decoding a real library needs.
//
//	go run ./internal/bench/genlib -files 10000 -mb 1024 -dir /tmp/lib10k
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/internal/par"
	"wenji/internal/tools/gen"
)

func main() {
	files := flag.Int("files", 10000, "documents in the library")
	mb := flag.Int64("mb", 1024, "megabytes (MiB) in all")
	dir := flag.String("dir", "", "the folder to write (required)")
	gb := flag.Int("gb", 10, "files per thousand written in GB18030")
	seed := flag.Int64("seed", 1, "random seed; the same seed gives the same library")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "genlib: -dir is required")
		os.Exit(2)
	}
	if err := write(*dir, *files, *mb<<20, *seed, *gb); err != nil {
		fmt.Fprintln(os.Stderr, "genlib:", err)
		os.Exit(1)
	}
}

// write writes the library; file i goes to folder i/100.
func write(dir string, files int, size, seed int64, gbPerMille int) error {
	per := size / int64(files)
	errs := make([]error, files)
	par.Each(files, func(i int) {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			errs[i] = err
			return
		}
		s := seed + int64(i)
		name := filepath.Join(sub, fmt.Sprintf("%05d_%s.txt", i+1, gen.Title(s)))
		var enc encoding.Encoding // UTF-8
		if gbPerMille > 0 && i%1000 < gbPerMille {
			enc = simplifiedchinese.GB18030
		}
		errs[i] = gen.WriteFileIn(name, per, s, enc)
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
