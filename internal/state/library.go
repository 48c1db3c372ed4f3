package state

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"time"
)

// Library is what is remembered of one library (wenji DIR): the document
// last opened from its list. A library is known by its directory's path,
// not its content (its documents come and go); the document is kept
// relative to the directory, so the record reads the same whichever way the
// directory was named on the command line.
type Library struct {
	// Dir is the directory as LibraryDir gives it.
	Dir string `json:"dir"`
	// Last is the document last opened, relative to Dir, with forward
	// slashes; empty when none was.
	Last string `json:"last,omitempty"`
	// Seen is when the library was last closed.
	Seen time.Time `json:"seen"`
}

// LibraryDir returns the name a library directory is remembered by: its
// absolute path, cleaned, with symbolic links resolved (when they cannot
// be, the absolute path as it is), so ./lib, /home/u/lib and a link to it
// are one library.
func LibraryDir(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Clean(dir)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

func (s *Store) libraryPath(dir string) string {
	h := sha256.Sum256([]byte(dir))
	return filepath.Join(s.Dir, "libraries", hex.EncodeToString(h[:16])+".json")
}

// LoadLibrary returns what is remembered of the library in dir (a name
// from LibraryDir). A library never seen gives a zero Library and no
// error; a file that is not valid state gives a zero Library and a
// *CorruptError.
func (s *Store) LoadLibrary(dir string) (Library, error) {
	p := s.libraryPath(dir)
	b, err := readLimited(p)
	if err != nil || b == nil {
		return Library{}, err
	}
	var l Library
	if err := json.Unmarshal(b, &l); err != nil {
		return Library{}, &CorruptError{Path: p, Err: err}
	}
	if l.Dir != dir {
		// Another directory's record under the same hash: never in
		// practice, and not this library's memory either way.
		return Library{}, nil
	}
	return l, nil
}

// SaveLibrary remembers l under l.Dir, atomically, under the state
// directory's lock as a document's state is saved. The record has one
// value, the last document opened, and that is the last writer's: two
// libraries closed at once leave one whole record, never a torn one.
func (s *Store) SaveLibrary(l Library) error {
	return update(s.libraryPath(l.Dir), func([]byte) ([]byte, error) { return encode(l) })
}
