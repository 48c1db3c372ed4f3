package state

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// MaxFileSize is the largest state file read: a document's state with
// every mark set is a few kilobytes, so a larger file is not wenji's (or
// was damaged) and reading it would only cost memory and time.
const MaxFileSize = 1 << 20

// TooLargeError is a state file bigger than any wenji writes (over
// MaxFileSize, or with more than MaxMarks marks). Like a *CorruptError it
// is reported and then ignored, and the next save replaces it; it is not
// read whole.
type TooLargeError struct {
	Path string
	// What says what is too large ("3 MB", "5000 marks").
	What string
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: too large to be wenji's state (%s)", e.Path, e.What)
}

// ErrNotRegular is the cause given for a state or basket file that is a
// FIFO or a device: it is not read.
var ErrNotRegular = errors.New("not a regular file")

// tmpPrefix starts the name of a file being written; one left behind by a
// writer that was killed is removed by the next write in its directory.
const tmpPrefix = ".tmp-"

// readLimited reads the file at path, at most MaxFileSize bytes: a
// missing file gives nil and no error, a larger one a *TooLargeError
// without reading it whole.
func readLimited(path string) ([]byte, error) {
	b, err := ReadCapped(path, MaxFileSize)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// ReadCapped reads the file at path when it holds at most max bytes; a
// larger one is a *TooLargeError, told by its size before it is read (and
// by reading no more than max+1 bytes should it grow meanwhile), so a huge
// file costs neither the memory nor the time. A missing file is an error
// that errors.Is os.ErrNotExist. The basket reads its file this way, with
// its own bound.
func ReadCapped(path string, max int64) ([]byte, error) {
	// A FIFO in a state file's place would block the open until someone
	// writes to it (the reader hung before its first frame), and a device
	// never ends: neither is read, as wenji reads no such document.
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() && !st.IsDir() {
		return nil, &os.PathError{Op: "open", Path: path, Err: ErrNotRegular}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > max {
		return nil, &TooLargeError{Path: path, What: fmt.Sprintf("%.1f MB", float64(st.Size())/(1<<20))}
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, &TooLargeError{Path: path, What: fmt.Sprintf("over %d MB", max>>20)}
	}
	return b, nil
}

// update rewrites the file at path with what merge makes of its current
// bytes (nil when there is none, or it is too large to read), holding the
// directory's lock so that two wenjis saving at once both see the other's
// save: read, merge and write are one step. Before writing it removes the
// temporary files of writers that were killed mid-write.
func update(path string, merge func(old []byte) ([]byte, error)) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return err
	}
	defer unlock()
	removeOrphans(dir)
	old, err := readLimited(path)
	var tl *TooLargeError
	if errors.As(err, &tl) {
		// Replaced, not merged: but what it held is the user's, so it
		// is kept aside to be recovered by hand.
		if _, err := Backup(path); err != nil {
			return err
		}
		old, err = nil, nil
	}
	if err != nil {
		return err
	}
	b, err := merge(old)
	if err != nil {
		return err
	}
	return writeAtomic(path, b)
}

// Backup moves a damaged state file aside to path.bak (path.bak2… when
// that is taken), so that what it held (marks, a place, excerpts) can still
// be recovered by hand before a new file is written at path, and returns
// the new name.
func Backup(path string) (string, error) {
	for i := 1; i < 1000; i++ {
		bak := path + ".bak"
		if i > 1 {
			bak += strconv.Itoa(i)
		}
		if _, err := os.Lstat(bak); errors.Is(err, os.ErrNotExist) {
			return bak, os.Rename(path, bak)
		}
	}
	return "", errors.New("too many backups of " + path)
}

// removeOrphans removes the temporary files left in dir by writers killed
// between creating and renaming them. It runs under the directory's lock,
// so no live writer's file is among them.
func removeOrphans(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), tmpPrefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// writeAtomic writes b to path through a temporary file in the same
// directory, synced, renamed over it, and the directory synced: readers
// see the old file or the new one, never part of one, and after a crash
// of the machine the file is the old or the new one, never empty (a
// rename can reach the disk before the data it names unless the data is
// synced first).
func writeAtomic(path string, b []byte) error {
	return WriteAtomic(path, b, tmpPrefix+"*")
}

// WriteAtomic writes b to path through a temporary file named by pattern
// (os.CreateTemp's) in the same directory: synced, renamed over path, and
// the directory synced, so a reader or a crash sees the old file or the
// new one, never a part. The basket writes its file this way too.
func WriteAtomic(path string, b []byte, pattern string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return replace(path, b, pattern, true)
}

// ReplaceFile writes b to path through a temporary file named by pattern
// in path's directory, which must exist, renamed over path: a reader sees
// the old file or the new one, and a killed writer leaves the old one.
// Unlike WriteAtomic nothing is synced, so a power cut may tear it: it is
// for files that are rebuilt when torn (the doc cache's entries and
// index), where a sync per file would cost more than it saves.
func ReplaceFile(path string, b []byte, pattern string) error {
	return replace(path, b, pattern, false)
}

// replace is WriteAtomic and ReplaceFile: durable syncs the file before
// the rename and the directory after it.
func replace(path string, b []byte, pattern string, durable bool) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return ownName(err, path, pattern)
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil && durable {
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
		return ownName(err, path, pattern)
	}
	if durable {
		return syncDir(dir)
	}
	return nil
}

// ownName names path in err where it named the temporary file that was
// written in its place: the user was told that ".basket.json.tmp-2931705183"
// could not be saved (a full disk), a name found nowhere afterwards, not
// the file that was not saved.
func ownName(err error, path, pattern string) error {
	prefix, _, _ := strings.Cut(pattern, "*")
	var pe *os.PathError
	if errors.As(err, &pe) && strings.HasPrefix(filepath.Base(pe.Path), prefix) {
		return &os.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return &os.PathError{Op: "rename", Path: path, Err: le.Err}
	}
	return err
}

// syncDir makes a rename in dir durable. Some systems cannot sync a
// directory; the rename stands either way, so that is no error.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	d.Sync()
	return nil
}

// UpdateFile is the storage every state file shares, for files kept
// elsewhere (the basket of excerpts): it rewrites the file at path with
// what merge makes of its current bytes (nil when there are none, or they
// are over MaxFileSize), read, merged and written as one step under the
// lock of path's directory, written atomically and durably, a killed
// writer's temporary files removed first. Merge keyed records with Merge.
func UpdateFile(path string, merge func(old []byte) ([]byte, error)) error {
	return update(path, merge)
}

// ReadFile reads a state file written by UpdateFile: nil and no error when
// there is none, a *TooLargeError, without reading it whole, when it is
// over MaxFileSize.
func ReadFile(path string) ([]byte, error) {
	return readLimited(path)
}
