package parse

import "strings"

// A document's first line, when the next line it has opens the body (a
// part's heading, 一、总体情况, or a paragraph of prose), is the document's
// title: it stands where the genre writes its title, however it is worded
// (另一份材料 over 一、总体情况 names the document as the thing it is, and
// 材料 with 一份 is no pitch there). A site's line before a document stands
// above the title, not in its place. So the title's line is weighed as a
// line glued inside the prose is (placeGlued): only strong signals make a
// notice of it, never its position, nor a bare slogan's form.

// titleLine returns the index of the document's first non-blank line when
// it stands as the title over the body (see above), else -1.
func titleLine(text string, lines []line) int {
	first := -1
	for i := range lines {
		if lines[i].blank() {
			continue
		}
		if first < 0 {
			first = i
			continue
		}
		p := strings.TrimLeft(text[lines[i].start:lines[i].end], " \t\u3000")
		if opensBody(p) || opensProse(p) {
			if t := strings.TrimLeft(text[lines[first].start:lines[first].end], "\ufeff \t\u3000"); isTitleShaped(t) {
				return first
			}
		}
		return -1
	}
	return -1
}

// opensBody reports the heading of a body's first part in the genre's
// top-level numbering: 一、, 第一部分, 第一编, 第一章, 第一条. Not a list's
// first item (1. 进群先改备注): a block of a site's rules has those too.
func opensBody(p string) bool {
	m, ok := parseMarker(p)
	if !ok || m.num != 1 {
		return false
	}
	switch m.style {
	case styleHan, stylePart, styleBian, styleZhang, styleTiao:
		return true
	}
	return false
}

// opensProse reports a paragraph of prose: a sentence ended by 。！？, or
// longer than a heading.
func opensProse(p string) bool {
	return len(p) > 90 || containsAny(p, "。！？")
}

// isTitleShaped reports a line that may be a title: short, no sentence
// ended in it, not a heading of a part itself.
func isTitleShaped(p string) bool {
	return p != "" && len(p) <= maxShortBytes && !containsAny(p, "。！？!?") && !isOutlineLine(p)
}
