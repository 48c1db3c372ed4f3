package parse

// Word's automatic numbering, written out as Word shows it.

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// readNumbering reads numbering.xml: the list definitions (their levels'
// formats, texts and starts) and the instances that paragraphs point at.
func (d *docx) readNumbering(dec *xml.Decoder) error {
	var abs *wabstract
	var num *wnum
	lvl, overrideLvl := -1, -1
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			if e, ok := tok.(xml.EndElement); ok {
				switch e.Name.Local {
				case "abstractNum":
					abs = nil
				case "num":
					num = nil
				case "lvl":
					lvl = -1
				case "lvlOverride":
					overrideLvl = -1
				}
			}
			continue
		}
		if !isW(t.Name) {
			continue
		}
		v, _ := attr(t, "val")
		switch t.Name.Local {
		case "abstractNum":
			id, _ := attr(t, "abstractNumId")
			abs = &wabstract{}
			d.abstract[id] = abs
		case "num":
			id, _ := attr(t, "numId")
			num = &wnum{starts: map[int]int{}}
			d.nums[id] = num
		case "abstractNumId":
			if num != nil {
				num.abstract = v
			}
		case "lvl":
			s, _ := attr(t, "ilvl")
			if n, err := strconv.Atoi(s); err == nil && n >= 0 && n < 9 {
				lvl = n
			}
		case "lvlOverride":
			s, _ := attr(t, "ilvl")
			if n, err := strconv.Atoi(s); err == nil && n >= 0 && n < 9 {
				overrideLvl = n
			}
		case "startOverride":
			if num != nil && overrideLvl >= 0 {
				if n, err := strconv.Atoi(v); err == nil {
					num.starts[overrideLvl] = n
				}
			}
		case "start":
			if abs != nil && lvl >= 0 {
				if n, err := strconv.Atoi(v); err == nil {
					abs.levels[lvl].start, abs.levels[lvl].hasStart = n, true
				}
			}
		case "numFmt":
			if abs != nil && lvl >= 0 {
				abs.levels[lvl].format = v
			}
		case "numStyleLink":
			if abs != nil {
				abs.link = v
			}
		case "pStyle":
			if abs != nil && lvl >= 0 {
				abs.levels[lvl].pStyle = v
			}
		case "lvlText":
			if abs != nil && lvl >= 0 && len(v) <= maxLvlText {
				// A longer one is no number Word writes; shown on every
				// paragraph of its list it multiplied a few KB into GBs.
				abs.levels[lvl].text = v
			}
		}
	}
}

// abstractOf returns the list definition of instance num, following a
// definition that only links to a numbering style (w:numStyleLink) to
// the list that style is in, as Word does for a list style.
func (d *docx) abstractOf(num *wnum) *wabstract {
	abs := d.abstract[num.abstract]
	for hops := 0; abs != nil && abs.link != "" && hops < 4; hops++ {
		linked := d.nums[d.styleNum(abs.link).id]
		if linked == nil {
			break
		}
		abs = d.abstract[linked.abstract]
	}
	return abs
}

// linkedLevel returns the level of list id that names paragraph style
// style or a style it is based on (w:pStyle in w:lvl): a heading style
// whose w:numPr gives the list but no w:ilvl, as Word writes 标题 1 and
// 标题 2 linked to a multilevel list, takes that level; 0 when none does.
func (d *docx) linkedLevel(id, style string) int {
	num := d.nums[id]
	if num == nil {
		return 0
	}
	abs := d.abstractOf(num)
	if abs == nil {
		return 0
	}
	found := 0
	d.styleChain(style, func(s *wstyle) bool {
		for l, lv := range abs.levels {
			if lv.pStyle != "" && d.styles[lv.pStyle] == s {
				found = l
				return true
			}
		}
		return false
	})
	return found
}

// number advances the counters of list np and returns the marker Word
// shows for it (一、 （二） 3.), or "" for bullets and unknown lists.
func (d *docx) number(np wnumPr) string {
	num := d.nums[np.id]
	if num == nil || np.lvl < 0 || np.lvl >= 9 {
		return ""
	}
	abs := d.abstractOf(num)
	if abs == nil {
		return ""
	}
	startOf := func(l int) int {
		if s, ok := num.starts[l]; ok {
			return s
		}
		if abs.levels[l].hasStart {
			return abs.levels[l].start
		}
		return 1
	}
	// The counters are the definition's: an instance that goes on with a
	// list another began (the parts numbered through 标题 1's list, one
	// part given the list directly) counts on from it, and only an
	// instance's start override, where it first numbers that level,
	// sets the count anew.
	l := np.lvl
	if s, ok := num.starts[l]; ok && !num.seen[l] {
		abs.count[l], abs.used[l] = s, true
	} else if abs.used[l] {
		abs.count[l]++
	} else {
		abs.count[l], abs.used[l] = startOf(l), true
	}
	num.seen[l] = true
	for k := l + 1; k < 9; k++ {
		abs.used[k] = false
	}
	lv := abs.levels[l]
	if lv.format == "bullet" || lv.format == "none" || lv.text == "" {
		return ""
	}
	text := lv.text
	for k := 0; k <= l; k++ {
		v := abs.count[k]
		if !abs.used[k] {
			v = startOf(k)
		}
		text = strings.ReplaceAll(text, "%"+strconv.Itoa(k+1), formatNumber(v, abs.levels[k].format))
	}
	if len(text) > maxMarker {
		return "" // %1%1%1… over a 64-byte level text: no marker Word writes
	}
	return text
}

// formatNumber writes n in one of Word's number formats.
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting", "ideographDigital":
		return hanNumeral(n)
	case "ideographTraditional":
		const stems = "甲乙丙丁戊己庚辛壬癸"
		if n >= 1 && n <= 10 {
			return string([]rune(stems)[n-1])
		}
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune('⑴' + n - 1))
		}
		return "（" + strconv.Itoa(n) + "）"
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune('⒈' + n - 1))
		}
		return strconv.Itoa(n) + "."
	case "decimalFullWidth", "decimalFullWidth2":
		var b strings.Builder
		for _, r := range strconv.Itoa(n) {
			b.WriteRune(r - '0' + '０')
		}
		return b.String()
	case "lowerLetter", "upperLetter":
		if n >= 1 && n <= 26 {
			base := 'a'
			if format == "upperLetter" {
				base = 'A'
			}
			return string(rune(base + rune(n-1)))
		}
	case "lowerRoman", "upperRoman":
		r := roman(n)
		if format == "lowerRoman" {
			r = strings.ToLower(r)
		}
		return r
	}
	return strconv.Itoa(n)
}

// hanNumeral writes 1–999 as 一 … 九百九十九, the way documents number.
func hanNumeral(n int) string {
	const digits = "〇一二三四五六七八九"
	d := []rune(digits)
	if n <= 0 || n >= 1000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	if n >= 100 {
		b.WriteRune(d[n/100])
		b.WriteString("百")
		n %= 100
		if n > 0 && n < 10 {
			b.WriteString("零")
		}
	}
	if n >= 10 {
		if n/10 > 1 || b.Len() > 0 {
			b.WriteRune(d[n/10])
		}
		b.WriteString("十")
		n %= 10
	}
	if n > 0 {
		b.WriteRune(d[n])
	}
	return b.String()
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
