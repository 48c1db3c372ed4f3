package parse

import (
	"strings"
	"unicode/utf8"
)

// isButtonRow reports a line of nothing but two or more short labels in
// square brackets ([ 暂不 ]　[ 去开启 ], [本篇全文] [回复本文] [返回顶部]): a
// page's or an app's buttons, its interface, which the genre never writes
// (its brackets are 〔2026〕 in a document number, 【编者按】 before its
// text, [1] after a sentence). A label of digits alone is a citation's
// number, no button.
func isButtonRow(p string) bool {
	if strings.IndexByte(p, '[') < 0 && !strings.Contains(p, "［") {
		return false
	}
	cells := 0
	for rest := strings.Trim(p, " \t\u3000"); rest != ""; rest = strings.TrimLeft(rest, " \t\u3000") {
		open, size := utf8.DecodeRuneInString(rest)
		closing := map[rune]string{'[': "]", '［': "］"}[open]
		if closing == "" {
			return false
		}
		end := indexWord(rest[size:], closing)
		if end < 0 {
			return false
		}
		label := strings.Trim(rest[size:size+end], " \t\u3000")
		if n := utf8.RuneCountInString(label); n == 0 || n > 16 || strings.Trim(label, "0123456789") == "" || strings.ContainsAny(label, "。；") {
			return false
		}
		cells++
		rest = rest[size+end+len(closing):]
	}
	return cells >= 2
}
