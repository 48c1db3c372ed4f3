package reader

import (
	"slices"

	"wenji/model/search"
)

// History is the searches of a session, the oldest first, each once: what
// ↑ and ↓ bring back in the / prompt. One History is shared by the pages
// of a session that search (the library's search and the readers of its
// documents; the readers a reader's basket page and Ctrl-^ open after it),
// through Options.History, so that a search made in one comes back in the
// others, as the shell's history does across its commands.
// Like every Model's state it is used from Update alone.
type History struct {
	list    []string
	earlier func() []string // the searches of earlier sessions (Options.Searches)
	read    bool            // earlier has been read into list
}

// NewHistory returns an empty history that takes up, when first listed,
// the searches earlier returns (those of earlier sessions, the oldest
// first); earlier may be nil.
func NewHistory(earlier func() []string) *History { return &History{earlier: earlier} }

// List returns the searches, the oldest first. The first call reads those
// of earlier sessions, which go before this session's, each once: read
// when a prompt first opens, not at the start.
func (h *History) List() []string {
	if !h.read {
		h.read = true
		if h.earlier != nil {
			old := slices.DeleteFunc(slices.Clone(h.earlier()), func(q string) bool { return slices.Contains(h.list, q) })
			h.list = slices.Concat(old, h.list)
		}
	}
	return h.list
}

// Add makes q the newest search, kept as search.HistoryText writes it,
// and returns the text kept: the same search made before moves up (vim's
// and less's histories), typed with a stray space or without. A query
// with nothing to find is not kept, and Add returns "". The reader's
// prompt kept "甲 " as typed and the library's search too, beside "甲",
// and the file of earlier sessions kept both as "甲" (a regular
// expression's spaces, which match, dropped too).
func (h *History) Add(q string) string {
	q = search.HistoryText(q)
	if q != "" {
		h.list = append(slices.DeleteFunc(h.list, func(x string) bool { return x == q }), q)
	}
	return q
}
