package common

import "wenji/ui/cjk"

// Common is what every component of a page shares: its size, the one
// width function and the styles. Components embed it; the page sets the
// size of each.
type Common struct {
	Width, Height int
	W             cjk.Width
	Styles        *Styles
}

// SetSize sets the component's size.
func (c *Common) SetSize(width, height int) { c.Width, c.Height = width, height }
