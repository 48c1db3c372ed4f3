// Package basketfile opens the basket file the way every page of the
// interface does: the reader adding an excerpt (a, v) and the basket page
// reading it (B).
package basketfile

import (
	"errors"

	store "wenji/internal/basket"
)

// Open opens the basket at path, or at internal/basket.DefaultPath() when
// path is "". A damaged file is read as an empty basket that can be used
// (its Save moves the file to a .bak first): damaged is then the file's
// path, for the page to say so, and err is nil. err is for a basket that
// cannot be used at all.
func Open(path string) (b *store.Basket, damaged string, err error) {
	if path == "" {
		if path, err = store.DefaultPath(); err != nil {
			return nil, "", err
		}
	}
	b, err = store.Open(path)
	var d *store.DamagedError
	if errors.As(err, &d) {
		return b, path, nil
	}
	if err != nil {
		return nil, "", err
	}
	return b, "", nil
}
