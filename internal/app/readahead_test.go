package app

import (
	"os"
	"strings"
	"testing"
	"time"

	"wenji/internal/bigread"
	"wenji/model/export"
)

// aheadFile writes a text file large enough to be read ahead (off the
// heap, bigread.Threshold), its time an hour ago.
func aheadFile(t *testing.T) (path, src string) {
	t.Helper()
	src = bigSource()
	src = strings.Repeat(src[:strings.LastIndex(src, "二、")], bigread.Threshold/len(src)+1) + "二、最后一节\n最后的正文。\n"
	path = agedFile(t, 0)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(path, old, old)
	return path, src
}

// TestReadAhead: a large file read ahead (bigFile.readAhead, from when
// its preview opens) loads whole as it was read then: cut short once read,
// it still gives the whole text, with nothing to say, where a file read
// only by the load says it shrank; a file the cache knows is not read
// ahead but rebuilt from its entry, its text read after.
func TestReadAhead(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for _, ahead := range []bool{true, false} {
		path, src := aheadFile(t)
		bf, ok := openPreview(path, "en", options{noCache: true})
		if !ok {
			t.Fatal("no preview")
		}
		if ahead {
			bf.readAhead()
			a := bf.ahead
			<-a.ready
			if a.reading == nil {
				t.Fatal("not read ahead")
			}
			<-a.read
		}
		os.Truncate(path, int64(len(src)/2))
		doc, err := bf.whole()
		switch {
		case ahead && (err != nil || doc.Text != src || !strings.Contains(export.Outline(doc.Root), "二、最后一节")):
			t.Errorf("read ahead, then cut: err %v, %d of %d bytes", err, len(doc.Text), len(src))
		case !ahead && (err == nil || !strings.Contains(err.Error(), "shrank")):
			t.Errorf("read by the load, cut before: err %v", err)
		}
	}

	parses := countParses(t)
	path, src := aheadFile(t)
	loadWhole(t, path, options{})
	bf, _ := openPreview(path, "en", options{})
	bf.readAhead()
	<-bf.ahead.ready
	if bf.ahead.reading != nil {
		t.Error("a file the cache knows was read ahead")
	}
	doc, err := bf.whole()
	if err != nil || doc.Text != src || *parses != 1 {
		t.Errorf("from the cache: err %v, %d parses (want the first only)", err, *parses)
	}
}
