package parse

import (
	"strings"
	"unicode/utf8"
)

// line is one line of the input. Offsets are bytes into the text.
type line struct {
	start, end int   // content after trimming white space and glued junk
	num        int32 // 1-based line number
	junk       bool
}

// blank reports whether the line has no content.
func (l *line) blank() bool { return l.start >= l.end }

// splitLines cuts text into lines, trimming each line's content of the white
// space Chinese documents carry: ASCII space and tab, CR (CRLF files),
// U+3000 ideographic space (the 　　 paragraph indent), U+00A0 and a BOM.
func splitLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	var num int32
	for at := 0; at <= len(text); {
		num++
		nl := strings.IndexByte(text[at:], '\n')
		end := len(text)
		if nl >= 0 {
			end = at + nl
		}
		s, e := trimSpace(text, at, end)
		lines = append(lines, line{num: num, start: s, end: e})
		if nl < 0 {
			break
		}
		at = end + 1
	}
	// A final newline does not start a line of its own.
	if n := len(lines); n > 1 && lines[n-1].blank() && strings.HasSuffix(text, "\n") {
		lines = lines[:n-1]
	}
	return lines
}

// trimSpace narrows [s, e) of text past leading and trailing white space.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		if n := spaceAt(text, s); n > 0 {
			s += n
			continue
		}
		break
	}
	for e > s {
		if n := spaceBefore(text, e); n > 0 {
			e -= n
			continue
		}
		break
	}
	return s, e
}

// spaceAt returns the byte length of the white space rune at text[i], or 0.
func spaceAt(text string, i int) int {
	switch c := text[i]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isSpaceRune(r) {
		return n
	}
	return 0
}

// spaceBefore returns the byte length of the white space rune ending at
// text[i-1], or 0.
func spaceBefore(text string, i int) int {
	switch c := text[i-1]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if isSpaceRune(r) {
		return n
	}
	return 0
}

func isSpaceRune(r rune) bool {
	switch r {
	case '\u3000', '\u00a0', '\ufeff', '\u2002', '\u2003', '\u2009', '\u200b':
		return true
	}
	return false
}
