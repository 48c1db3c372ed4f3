package doccache

import (
	"bufio"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"wenji/internal/state"
)

// The index is a text file, one file a line: size, mtime, key, 字数,
// articles, path, title, tab-separated (tabs and line breaks in a path or
// title escaped). Text rather than an entry's binary layout: it is read
// once per run, 10,000 lines in a few milliseconds, and a damaged line is
// skipped rather than the whole. Its name changed when keys came to hold
// the extension of a file not plain text: the old index's keys for such
// files name another file's entry of the same bytes (a .txt's for a
// .docx), so it is removed rather than read; the entries stay, and a
// plain text file's key is what it was.
const indexName, oldIndexName = "index2", "index"

func (c *Cache) loadIndex() {
	os.Remove(filepath.Join(c.dir, oldIndexName))
	p := filepath.Join(c.dir, indexName)
	if regular(p) != nil {
		return
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return
	}
	for line := range bytes.Lines(b) {
		f := strings.Split(strings.TrimSuffix(string(line), "\n"), "\t")
		if len(f) != 7 || len(f[2]) != 32 {
			continue // a line cut by a crash, or not ours
		}
		size, e1 := strconv.ParseInt(f[0], 10, 64)
		mtime, e2 := strconv.ParseInt(f[1], 10, 64)
		chars, e3 := strconv.Atoi(f[3])
		arts, e4 := strconv.Atoi(f[4])
		if e1 != nil || e2 != nil || e3 != nil || e4 != nil {
			continue
		}
		c.index[unquote(f[5])] = Stat{Size: size, ModTime: mtime, Key: f[2], Chars: chars, Articles: arts, Title: unquote(f[6])}
	}
}

// saveIndex writes the index atomically. Two readers closing at once
// each write theirs and the last one stays: the index is a hint, and a
// file it forgot is only hashed again.
func (c *Cache) saveIndex() error {
	c.mu.Lock()
	if !c.changed {
		c.mu.Unlock()
		return nil
	}
	paths := make([]string, 0, len(c.index))
	for p := range c.index {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for _, p := range paths {
		s := c.index[p]
		w.WriteString(strconv.FormatInt(s.Size, 10) + "\t" + strconv.FormatInt(s.ModTime, 10) + "\t" + s.Key + "\t" +
			strconv.Itoa(s.Chars) + "\t" + strconv.Itoa(s.Articles) + "\t" + quote(p) + "\t" + quote(s.Title) + "\n")
	}
	w.Flush()
	c.changed = false
	c.mu.Unlock()
	return state.ReplaceFile(filepath.Join(c.dir, indexName), buf.Bytes(), ".tmp-index-*")
}

// staleTemp is the age from which a temporary file is a crashed writer's.
const staleTemp = time.Minute

// Trim removes the least recently used entries (by mtime, which a hit
// refreshes) until the entries fit the budget, and temporary files left
// by writers that were killed.
func (c *Cache) Trim() error {
	if c.opt.Disabled {
		return ErrDisabled
	}
	type ent struct {
		path  string
		size  int64
		mtime time.Time
	}
	var all []ent
	var total int64
	now := time.Now()
	err := filepath.WalkDir(filepath.Join(c.dir, "e"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".tmp-") {
			if now.Sub(info.ModTime()) > staleTemp {
				os.Remove(p)
			}
			return nil
		}
		all = append(all, ent{p, info.Size(), info.ModTime()})
		total += info.Size()
		return nil
	})
	if total <= c.opt.Budget {
		return err
	}
	sort.Slice(all, func(i, j int) bool { return all[i].mtime.Before(all[j].mtime) })
	// Down to 90% of the budget, so the next few writes do not trim again.
	for _, e := range all {
		if total <= c.opt.Budget*9/10 {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
		}
	}
	return err
}

// errNotRegular is what a FIFO or a device in the cache is, in place of
// an entry or the index.
var errNotRegular = errors.New("not a regular file")

// regular refuses what is not a regular file before it is opened: opening
// a FIFO waits for a writer, and one in the cache hung the library and
// --search (and a device never ends).
func regular(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return errNotRegular
	}
	return nil
}
