package basket

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"wenji/internal/state"
)

// A large excerpt's text (a section of a whole compilation can be tens of
// megabytes) is kept out of the basket file, in a file of its own in the
// texts directory next to it, named by the SHA-256 of the text. The basket
// file, rewritten whole on every add, delete or reorder, then costs in
// proportion to the list, not to the texts: a text file is written once,
// when its excerpt is first saved, and never rewritten. Its name checks
// what it holds when it is read back.
//
// Crash safety: a text file is written atomically (synced, renamed) before
// the basket file that names it, and removed only after the basket file
// that no longer names it is in place, all under the basket's lock. A kill
// in between leaves a text file no basket names, swept at a later save.

// inlineMax is the largest text kept inside the basket file: a passage a
// writer borrows usually is; a basket of such excerpts reads as version 1
// did.
const inlineMax = 8 << 10

// textsDir is the directory of path's text files: basket.json's is
// basket.texts beside it.
func textsDir(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".texts"
}

// textName returns the name of the file that holds text.
func textName(text string) string {
	h := sha256.New()
	io.WriteString(h, text)
	return hex.EncodeToString(h.Sum(nil)) + ".txt"
}

// validTextName reports whether name is one textName gives: a basket file
// edited by hand cannot name a file outside the texts directory.
func validTextName(name string) bool {
	hexPart, ok := strings.CutSuffix(name, ".txt")
	if !ok || len(hexPart) != 2*sha256.Size {
		return false
	}
	_, err := hex.DecodeString(hexPart)
	return err == nil && strings.ToLower(hexPart) == hexPart
}

// readText reads the text file name of the basket at path; a missing one,
// or one whose content is not what its name says, is an error.
func readText(path, name string) (string, error) {
	if !validTextName(name) {
		return "", fmt.Errorf("text file %q: not a text file's name", name)
	}
	b, err := readWhole(filepath.Join(textsDir(path), name))
	if err != nil {
		return "", fmt.Errorf("text file %s: %w", name, err)
	}
	if sum := sha256.Sum256(b); hex.EncodeToString(sum[:])+".txt" != name {
		return "", fmt.Errorf("text file %s: its content has changed", name)
	}
	return string(b), nil
}

// readWhole reads a regular file of at most MaxSize bytes into one buffer
// of its size (io.ReadAll's growing buffer copied a 24 MB text several
// times). One that grew while it was read reads short, and its name no
// longer matches.
func readWhole(file string) ([]byte, error) {
	// A FIFO would block the open: its kind is told first.
	if st, err := os.Stat(file); err == nil && !st.Mode().IsRegular() {
		return nil, state.ErrNotRegular
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	switch {
	case err != nil:
		return nil, err
	case !st.Mode().IsRegular():
		return nil, state.ErrNotRegular
	case st.Size() > MaxSize:
		return nil, fmt.Errorf("larger than %d MB", MaxSize>>20)
	}
	b := make([]byte, st.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, err
	}
	return b, nil
}

// writeText makes sure the text file name holds text: written atomically
// when it is not there already (a file of that name holds that text).
func writeText(path, name, text string) error {
	file := filepath.Join(textsDir(path), name)
	if st, err := os.Stat(file); err == nil && st.Mode().IsRegular() && st.Size() == int64(len(text)) {
		return nil
	}
	return state.WriteAtomic(file, []byte(text), ".tmp-*")
}

// sweepTexts removes, once the basket file names only keep, the text files
// it no longer names: all of them, and the temporary files of writers
// killed mid-write (the lock is held, so no live writer has one), when the
// basket was never set aside; when a backup of it is next to it (path.bak…),
// which may name others, only those in dropped, the ones the basket file
// just replaced named, that no backup names.
func sweepTexts(path string, keep, dropped map[string]bool) {
	dir := textsDir(path)
	if baks, _ := filepath.Glob(path + ".bak*"); len(baks) > 0 {
		named := backupNames(baks)
		for name := range dropped {
			if !keep[name] && !named[name] && validTextName(name) {
				os.Remove(filepath.Join(dir, name))
			}
		}
		return
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		name := e.Name()
		if e.Type().IsRegular() && !keep[name] && (validTextName(name) || strings.HasPrefix(name, ".tmp-")) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// backupNames returns the text files that the backups baks name, as far
// as they can be read: what they hold is the user's, to be recovered by
// hand.
func backupNames(baks []string) map[string]bool {
	named := map[string]bool{}
	for _, bak := range baks {
		b, err := state.ReadCapped(bak, MaxSize)
		if err != nil {
			continue
		}
		var ff fileFormat
		json.Unmarshal(b, &ff) // a damaged backup names what it can
		for _, e := range ff.Excerpts {
			named[e.TextFile] = true
			if e.Source.Copy != "" {
				named[e.Source.Copy] = true
			}
		}
	}
	return named
}
