// Command wenji is a terminal reader for Chinese document compilations
// (经验材料, 讲话稿, 工作报告, 汇编): an outline tree parsed from plain text,
// a reading view with correct CJK widths, and the ads filtered out.
//
//	wenji FILE             read FILE interactively
//	wenji DIR              the library: every document under DIR in a list
//	wenji -                read standard input (cat FILE | wenji too)
//	wenji                  read the embedded sample document
//	wenji --outline FILE   print the outline
//	wenji --json FILE      print the tree as JSON
//	wenji --print 2.1 FILE print one node's text
//	  --format md|json     ... as Markdown, or as a JSON subtree with text
//	wenji --outline --format md FILE   the outline as a Markdown list
package main

import (
	_ "embed"
	"io"
	"os"
	"runtime"

	// Before Bubble Tea's init asks the terminal anything: see its doc.
	_ "earlyterm"

	"wenji/internal/app"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

//go:embed testdata/sample.txt
var sample string

func main() {
	// No heap profile is ever taken of wenji: sampling allocations for one
	// (Go's default, as some dependency reaches runtime.MemProfile) kept
	// its 1.4 MB hash table of stacks, part resident, for nothing.
	runtime.MemProfileRate = 0
	app.TuneGC = os.Getenv("GOGC") == ""
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: the flags into a config, then the mode
// it names. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, code, done := app.Parse(args, version, stdin, stdout, stderr)
	if done {
		return code
	}
	cfg.Sample = sample
	return app.Run(cfg, stdin, stdout, stderr)
}
