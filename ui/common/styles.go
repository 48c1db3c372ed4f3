package common

import "github.com/charmbracelet/lipgloss"

// Styles holds every style the UI draws with. It is built once and passed
// down; styles only colour and embolden strings the UI has already sized
// with cjk.Width, so no style here ever sets a width, padding or border.
type Styles struct {
	// Reading pane.
	DocTitle     lipgloss.Style // the compilation's title line
	Article      lipgloss.Style // an article title
	Section      lipgloss.Style // a section heading
	Measure      lipgloss.Style // a measure's lead sentence
	Marker       lipgloss.Style // a measure marker: 一是, （一）, 1.
	Body         lipgloss.Style
	Junk         lipgloss.Style // filtered text, when shown
	JunkLabel    lipgloss.Style // the 〔已过滤：广告〕 label before it
	Empty        lipgloss.Style // the message of an empty document
	Match        lipgloss.Style // a search hit, over the style of its text
	MatchCurrent lipgloss.Style // the current search hit

	// Outline pane.
	OutlineArticle lipgloss.Style
	OutlineItem    lipgloss.Style
	OutlineSpy     lipgloss.Style // the node at the top of the reading pane
	OutlineCursor  lipgloss.Style // the selection while the outline has focus
	OutlineChars   lipgloss.Style // the 字数 column
	OutlineHits    lipgloss.Style // the hit counts that replace it in a search
	OutlineArrow   lipgloss.Style
	Separator      lipgloss.Style // the rule between the panes
	SeparatorFocus lipgloss.Style

	// Status bar.
	StatusBar     lipgloss.Style
	StatusFile    lipgloss.Style
	StatusCrumb   lipgloss.Style
	StatusMsg     lipgloss.Style
	StatusPercent lipgloss.Style

	// Search prompt, in place of the status bar.
	Prompt       lipgloss.Style // the /
	PromptCursor lipgloss.Style
	PromptCount  lipgloss.Style // 3/16 on the right
	PromptError  lipgloss.Style // a bad pattern

	// Help overlay.
	HelpTitle lipgloss.Style
	HelpGroup lipgloss.Style
	HelpKey   lipgloss.Style
	HelpDesc  lipgloss.Style
}

// DefaultStyles returns wenji's theme, readable on light and dark terminals.
func DefaultStyles() Styles {
	accent := lipgloss.AdaptiveColor{Light: "#B5301F", Dark: "#FF8A65"}
	marker := lipgloss.AdaptiveColor{Light: "#0B6E8A", Dark: "#6CD4F0"}
	dim := lipgloss.AdaptiveColor{Light: "#9A9A9A", Dark: "#6C6C6C"}
	barBg := lipgloss.AdaptiveColor{Light: "#E4E0D8", Dark: "#303030"}
	barFg := lipgloss.AdaptiveColor{Light: "#303030", Dark: "#D8D8D8"}
	s := Styles{}
	s.DocTitle = lipgloss.NewStyle().Bold(true).Foreground(accent).Underline(true)
	s.Article = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Section = lipgloss.NewStyle().Bold(true)
	s.Measure = lipgloss.NewStyle().Bold(true)
	s.Marker = lipgloss.NewStyle().Bold(true).Foreground(marker)
	s.Body = lipgloss.NewStyle()
	s.Junk = lipgloss.NewStyle().Foreground(dim).Faint(true)
	s.JunkLabel = lipgloss.NewStyle().Foreground(dim).Italic(true)
	s.Empty = lipgloss.NewStyle().Foreground(dim)
	// Reverse video shows hits on any terminal, colour or not; the current
	// one is also bold and underlined, and coloured where colour exists.
	s.Match = lipgloss.NewStyle().Reverse(true)
	s.MatchCurrent = lipgloss.NewStyle().Reverse(true).Bold(true).Underline(true).
		Foreground(lipgloss.AdaptiveColor{Light: "#C25E00", Dark: "#FFB74D"})

	s.OutlineArticle = lipgloss.NewStyle().Bold(true)
	s.OutlineItem = lipgloss.NewStyle()
	s.OutlineSpy = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.OutlineCursor = lipgloss.NewStyle().Reverse(true)
	s.OutlineChars = lipgloss.NewStyle().Foreground(dim)
	s.OutlineHits = lipgloss.NewStyle().Foreground(accent)
	s.OutlineArrow = lipgloss.NewStyle().Foreground(dim)
	s.Separator = lipgloss.NewStyle().Foreground(dim)
	s.SeparatorFocus = lipgloss.NewStyle().Foreground(accent)

	s.StatusBar = lipgloss.NewStyle().Background(barBg).Foreground(barFg)
	s.StatusFile = s.StatusBar.Bold(true)
	s.StatusCrumb = s.StatusBar
	s.StatusMsg = s.StatusBar.Foreground(accent)
	s.StatusPercent = s.StatusBar.Bold(true)

	s.Prompt = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.PromptCursor = lipgloss.NewStyle().Reverse(true)
	s.PromptCount = lipgloss.NewStyle().Foreground(dim)
	s.PromptError = lipgloss.NewStyle().Foreground(accent)

	s.HelpTitle = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.HelpGroup = lipgloss.NewStyle().Bold(true)
	s.HelpKey = lipgloss.NewStyle().Foreground(marker)
	s.HelpDesc = lipgloss.NewStyle()
	return s
}
