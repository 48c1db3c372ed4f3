package main

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"wenji/internal/doccache"
	"wenji/internal/libgrep"
	"wenji/internal/tools/gen"
	"wenji/model/search"
)

// The library search counts on screen every hit libgrep finds, in a
// generated library of 120 compilations, on the first opening (every
// document parsed), on the second (from the cache: the same count) and
// with --no-cache.
func TestLibrarySearchCountsE2E(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	if err := gen.WriteFiles(dir, 120, 6<<20, 7); err != nil {
		t.Fatal(err)
	}
	const query = "今年以来"
	want := libgrepCount(t, dir, query)
	if want < 100 {
		t.Fatalf("the generated library has %d hits of %s", want, query)
	}
	cache := t.TempDir()
	done := regexp.MustCompile(`([0-9,]+) hits? in ([0-9,]+) documents?`)
	for _, run := range []string{"first", "second", "no-cache"} {
		flags := ""
		if run == "no-cache" {
			flags = "--no-cache"
		}
		tm := newTerm(t, 120, 30, fmt.Sprintf("XDG_CACHE_HOME=%s LANG=en_US.UTF-8 %s %s %s", cache, bin, flags, dir))
		tm.waitText("120 documents")
		tm.keys("/")
		tm.waitText("search all /")
		tm.tmux("send-keys", "-l", query)
		s := tm.waitFor("all the hits counted", done.MatchString)
		tm.checkWidths(s)
		m := done.FindStringSubmatch(s)
		if got := strings.ReplaceAll(m[1], ",", ""); got != fmt.Sprint(want) {
			t.Errorf("%s opening: %s hits on screen, libgrep finds %d:\n%s", run, m[1], want, s)
		}
		tm.quit("C-c")
		tm.finish()
	}
	// The cache holds the documents after the first opening.
	if es, _ := filepath.Glob(filepath.Join(cache, "wenji", "docs-v*", "e", "*", "*")); len(es) < 120 {
		t.Errorf("%d cache entries after the openings, want 120", len(es))
	}
}

// libgrepCount counts query's hits in dir's documents as the library
// search does, junk left out.
func libgrepCount(t *testing.T, dir, query string) int {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	c, _ := doccache.Open(doccache.Options{Disabled: true})
	q, err := search.Compile(query)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = libgrep.Search(context.Background(), files, q, libgrep.Options{Cache: c, Window: -1}, func(r libgrep.Result) bool {
		n += r.Count
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// Keys that arrive in one read (sent at once, as a slow link or a paste
// without bracketed paste delivers them) open the library search with
// the rest as its query, as /调查 does in the reader (issue 15, item 13).
func TestLibraryKeysInOneReadE2E(t *testing.T) {
	bin := binary(t)
	dir := makeLibrary(t)
	tm := newTerm(t, 100, 24, fmt.Sprintf("LANG=en_US.UTF-8 %s %s", bin, dir))
	tm.waitText("甲汇编")
	tm.tmux("send-keys", "-l", "/页面")
	s := tm.waitText("1 hit in 1 document")
	if !strings.Contains(s, "search all /页面") || strings.Contains(s, "filter /") {
		t.Errorf("/页面 in one read:\n%s", s)
	}
	tm.keys("Escape") // back to the list (a second says q quits)
	tm.waitFor("the list", func(s string) bool { return !strings.Contains(s, "search all /") })
	tm.tmux("send-keys", "-l", "/@ym")
	s = tm.waitText("1 hit in 1 document")
	if !strings.Contains(s, "search all /@ym") {
		t.Errorf("/@ym in one read:\n%s", s)
	}
	// The filter too: 乙q in one read filters (乙 starts it, as a Han
	// character typed in the list does), and q typed into it is text;
	// so does fq.
	tm.keys("Escape")
	tm.waitFor("the list", func(s string) bool { return !strings.Contains(s, "search all /") })
	tm.tmux("send-keys", "-l", "乙q")
	tm.waitText("filter 乙q")
	tm.keys("Escape")
	tm.waitFor("the filter cleared", func(s string) bool { return !strings.Contains(s, "filter 乙q") })
	tm.tmux("send-keys", "-l", "fq")
	tm.waitText("filter q")
	tm.quit("C-c")
}
