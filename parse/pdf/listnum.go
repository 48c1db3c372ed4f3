package pdf

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A row's opening list number and the width of its lead, out of
// layout.go (buildLines reads them for each row).

// bareListNumber reads a row that opens with a bare number of one or two
// digits (1 to 20), an em or more before a letter or a digit of CJK text
// (the row holds a CJK letter), as a list number: ⑴ in
// place of the number's glyphs. It is a list's number and the tab after
// it (1⇥地铁5号线一期建成通车；) whose sign the producer could not draw:
// LibreOffice prints a Word list in ⑴ or ⒈ (decimalEnclosedParen) as the
// bare number. A row with another gap of two ems, a table's, is left as it
// is: a 序号 column's numbers are cells. A space the producer drew after
// the number (1　前　言, a paper's section) is the text's own, and a bold
// line after it a heading's: neither is read as ⑴.
func bareListNumber(row []glyph) []glyph {
	k, n := 0, 0
	for k < len(row) && k < 2 && len(row[k].text) > 0 {
		d := row[k].text
		if strings.Trim(d, "0123456789") != "" || len(d) > 2-k || k > 0 && row[k].x0-row[k-1].x1 > 0.2*row[k].size {
			break
		}
		for _, c := range d {
			n = n*10 + int(c-'0')
		}
		k++
	}
	if k == 0 || k >= len(row) || n < 1 || n > 20 {
		return row
	}
	r, _ := utf8.DecodeRuneInString(row[k].text)
	words := false
	for j := k; j < len(row) && !words; j++ {
		words = wideLetterAt(row, j)
	}
	if !words || !unicode.IsLetter(r) && !unicode.IsDigit(r) || row[k].spaced || row[k].wideSpace || row[k].bold {
		return row
	}
	em := math.Max(row[k].size, row[k-1].size)
	if gap := row[k].x0 - row[k-1].x1; gap < em || gap > 6*em {
		return row
	}
	for j := k + 1; j < len(row); j++ {
		if row[j].x0-row[j-1].x1 >= 2*em {
			return row
		}
	}
	num := row[0]
	num.text, num.x1 = string(rune(0x2474+n-1)), row[k-1].x1
	return append([]glyph{num}, row[k:]...)
}

// wideLetterAt tells whether glyph k of row opens with a CJK letter.
func wideLetterAt(row []glyph, k int) bool {
	r, _ := utf8.DecodeRuneInString(row[k].text)
	return isWide(r) && unicode.IsLetter(r)
}

// leadWidth is how wide the run a row opens with is, that a typesetter
// moves to the next line whole: a Latin word or a number with its signs
// (32.6%), or one CJK character after any opening quotes, and the closing
// punctuation that may not start a line after it (kinsoku: 80%。, 等，).
// A line before such a run ends short of the margin by its width, and its
// paragraph goes on all the same.
func leadWidth(row []glyph) float64 {
	first := func(i int) rune { r, _ := utf8.DecodeRuneInString(row[i].text); return r }
	i := 0
	for unit := 0; unit < 3 && i < len(row); unit++ {
		for i < len(row) && strings.ContainsRune(noLineEnd, first(i)) {
			i++
		}
		if i < len(row) && isWide(first(i)) {
			i++
		} else {
			start := i
			for i < len(row) && !isWide(first(i)) && !unicode.IsSpace(first(i)) &&
				(i == start || row[i].x0-row[i-1].x1 <= 0.2*math.Max(row[i].size, 1)) {
				i++
			}
		}
		for i < len(row) && strings.ContainsRune(noLineStart, first(i)) {
			i++
		}
		// An opening quote after the run binds it to the character
		// after the quote (等，“快): it may not end a line.
		if i >= len(row) || !strings.ContainsRune(noLineEnd, first(i)) {
			break
		}
	}
	if i == 0 {
		return 0
	}
	return row[i-1].x1 - row[0].x0
}
