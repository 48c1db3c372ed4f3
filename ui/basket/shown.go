package basket

import (
	"slices"

	store "wenji/internal/basket"
	"wenji/ui/cjk"
)

// shown is e as the page shows it: its text, heading and heads drawn as
// the reader draws the document (cjk.Sanitize: ESC as ␛, bidi controls
// dropped) before they are laid out, so that the page shows ␛[31m where
// the reader does, not the [31m the exports keep once the control is
// dropped.
func shown(e store.Excerpt) store.Excerpt {
	e.Text, e.Heading = cjk.Sanitize(e.Text), cjk.Sanitize(e.Heading)
	e.Heads = slices.Clone(e.Heads)
	for i := range e.Heads {
		e.Heads[i].Text = cjk.Sanitize(e.Heads[i].Text)
	}
	return e
}
