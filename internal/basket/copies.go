package basket

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"wenji/internal/state"
)

// A document read from standard input has no file to open again. So that
// its excerpts can be opened at their place all the same, the bytes it
// was read from are kept beside the basket, in the texts directory, named
// by their SHA-256 as a large text is (texts.go): excerpts of one document
// share one copy, written once, before the basket file that names it,
// and removed once no excerpt names it. The basket file names it in the
// excerpt's source (Source.Copy), a field an older wenji ignores: its save
// drops the field and the copy with it, and the excerpt reads as it did.
// A copy is read only when its excerpt is opened (ReadCopy); one missing
// or changed then is said, and the basket stays whole.

// WithCopy returns e with the document's bytes b to be kept, named in its
// source, and the source's content key set to b's (state.Key, as a file's
// is), so that the excerpt opens at its very offset in the copy. A
// document larger than MaxSize is not kept: e comes back as it was.
func WithCopy(e Excerpt, b []byte) Excerpt {
	if len(b) == 0 || len(b) > MaxSize {
		return e
	}
	e.Source.Copy, e.doc = CopyName(b), b
	if e.Source.Hash == "" {
		e.Source.Hash = state.Key(b)
	}
	return e
}

// CopyName is the name of the copy that keeps the document bytes b:
// textName's, without copying b into a string.
func CopyName(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]) + ".txt"
}

// ReadCopy returns the bytes kept for the excerpt source src of the basket
// at path: an error when it keeps none, or when the copy is missing or no
// longer what its name says.
func ReadCopy(path string, src Source) ([]byte, error) {
	if src.Copy == "" {
		return nil, fmt.Errorf("no copy kept")
	}
	t, err := readText(path, src.Copy)
	return []byte(t), err
}

// writeCopies writes the copies that list's excerpts carry and that are
// not written yet.
func writeCopies(path string, list []Excerpt) error {
	for _, e := range list {
		if e.Source.Copy == "" || e.doc == nil || !validTextName(e.Source.Copy) {
			continue
		}
		file := filepath.Join(textsDir(path), e.Source.Copy)
		if st, err := os.Stat(file); err == nil && st.Mode().IsRegular() && st.Size() == int64(len(e.doc)) {
			continue // written by an earlier save: each add of a document carries it
		}
		if err := state.WriteAtomic(file, e.doc, ".tmp-*"); err != nil {
			return err
		}
	}
	return nil
}

// copyNames adds the copies that list names to set.
func copyNames(set map[string]bool, list []Excerpt) {
	for _, e := range list {
		if e.Source.Copy != "" {
			set[e.Source.Copy] = true
		}
	}
}
