package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// skipTOC passes over a 目录 block: the 目录 line and its entries, up to the
// first wider gap (the blank lines before the first article) or a line that
// repeats an entry. Entries never become nodes. A 目次 further on, after a
// cover page (a standard's ICS line, number, titles and 发布 dates), is
// read as text where it stands (demoteTOC).
func (p *parser) skipTOC(i int) int {
	if !p.tocHead(i) {
		p.demoteTOC(i)
		return i
	}
	root := p.rootInfo()
	end := p.tocEnd(i)
	for j := i; j < end; j++ {
		root.paras = append(root.paras, j)
	}
	return end
}

// tocHead reports a line that heads a table of contents: 目录, 目次 (as
// standards name it) or Contents, spaced out or not (目  次, 目　录).
func (p *parser) tocHead(i int) bool {
	if i >= len(p.eff) || p.eff[i].end-p.eff[i].start > 256 {
		return false // a 目录 line is short, spaced out or not; a 23 MB first line is not copied to learn it
	}
	s := tocKey(p.str(&p.eff[i]))
	return s == "目录" || s == "目次" || strings.EqualFold(s, "contents")
}

// tocEnd returns the line after the table of contents headed at line i.
// The block ends at the first wider gap when every line before it reads
// as an entry; without such a gap, at the first line that repeats an
// entry (the first article's title, 前  言 after 前言 II) or is not an
// entry.
func (p *parser) tocEnd(i int) int {
	for j := i + 1; j < len(p.eff); j++ {
		e := &p.eff[j]
		if j > i+1 && e.gap() >= 2 {
			return j
		}
		if !p.tocEntryLike(e) {
			break
		}
	}
	seen := map[string]bool{}
	end := i + 1
	for ; end < len(p.eff); end++ {
		e := &p.eff[end]
		t := tocKey(p.tocTitle(e))
		if t != "" && seen[t] || !p.tocEntryLike(e) {
			break
		}
		seen[t] = true
	}
	return end
}

// tocKey is a line as a 目录 heading is recognised and two entries are
// compared: without the spaces a standard sets between two characters
// (前  言, 附　录　A), of any width (Word writes U+2003 em spaces: 目  次).
func tocKey(t string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, t)
}

// tocReach bounds how far into the text demoteTOC looks for a table of
// contents: a cover page is some twenty lines; a 目录 line deep in the
// text is a word in it, not the document's table of contents.
const tocReach = 64

// demoteTOC finds a table of contents that a cover page's lines put after
// line from (the 目次 of a standard, the 目录 of a report with a cover)
// and makes its lines plain text: its entries, page numbers and all
// (1 范围 4, 前  言 II), would otherwise read as headings, numbered and
// short as they are. The lines stay where they are, under the heading
// before them; only their reading as headings goes.
func (p *parser) demoteTOC(from int) {
	for k := from + 1; k < min(len(p.eff), from+tocReach); k++ {
		if !p.tocHead(k) {
			continue
		}
		end := p.tocEnd(k)
		if end-k < 3 {
			return // 目次 and one line: a word, not a table of contents
		}
		for j := k; j < end; j++ {
			e := &p.eff[j]
			e.kind, e.md, e.hlevel, e.mark = lineBody, 0, 0, nil
			e.setHints(false, true)
			delete(p.bold, e.num)
		}
		return
	}
}

// tocEntryLike reports a 目录 entry: a bare number (1.), or a short line
// that may end in a page number or dot leaders, and never a line its
// markup makes a heading (a Markdown file's entries are one blank line
// apart, as its first ## article is).
func (p *parser) tocEntryLike(e *eline) bool {
	if e.md > 0 || e.hlevel > 0 {
		return false // a heading by its markup (## 标题, Heading 1) is the text's, not an entry
	}
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
// TrimRight makes for each rune of a cutset that is not all ASCII. A
// roman page number (前言 II, the front matter's pages) goes too.
func trimLeaders(s string) string {
	s = trimRomanPage(s)
	for s != "" {
		r, size := lastRune(s)
		switch {
		case '0' <= r && r <= '9', r == '.', r == '…', r == '·', unicode.IsSpace(r):
			s = s[:len(s)-size]
		default:
			return s
		}
	}
	return s
}

// trimRomanPage drops a roman page number that ends an entry after a
// space or a leader (前  言 II, 引言…iii): a word such as 附录 IX's
// numeral is one too, but only the entry's title is compared, never
// shown.
func trimRomanPage(s string) string {
	i := len(s)
	for i > 0 && strings.IndexByte("IVXivx", s[i-1]) >= 0 {
		i--
	}
	if i == len(s) || i == 0 || len(s)-i > 6 {
		return s
	}
	if r, _ := lastRune(s[:i]); unicode.IsSpace(r) || r == '.' || r == '…' || r == '·' {
		return s[:i]
	}
	return s
}
