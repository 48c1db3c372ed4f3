package library

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/doccache"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// countingCache is a cache in dir whose parses are counted.
func countingCache(t *testing.T, dir string, parses *atomic.Int32) *doccache.Cache {
	t.Helper()
	c, err := doccache.Open(doccache.Options{Dir: dir, Parse: func(name string, data []byte) (*model.Document, error) {
		parses.Add(1)
		return parse.Open(name, data, parse.Options{})
	}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The list's titles and counts and the search come through the cache: a
// library opened a second time, and searched, parses no document again;
// the list holds summaries, not documents.
func TestLibraryCacheSecondOpening(t *testing.T) {
	_, opt := newTestLibrary(12)
	dir := t.TempDir()
	var parses atomic.Int32
	opt.Cache = countingCache(t, dir, &parses)
	l := libStart(opt, 100, 30)
	first := libScreen(l)
	if got := parses.Load(); got != 12 {
		t.Fatalf("first opening parsed %d documents, want 12", got)
	}
	if err := opt.Cache.Close(); err != nil {
		t.Fatal(err)
	}
	parses.Store(0)
	opt.Cache = countingCache(t, dir, &parses)
	l = libStart(opt, 100, 30)
	// The unreadable one is not cached: its error is found again.
	if got := parses.Load(); got != 1 {
		t.Errorf("second opening parsed %d documents, want 1 (the unreadable one)", got)
	}
	if !slices.Equal(first, libScreen(l)) {
		t.Errorf("second opening differs:\n%s\n---\n%s", strings.Join(first, "\n"), strings.Join(libScreen(l), "\n"))
	}
	parses.Store(0)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/乡村")})
	if !l.search.done || l.search.hits != 12 || len(l.search.groups) != 3 {
		t.Fatalf("乡村 from the cache: done %v, %d hits in %d documents", l.search.done, l.search.hits, len(l.search.groups))
	}
	if got := parses.Load(); got > 1 {
		t.Errorf("the search parsed %d documents again", got)
	}
}

// Results come in the list's order, one group a document, each with all
// its hits counted and at most libShownHits described; a group past what
// the search describes gets its hits when it is scrolled to.
func TestLibrarySearchOrderAndWindow(t *testing.T) {
	_, opt := newTestLibrary(40)
	l := libStart(opt, 100, 12)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/正文")})
	s := &l.search
	if !s.done || len(s.groups) != 39 {
		t.Fatalf("正文: done %v, %d documents", s.done, len(s.groups))
	}
	for g := 1; g < len(s.groups); g++ {
		if s.groups[g].entry <= s.groups[g-1].entry {
			t.Fatalf("group %d (entry %d) after entry %d", g, s.groups[g].entry, s.groups[g-1].entry)
		}
	}
	if c := s.groups[0].count; c != 3*40 || len(s.groups[0].hits) != libShownHits {
		t.Errorf("first document: %d hits counted, %d described", c, len(s.groups[0].hits))
	}
	last := len(s.groups) - 1
	if s.groups[last].hits != nil {
		t.Errorf("the last document's hits were described before it was shown (%d)", len(s.groups[last].hits))
	}
	l = libKeys(l, "pgdown")
	for range 400 {
		l = libKeys(l, "pgdown")
	}
	if h := l.search.groups[last].hits; len(h) != libShownHits || !strings.Contains(h[0].match, "正文") {
		t.Errorf("scrolled to the end: the last document's hits %d", len(h))
	}
	checkLibSize(t, l, 100, 12)
}

// A query starting with # lists the headings that name it across the
// library, each with its outline path; Enter opens the document there.
func TestLibraryHeadingsSearch(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libStart(opt, 100, 30)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/#成效")})
	s := strings.Join(libScreen(l), "\n")
	// 11 readable documents, 3 articles each with 二、取得成效.
	if !l.search.done || l.search.hits != 33 || len(l.search.groups) != 11 {
		t.Fatalf("#成效: %d headings in %d documents:\n%s", l.search.hits, len(l.search.groups), s)
	}
	if !strings.Contains(s, "1.2  二、取得成效") || strings.Contains(s, "成效明显") {
		t.Errorf("heading rows:\n%s", s)
	}
	// The third article's heading: the reader shows it at the top of the
	// text, with the # query, as typing #成效 in the reader gives: the
	// third of three headings (成效明显 in the text is not a hit).
	for _, tc := range []struct {
		down    int
		article string
	}{{1, "第1篇关于"}, {2, "第2篇关于"}, {3, "第3篇关于"}} {
		r := libKeys(l, "down")
		for range tc.down - 1 {
			r = libKeys(r, "down")
		}
		r = libKeys(r, "enter")
		if r.reader == nil || !r.reader.Searching() {
			t.Fatal("enter did not open the document with the query")
		}
		st := statusLine(*r.reader)
		// The last article is shorter than the pane: the document's end
		// is at the bottom, the heading on screen.
		atTop := readerTop(*r.reader) == "二、取得成效" && strings.Contains(st, tc.article)
		if !strings.Contains(st, fmt.Sprintf("%d/3", tc.down)) || (tc.down < 3 && !atTop) {
			t.Errorf("hit %d: not opened with the heading at the top and #成效 %d/3:\n%s", tc.down, tc.down, strings.Join(libScreen(r), "\n"))
		}
	}
}

// A # query finds each document's title, a heading drawn as one: its
// row says 0, the title's path as --search and --print name it, and
// Enter opens the document with the reader's # query on it (1/1).
func TestLibraryHeadingsSearchTitle(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libStart(opt, 100, 30)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/#经验汇编")})
	s := strings.Join(libScreen(l), "\n")
	if !l.search.done || l.search.hits != 11 || len(l.search.groups) != 11 {
		t.Fatalf("#经验汇编: %d headings in %d documents:\n%s", l.search.hits, len(l.search.groups), s)
	}
	if !strings.Contains(s, "   0  调查研究工作经验汇编") {
		t.Errorf("title rows:\n%s", s)
	}
	r := libKeys(libKeys(l, "down"), "enter")
	if r.reader == nil || !r.reader.Searching() || !strings.Contains(statusLine(*r.reader), "1/1") {
		t.Fatalf("enter did not open the document with #经验汇编 1/1:\n%s", strings.Join(libScreen(r), "\n"))
	}
}

// The seed's hits, found through the cache, leave the filtered text out
// of their snippets, and there are the 16 the reader finds.
func TestLibrarySearchSnippetsLeaveJunkOut(t *testing.T) {
	if _, err := os.Stat(uitest.SeedPath); err != nil {
		t.Skip(err)
	}
	seed, _ := filepath.Abs(uitest.SeedPath)
	opt := Options{Reader: reader.Options{Lang: "en", Ambiguous: 1}, Dir: "seed", Files: []File{{Path: seed, Rel: "seed.txt"}}, Cache: testCache()}
	l := libStart(opt, 120, 40)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/调查研究")})
	if l.search.hits != 16 {
		t.Fatalf("%d hits, want 16", l.search.hits)
	}
	for _, h := range l.search.groups[0].hits {
		for _, w := range []string{"##", "paid", "哒哒", "素材库"} {
			if strings.Contains(h.before+h.after, w) {
				t.Errorf("snippet holds %q: %q|%q|%q", w, h.before, h.match, h.after)
			}
		}
	}
}

// The empty search prompt says what it searches and how to search the
// headings; the hint goes once a character is typed.
func TestLibrarySearchEmptyHint(t *testing.T) {
	_, opt := newTestLibrary(3)
	l := libKeys(libStart(opt, 120, 20), "/")
	if s := libScreen(l)[1]; !strings.Contains(s, "# first for headings only") {
		t.Errorf("empty prompt: %q", s)
	}
	if s := libScreen(libKeys(l, "乡"))[1]; strings.Contains(s, "headings only") {
		t.Errorf("the hint stays after typing: %q", s)
	}
}

// The wheel scrolls the search's results while they are shown, not the
// list under them.
func TestLibraryWheelInResults(t *testing.T) {
	_, opt := newTestLibrary(12)
	l := libStart(opt, 100, 12)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/正文")})
	l = libDrive(l, tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if l.search.cursor != 3 || l.cursor != 0 {
		t.Errorf("wheel down in the results: results at %d, list at %d", l.search.cursor, l.cursor)
	}
}

// A hit's breadcrumb too long for its third of the row keeps its end, the
// nearest heading, as --search does: the starts, the article's title, are
// alike.
func TestLibrarySearchCrumbKeepsEnd(t *testing.T) {
	_, opt := newTestLibrary(4)
	l := libStart(opt, 90, 12)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/正文内容")})
	rows := 0
	for _, ln := range libScreen(l) {
		if strings.Contains(ln, "正文内容") && strings.Contains(ln, "…") {
			rows++
			if !strings.Contains(ln, "› 一、主要做法  ") {
				t.Errorf("a hit's row without its nearest heading: %q", ln)
			}
		}
	}
	if rows == 0 {
		t.Fatalf("no hit rows:\n%s", strings.Join(libScreen(l), "\n"))
	}
}

// The headings a # query finds in a document start in one column, their
// outline paths (0, 1, 12.4) padded to the widest.
func TestLibraryHeadingsAligned(t *testing.T) {
	corpus, _ := filepath.Abs("../../../shared/corpus/rural-revitalization-opinion-2018-utf8bom.txt")
	if _, err := os.Stat(corpus); err != nil {
		t.Skip(err)
	}
	opt := Options{Reader: reader.Options{Lang: "en", Ambiguous: 1}, Dir: "corpus", Files: []File{{Path: corpus, Rel: "rural.txt"}}, Cache: testCache()}
	l := libStart(opt, 120, 30)
	l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/#乡村振兴")})
	col := -1
	rows := 0
	for _, ln := range libScreen(l)[3:] {
		f := strings.Fields(ln)
		if len(f) < 2 || strings.Trim(f[0], "0123456789.") != "" {
			continue
		}
		at := strings.Index(ln, f[1])
		if col >= 0 && at != col {
			t.Errorf("a heading at byte %d, another at %d:\n%s", at, col, strings.Join(libScreen(l), "\n"))
			break
		}
		col = at
		rows++
	}
	if rows < 5 {
		t.Errorf("%d heading rows:\n%s", rows, strings.Join(libScreen(l), "\n"))
	}
}
