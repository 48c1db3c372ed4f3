package parse

import (
	"strings"
	"unicode"
)

// The offices and people who sign a report under its title: front matter
// (see front.go).

// officeOverName reports line i a person's office alone on its line
// (中共青岚大学委员会书记, 市人民政府市长): short, all Han, ending in a title
// (officeSuffixes), over a name of two to four Han characters or
// placeholders (某某某, XXX) on the next line, as a byline broken in two
// prints it.
func (p *parser) officeOverName(i, to int) bool {
	s := trimBlankRight(p.str(&p.eff[i]))
	n := runeLen(s)
	if i+1 >= to || n < 3 || n > 20 || hanCount(s, n) != n {
		return false
	}
	if _, ok := hasSuffixAny(s, officeSuffixes...); !ok {
		return false
	}
	name := trimBlankRight(p.str(&p.eff[i+1]))
	k := 0
	for _, r := range name {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("XxＸ×*＊○", r) {
			return false
		}
		k++
	}
	return k >= 2 && k <= 4
}

// officesOverDate reports line i the first of one to three offices
// (isOfficeLine, or a short all-Han line naming an office inside it:
// 国家统计局岑阳调查队) over a date or occasion line: the bodies a bulletin
// or a joint report is issued by, printed under its title.
func (p *parser) officesOverDate(i, to int) bool {
	for j := i; j < to && j <= i+3; j++ {
		e := &p.eff[j]
		s := p.str(e)
		switch {
		case j > i && (isDateLine(s) || isDashLine(s)):
			return true
		case e.kind != lineTitle || !isOfficeLine(s) && !hasOfficeInside(s):
			return false
		}
	}
	return false
}

// hasOfficeInside reports a short all-Han line with an office's name inside
// it (国家统计局岑阳调查队).
func hasOfficeInside(s string) bool {
	s = trimBlankRight(s)
	n := runeLen(s)
	if n < 4 || n > 20 || hanCount(s, n) != n {
		return false
	}
	for _, w := range officeNames {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
