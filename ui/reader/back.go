package reader

import tea "github.com/charmbracelet/bubbletea"

// BackMsg asks the library to take the screen back from the reader; Then,
// when set, is a key typed right after the Esc (the two read as one
// Alt+key), for the list.
type BackMsg struct{ Then *tea.KeyMsg }
