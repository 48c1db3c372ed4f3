// Command floor is the yardstick for wenji's start-up time: a minimal
// Bubble Tea v1 program that reads the first 2 KB of a file and shows them
// in the alternate screen, nothing else. internal/bench/firstpage times it and
// wenji the same way.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

type model struct {
	text   string
	height int
}

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	case tea.WindowSizeMsg:
		m.height = msg.Height
	}
	return m, nil
}

// View shows the top of the text; the renderer would otherwise keep the
// bottom of a view taller than the screen.
func (m model) View() string {
	lines := strings.Split(m.text, "\n")
	return strings.Join(lines[:min(len(lines), max(m.height, 1))], "\n")
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	buf := make([]byte, 2048)
	n, _ := io.ReadFull(f, buf)
	f.Close()
	text := strings.ToValidUTF8(string(buf[:n]), "")
	if _, err := tea.NewProgram(model{text: text}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
