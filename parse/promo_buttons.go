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
		if n := utf8.RuneCountInString(label); n == 0 || n > 16 || strings.Trim(label, "0123456789") == "" || containsAny(label, "。；") {
			return false
		}
		cells++
		rest = rest[size+end+len(closing):]
	}
	return cells >= 2
}

// framesWords reports a line of words framed by dashes or tildes at both
// ends (— 我是有底线的 —, —— 预览结束 ——, ~ 每天一篇好材料 ~): a page's
// furniture, a signal of its form as a word is of its meaning. The genre
// frames no words so: its page numbers frame digits (— 3 —), its rules
// nothing (————), a subtitle opens on a dash and ends without one
// (——在全市…上的讲话); it frames a campaign's slogan in stars (★ 千村示范
// 万村整治 ★), which this leaves to the slogan's other signs.
func framesWords(p string) bool {
	if p == "" || !frameLead(p[0]) {
		return false // asked of every short line: most open on a Han character's lead byte
	}
	first, _ := utf8.DecodeRuneInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	if !strings.ContainsRune(frameDashes, first) || !strings.ContainsRune(frameDashes, last) {
		return false
	}
	han := 0
	for _, r := range p {
		if isHan(r) {
			han++
		}
	}
	return han >= 2
}

// frameLead reports a byte that can open one of frameDashes: '-', '~', or
// the lead byte of — ─ ━ (E2) or ～ (EF).
func frameLead(c byte) bool { return c == '-' || c == '~' || c == 0xE2 || c == 0xEF }

// frameDashes are the marks framesWords takes for a frame.
const frameDashes = "—-─━～~"
