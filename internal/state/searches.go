package state

import (
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"wenji/model/search"
)

// MaxSearches is how many searches are remembered across sessions, the
// newest kept, as less keeps its ~/.lesshst.
const MaxSearches = 200

func (s *Store) searchesPath() string { return filepath.Join(s.Dir, "searches") }

// LoadSearches returns the searches of earlier sessions, the oldest first:
// none and no error when none was kept; a file over MaxFileSize gives a
// *TooLargeError and none.
func (s *Store) LoadSearches() ([]string, error) {
	b, err := readLimited(s.searchesPath())
	if err != nil || b == nil {
		return nil, err
	}
	return searchLines(b), nil
}

// RememberSearch keeps q as the newest search (the same search made before
// moves up), at most MaxSearches in all, written as every state file is:
// under the directory's lock, two wenjis at once both kept.
func (s *Store) RememberSearch(q string) error {
	q = oneLine(q)
	if q == "" {
		return nil
	}
	return update(s.searchesPath(), func(old []byte) ([]byte, error) {
		list := slices.DeleteFunc(searchLines(old), func(x string) bool { return x == q })
		list = append(list, q)
		list = list[max(0, len(list)-MaxSearches):]
		return []byte(strings.Join(list, "\n") + "\n"), nil
	})
}

// searchLines reads the file's lines as searches: blank ones and repeats
// (an older copy) left out, each made one line of text (oneLine).
func searchLines(b []byte) []string {
	var out []string
	seen := map[string]int{}
	for _, l := range strings.Split(strings.ToValidUTF8(string(b), ""), "\n") {
		l = oneLine(l)
		if l == "" {
			continue
		}
		if i, ok := seen[l]; ok {
			out[i] = "" // the later copy is the newer
		}
		seen[l] = len(out)
		out = append(out, l)
	}
	return slices.DeleteFunc(out, func(x string) bool { return x == "" })
}

// oneLine is a search as a line of text: control characters (a file
// edited by hand could hold escapes, which would reach the terminal from
// the prompt) dropped, and kept as every search history keeps it
// (search.HistoryText: the spaces at a query's ends dropped, a regular
// expression's kept, for they match).
func oneLine(q string) string {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, q)
	return search.HistoryText(q)
}
