package basket

import (
	"strings"

	"wenji/model/export"
)

// Edited returns e with its text replaced by text, as the writer edited
// it (the basket page's e): a heading the first line repeated follows that
// line's edit, and the sub-sections' headings (Heads) are found again on
// the lines that still open with them, in order; those edited away are
// dropped (their lines are body text then). Its source stays: the
// excerpt still opens where it was taken.
func Edited(e Excerpt, text string) Excerpt {
	lines := strings.Split(text, "\n")
	old := strings.Split(e.Text, "\n")
	if h := OneLine(e.Heading); h != "" && OneLine(old[0]) == h {
		if first := OneLine(lines[0]); first != "" {
			e.Heading = first
		}
	}
	var heads []export.Head
	next := 0
	for _, h := range e.Heads {
		t := trimLine(h.Text)
		if t == "" {
			continue
		}
		for i := next; i < len(lines); i++ {
			if strings.HasPrefix(trimLine(lines[i]), t) {
				h.Line, next = i, i+1
				heads = append(heads, h)
				break
			}
		}
	}
	e.Text, e.Heads = text, heads
	return e
}

// Edit replaces the excerpt with id by Edited(it, text); false when there
// is none or the text is the same. The next Save keeps this session's
// edit over the other sessions' list (merge), and writes a large text to
// a file of its own anew.
func (b *Basket) Edit(id, text string) bool {
	i := b.index(id)
	if i < 0 || b.items[i].Text == text {
		return false
	}
	b.items[i] = Edited(b.items[i], text)
	delete(b.names, id) // the text file named the old text
	if b.edited == nil {
		b.edited = map[string]bool{}
	}
	b.edited[id] = true
	return true
}

// Revert puts back prev, the excerpt with id as it was before an edit
// (the basket page's u after e): its text, heading and sub-headings whole,
// as a change of this session's that the next Save keeps; false when
// there is no excerpt with id (another session deleted it).
func (b *Basket) Revert(id string, prev Excerpt) bool {
	i := b.index(id)
	if i < 0 {
		return false
	}
	prev.ID = id
	b.items[i] = prev
	delete(b.names, id)
	if b.edited == nil {
		b.edited = map[string]bool{}
	}
	b.edited[id] = true
	return true
}

// keepEdits gives each excerpt of merged, the list a save merged, its
// text as last edited: this session's edit (ours, by ID), else the text
// the file holds (theirs: another session may have edited it since this
// one loaded it). An excerpt this session edited and another deleted
// meanwhile goes at the end: an edit is the writer's work, kept.
func keepEdits(merged, ours, theirs []Excerpt, edited map[string]bool) []Excerpt {
	at := map[string]int{}
	for i, e := range merged {
		at[e.ID] = i
	}
	for _, e := range theirs {
		if i, ok := at[e.ID]; ok && !edited[e.ID] {
			merged[i] = e
		}
	}
	for _, e := range ours {
		if !edited[e.ID] {
			continue
		}
		if i, ok := at[e.ID]; ok {
			merged[i] = e
		} else {
			merged = append(merged, e)
		}
	}
	return merged
}
