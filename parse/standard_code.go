package parse

import (
	"strings"
	"unicode/utf8"
)

// isStandardCode reports a standard's number standing on its line, as a
// standard's cover and its 编制说明 print it above the title (GB/T 1234.1—2020,
// NB/T XXXX－20YY, DL 5077-1997, Q/GDW 11234-2024): a code of capital
// Latin letters with an optional /T, /Z or /XXX part, then a number of
// digits and dots (or X placeholders), a dash and a year of four digits
// (or 20YY). Nothing else stands on the line.
func isStandardCode(s string) bool {
	s = trimBlankRight(s)
	if len(s) > 40 {
		return false
	}
	code := 0
	for code < len(s) && (s[code] >= 'A' && s[code] <= 'Z' || s[code] == '/' && code > 0) {
		code++
	}
	if code < 2 || s[code-1] == '/' {
		return false
	}
	rest := strings.TrimLeft(s[code:], " \u3000")
	num := 0
	for num < len(rest) && (rest[num] >= '0' && rest[num] <= '9' || rest[num] == 'X' || rest[num] == 'x' || rest[num] == '.' && num > 0) {
		num++
	}
	if num == 0 || rest[num-1] == '.' {
		return false
	}
	rest = strings.TrimLeft(rest[num:], " ")
	r, n := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("-－—–‐", r) || n == 0 {
		return false
	}
	year := strings.TrimLeft(rest[n:], " ")
	if len(year) != 4 {
		return false
	}
	for k := range 4 {
		c := year[k]
		if !(c >= '0' && c <= '9' || k >= 2 && (c == 'Y' || c == 'y')) {
			return false
		}
	}
	return true
}
