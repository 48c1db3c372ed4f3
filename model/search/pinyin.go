package search

import (
	"slices"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
	"wenji/model"
)

// Pinyin initials: a query that starts with @ (@dcyj) matches Han
// characters by the first letters of their pinyin (调查研究), as Chinese
// input methods and phone contact lists let people type. A character with
// several readings in common use (调 diào/tiáo) matches the initial of any
// of them, since the reader cannot know which one the text means; archaic
// and dialect readings are left out (接 is j, not also c, s, x: see
// internal/tools/pinyingen/initials.Polyphones).

//go:generate go run ../../internal/tools/pinyingen -o pinyin_table.go

// hanBase..hanEnd is the dense part of the initials table: CJK symbols,
// Extension A and the unified ideographs. Rarer characters (Extension B
// and beyond, compatibility ideographs) are in initialsRare. The tables
// (pinyin_table.go) are generated from github.com/mozillazg/go-pinyin's
// dictionary by internal/tools/pinyingen as static arrays: linking go-pinyin
// itself built its 40,000-entry map at every start, 8–20 ms before main.
const (
	hanBase = 0x3000
	hanEnd  = 0xA000
)

// PinyinInitials returns the set of first letters of r's pinyin readings as
// a bit set (bit 0 is a, bit 25 is z), or 0 when r has no reading.
func PinyinInitials(r rune) uint32 {
	if r < hanBase {
		return 0
	}
	if r < hanEnd {
		return initialsPalette[initialsDense[r-hanBase]]
	}
	rareOnce.Do(decodeRare)
	i := sort.Search(len(rareRunes), func(i int) bool { return rareRunes[i] >= r })
	if i < len(rareRunes) && rareRunes[i] == r {
		return initialsPalette[initialsRareIdx[i]]
	}
	return 0
}

var (
	rareOnce  sync.Once
	rareRunes []rune // initialsRareDelta summed: the rare characters in order
)

func decodeRare() {
	rareRunes = make([]rune, len(initialsRareDelta))
	r := rune(hanEnd)
	for i, d := range initialsRareDelta {
		r += rune(d)
		rareRunes[i] = r
	}
}

// pyElem is one character of a pinyin query: a letter matches itself
// (width and case folded) or a Han character with that initial (mask);
// anything else matches itself.
type pyElem struct {
	r    rune
	mask uint32
}

// compilePinyin prepares the body of an @ query. Letters are caseless:
// initials have no case.
func (q *Query) compilePinyin(body string) {
	q.CaseSensitive = false
	for _, r := range body {
		f := foldCaseless(r)
		e := pyElem{r: f}
		if 'a' <= f && f <= 'z' {
			e.mask = 1 << (f - 'a')
		}
		q.pinyin = append(q.pinyin, e)
	}
}

// findPinyin is FindIn for an @ query: tried at each character, as there
// is no literal text to look for first.
func (q *Query) findPinyin(text string, s model.Span, yield func(model.Span) bool) bool {
	for i := s.Start; i < s.End; {
		if end, ok := q.matchPinyin(text, i, s.End); ok {
			if !yield(model.Span{Start: i, End: end}) {
				return false
			}
			i = end
			continue
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:s.End])
		i += size
	}
	return true
}

// matchPinyin matches the whole @ query from text[i:] without passing limit.
func (q *Query) matchPinyin(text string, i, limit int) (int, bool) {
	for _, e := range q.pinyin {
		if i >= limit {
			return 0, false
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:limit])
		}
		if !e.matches(r) {
			return 0, false
		}
		i += size
	}
	return i, true
}

// hanFrom is where the unified ideographs start (Extension A): from here
// to hanEnd nothing folds to anything else, so the table alone decides.
const hanFrom = 0x3400

// matches reports whether text rune r matches e.
func (e pyElem) matches(r rune) bool {
	if hanFrom <= r && r < hanEnd {
		return r == e.r || initialsPalette[initialsDense[r-hanBase]]&e.mask != 0
	}
	if r < utf8.RuneSelf && e.r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r == e.r
	}
	if foldCaseless(r) == e.r {
		return true
	}
	return e.mask != 0 && PinyinInitials(r)&e.mask != 0
}

// foldCaseless is Query.fold without smart case: @ queries ignore case.
func foldCaseless(r rune) rune {
	r = foldWidth(r)
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	if r >= utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	return r
}

// Form is one distinct text an ambiguous query matched, with how often.
type Form struct {
	Text  string
	Count int
}

// Forms returns the distinct texts of n hits (at(i) gives the i-th),
// most frequent first, ties in order of first appearance. Initials are
// ambiguous (@dcyj is 调查研究 but also 的重要讲, with 重 read chóng), so
// the reader offers these forms the way an input method offers
// candidates: picking one searches for exactly that text.
func Forms(text string, n int, at func(i int) model.Span) []Form {
	index := map[string]int{}
	var out []Form
	for i := range n {
		s := at(i)
		t := text[s.Start:s.End]
		if j, ok := index[t]; ok {
			out[j].Count++
			continue
		}
		index[t] = len(out)
		out = append(out, Form{Text: t, Count: 1})
	}
	slices.SortStableFunc(out, func(a, b Form) int { return b.Count - a.Count })
	return out
}
