package helpview

import (
	"math"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	wtext "wenji/internal/text"
	"wenji/ui/common"
)

// ScrollKeys are the bindings that scroll a help too long for the screen:
// the page's own moves, so j/k, the page keys and g/G do there what they
// do on the page.
type ScrollKeys struct {
	Down, Up, PageDown, PageUp, Top, Bottom key.Binding
}

// Model is the help overlay of a page: what View draws, and its scrolling.
type Model struct {
	common.Common
	tx     *wtext.Shared
	keys   help.KeyMap // what the help lists
	titles []string    // its groups' names
	scroll ScrollKeys
	top    int // the first row of the body shown
}

// New returns the help of keys, its groups named by titles, scrolled by sk.
func New(c common.Common, tx *wtext.Shared, keys help.KeyMap, titles []string, sk ScrollKeys) Model {
	return Model{Common: c, tx: tx, keys: keys, titles: titles, scroll: sk}
}

// Update takes a key while the help is shown: the scroll keys scroll it,
// any other key closes it (open is false; the help lists the usual keys,
// so whichever the user reaches for, it gets out of the way).
func (h *Model) Update(msg tea.KeyMsg) (open bool) {
	page := max(1, (h.Height+1)/2) // half the terminal: the help and the bar under it
	switch {
	case h.Fits():
		// Shown whole, there is nothing to scroll: the title says any
		// key closes it, j and k too.
		h.top = 0
		return false
	case key.Matches(msg, h.scroll.Down):
		h.top++
	case key.Matches(msg, h.scroll.Up):
		h.top = max(0, h.top-1)
	case key.Matches(msg, h.scroll.PageDown):
		h.top += page
	case key.Matches(msg, h.scroll.PageUp):
		h.top = max(0, h.top-page)
	case key.Matches(msg, h.scroll.Top):
		h.top = 0
	case key.Matches(msg, h.scroll.Bottom):
		h.top = math.MaxInt32 // View stops it at the end
	default:
		h.top = 0
		return false
	}
	// Never past the end, so that k scrolls back at once.
	h.View()
	return true
}

// wheelRows is how many rows a step of the mouse wheel scrolls, as in the
// pages under the help.
const wheelRows = 3

// Mouse takes a mouse event while the help is shown: the wheel scrolls a
// help too long for the screen, as it scrolls the page under it; the rest
// do nothing (a click is not a key, and closes nothing).
func (h *Model) Mouse(msg tea.MouseMsg) {
	switch {
	case h.Fits():
		return
	case msg.Button == tea.MouseButtonWheelDown:
		h.top += wheelRows
	case msg.Button == tea.MouseButtonWheelUp:
		h.top = max(0, h.top-wheelRows)
	default:
		return
	}
	h.View() // never past the end, as Update
}

// View draws the help in the Common's size: exactly Height lines.
func (h *Model) View() []string {
	out, top := View(h.W, h.Styles, h.tx, h.keys, h.titles, h.Width, max(1, h.Height), h.top)
	h.top = top
	return out
}

// Fits reports whether the help is shown whole in the Common's size:
// its title offers no scrolling then, and every key closes it.
func (h Model) Fits() bool {
	rows := 0
	for _, c := range layout(h.W, helpGroups(h.keys, h.titles), h.Width-2) {
		rows = max(rows, len(c.render(h.W, h.Styles)))
	}
	return fits(rows, max(1, h.Height))
}

// Top returns the first row of the body shown: 0 unless scrolled.
func (h Model) Top() int { return h.top }

// SetKeys replaces the bindings the help lists: a page whose keymap is a
// value gives the help its copy again after enabling or disabling some.
func (h *Model) SetKeys(keys help.KeyMap) { h.keys = keys }
