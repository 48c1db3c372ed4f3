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
// (and so not overwritten without a .bak). Version 2 keeps large texts in
// files of their own (texts.go); a basket without one is written as
// version 1, which wenji read before.
const (
	version       = 2
	versionInline = 1
)

// fileFormat is the JSON of the basket file.
type fileFormat struct {
	Version  int           `json:"version"`
	Excerpts []diskExcerpt `json:"excerpts"`
}

// diskExcerpt is an excerpt in the basket file: its text there, or, for a
// large one, the name of the file that holds it.
type diskExcerpt struct {
	Excerpt
	TextFile string `json:"text_file,omitempty"`
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
// one that is not a basket or names a text file that is missing or
// changed. The texts kept outside it are read from their files, or taken
// from known (file name → text) when they are known already. names maps
// the IDs of those excerpts to their files.
func load(path string, known map[string]string) (list []Excerpt, names map[string]string, err error) {
	b, err := state.ReadCapped(path, MaxSize)
	var tl *state.TooLargeError
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, nil, nil
	case errors.As(err, &tl):
		return nil, nil, &DamagedError{Path: path, Err: fmt.Errorf("larger than %d MB", MaxSize>>20)}
	case err != nil:
		return nil, nil, err
	case len(bytes.TrimSpace(b)) == 0:
		// An empty file (touched, or left by a tool that truncates
		// before it writes) holds no excerpt to lose: an empty basket,
		// not a damaged one set aside.
		return nil, nil, nil
	}
	list, names, err = decode(b)
	if err != nil {
		return nil, nil, &DamagedError{Path: path, Err: err}
	}
	for i, e := range list {
		name, ok := names[e.ID]
		if !ok {
			continue
		}
		if t, ok := known[name]; ok {
			list[i].Text = t
			continue
		}
		if list[i].Text, err = readText(path, name); err != nil {
			return nil, nil, &DamagedError{Path: path, Err: fmt.Errorf("excerpt %d: %w", i+1, err)}
		}
	}
	return list, names, nil
}

// decode reads a basket file's bytes: the excerpts, those whose text is
// kept outside it without their text, and names, their IDs' text files.
// Excerpts without an ID, or with one seen before, make the file damaged:
// the merge goes by IDs.
func decode(b []byte) ([]Excerpt, map[string]string, error) {
	var ff fileFormat
	if err := json.Unmarshal(b, &ff); err != nil {
		return nil, nil, err
	}
	if ff.Version != version && ff.Version != versionInline {
		return nil, nil, fmt.Errorf("format version %d, not %d", ff.Version, version)
	}
	seen := map[string]bool{}
	names := map[string]string{}
	list := make([]Excerpt, 0, len(ff.Excerpts))
	for i, e := range ff.Excerpts {
		if e.ID == "" || seen[e.ID] {
			return nil, nil, fmt.Errorf("excerpt %d: missing or repeated id %q", i+1, e.ID)
		}
		seen[e.ID] = true
		if e.TextFile != "" {
			if ff.Version == versionInline || e.Text != "" || !validTextName(e.TextFile) {
				return nil, nil, fmt.Errorf("excerpt %d: text file %q", i+1, e.TextFile)
			}
			names[e.ID] = e.TextFile
		}
		list = append(list, e.Excerpt)
	}
	return list, names, nil
}

// write writes list to path atomically: a temporary file in the same
// directory, synced, renamed over the old one, the directory synced, so
// that a crash leaves the old file or the new one, never part of one. The
// texts larger than inlineMax go to their own files first (written once:
// names, ID → file, holds those written before, and gets the new ones).
func write(path string, list []Excerpt, names map[string]string) error {
	ff := fileFormat{Version: versionInline, Excerpts: make([]diskExcerpt, 0, len(list))}
	for _, e := range list {
		if len(e.Text) > MaxSize {
			return fmt.Errorf("an excerpt would be larger than %d MB", MaxSize>>20)
		}
		if len(e.Text) <= inlineMax {
			delete(names, e.ID)
			ff.Excerpts = append(ff.Excerpts, diskExcerpt{Excerpt: e})
			continue
		}
		name := names[e.ID]
		if name == "" {
			name = textName(e.Text)
		}
		if err := writeText(path, name, e.Text); err != nil {
			return err
		}
		names[e.ID] = name
		e.Text = ""
		ff.Excerpts = append(ff.Excerpts, diskExcerpt{Excerpt: e, TextFile: name})
		ff.Version = version
	}
	b, err := json.MarshalIndent(ff, "", "  ")
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
