package search

import (
	"strings"
	"unicode/utf8"
)

// Fuzzy is a compiled filter for short strings (titles, file names): its
// characters must appear in a candidate in order, not necessarily
// together, as fzf and editors' file pickers match. Width forms fold and
// letters ignore case; a pattern starting with @ lets a letter stand for a
// Han character with that pinyin initial (@zjyx finds 中纪委印发…).
type Fuzzy struct {
	elems []pyElem // mask 0 unless @ and a letter
}

// CompileFuzzy prepares pattern; an empty pattern (or a lone @) matches
// everything with score 0.
func CompileFuzzy(pattern string) *Fuzzy {
	f := &Fuzzy{}
	pinyin := strings.HasPrefix(pattern, "@")
	if pinyin {
		pattern = pattern[1:]
	}
	for _, r := range pattern {
		if r == ' ' || r == '\u3000' {
			continue // a space separates words in the pattern, not in titles
		}
		e := pyElem{r: foldCaseless(r)}
		if pinyin && 'a' <= e.r && e.r <= 'z' {
			e.mask = 1 << (e.r - 'a')
		}
		f.elems = append(f.elems, e)
	}
	return f
}

// Empty reports whether the filter lets everything through.
func (f *Fuzzy) Empty() bool { return len(f.elems) == 0 }

// Match reports whether s matches and how well: higher is better. Runs of
// consecutive characters, a match at the start of s and matches early in s
// score higher, so 调查研究 ranks a title holding it whole above one
// holding its characters scattered.
func (f *Fuzzy) Match(s string) (score int, ok bool) {
	if len(f.elems) == 0 {
		return 0, true
	}
	// The pattern whole, as typed, beats any scattered match: 2023 ranks
	// law-2023.md above a 2024年…（3篇） title that has 2, 0, 2 and 3 in
	// order; earlier is better.
	if at, whole := f.contiguous(s); whole {
		return 1000 + max(0, 100-at), true
	}
	k := 0
	prev := -2 // rune index of the previous matched character
	ri := 0
	for i := 0; i < len(s) && k < len(f.elems); ri++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !f.elems[k].matches(r) {
			continue
		}
		switch {
		case ri == prev+1:
			score += 8 // consecutive
		case ri == 0:
			score += 6
		default:
			score += 1
		}
		if ri < 16 {
			score += (16 - ri) / 4
		}
		prev = ri
		k++
	}
	if k < len(f.elems) {
		return 0, false
	}
	return score, true
}

// contiguous finds the pattern's characters together in s: the rune index
// where they start.
func (f *Fuzzy) contiguous(s string) (int, bool) {
	ri := 0
	for i := 0; i < len(s); ri++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if f.elems[0].matches(r) {
			j, k := i+size, 1
			for ; k < len(f.elems) && j < len(s); k++ {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !f.elems[k].matches(r2) {
					break
				}
				j += n
			}
			if k == len(f.elems) {
				return ri, true
			}
		}
		i += size
	}
	return 0, false
}
