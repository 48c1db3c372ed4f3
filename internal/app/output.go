package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"wenji/internal/text"
	"wenji/model"
	"wenji/model/export"
	"wenji/model/export/docx"
	"wenji/ui/reader"
)

// checked is a writer that remembers its first error and refuses every
// write after it: a printing mode writes on regardless and asks once, at
// the end, whether all of it went out (fmt's Fprint errors are otherwise
// easy to drop, and --print > /dev/full then exited 0).
type checked struct {
	w   io.Writer
	err error
}

func (c *checked) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// output is where a printing mode writes: stdout checked, and sanitised
// when it is a terminal (terminalOut).
type output struct {
	*checked
	out io.WriteCloser
}

// newOutput wraps stdout for a printing mode.
func newOutput(stdout io.Writer) *output {
	c := &checked{w: stdout}
	return &output{checked: c, out: terminalOutTo(stdout, c)}
}

// Write writes through the sanitiser, when there is one.
func (o *output) Write(p []byte) (int, error) { return o.out.Write(p) }

// done flushes what the sanitiser held back and returns the exit status:
// code when every write went out, else 1 after one line on stderr. A
// reader that went away (| head -1) is no error: the output ends quietly.
// (Writing to a closed pipe on the real standard output raises SIGPIPE,
// which ends wenji as it ends cat; this covers a pipe where SIGPIPE is
// ignored.)
func (o *output) done(code int, lang string, stderr io.Writer) int {
	err := o.out.Close()
	if o.err != nil {
		err = o.err
	}
	return writeStatus(code, err, lang, stderr)
}

// writeStatus is done's verdict on err, the first write error.
func writeStatus(code int, err error, lang string, stderr io.Writer) int {
	switch {
	case err == nil:
		return code
	case errors.Is(err, syscall.EPIPE):
		return code
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err // "write /dev/stdout: …" names no file the user gave
	}
	fmt.Fprintf(stderr, "wenji: "+text.CLIFor(lang).WriteFailed+"\n", reader.ErrLineIn(lang, err))
	return 1
}

// printDoc is the printing modes on a document: --json, --outline,
// --print (in o.format, docx to -o), and the clean text of a document
// read with no terminal to show it on (wenji FILE | cat, as less does).
func printDoc(doc *model.Document, o options, lang string, stdout, stderr io.Writer) int {
	n := doc.Root
	if o.print != "" {
		if n = doc.Find(o.printPath); n == nil {
			fmt.Fprintf(stderr, "wenji: --print %s: %s\n", o.print, text.CLIFor(lang).NoPath)
			return 1
		}
	}
	if o.format == "docx" {
		return writeFile(o.output, o.force, lang, stderr, func(w io.Writer) error {
			return docx.Write(w, doc, n, docx.Options{Title: doc.Root.Title, KeepJunk: o.keepJunk})
		})
	}
	out := newOutput(stdout)
	switch {
	case o.json:
		encodeJSON(out, export.JSON(doc))
	case o.outline:
		printNode(doc, n, o, true, out)
	default:
		printNode(doc, n, o, false, out)
	}
	return out.done(0, lang, stderr)
}

// encodeJSON writes v indented, with <, > and & as they are.
func encodeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v) // a write error is the output's, checked at its end
}

// printNode prints n's outline (outline) or its text in o.format; write
// errors are w's to report.
func printNode(doc *model.Document, n *model.Node, o options, outline bool, w io.Writer) {
	switch {
	case o.format == "json" && outline:
		encodeJSON(w, export.ToJSON(doc, n))
	case o.format == "json":
		encodeJSON(w, export.SubtreeJSON(doc, n, o.keepJunk))
	case outline:
		export.WriteOutline(w, n, o.format == "md")
	case o.format == "md":
		io.WriteString(w, export.Markdown(doc, n, o.keepJunk))
	default:
		io.WriteString(w, export.PrintText(doc, n, o.keepJunk))
	}
}

// writeFile writes what write produces to the file path, whole or not at
// all: into a temporary file beside it, then in its place. An existing
// file is kept (exit 1, one line) unless force: -o is a file the user may
// have worked on, and a --print run twice must not lose it silently.
func writeFile(path string, force bool, lang string, stderr io.Writer, write func(io.Writer) error) int {
	t := text.CLIFor(lang)
	fail := func(err error) int {
		if dir := filepath.Dir(path); errors.Is(err, fs.ErrNotExist) {
			if _, serr := os.Stat(dir); errors.Is(serr, fs.ErrNotExist) {
				fmt.Fprintf(stderr, "wenji: "+t.OutputFailed+"\n", path, fmt.Sprintf(t.OutputNoFolder, dir))
				return 1
			}
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		fmt.Fprintf(stderr, "wenji: "+t.OutputFailed+"\n", path, reader.ErrLineIn(lang, err))
		return 1
	}
	fi, err := os.Lstat(path)
	if err == nil && fi.Mode()&os.ModeSymlink != 0 {
		// As the shell's > does, a link is written through: the file it
		// points to is replaced, the link kept. A dangling link is left
		// to the rename below, which puts the file in its place.
		if real, rerr := filepath.EvalSymlinks(path); rerr == nil {
			path = real
			fi, err = os.Lstat(path)
		}
	}
	if err == nil && !fi.Mode().IsRegular() && fi.Mode()&os.ModeSymlink == 0 {
		// A directory, a FIFO or a device is never replaced, --force or
		// not (-o /dev/stdout with --force renamed a file over it).
		fmt.Fprintf(stderr, "wenji: "+t.OutputNotFile+"\n", path)
		return 1
	}
	if err == nil && !force {
		fmt.Fprintf(stderr, "wenji: "+t.OutputExists+"\n", path)
		return 1
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".wenji-*.tmp")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name()) // once renamed or linked, nothing is left to remove
	err = write(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fail(err)
	}
	if force {
		err = os.Rename(tmp.Name(), path)
	} else {
		// A link fails when path appeared meanwhile: never over a file.
		err = os.Link(tmp.Name(), path)
		if errors.Is(err, os.ErrExist) {
			fmt.Fprintf(stderr, "wenji: "+t.OutputExists+"\n", path)
			return 1
		}
		if err != nil { // a file system without links (FAT, some FUSE)
			err = os.Rename(tmp.Name(), path)
		}
	}
	if err != nil {
		return fail(err)
	}
	return 0
}
