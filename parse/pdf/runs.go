package pdf

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// listNumber matches a list number at the start of a line.
var listNumber = regexp.MustCompile(`^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[)）]|\d{1,3}[.．、]|[①-⑳⑴-⒇]|第[一二三四五六七八九十百\d]+[章节条部分篇])[ \x{3000}]*`)

// boldRunOf is the byte length of the bold run text opens with: glyphs
// whose letters are bold, digits and punctuation between them in any
// weight (often another font's) and bold ones after them. A list number Word or LibreOffice
// draws in the body's weight before a bold heading (二、 then 工作回顾)
// belongs to the run, as the .docx reader counts it in the lead; the
// run holds at least one bold letter. ends[i] is where glyph i's text
// ends in text before trim bytes of leading spaces were cut.
func boldRunOf(text string, gs []glyph, ends []int, trim int) int {
	i := 0
	if n := listNumberLen(text); n > 0 {
		for i < len(gs) && ends[i]-trim <= n {
			i++
		}
	}
	// A sign or digit in the body's weight belongs to the run only
	// between two bold letters: after the last it is the body's (管理不严。5).
	run, bold := 0, false
	for ; i < len(gs); i++ {
		if isLetter(gs[i].text) {
			if !gs[i].bold {
				break
			}
			bold = true
		} else if !gs[i].bold {
			continue
		}
		if bold {
			run = ends[i] - trim
		}
	}
	return min(run, len(text))
}

// isListNumber tells text that is a list number alone.
func isListNumber(text string) bool {
	return text != "" && listNumber.FindString(text) == text
}

// listNumberLen is the byte length of the list number text opens with
// and the spaces after it (一、, （一）, 1., 1、, ①, 第一章), 0 for none.
func listNumberLen(text string) int {
	m := listNumber.FindString(text)
	if rest := text[len(m):]; m != "" && rest != "" && rest[0] >= '0' && rest[0] <= '9' && strings.ContainsAny(m, ".．") {
		return 0 // 2.3亿元: a decimal, no number
	}
	return len(m)
}

// nextItem tells a line that opens with the number after the one its
// paragraph opened with, in the same sign (1. then 2., 1、 then 2、): the
// next item of a list, even where what follows the number reads as a
// decimal (2.3个部门…, where listNumberLen sees 2.3).
func nextItem(para, text string) bool {
	n, sign, ok := itemNumber(para)
	m, sign2, ok2 := itemNumber(text)
	return ok && ok2 && m == n+1 && sign == sign2
}

// itemNumber reads the Arabic number of one to three digits text opens
// with and the sign after it (. ． 、).
func itemNumber(text string) (n int, sign rune, ok bool) {
	i := 0
	for i < len(text) && i < 3 && text[i] >= '0' && text[i] <= '9' {
		n = n*10 + int(text[i]-'0')
		i++
	}
	if i == 0 {
		return 0, 0, false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !strings.ContainsRune(".．、", r) {
		return 0, 0, false
	}
	return n, r, true
}
