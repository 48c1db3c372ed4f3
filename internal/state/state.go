// Package state keeps what wenji remembers between runs: where each
// document was left and its marks, and which document of each library
// (wenji DIR) was last opened. A document is known by a hash of its
// bytes, so a file moved or copied elsewhere resumes where the original was
// left; its path is not part of the key. A library is known by its
// directory's path (see LibraryDir).
//
// Each document and each library has its own small JSON file under the
// state directory ($XDG_STATE_HOME/wenji, else ~/.local/state/wenji:
// docs/ and libraries/), written atomically (a temporary file synced and
// renamed over the old one), so a crash mid-write leaves the old state, and
// under the directory's lock, merged with what another reader saved
// meanwhile (SaveMerged, Merge), so two readers open at once keep both
// their marks.
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

// MaxMarks is the most marks a state file may hold: m takes a letter or a
// digit, so wenji sets a few dozen at most; a file with more was not
// written by it, and is not loaded.
const MaxMarks = 300

// Load returns what is remembered of the document with key. A document
// never seen gives a zero Doc and no error; a file that is not valid state
// gives a zero Doc and a *CorruptError, one bigger than any wenji writes
// a zero Doc and a *TooLargeError (see MaxFileSize, MaxMarks).
func (s *Store) Load(key string) (Doc, error) {
	p := s.docPath(key)
	b, err := readLimited(p)
	if err != nil || b == nil {
		return Doc{}, err
	}
	return decodeDoc(p, b)
}

// decodeDoc reads the state file p holding b.
func decodeDoc(p string, b []byte) (Doc, error) {
	var d Doc
	if err := json.Unmarshal(b, &d); err != nil {
		return Doc{}, &CorruptError{Path: p, Err: err}
	}
	if d.Offset < 0 {
		return Doc{}, &CorruptError{Path: p, Err: errors.New("negative offset")}
	}
	if len(d.Marks) > MaxMarks {
		return Doc{}, &TooLargeError{Path: p, What: fmt.Sprintf("%d marks", len(d.Marks))}
	}
	for k, v := range d.Marks {
		if v < 0 {
			return Doc{}, &CorruptError{Path: p, Err: fmt.Errorf("mark %q at a negative offset", k)}
		}
	}
	return d, nil
}

// Save remembers d for the document with key, replacing what was there:
// marks another reader of the document saved meanwhile are lost (see
// SaveMerged).
func (s *Store) Save(key string, d Doc) error {
	p := s.docPath(key)
	return update(p, func(old []byte) ([]byte, error) {
		if _, err := onDisk(p, old); err != nil {
			return nil, err
		}
		return encode(d)
	})
}

// onDisk is the Doc in old, the bytes of the file at p about to be
// written over: a damaged file reads as empty and is kept aside first
// (Backup), as its marks may still be read out of it by hand.
func onDisk(p string, old []byte) (Doc, error) {
	if old == nil {
		return Doc{}, nil
	}
	d, err := decodeDoc(p, old)
	if err == nil {
		return d, nil
	}
	if _, err := Backup(p); err != nil {
		return Doc{}, err
	}
	return Doc{}, nil
}

// SaveMerged remembers now for the document with key, merged with what is
// on disk: base is the Doc this session loaded (Load's result, zero when
// there was none or it was ignored), now what it has at the end. Marks
// this session set, moved or deleted (base against now) are saved as such;
// marks another reader saved meanwhile are kept. The place, the name and
// the time are now's: the last reader's.
func (s *Store) SaveMerged(key string, base, now Doc) error {
	p := s.docPath(key)
	return update(p, func(old []byte) ([]byte, error) {
		disk, err := onDisk(p, old)
		if err != nil {
			return nil, err
		}
		d := now
		d.Marks = MergeComparable(disk.Marks, base.Marks, now.Marks)
		if len(d.Marks) > MaxMarks {
			d.Marks = now.Marks // never write a file the next Load refuses
		}
		return encode(d)
	})
}

// encode is a state file's bytes for v.
func encode(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
