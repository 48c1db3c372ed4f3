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

// isOfficesLine reports a line of two to four issuing bodies set apart by
// spaces (中共杉口县委　杉口县人民政府): a joint report's byline, each part an
// office's name (isOfficeLine, or a party group: …局党组).
func isOfficesLine(s string) bool {
	parts := strings.FieldsFunc(trimBlankRight(s), func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' })
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, x := range parts {
		if !isOfficeLine(x) && !isPartyGroup(x) {
			return false
		}
	}
	return true
}

// isPartyGroup reports the party group or committee of an office
// (中共溆汀市住房和城乡建设局党组, 市教育局党委): an office's name
// (hasOfficeInside: short, all Han) with 党组 or 党委 after it.
func isPartyGroup(s string) bool {
	body, ok := strings.CutSuffix(trimBlankRight(s), "党组")
	if !ok {
		body, ok = strings.CutSuffix(trimBlankRight(s), "党委")
	}
	return ok && hasOfficeInside(body)
}
