package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutlineMovesTextE2E (issue 15 item 12): in the focused outline, j,
// a count, G and g move the selection and the reading pane with it; y
// copies what both panes show, and the status bar names it.
func TestOutlineMovesTextE2E(t *testing.T) {
	seed := seedOrSkip(t)
	const w, h = 120, 30
	cache := t.TempDir()
	tm, status := session(t, w, h, "XDG_CACHE_HOME="+cache, seed)
	tm.waitFor("the outline", func(s string) bool { return strings.Contains(s, "│") && strings.Contains(s, "2023主题教育") })
	tm.keys("Tab", "j")
	tm.waitFor("the text at the first section", func(s string) bool {
		return strings.HasPrefix(readerTop(s), "坚持校准靶向")
	})
	tm.keys("G")
	tm.waitFor("the text at the last entry", func(s string) bool {
		// Near the end the text stops at its last page, with that
		// entry's heading on it.
		return strings.Contains(lines(s)[h-1], "建章立制促长效") && strings.Count(s, "建章立制促长效") >= 3
	})
	tm.keys("g", "3", "j")
	s := tm.waitFor("the text at the third section", func(s string) bool {
		return strings.HasPrefix(readerTop(s), "坚持提质见效")
	})
	if !strings.Contains(lines(s)[h-1], "坚持提质见效") {
		t.Errorf("the breadcrumb does not name the selection: %q", lines(s)[h-1])
	}
	tm.keys("y")
	s = tm.waitFor("the copy's report", func(s string) bool { return strings.Contains(lines(s)[h-1], "chars") })
	// No clipboard tool here: the text is in the file too.
	b, err := os.ReadFile(filepath.Join(cache, "wenji", "copied.txt"))
	if err != nil || !strings.HasPrefix(string(b), "坚持提质见效") {
		t.Errorf("y copied another node than both panes show: %.60q (%v); status %q", b, err, lines(s)[h-1])
	}
	tm.quit("q")
	if code := exitStatus(t, status); code != "0" {
		t.Errorf("exit %s", code)
	}
}
