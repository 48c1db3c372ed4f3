package basket

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"wenji/internal/state"
)

// TestCopyKept: an excerpt of standard input keeps the document's bytes
// beside the basket, named in its source with their content key; two
// excerpts of it share one copy, which reads back as it was given; it is
// removed with the last excerpt that names it.
func TestCopyKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	doc := []byte("标题\n\n一、总体要求\n正文。\n")
	b := open(t, path)
	e1 := b.Add(WithCopy(Excerpt{Text: "一", Source: Source{Name: "-"}}, doc))
	e2 := b.Add(WithCopy(Excerpt{Text: "二", Source: Source{Name: "-"}}, doc))
	save(t, b)
	if e1.Source.Copy != textName(string(doc)) || e1.Source.Hash != state.Key(doc) {
		t.Fatalf("source %+v: want copy %s and hash %s", e1.Source, textName(string(doc)), state.Key(doc))
	}
	if got := textFiles(t, path); !slices.Equal(got, []string{e1.Source.Copy}) {
		t.Fatalf("text files %q, want the one copy", got)
	}
	list := open(t, path).List()
	if len(list) != 2 || list[0].Source.Copy != e1.Source.Copy || list[1].Source.Copy != e2.Source.Copy {
		t.Fatalf("read back %+v", list)
	}
	got, err := ReadCopy(path, list[0].Source)
	if err != nil || string(got) != string(doc) {
		t.Fatalf("ReadCopy = %q, %v", got, err)
	}
	b = open(t, path)
	b.Remove(e1.ID)
	save(t, b)
	if got := textFiles(t, path); len(got) != 1 {
		t.Errorf("text files %q after deleting one of two excerpts, want the copy kept", got)
	}
	b = open(t, path)
	b.Remove(e2.ID)
	save(t, b)
	if got := textFiles(t, path); len(got) != 0 {
		t.Errorf("text files %q after deleting both excerpts", got)
	}
}

// TestCopyCompatible: the basket file stays the format wenji read before
// (version 1, the copy one field more in the source), and one written
// without copies reads as it did.
func TestCopyCompatible(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	b.Add(WithCopy(Excerpt{Text: "一", Source: Source{Name: "-"}}, []byte("正文")))
	save(t, b)
	raw, _ := os.ReadFile(path)
	var ff struct {
		Version  int
		Excerpts []map[string]any
	}
	if err := json.Unmarshal(raw, &ff); err != nil || ff.Version != versionInline || len(ff.Excerpts) != 1 {
		t.Fatalf("basket file %s: %v", raw, err)
	}
	if src, _ := ff.Excerpts[0]["source"].(map[string]any); src["copy"] == "" || src["copy"] == nil {
		t.Errorf("the source names no copy: %s", raw)
	}
	old := `{"version":1,"excerpts":[{"id":"a","kind":"section","text":"x","source":{"name":"-","offset":0},"taken":"2026-01-01T00:00:00Z"}]}`
	os.WriteFile(path, []byte(old), 0o644)
	list := open(t, path).List()
	if len(list) != 1 || list[0].Source.Copy != "" {
		t.Fatalf("old basket read as %+v", list)
	}
	if _, err := ReadCopy(path, list[0].Source); err == nil {
		t.Error("ReadCopy of an excerpt that keeps no copy gave no error")
	}
}

// TestCopyMissing: a copy removed or changed by hand leaves the basket
// whole (its excerpts read), and only ReadCopy says so.
func TestCopyMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	e := b.Add(WithCopy(Excerpt{Text: "一", Source: Source{Name: "-"}}, []byte("正文")))
	save(t, b)
	copyFile := filepath.Join(textsDir(path), e.Source.Copy)
	os.WriteFile(copyFile, []byte("改过"), 0o644)
	bb, err := Open(path)
	if err != nil || bb.Len() != 1 {
		t.Fatalf("Open = %d excerpts, %v", bb.Len(), err)
	}
	if _, err := ReadCopy(path, e.Source); err == nil || !strings.Contains(err.Error(), "changed") {
		t.Errorf("ReadCopy of a changed copy: %v", err)
	}
	os.Remove(copyFile)
	if _, err := ReadCopy(path, e.Source); err == nil {
		t.Error("ReadCopy of a missing copy gave no error")
	}
}

// TestCopyTooLarge: a document over MaxSize is not kept.
func TestCopyTooLarge(t *testing.T) {
	e := WithCopy(Excerpt{Text: "一"}, make([]byte, MaxSize+1))
	if e.Source.Copy != "" || e.doc != nil {
		t.Errorf("a %d-byte document was kept", MaxSize+1)
	}
}

// TestCopyNamedByBackup: a copy that a backup of the basket names is not
// swept, as a large text is not.
func TestCopyNamedByBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	e := b.Add(WithCopy(Excerpt{Text: "一", Source: Source{Name: "-"}}, []byte("正文")))
	save(t, b)
	raw, _ := os.ReadFile(path)
	os.WriteFile(path+".bak", raw, 0o644)
	b = open(t, path)
	b.Remove(e.ID)
	save(t, b)
	if got := textFiles(t, path); !slices.Equal(got, []string{e.Source.Copy}) {
		t.Errorf("text files %q: the copy a backup names was swept", got)
	}
}
