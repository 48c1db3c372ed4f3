package basket

import (
	"fmt"
	"strings"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/common"
)

// rowFacts is what an excerpt's row tag says of it, worked out when the
// list changes (retag), not as a frame is drawn: the tags it may show,
// the fullest first (rowTag picks the first that fits). View compared
// each row's excerpt with every other (FindOverlap) and counted its
// characters on every frame, for each row shown.
type rowFacts struct {
	tags []string
}

// findOverlap is store.FindOverlap; the tests count its calls.
var findOverlap = store.FindOverlap

// retag works out the rows' facts for the list as it is now: called by
// whatever changes the list (loaded, saved, moved, deleted, restored,
// edited), as View only reads them.
func (m *Model) retag() {
	m.rows = make([]rowFacts, len(m.list))
	for i, e := range m.list {
		m.rows[i] = rowFacts{tags: m.tagsOf(e)}
	}
}

// tagsOf returns the tags e's row may show, the fullest first: the
// excerpt of the basket it lies wholly inside (在第 2 条内) or one it
// holds (含第 3 条), 选段 for a paragraph selection, and its length (358
// 字); then, for a row without room for all beside a few characters of
// the heading, without the length, then without 选段 (what the excerpt
// is matters more than its length, and the text twice in the basket
// most).
func (m *Model) tagsOf(e store.Excerpt) []string {
	var lead []string
	switch o, j := findOverlap(m.list, e); o {
	case store.Inside:
		lead = append(lead, fmt.Sprintf(m.tx.InsideTagFmt, j+1))
	case store.Holds:
		lead = append(lead, fmt.Sprintf(m.tx.HoldsTagFmt, j+1))
	}
	if e.Kind == store.KindParagraphs {
		lead = append(lead, m.tx.SelectionTag)
	}
	n := model.CountChars(e.Text)
	tags := []string{strings.Join(append(lead, wtext.Plural(n, m.tx.CharsFmt, n, common.Thousands(n))), " · ")}
	for k := len(lead); k > 0; k-- {
		tags = append(tags, strings.Join(lead[:k], " · "))
	}
	return tags
}

// rowTag is what the right end of excerpt i's row says of it: the
// fullest of its tags (rowFacts) that takes at most a third of the row,
// else "".
func (m Model) rowTag(i int) string {
	if i >= len(m.rows) {
		return ""
	}
	for _, tag := range m.rows[i].tags {
		if m.W.String(tag) <= m.Width/3 {
			return tag
		}
	}
	return ""
}
