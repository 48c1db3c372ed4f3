package parse

import "strings"

// The byte-level helpers: what a library call or containsAny says, read
// byte by byte where the library's general path was a cost on every line
// of a large file (TestTrimBlankRight, TestHasDigit).

// hasDigit reports an ASCII or a fullwidth digit (０-９) in s: what
// containsAny(s, "0123456789０１２３４５６７８９") says, in one pass over
// s rather than twenty (the lead rules ask it of every candidate's words:
// 2 % of a 100 MB file's parse). As there, a fullwidth digit is its three
// bytes wherever they stand.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c-'0' < 10:
			return true
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2]-0x90 < 10:
			return true
		}
	}
	return false
}

// trimBlankRight is strings.TrimRight(s, " \t\u3000"), byte by byte: a
// cutset with a rune outside ASCII decodes every call's last runes and
// looks each up in the cutset, and the front-matter checks that use it
// (isNewsDateline, isSalutation) ask it of every line of a large file.
func trimBlankRight(s string) string { return trimBlanksRight(s, '\t') }

// trimBlankCRRight is strings.TrimRight(s, " \t\r\u3000"), byte by byte,
// for the notice pass's look at the lines beside a short line
// (closesSection, endsSentence).
func trimBlankCRRight(s string) string { return trimBlanksRight(s, '\r') }

// trimBlanksRight trims spaces, tabs, U+3000 and the byte also from the
// right of s.
func trimBlanksRight(s string, also byte) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '\t' || c == also:
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u3000"):
			s = s[:len(s)-len("\u3000")]
		default:
			return s
		}
	}
	return s
}

// hasFigure is hasDigit less the digits of a term, which touch a Latin
// letter (5G, 4K, G20): a figure counts, a term names (5G+智慧商圈示范建设).
func hasFigure(s string) bool {
	letter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	for i := 0; i < len(s); i++ {
		if c := s[i]; c-'0' < 10 {
			j := i
			for j < len(s) && s[j]-'0' < 10 {
				j++
			}
			if !(i > 0 && letter(s[i-1]) || j < len(s) && letter(s[j])) {
				return true
			}
			i = j - 1
		} else if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2]-0x90 < 10 {
			return true
		}
	}
	return false
}
