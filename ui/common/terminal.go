package common

// TerminalBack is a message that comes when wenji has the terminal
// again after another program had it: the basket page's editor, run by
// tea.ExecProcess. The program around the pages turns the mouse back on
// at it, as at tea.ResumeMsg (fg after Ctrl-z): Bubble Tea v1 turns the
// mouse off when it hands the terminal over and leaves it off when it
// takes the terminal back.
type TerminalBack interface{ TerminalBack() }
