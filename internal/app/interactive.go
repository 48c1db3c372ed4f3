package app

import (
	"fmt"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/mattn/go-isatty"

	"earlyterm"

	"wenji/internal/state"
	"wenji/internal/termprobe"
	"wenji/internal/text"
	"wenji/model"
	"wenji/model/export"
	"wenji/ui/reader"
)

// keyInput returns where keys come from: standard input when it is a
// terminal, else /dev/tty (the document came through a pipe). close
// releases what was opened.
func keyInput(stdin io.Reader) (in *os.File, close func(), err error) {
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		return f, func() {}, nil
	}
	tty, err := os.Open("/dev/tty")
	if err != nil {
		return nil, nil, err
	}
	return tty, func() { tty.Close() }, nil
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// interactive runs the reader on the terminal. Keys come from standard input
// when it is a terminal, else from /dev/tty (the document came through a
// pipe). When standard output is not a terminal there is nobody to show a
// screen to, so the document's clean text is written instead, as less does.
// doc may still be parsing (see lateModel).
func interactive(doc func() (*model.Document, error), name string, fileKey func(string) string, lang string, o options, stdin io.Reader, stderr io.Writer) int {
	if !isTerminal(os.Stdout) {
		d, err := doc()
		if err != nil {
			fmt.Fprintf(stderr, "wenji: %v\n", err)
			return 1
		}
		fmt.Fprint(os.Stdout, export.PrintText(d, d.Root, o.keepJunk))
		return 0
	}
	in, closeIn, ok := openKeys(stdin, lang, stderr)
	if !ok {
		return 1
	}
	defer closeIn()
	key := func() string { return "" } // standard input is not remembered
	switch {
	case o.sample != "":
		key = func() string { return state.Key([]byte(o.sample)) }
	case name != "-":
		key = func() string { return fileKey(name) }
	}
	opt := reader.Options{FileName: name, Lang: lang, Ambiguous: o.ambiguous, Styles: o.styles, NoFile: o.sample != "", Stdin: o.stdin,
		Disk: diskFor(name, lang, o)}
	return runUI(doc, opt, key, o, newMemory(o, lang, stderr), in, stderr)
}

// probeAmbiguous asks the terminal how wide it draws East Asian Ambiguous
// characters (0: it did not say), and stdoutIsTerminal tells whether there
// is a terminal to ask; the tests replace them.
var (
	probeAmbiguous   = func() int { return termprobe.Ambiguous(termprobe.Timeout) }
	stdoutIsTerminal = func() bool { return isTerminal(os.Stdout) }
)

// ambiguousWidth is the width of East Asian Ambiguous characters for the
// reader or the library about to start on the terminal (run asks once,
// before reading the document): --ambiguous-width; else
// RUNEWIDTH_EASTASIAN, when set (0 leaves it to ui, which reads it); else
// what the terminal answers when asked (earlyterm asked it already with
// the background colour, when it could); else 0, the locale. The locale
// comes last because it says little: under zh_CN most terminals still draw
// these characters one column wide. A dumb terminal is not asked: it would
// print the question.
func ambiguousWidth(o options) int {
	if o.ambiguous != 0 || os.Getenv("RUNEWIDTH_EASTASIAN") != "" || os.Getenv("TERM") == "dumb" {
		return o.ambiguous
	}
	if askedEarly != 0 {
		return askedEarly
	}
	return probeAmbiguous()
}

// askedEarly is earlyterm's answer (0: none); the tests replace it.
var askedEarly = earlyterm.Ambiguous

// runUI runs the reader on the document doc returns, starting where the
// document with the key key returns was left (mem, when not nil) and
// remembering where it ends; B shows the basket page over it (pages). The
// reader is built while Bubble Tea starts (lateModel): doc and key may
// still be at work when runUI is called. A document that could not be
// parsed after all ends the program, and is said once the terminal is
// restored.
func runUI(doc func() (*model.Document, error), opt reader.Options, key func() string, o options, mem *memory, in *os.File, stderr io.Writer) int {
	out := newCursorOut(os.Stdout)
	opt.FrameShown = out.shown // a large file's loader starts once the preview is on screen
	m := startLate(func() (tea.Model, error) {
		d, err := doc()
		if err != nil {
			return nil, err
		}
		k := key()
		mem.place(k, &opt)
		mem.viewInto(&opt) // o and # as the user left them
		return pages(d, opt, k, o, mem), nil
	})
	p := newProgram(repaint{m, out}, in, out)
	defer quitOnHangup(p, in)() // saved below, then stop
	final, err := p.Run()
	finalPlace(unwrapLate(unwrapRepaint(final)), mem, opt.Lang, stderr)
	if endedByHangup(err, in) {
		err = nil
	}
	if m.err != nil {
		err = m.err
	}
	if err != nil {
		fmt.Fprintf(stderr, "wenji: %v\n", err)
		return 1
	}
	return 0
}

// Files larger than previewMin open with a preview: the first previewBytes
// (two screens of prose at 200×60; parsing more would only delay the first
// one: a large 素材 file may open with a 目录 of thousands of empty 1. 2.
// entries, and 64 KB of them cost 10 ms) are parsed
// and shown at once while the whole file is read and parsed in
// the background, so a 100 MB file's first page comes as fast as a small
// one's. previewMin is low: parsed whole before the first frame, a file of
// 512 KB showed its first page in 179 ms and one of 3 MB in 241 ms where
// the preview takes 132 and 103 ms (a bare Bubble Tea program: about 100;
// internal/bench/firstpage, issue 17's "1.3× the floor at every size").
const (
	previewMin   = 256 << 10
	previewBytes = 32 << 10
)

// previewLarge runs the reader on a preview of a large plain-text UTF-8
// file or a large .docx. ok is false when the file is small or not such a
// file; the caller then loads it whole.
func previewLarge(path string, fileKey func(string) string, lang string, o options, stderr io.Writer) (code int, ok bool) {
	bf, ok := openPreview(path, lang, o)
	if !ok {
		bf, ok = openDocxPreview(path, lang, o)
	}
	if !ok {
		return 0, false
	}
	o.ambiguous = ambiguousWidth(o) // once the preview opened (see Run), while it is parsed
	settle, taken := settleTaken()
	load := limitLoad(bf.whole, bf.size, settle)
	opt := reader.Options{FileName: path, Lang: lang, Ambiguous: o.ambiguous, Styles: o.styles,
		Load: func() (*model.Document, error) {
			defer bf.later.loaded()
			return load()
		}, Loaded: taken, Peek: bf.peek, Size: bf.size, Disk: diskFor(path, lang, o)}
	key := func() string { return fileKey(path) }
	doc := func() (*model.Document, error) { return bf.preview(), nil }
	code = runUI(doc, opt, key, o, newMemory(o, lang, stderr), os.Stdin, stderr)
	bf.later.wait() // what was parsed is cached before the program ends
	return code, true
}

// openKeys is keyInput, saying in one line on stderr when there is no
// terminal to read keys from (ok false).
func openKeys(stdin io.Reader, lang string, stderr io.Writer) (in *os.File, closeIn func(), ok bool) {
	in, closeIn, err := keyInput(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "wenji: %s\n", text.CLIFor(lang).NoTerminal)
		return nil, nil, false
	}
	return in, closeIn, true
}

// fedInput reports standard input that brings a document: a pipe or a
// file (< FILE), not a terminal nor /dev/null.
func fedInput(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && (st.Mode()&os.ModeNamedPipe != 0 || st.Mode().IsRegular())
}
