package pdf

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// breaksBefore tells whether line l starts a paragraph after prev: prev
// ends short of the margin, l is indented, set in another size (a tenth
// apart: 三号 after 四号), bold after a line with no bold, or further below
// prev than the page's usual line spacing. Where paragraphs are neither
// indented nor spaced apart (a .docx of no indents, as LibreOffice sets
// it), a paragraph that fills its last line goes on into the next unless
// that one opens with a bold lead or a list number (1., （二）) after the
// end of a sentence. Where paragraphs are indented, a bold lead at the
// margin with the body's text after it on the line is a lead sentence
// inside the paragraph (**营商环境持续领先；**出台…), which a new
// paragraph's indent would have moved right; a heading bold all through
// still starts one. And a paragraph whose last line is full and ends a
// sentence is done when l, short of the margin, ends without punctuation:
// a paragraph's last line closes its sentence, a heading's (附件, 附件2)
// does not.
func breaksBefore(l, prev *line, prevFull, lFull, indented bool, left, sz, spacing float64) bool {
	boldLead := l.boldRun > 0 && (!indented || l.boldRun == len(l.text))
	switch {
	case prev == nil || !prevFull || l.x0 > left+sz:
		return true
	case math.Abs(l.size-prev.size) > 0.1*math.Max(l.size, prev.size):
		return true
	case l.bold && prev.light:
		return true
	case (boldLead && prev.boldRun < len(prev.text) || listNumberLen(l.text) > 0) && endsSentence(prev.text):
		return true
	case !lFull && endsSentence(prev.text) && endsBare(l.text):
		return true
	}
	return prev.page == l.page && prev.col == l.col && spacing > 0 && prev.y-l.y > 1.6*spacing
}

// endsBare tells text that ends with a letter or a digit, no punctuation.
func endsBare(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// indentsParagraphs tells a document whose paragraphs open indented: of
// its lines outside tables, a twentieth (and three) start between one and
// a half and two and a half ems right of their column's left margin, where
// a first line's indent of two characters puts them. left gives a
// column's margin.
func indentsParagraphs(pages [][]line, left func(col int) float64) bool {
	n, in := 0, 0
	for _, ls := range pages {
		for _, l := range ls {
			if l.cells {
				continue
			}
			n++
			sz := math.Max(l.size, 1)
			if d := l.x0 - left(l.col); d >= 1.5*sz && d <= 2.5*sz {
				in++
			}
		}
	}
	return in >= 3 && in*20 >= n
}
