package parse

import "strings"

// yearSpan reports a span of years in brackets, as a plan prints the
// period it covers under its title (…三年行动方案 / （2026—2028年）,
// (2021-2025年)): the title's end (titleGoesOn), no note in brackets.
func yearSpan(s string) bool {
	s = trimBlankRight(s)
	open, ok := hasPrefixAny(s, "（", "(")
	if !ok {
		return false
	}
	s = s[len(open):]
	close, ok := hasSuffixAny(s, "）", ")")
	if !ok {
		return false
	}
	s, ok = strings.CutSuffix(s[:len(s)-len(close)], "年")
	if !ok || len(s) < 9 || !allDigits(s[:4]) || !allDigits(s[len(s)-4:]) {
		return false
	}
	switch s[4 : len(s)-4] {
	case "—", "——", "－", "-", "–", "至", "~", "～":
		return true
	}
	return false
}

// allDigits reports s made of ASCII digits only.
func allDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
