// Package basket keeps the excerpts a writer collects while reading (素材篮):
// sections, outline selections and paragraph selections, each with where it
// came from, in one JSON file kept across runs
// ($XDG_DATA_HOME/wenji/basket.json, else ~/.local/share/wenji/basket.json),
// large texts in files of their own beside it (texts.go).
//
// A Basket is what one session sees: it is loaded once, changed in memory
// (Add, Remove, Move, Clear) and saved. Saving merges with what other
// sessions saved meanwhile — this session's adds, deletes and reorders win,
// the others' are kept — and writes the file atomically (a temporary file,
// fsync, rename), under a lock, so two readers open at once lose nothing
// and a crash or kill -9 mid-write leaves the old file whole. A damaged or
// oversized file is reported (*DamagedError), read as empty, and moved
// aside to a .bak before anything is written over it.
//
// The merge is written here rather than shared with internal/state, whose
// generic save merge was being written at the same time; the two may be
// unified once both have landed.
package basket

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"time"

	"wenji/internal/state"
	"wenji/model"
	"wenji/model/export"
)

// Kind says how an excerpt was taken.
type Kind string

// The kinds of excerpt.
const (
	// KindSection is the section at the top of the reading pane.
	KindSection Kind = "section"
	// KindOutline is the node selected in the outline pane.
	KindOutline Kind = "outline"
	// KindParagraphs is a paragraph selection (v in the reading pane).
	KindParagraphs Kind = "paragraphs"
)

// Source says where an excerpt came from, enough to show it and to reopen
// the document at the excerpt even after the file was moved.
type Source struct {
	// Path is the file's absolute path when the excerpt was taken.
	Path string `json:"path,omitempty"`
	// Name is the file's name (base name), as the source line shows it.
	Name string `json:"name,omitempty"`
	// Title is the document's title (its root heading).
	Title string `json:"title,omitempty"`
	// Breadcrumb is the headings from below the root down to the node the
	// excerpt starts in.
	Breadcrumb []string `json:"breadcrumb,omitempty"`
	// NodePath is the node's outline path as --print takes it (2.1.3).
	NodePath string `json:"node_path,omitempty"`
	// Hash is the document's content key (internal/state.Key), which finds
	// the document again wherever it was moved.
	Hash string `json:"hash,omitempty"`
	// Offset is the byte offset in the parsed text where the excerpt
	// starts, to open the reader there.
	Offset int `json:"offset"`
	// End is the byte offset in the parsed text where the excerpt ends,
	// to tell an excerpt inside another (OverlapOf); 0 in an excerpt
	// taken before it was kept.
	End int `json:"end,omitempty"`
	// Copy, for a document read from no file (standard input), names the
	// file in the texts directory that keeps the bytes it was read from
	// (copies.go), so that the excerpt can be opened again; "" when none
	// was kept. A basket written before it existed reads without it.
	Copy string `json:"copy,omitempty"`
}

// Excerpt is one entry of the basket.
type Excerpt struct {
	// ID is unique in the basket; it names the excerpt across sessions.
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Heading is the heading of the node the excerpt is, or the one a
	// paragraph selection starts in.
	Heading string `json:"heading,omitempty"`
	// Text is the excerpt's clean text, one paragraph a line.
	Text string `json:"text"`
	// Heads are the lines of Text that sub-sections' titles open, for
	// the exports to set them as headings (see Blocks).
	Heads  []export.Head `json:"heads,omitempty"`
	Source Source        `json:"source"`
	// Taken is when the excerpt was put in the basket.
	Taken time.Time `json:"taken"`
	// doc is the document's bytes that Source.Copy names, until the
	// save that writes them (WithCopy).
	doc []byte
}

// NewSource describes node n of d, read from the file at path whose
// content key is hash, for an excerpt that starts at byte offset off.
func NewSource(path, hash string, d *model.Document, n *model.Node, off int) Source {
	s := Source{Path: path, Name: filepath.Base(path), Hash: hash, Offset: off}
	if abs, err := filepath.Abs(path); err == nil && path != "" && path != "-" {
		s.Path = abs
	}
	if path == "" || path == "-" {
		s.Path, s.Name = "", path
	}
	if d == nil || n == nil {
		return s
	}
	s.Title = d.Root.Heading()
	for _, x := range n.Path()[1:] {
		s.Breadcrumb = append(s.Breadcrumb, x.Heading())
	}
	s.NodePath = model.PathString(n.Index())
	return s
}

// Basket is the basket as one session sees and changes it.
type Basket struct {
	// Path is the basket file.
	Path string
	// Backup is where the last Save moved a damaged file, "" if it did not.
	Backup string

	base      []Excerpt         // as last loaded or saved
	items     []Excerpt         // as this session has it
	reordered bool              // Move was used since base
	edited    map[string]bool   // IDs whose text Edit changed since base
	names     map[string]string // ID → text file, for texts kept outside the file
}

// DefaultPath returns the basket file: $XDG_DATA_HOME/wenji/basket.json,
// or ~/.local/share/wenji/basket.json when that is unset or relative.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "wenji", "basket.json"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "wenji", "basket.json"), nil
}

// Open loads the basket at path. A missing file is an empty basket. A
// damaged or oversized file gives an empty, usable basket and a
// *DamagedError to report; the file is left alone until Save, which moves
// it to a .bak first. Other errors (permissions) give a nil Basket.
func Open(path string) (*Basket, error) {
	// Read under the lock: a save under way may be removing the text
	// file of an excerpt it deleted, which the file read before it named.
	// A basket that cannot be locked (a read-only directory) is read all
	// the same.
	if _, err := os.Lstat(path); err == nil {
		if unlock, err := lock(path); err == nil {
			defer unlock()
		}
	}
	list, names, err := load(path, nil)
	if err != nil && !isDamaged(err) {
		return nil, err
	}
	if names == nil {
		names = map[string]string{}
	}
	return &Basket{Path: path, base: list, items: slices.Clone(list), names: names}, err
}

// List returns the excerpts in order. The slice is the caller's.
func (b *Basket) List() []Excerpt { return slices.Clone(b.items) }

// Len returns the number of excerpts.
func (b *Basket) Len() int { return len(b.items) }

// Add appends e and returns it as stored: with a new ID, and Taken set to
// now when it was zero.
func (b *Basket) Add(e Excerpt) Excerpt {
	e.ID = newID()
	if e.Taken.IsZero() {
		e.Taken = time.Now().Truncate(time.Second)
	}
	b.items = append(b.items, e)
	return e
}

// Has reports whether the basket holds e already: the same text from the
// same place of the same document (its content key, else its file), however
// it was taken (a section and its outline row are one excerpt). A second a
// on a section adds nothing, as most tools do not duplicate.
func (b *Basket) Has(e Excerpt) bool {
	for _, x := range b.items {
		if x.Text == e.Text && x.Source.Offset == e.Source.Offset && sameDocument(x.Source, e.Source) {
			return true
		}
	}
	return false
}

// Remove deletes the excerpt with id; false when there is none.
func (b *Basket) Remove(id string) bool {
	i := b.index(id)
	if i < 0 {
		return false
	}
	b.items = slices.Delete(b.items, i, i+1)
	return true
}

// Move moves the excerpt with id by delta places (-1 up, +1 down), clamped
// to the list; false when there is none or it did not move.
func (b *Basket) Move(id string, delta int) bool {
	i := b.index(id)
	if i < 0 {
		return false
	}
	j := min(max(i+delta, 0), len(b.items)-1)
	if j == i {
		return false
	}
	e := b.items[i]
	b.items = slices.Insert(slices.Delete(b.items, i, i+1), j, e)
	b.reordered = true
	return true
}

// Clear removes every excerpt this session sees. Excerpts another session
// adds meanwhile are kept by the next Save, as any of its adds are.
func (b *Basket) Clear() { b.items = nil }

func (b *Basket) index(id string) int {
	return slices.IndexFunc(b.items, func(e Excerpt) bool { return e.ID == id })
}

// Save merges this session's changes with the file as it is now and
// writes the result atomically; afterwards the basket holds the merged
// list. A damaged file on disk is moved to a .bak (named in b.Backup)
// rather than overwritten.
func (b *Basket) Save() error {
	unlock, err := lock(b.Path)
	if err != nil {
		return err
	}
	defer unlock()
	b.Backup = ""
	if b.names == nil {
		b.names = map[string]string{}
	}
	known := map[string]string{}
	for _, e := range b.items {
		if name, ok := b.names[e.ID]; ok {
			known[name] = e.Text
		}
	}
	theirs, theirNames, err := load(b.Path, known)
	if isDamaged(err) {
		if b.Backup, err = state.Backup(b.Path); err != nil {
			return err
		}
		theirs, theirNames = nil, nil
	} else if err != nil {
		return err
	}
	merged := keepEdits(merge(b.base, b.items, theirs, b.reordered), b.items, theirs, b.edited)
	// The file's text files name its texts, which another session may
	// have edited since this one loaded them; this session's edits have
	// none yet.
	names := map[string]string{}
	for _, m := range []map[string]string{b.names, theirNames} {
		for id, name := range m {
			names[id] = name
		}
	}
	for id := range b.edited {
		delete(names, id) // the file names the text before the edit
	}
	if err := writeCopies(b.Path, merged); err != nil {
		return err
	}
	if err := write(b.Path, merged, names); err != nil {
		return err
	}
	keep, dropped := map[string]bool{}, map[string]bool{}
	for _, e := range merged {
		if name, ok := names[e.ID]; ok {
			keep[name] = true
		}
	}
	copyNames(keep, merged)
	for _, name := range theirNames {
		dropped[name] = true
	}
	copyNames(dropped, theirs)
	sweepTexts(b.Path, keep, dropped)
	for i := range merged {
		merged[i].doc = nil // written: the basket file names it
	}
	for id := range names {
		if !keep[names[id]] {
			delete(names, id)
		}
	}
	b.base, b.items, b.reordered, b.names, b.edited = merged, slices.Clone(merged), false, names, nil
	return nil
}

// merge returns the list that saving ours over theirs gives, both changed
// from base: this session's adds (in ours, not in base) and deletes (in
// base, not in ours) win, and so does its order when it reordered;
// otherwise theirs gives the order. What the other sessions added and
// deleted is kept. The adds of the session that did not reorder go at the
// end, where an add goes.
func merge(base, ours, theirs []Excerpt, reordered bool) []Excerpt {
	// The side whose order wins gives the list, less what the other side
	// deleted; the other side's adds go at the end, as adds do.
	first, second := theirs, ours
	if reordered {
		first, second = ours, theirs
	}
	inBase, inFirst, inSecond := ids(base), ids(first), ids(second)
	var out []Excerpt
	for _, e := range first {
		if deleted := inBase[e.ID] && !inSecond[e.ID]; !deleted {
			out = append(out, e)
		}
	}
	for _, e := range second {
		if !inBase[e.ID] && !inFirst[e.ID] {
			out = append(out, e)
		}
	}
	return out
}

func ids(list []Excerpt) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, e := range list {
		m[e.ID] = true
	}
	return m
}

// newID returns a random ID: two sessions adding at once never collide.
func newID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
