package basket

import (
	"path/filepath"
	"testing"
)

// TestReload: a basket held by one session takes what another saved
// since, when it has nothing unsaved; with a change not saved it reads
// nothing, and its Save merges both.
func TestReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a.Add(Excerpt{Heading: "甲", Text: "甲\n"})
	if err := a.Save(); err != nil {
		t.Fatal(err)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b.Add(Excerpt{Heading: "乙", Text: "乙\n"})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	if changed, err := a.Reload(); err != nil || !changed || a.Len() != 2 {
		t.Fatalf("Reload: changed %v, %v, %d excerpts; want 2", changed, err, a.Len())
	}
	if changed, err := a.Reload(); err != nil || changed {
		t.Errorf("Reload again: changed %v, %v", changed, err)
	}
	a.Remove(a.List()[0].ID) // not saved
	b.Add(Excerpt{Heading: "丙", Text: "丙\n"})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	if changed, err := a.Reload(); err != nil || changed || a.Len() != 1 {
		t.Errorf("Reload with a change not saved: changed %v, %v, %d excerpts; want 1", changed, err, a.Len())
	}
	if err := a.Save(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range a.List() {
		got = append(got, e.Heading)
	}
	if len(got) != 2 || got[0] != "乙" || got[1] != "丙" {
		t.Errorf("saved %q, want 乙 丙", got)
	}
}
