package app

import (
	"os"
	"wenji/ui/common"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Themes: wenji's colours are lipgloss.AdaptiveColor pairs, one for light
// and one for dark backgrounds, and lipgloss picks by asking the terminal
// for its background colour. --theme names the background instead, for
// terminals that do not answer (or answer wrongly, as some multiplexers
// do). NO_COLOR drops the colours and keeps bold, underline and reverse
// video, which is what marks headings and search hits (lipgloss's own
// handling of NO_COLOR would drop those too).

// validTheme reports whether theme is a --theme value.
func validTheme(theme string) bool {
	return theme == "" || theme == "auto" || theme == "dark" || theme == "light"
}

// applyTheme sets the background the colours are chosen for (auto, or
// nothing, leaves it to the terminal) and returns the styles to draw
// with: nil for the default, colourless ones under NO_COLOR.
func applyTheme(theme string) *common.Styles {
	switch theme {
	case "dark":
		lipgloss.SetHasDarkBackground(true)
	case "light":
		lipgloss.SetHasDarkBackground(false)
	}
	if os.Getenv("NO_COLOR") == "" {
		return nil
	}
	lipgloss.SetColorProfile(termenv.ANSI) // attributes only: the styles hold no colour
	st := common.DefaultStyles().WithoutColour()
	return &st
}
