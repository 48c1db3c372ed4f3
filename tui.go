package main

import (
	"fmt"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/mattn/go-isatty"

	"wenji/model"
	"wenji/ui"
)

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// interactive runs the reader on the terminal. Keys come from standard input
// when it is a terminal, else from /dev/tty (the document came through a
// pipe). When standard output is not a terminal there is nobody to show a
// screen to, so the document's clean text is written instead, as less does.
func interactive(doc *model.Document, name, lang string, o options, stdin io.Reader, stderr io.Writer) int {
	if !isTerminal(os.Stdout) {
		fmt.Fprint(os.Stdout, doc.PlainText(doc.Root, o.keepJunk))
		return 0
	}
	in := os.Stdin
	if f, ok := stdin.(*os.File); !ok || !isTerminal(f) {
		tty, err := os.Open("/dev/tty")
		if err != nil {
			fmt.Fprintf(stderr, "wenji: %s\n", msg(lang, "noTerminal"))
			return 1
		}
		defer tty.Close()
		in = tty
	}
	m := ui.New(doc, ui.Options{FileName: name, Lang: lang, Ambiguous: o.ambiguous})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(in))
	if _, err := p.Run(); err != nil {
		fmt.Fprintf(stderr, "wenji: %v\n", err)
		return 1
	}
	return 0
}
