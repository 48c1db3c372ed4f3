package basket

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
	"wenji/internal/state"
)

// MaxSize bounds the basket file: a larger one is refused as damaged
// rather than read into memory. Excerpts are passages, not books.
const MaxSize = 64 << 20

// version is the file format's version; a file of a later one is not read
// (and so not overwritten without a .bak).
const version = 1

// fileFormat is the JSON of the basket file.
type fileFormat struct {
	Version  int       `json:"version"`
	Excerpts []Excerpt `json:"excerpts"`
}

// DamagedError is a basket file that cannot be read as a basket: not JSON,
// of another format, too large. It is reported and read as empty; Save
// moves the file to a .bak before writing.
type DamagedError struct {
	Path string
	Err  error
}

func (e *DamagedError) Error() string { return fmt.Sprintf("%s: damaged basket: %v", e.Path, e.Err) }

// Unwrap returns the cause.
func (e *DamagedError) Unwrap() error { return e.Err }

func isDamaged(err error) bool {
	var d *DamagedError
	return errors.As(err, &d)
}

// load reads the basket file: nil for a missing one, a *DamagedError for
// one that is not a basket.
func load(path string) ([]Excerpt, error) {
	b, err := state.ReadCapped(path, MaxSize)
	var tl *state.TooLargeError
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, nil
	case errors.As(err, &tl):
		return nil, &DamagedError{Path: path, Err: fmt.Errorf("larger than %d MB", MaxSize>>20)}
	case err != nil:
		return nil, err
	case len(bytes.TrimSpace(b)) == 0:
		// An empty file (touched, or left by a tool that truncates
		// before it writes) holds no excerpt to lose: an empty basket,
		// not a damaged one set aside.
		return nil, nil
	}
	list, err := decode(b)
	if err != nil {
		return nil, &DamagedError{Path: path, Err: err}
	}
	return list, nil
}

// decode reads a basket file's bytes. Excerpts without an ID, or with one
// seen before, make the file damaged: the merge goes by IDs.
func decode(b []byte) ([]Excerpt, error) {
	var ff fileFormat
	if err := json.Unmarshal(b, &ff); err != nil {
		return nil, err
	}
	if ff.Version != version {
		return nil, fmt.Errorf("format version %d, not %d", ff.Version, version)
	}
	seen := map[string]bool{}
	for i, e := range ff.Excerpts {
		if e.ID == "" || seen[e.ID] {
			return nil, fmt.Errorf("excerpt %d: missing or repeated id %q", i+1, e.ID)
		}
		seen[e.ID] = true
	}
	return ff.Excerpts, nil
}

// write writes list to path atomically: a temporary file in the same
// directory, synced, renamed over the old one, the directory synced, so
// that a crash leaves the old file or the new one, never part of one.
func write(path string, list []Excerpt) error {
	if list == nil {
		list = []Excerpt{}
	}
	b, err := json.MarshalIndent(fileFormat{Version: version, Excerpts: list}, "", "  ")
	if err != nil {
		return err
	}
	if len(b) > MaxSize {
		return fmt.Errorf("the basket would be larger than %d MB", MaxSize>>20)
	}
	removeStaleTemps(path)
	return state.WriteAtomic(path, append(b, '\n'), "."+filepath.Base(path)+".tmp-*")
}

// removeStaleTemps removes temporary files that a killed writer left
// behind; one younger than a minute may be another writer's (the lock
// makes that unlikely, but it costs nothing to spare it).
func removeStaleTemps(path string) {
	temps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*"))
	for _, t := range temps {
		if st, err := os.Stat(t); err == nil && time.Since(st.ModTime()) > time.Minute {
			os.Remove(t)
		}
	}
}
