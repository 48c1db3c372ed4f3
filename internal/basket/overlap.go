package basket

import "strings"

// Overlap is how an excerpt's place in its document lies against
// another's. A writer may well want section 2.1.2 on its own beside the
// 2.1 that holds it, so adding it is not refused (as the same excerpt
// twice is, Has); but the reader says so as it adds, and the basket page
// marks the two, or the text would be in the basket, and in what is
// written from it, twice unawares.
type Overlap int

// The ways one excerpt can lie against another.
const (
	// Apart: neither holds the other whole (or other documents).
	Apart Overlap = iota
	// Inside: wholly inside the other (2.1.2 against 2.1), or the same
	// place (an excerpt edited since, taken again).
	Inside
	// Holds: holds the other whole (2.1 against 2.1.2).
	Holds
)

// OverlapOf returns how e lies against x: by their places in the parsed
// text (Source's Offset to End) in the same document, or, for an
// excerpt taken before End was kept, by the outline paths of two nodes'
// excerpts (2.1.2 under 2.1); a paragraph selection without End lies
// apart from all.
func OverlapOf(e, x Excerpt) Overlap {
	a, b := e.Source, x.Source
	if !sameDocument(a, b) {
		return Apart
	}
	if a.End > 0 && b.End > 0 {
		switch {
		case b.Offset <= a.Offset && a.End <= b.End:
			return Inside
		case a.Offset <= b.Offset && b.End <= a.End:
			return Holds
		}
		return Apart
	}
	if e.Kind == KindParagraphs || x.Kind == KindParagraphs || a.NodePath == "" || b.NodePath == "" {
		return Apart
	}
	switch {
	case a.NodePath == b.NodePath || strings.HasPrefix(a.NodePath, b.NodePath+"."):
		return Inside
	case strings.HasPrefix(b.NodePath, a.NodePath+"."):
		return Holds
	}
	return Apart
}

// FindOverlap returns how e lies against the excerpts of list other than
// the one with e's ID, and which: the first it lies inside, else the
// first it holds; Apart and -1 when none.
func FindOverlap(list []Excerpt, e Excerpt) (Overlap, int) {
	held := -1
	for i, x := range list {
		if x.ID != "" && x.ID == e.ID {
			continue
		}
		switch OverlapOf(e, x) {
		case Inside:
			return Inside, i
		case Holds:
			if held < 0 {
				held = i
			}
		}
	}
	if held >= 0 {
		return Holds, held
	}
	return Apart, -1
}

// Overlap is FindOverlap over the basket, with the excerpt found.
func (b *Basket) Overlap(e Excerpt) (Overlap, Excerpt) {
	o, i := FindOverlap(b.items, e)
	if i < 0 {
		return Apart, Excerpt{}
	}
	return o, b.items[i]
}

// sameDocument reports whether a and b are places in one document: its
// content key, else (a document read before keys, the sample) its file.
func sameDocument(a, b Source) bool {
	return a.Hash == b.Hash && (a.Hash != "" || a.Path == b.Path && a.Name == b.Name)
}
