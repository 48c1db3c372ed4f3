package parse

import (
	"strings"
	"unicode/utf8"
)

// skipTOC passes over a 目录 block: the 目录 line and its entries, up to the
// first wider gap (the blank lines before the first article) or a line that
// repeats an entry. Entries never become nodes.
func (p *parser) skipTOC(i int) int {
	if i >= len(p.eff) {
		return i
	}
	if p.eff[i].end-p.eff[i].start > 256 {
		return i // a 目录 line is short, spaced out or not; a 23 MB first line is not copied to learn it
	}
	s := strings.NewReplacer(" ", "", "\u3000", "", "\t", "").Replace(p.str(&p.eff[i]))
	if s != "目录" && s != "目次" && !strings.EqualFold(s, "contents") {
		return i
	}
	root := p.rootInfo()
	root.paras = append(root.paras, i)
	// The block ends at the first wider gap when every line before it
	// reads as an entry; without such a gap, at the first line that
	// repeats an entry (the first article's title) or is not an entry.
	end := -1
	for j := i + 1; j < len(p.eff); j++ {
		e := &p.eff[j]
		if j > i+1 && e.gap >= 2 {
			end = j
			break
		}
		if !p.tocEntryLike(e) {
			break
		}
	}
	if end < 0 {
		seen := map[string]bool{}
		end = i + 1
		for ; end < len(p.eff); end++ {
			e := &p.eff[end]
			t := p.tocTitle(e)
			if t != "" && seen[t] || !p.tocEntryLike(e) {
				break
			}
			seen[t] = true
		}
	}
	for j := i + 1; j < end; j++ {
		root.paras = append(root.paras, j)
	}
	return end
}

// tocEntryLike reports a 目录 entry: a bare number (1.), or a short line
// that may end in a page number or dot leaders.
func (p *parser) tocEntryLike(e *eline) bool {
	s := p.str(e)
	if len(s) > (maxHeadingRunes+8)*utf8.UTFMax || runeLen(s) > maxHeadingRunes+8 {
		return false
	}
	t := p.tocTitle(e)
	return t == "" || !isTerminal(lastMeaningful(t))
}

// tocTitle strips a 目录 entry of its number, dot leaders and page number.
// The number is the one classify found on the line, if any: a 目录 of the
// empty entries 1. 2. … that 素材 files have can run to thousands of lines,
// and parsing each again cost more than the rest of a preview.
func (p *parser) tocTitle(e *eline) string {
	s := p.str(e)
	if trimLeaders(s) == "" {
		return "" // a bare number: 1., 12.
	}
	if e.mark != nil {
		s = s[min(e.mark.skip, len(s)):]
	} else if m, ok := parseMarker(s); ok {
		s = s[m.skip:]
	}
	return trimLeaders(s)
}

// trimLeaders is strings.TrimRight(s, "0123456789 .…·\t\u3000"), the page
// number and dot leaders of a 目录 entry, without the cutset lookups that
// TrimRight makes for each rune of a cutset that is not all ASCII.
func trimLeaders(s string) string {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch {
		case '0' <= r && r <= '9', r == ' ', r == '.', r == '\t', r == '…', r == '·', r == '\u3000':
			s = s[:len(s)-size]
		default:
			return s
		}
	}
	return s
}
