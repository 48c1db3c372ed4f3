package parse

import (
	"strconv"
	"strings"
)

// Word 97 list numbering ([MS-DOC] 2.9.147 LSTF, 2.9.150 LVL, 2.9.131
// LFO): paragraphs name a list override (ilfo, 1-based) and a level; the
// override names a list by lsid; the list's levels say how to number.
// The numbers are not in the text, so they are written out as the .docx
// reader writes them, by the same counters (docx.number).
const (
	sprmPIlvl     = 0x260A
	sprmPIlfo     = 0x460B
	fcPlfLst      = 73
	fcPlfLfo      = 74
	lstfSize      = 28
	lvlfSize      = 28
	maxListLevels = 9
)

// msoNFC maps Word 97's number formats to the names of ST_NumberFormat
// that formatNumber knows.
var msoNFC = map[byte]string{
	0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
	10: "ideographDigital", 14: "decimalFullWidth", 18: "decimalEnclosedCircle",
	19: "decimalFullWidth2", 22: "decimalZero", 23: "bullet",
	26: "decimalEnclosedFullstop", 27: "decimalEnclosedParen", 28: "decimalEnclosedCircleChinese", 30: "ideographTraditional", 33: "taiwaneseCounting",
	37: "chineseCounting", 38: "chineseLegalSimplified", 39: "chineseCountingThousand", 255: "none",
}

// readLists reads the list definitions and overrides into the numbering
// tables of a docx, keyed by lsid (lists) and by ilfo (overrides). A list
// table that does not read leaves paragraphs unnumbered, nothing worse.
func (d *wordDoc) readLists() *docx {
	nd := &docx{nums: map[string]*wnum{}, abstract: map[string]*wabstract{}}
	lst, _, ok := d.fibTail(fcPlfLst)
	if !ok {
		return nd
	}
	n := int(int16(u16(lst, 0)))
	if n <= 0 || 2+n*lstfSize > len(lst) {
		return nd
	}
	at := 2 + n*lstfSize
	for k := range n {
		f := lst[2+k*lstfSize:]
		lsid := strconv.Itoa(int(int32(u32(f, 0))))
		levels := maxListLevels
		if f[26]&1 != 0 { // fSimpleList
			levels = 1
		}
		abs := &wabstract{}
		for l := range levels {
			lv, next, ok := readLVL(lst, at)
			if !ok {
				return nd
			}
			abs.levels[l], at = lv, next
		}
		nd.abstract[lsid] = abs
	}
	lfo, ok := d.fibPair(fcPlfLfo)
	if !ok {
		return nd
	}
	m := int(int32(u32(lfo, 0)))
	shared := map[string]*wnum{} // by lsid: the overrides that override nothing
	at = 4 + max(m, 0)*16        // the LFOData, one for each override
	for k := 0; k < m && 4+(k+1)*16 <= len(lfo); k++ {
		lsid := strconv.Itoa(int(int32(u32(lfo, 4+k*16))))
		var num *wnum
		num, at = lfoLevels(nd, lfo, at, int(lfo[4+k*16+12]), lsid, strconv.Itoa(k+1))
		if num == nil {
			if num = shared[lsid]; num == nil {
				num = &wnum{abstract: lsid, starts: map[int]int{}}
				shared[lsid] = num
			}
		}
		nd.nums[strconv.Itoa(k+1)] = num
	}
	return nd
}

// lfoLevels reads the LFOData of an override with n LFOLVLs at lfo[at:]
// ([MS-DOC] 2.9.133, 2.9.132: a CP, then each level's start value, with
// a whole LVL after it where fFormatting is set) and returns the list
// an override that restarts a level or reformats one numbers (nil for
// one that overrides nothing: it numbers on with the other overrides of
// its list, as Word does) and where the next LFOData starts. Word's
// 重新开始编号 is such an override, iStartAt its new start.
func lfoLevels(nd *docx, lfo []byte, at, n int, lsid, ilfo string) (*wnum, int) {
	if at+4 > len(lfo) {
		return nil, at
	}
	at += 4
	var num *wnum
	for range n {
		if at+8 > len(lfo) {
			return num, at
		}
		start, bits := int(int32(u32(lfo, at))), lfo[at+4]
		lvl, fStartAt, fFormatting := int(bits&0x0F), bits&0x10 != 0, bits&0x20 != 0
		at += 8
		if lvl >= maxListLevels || !fStartAt && !fFormatting {
			continue
		}
		if num == nil {
			num = &wnum{abstract: lsid, starts: map[int]int{}}
		}
		if fStartAt {
			num.starts[lvl] = start
		}
		if fFormatting {
			lv, next, ok := readLVL(lfo, at)
			if !ok {
				return num, len(lfo)
			}
			at = next
			if base := nd.abstract[lsid]; base != nil {
				own := *base
				own.levels[lvl] = lv
				nd.abstract[lsid+"/"+ilfo] = &own
				num.abstract = lsid + "/" + ilfo
			}
		}
	}
	return num, at
}

// readLVL reads a list level at b[at:] ([MS-DOC] 2.9.150): the LVLF, its
// paragraph and character properties (skipped) and its number text, with
// the level placeholders as %1…%9.
func readLVL(b []byte, at int) (wlevel, int, bool) {
	if at+lvlfSize > len(b) {
		return wlevel{}, at, false
	}
	lv := b[at:]
	cbChpx, cbPapx := int(lv[24]), int(lv[25])
	at += lvlfSize + cbPapx + cbChpx
	if at+2 > len(b) {
		return wlevel{}, at, false
	}
	cch := int(u16(b, at))
	at += 2
	if at+2*cch > len(b) {
		return wlevel{}, at, false
	}
	var text strings.Builder
	for i := range cch {
		c := u16(b, at+2*i)
		if c < maxListLevels {
			text.WriteString("%" + strconv.Itoa(int(c)+1))
		} else {
			text.WriteRune(rune(c))
		}
	}
	at += 2 * cch
	out := wlevel{start: int(int32(u32(lv, 0))), hasStart: true, format: msoNFC[lv[4]], text: text.String()}
	if _, known := msoNFC[lv[4]]; !known {
		out.format = "decimal"
	}
	return out, at, true
}

// listSprms reads a paragraph's list override and level from a grpprl.
func listSprms(g []byte, ilfo, ilvl *int) {
	eachSprm(g, func(op uint16, arg []byte) {
		switch op {
		case sprmPIlfo:
			*ilfo = int(int16(u16(arg, 0)))
		case sprmPIlvl:
			*ilvl = int(arg[0])
		}
	})
}
