package basketfile

import (
	"os"
	"path/filepath"
	"testing"

	store "wenji/internal/basket"
)

// A missing file is an empty basket; a damaged one too, named; "" is the
// default path (under XDG_DATA_HOME); a directory in the way is an error.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	b, damaged, err := Open(filepath.Join(dir, "new.json"))
	if err != nil || damaged != "" || b.Len() != 0 {
		t.Fatalf("missing file: %v, %q, %v", b, damaged, err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	b, damaged, err = Open(bad)
	if err != nil || damaged != bad || b == nil || b.Len() != 0 {
		t.Fatalf("damaged file: %v, %q, %v", b, damaged, err)
	}
	t.Setenv("XDG_DATA_HOME", dir)
	b, _, err = Open("")
	if err != nil {
		t.Fatal(err)
	}
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "甲", Text: "甲"})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	if p, _ := store.DefaultPath(); p == "" {
		t.Fatal("no default path")
	} else if _, err := os.Stat(p); err != nil {
		t.Fatalf("\"\" did not open the default path: %v", err)
	}
	if _, _, err := Open(dir); err == nil {
		t.Fatal("a directory opened as a basket")
	}
}
