package app

import (
	"fmt"
	"io"
	"os"
)

// startLibrary runs wenji DIR (runLibrary) with its listing's writes
// checked, and asks the terminal its ambiguous width only once the folder
// has opened: an error after the question would end wenji before the
// answer came, and the answer would then be echoed into the shell.
func startLibrary(dir, lang string, o options, stdin io.Reader, stdout, stderr io.Writer) int {
	f, err := os.Open(dir)
	if err != nil {
		fmt.Fprintf(stderr, "wenji: %s: %v\n", dir, err)
		return 1
	}
	_, err = f.Readdirnames(1)
	f.Close()
	if err != nil && err != io.EOF {
		fmt.Fprintf(stderr, "wenji: %s: %v\n", dir, err)
		return 1
	}
	if !isTerminal(os.Stdout) {
		out := newOutput(stdout)
		return out.done(runLibrary(dir, lang, o, stdin, out, stderr), lang, stderr)
	}
	if stdoutIsTerminal() {
		o.ambiguous = ambiguousWidth(o)
	}
	return runLibrary(dir, lang, o, stdin, stdout, stderr)
}
