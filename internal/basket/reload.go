package basket

import (
	"os"
	"slices"
)

// Reload reads the file again for a session that shows the basket while
// others change it (the basket page open while a reader in another
// terminal adds to it): the list they saved since is the basket's, and
// changed says it differs from the one held. It reads nothing while this
// session has changes not yet saved, which Save merges with the file; a
// file that cannot be read, or is damaged, is left to Save too, and the
// list held stays.
func (b *Basket) Reload() (changed bool, err error) {
	if b.reordered || len(b.edited) > 0 || !sameExcerpts(b.base, b.items) {
		return false, nil
	}
	// Under the lock, as Open reads: a save under way may be removing a
	// text file the file read before it named.
	if _, err := os.Lstat(b.Path); err == nil {
		if unlock, err := lock(b.Path); err == nil {
			defer unlock()
		}
	}
	known := map[string]string{}
	for _, e := range b.items {
		if name, ok := b.names[e.ID]; ok {
			known[name] = e.Text
		}
	}
	theirs, names, err := load(b.Path, known)
	if err != nil {
		return false, err
	}
	if names == nil {
		names = map[string]string{}
	}
	changed = !sameExcerpts(theirs, b.items)
	b.base, b.items, b.names = theirs, slices.Clone(theirs), names
	return changed, nil
}

// sameExcerpts reports whether a and b hold the same excerpts, in the
// same order, with the same text.
func sameExcerpts(a, b []Excerpt) bool {
	return slices.EqualFunc(a, b, func(x, y Excerpt) bool {
		return x.ID == y.ID && x.Text == y.Text && x.Heading == y.Heading
	})
}
