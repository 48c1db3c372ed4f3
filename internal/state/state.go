// Package state keeps what wenji remembers between runs: where each
// document was left and its marks, and which document of each library
// (wenji DIR) was last opened. A document is known by a hash of its
// bytes, so a file moved or copied elsewhere resumes where the original was
// left; its path is not part of the key. A library is known by its
// directory's path (see LibraryDir).
//
// Each document and each library has its own small JSON file under the
// state directory ($XDG_STATE_HOME/wenji, else ~/.local/state/wenji:
// docs/ and libraries/), written atomically
// (a temporary file renamed over the old one), so two readers open at once
// never leave a torn file, and a crash mid-write leaves the old state.
package state

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Dir returns the directory wenji keeps its state in: $XDG_STATE_HOME/wenji,
// or ~/.local/state/wenji when that is unset.
func Dir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "wenji"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "wenji"), nil
}

// Doc is what is remembered of one document.
type Doc struct {
	// Offset is the byte offset, in the parsed document's text, of the
	// line at the top of the reading pane.
	Offset int `json:"offset"`
	// Marks are the places set with m+letter, by letter.
	Marks map[string]int `json:"marks,omitempty"`
	// Name is the file the document was last read from: for people
	// looking at the state directory, not used to find it.
	Name string `json:"name,omitempty"`
	// Seen is when the document was last closed.
	Seen time.Time `json:"seen"`
}

// CorruptError is a state file that cannot be read as state. It is
// reported and then ignored: the document opens at its start.
type CorruptError struct {
	Path string
	Err  error
}

func (e *CorruptError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }

func (e *CorruptError) Unwrap() error { return e.Err }

// Store reads and writes the state kept in one directory.
type Store struct {
	// Dir is the state directory; documents go in Dir/docs.
	Dir string
}

// Open returns the store in Dir(), not yet touching the disk.
func Open() (*Store, error) {
	d, err := Dir()
	if err != nil {
		return nil, err
	}
	return &Store{Dir: d}, nil
}

// Files up to wholeHash bytes are hashed whole; larger ones by samples (see
// KeyReader), so opening a 100 MB file does not wait for a hash of all of
// it.
const (
	wholeHash  = 4 << 20
	sampleSize = 1 << 20
)

// Key returns the key of a document read as b.
func Key(b []byte) string {
	k, _ := KeyReader(bytesReaderAt(b), int64(len(b)))
	return k
}

// KeyReader returns the key of the size bytes readable from r: a SHA-256
// of them all, or for a file over 4 MB of its size and three 1 MB samples
// (start, middle, end) — still the content, but read in a millisecond.
func KeyReader(r io.ReaderAt, size int64) (string, error) {
	h := sha256.New()
	if size <= wholeHash {
		if _, err := io.Copy(h, io.NewSectionReader(r, 0, size)); err != nil {
			return "", err
		}
	} else {
		fmt.Fprintf(h, "wenji sampled %d\n", size)
		for _, at := range []int64{0, size/2 - sampleSize/2, size - sampleSize} {
			if _, err := io.Copy(h, io.NewSectionReader(r, at, sampleSize)); err != nil {
				return "", err
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

type bytesReaderAt []byte

func (b bytesReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(b)) {
		return 0, io.EOF
	}
	n := copy(p, b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (s *Store) docPath(key string) string {
	return filepath.Join(s.Dir, "docs", key+".json")
}

// Load returns what is remembered of the document with key. A document
// never seen gives a zero Doc and no error; a file that is not valid state
// gives a zero Doc and a *CorruptError.
func (s *Store) Load(key string) (Doc, error) {
	p := s.docPath(key)
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return Doc{}, nil
	}
	if err != nil {
		return Doc{}, err
	}
	var d Doc
	if err := json.Unmarshal(b, &d); err != nil {
		return Doc{}, &CorruptError{Path: p, Err: err}
	}
	if d.Offset < 0 {
		return Doc{}, &CorruptError{Path: p, Err: errors.New("negative offset")}
	}
	return d, nil
}

// Save remembers d for the document with key, atomically.
func (s *Store) Save(key string, d Doc) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(s.docPath(key), append(b, '\n'))
}

// writeAtomic writes b to path through a temporary file in the same
// directory renamed over it: readers see the old file or the new one,
// never part of one.
func writeAtomic(path string, b []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
