package state

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestSearches: searches are kept oldest first, a repeat moves to the
// end, at most MaxSearches stay, control characters never come back, and
// two writers at once both keep theirs.
func TestSearches(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	if got, err := s.LoadSearches(); got != nil || err != nil {
		t.Fatalf("none kept: %q, %v", got, err)
	}
	for _, q := range []string{"调研", "一是", "调研", "  ", "\x1b[31m红\x07色\n"} {
		if err := s.RememberSearch(q); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := mustSearches(t, s), []string{"一是", "调研", "[31m红色"}; !reflect.DeepEqual(got, want) {
		t.Errorf("kept %q, want %q", got, want)
	}
	for i := range MaxSearches + 5 {
		s.RememberSearch(fmt.Sprint("查询", i))
	}
	got := mustSearches(t, s)
	if len(got) != MaxSearches || got[0] != "查询5" || got[len(got)-1] != fmt.Sprint("查询", MaxSearches+4) {
		t.Errorf("%d kept, from %q to %q", len(got), got[0], got[len(got)-1])
	}

	s = &Store{Dir: t.TempDir()}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() { defer wg.Done(); s.RememberSearch(fmt.Sprint("并发", i)) }()
	}
	wg.Wait()
	if got := mustSearches(t, s); len(got) != 8 {
		t.Errorf("8 written at once, %d kept: %q", len(got), got)
	}
}

// TestSearchesFileByHand: a file edited by hand reads as its lines: blank
// ones, invalid UTF-8 and older copies dropped.
func TestSearchesFileByHand(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	os.WriteFile(filepath.Join(s.Dir, "searches"), []byte("甲\n\n\xff乙\r\n甲\n丙"), 0o600)
	if got, want := mustSearches(t, s), []string{"乙", "甲", "丙"}; !reflect.DeepEqual(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
}

func mustSearches(t *testing.T, s *Store) []string {
	t.Helper()
	got, err := s.LoadSearches()
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestSearchesKeptAsTyped: the file keeps a search as every history does
// (search.HistoryText): a plain query's end spaces dropped, a regular
// expression's kept, for they match (`\一是 ` came back as `\一是`, another
// search), a headings query's space after # dropped.
func TestSearchesKeptAsTyped(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	for _, q := range []string{" 调研 ", `\一是 `, "# 导语"} {
		if err := s.RememberSearch(q); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := mustSearches(t, s), []string{"调研", `\一是 `, "#导语"}; !reflect.DeepEqual(got, want) {
		t.Errorf("kept %q, want %q", got, want)
	}
}
