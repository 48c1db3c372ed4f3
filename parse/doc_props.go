package parse

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Single property modifiers ([MS-DOC] 2.6) the reader looks at.
const (
	sprmCFBold     = 0x0835
	sprmCFRMarkDel = 0x0800
	sprmCFVanish   = 0x083C
	sprmCIstd      = 0x4A30
	sprmPOutLvl    = 0x2640
	sprmPJc80      = 0x2403
	sprmPJc        = 0x2461
	sprmTDefTable  = 0xD608
	sprmPChgTabs   = 0xC615
	sprmPFInTable  = 0x2416
	sprmPFTtp      = 0x2417
	fkpSize        = 512
)

// propRun is a range of the WordDocument stream with the same character
// properties: the bold operand (-1 none; 0 off, 1 on, 0x80 as the style,
// 0x81 the style's opposite) and the character style (-1 none).
type propRun struct {
	fc, fcEnd int
	bold      int
	istd      int
	// deleted is text a tracked change deleted (sprmCFRMarkDel), hidden
	// text set hidden (sprmCFVanish): Word prints neither.
	deleted, hidden bool
}

// papRun is a range with the same paragraph properties: its style, its
// outline level (-1 unset, 0–8 a level, 9 body text), centred or not.
type papRun struct {
	fc, fcEnd int
	istd      int
	outline   int
	center    int
	ilfo      int // list override, 1-based; 0 none, -1 unset
	ilvl      int // list level, -1 unset
	inTable   bool
	rowEnd    bool // the mark that ends a table row (sprmPFTtp)
}

// docStyle is the part of a style the outline uses.
type docStyle struct {
	name    string
	sti     int // the built-in style it is: 1–9 are Heading 1–9
	base    int // istdBase, 0x0FFF none
	outline int
	bold    int
	center  int
	ilfo    int
	ilvl    int
}

// eachSprm calls fn for each property modifier in a grpprl with its
// operand; a modifier cut short ends the list.
func eachSprm(g []byte, fn func(op uint16, arg []byte)) {
	for i := 0; i+2 <= len(g); {
		op := u16(g, i)
		i += 2
		var n int
		switch op >> 13 {
		case 0, 1:
			n = 1
		case 2, 4, 5:
			n = 2
		case 3:
			n = 4
		case 7:
			n = 3
		default: // 6: the operand says its length
			switch {
			case i >= len(g):
				return
			case op == sprmTDefTable:
				n = int(u16(g, i)) + 1
			case op == sprmPChgTabs && g[i] == 255:
				return // a rare long form: the rest is lost, not misread
			default:
				n = 1 + int(g[i])
			}
		}
		if n > len(g)-i {
			return
		}
		fn(op, g[i:i+n])
		i += n
	}
}

// fkpPages returns the property pages a PlcBte lists, each once: a page
// listed twice adds no runs, so runs stay bounded by the stream's size.
func (d *wordDoc) fkpPages(plc []byte) [][]byte {
	if len(plc) < 4 {
		return nil
	}
	n := (len(plc) - 4) / 8
	seen := map[int]bool{}
	var pages [][]byte
	for k := range n {
		pn := int(u32(plc, 4*(n+1)+4*k) & 0x3FFFFF)
		off := pn * fkpSize
		if seen[pn] || off+fkpSize > len(d.main) {
			continue
		}
		seen[pn] = true
		pages = append(pages, d.main[off:off+fkpSize])
	}
	return pages
}

// eachFkpRun calls fn for each run of the property pages that the bin
// table at FIB pair pair lists (PlcBteChpx → ChpxFkp, PlcBtePapx →
// PapxFkp): its page, its file offsets, and the byte offset of its
// properties in the page (0: none). bx is the size of a page's BX entries:
// 1 in a ChpxFkp, 13 in a PapxFkp; a page whose run count does not fit
// them is passed over.
func (d *wordDoc) eachFkpRun(pair, bx int, fn func(p []byte, fc, fcEnd, off int)) {
	plc, ok := d.fibPair(pair)
	if !ok {
		return
	}
	for _, p := range d.fkpPages(plc) {
		crun := int(p[fkpSize-1])
		if 4*(crun+1)+bx*crun > fkpSize-1 {
			continue
		}
		for i := range crun {
			fn(p, int(u32(p, 4*i)), int(u32(p, 4*i+4)), 2*int(p[4*(crun+1)+bx*i]))
		}
	}
}

// readChpx reads the character property pages (PlcBteChpx → ChpxFkp)
// into runs sorted by file offset.
func (d *wordDoc) readChpx() []propRun {
	var runs []propRun
	d.eachFkpRun(fcPlcfBteChpx, 1, func(p []byte, fc, fcEnd, off int) {
		r := propRun{fc: fc, fcEnd: fcEnd, bold: -1, istd: -1}
		if off > 0 && off < fkpSize-1 {
			cb := int(p[off])
			g := p[off+1 : min(fkpSize-1, off+1+cb)]
			eachSprm(g, func(op uint16, arg []byte) {
				switch op {
				case sprmCFBold:
					r.bold = int(arg[0])
				case sprmCIstd:
					r.istd = int(u16(arg, 0))
				case sprmCFRMarkDel:
					r.deleted = arg[0] != 0
				case sprmCFVanish:
					// 0x81, the style's opposite, is hidden as the styles are
					// read not hidden (a hidden style is not read: README)
					r.hidden = arg[0] == 1 || arg[0] == 0x81
				}
			})
		}
		runs = append(runs, r)
	})
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].fc < runs[j].fc })
	return runs
}

// readPapx reads the paragraph property pages (PlcBtePapx → PapxFkp)
// into runs sorted by file offset.
func (d *wordDoc) readPapx() []papRun {
	var runs []papRun
	d.eachFkpRun(fcPlcfBtePapx, 13, func(p []byte, fc, fcEnd, off int) {
		r := papRun{fc: fc, fcEnd: fcEnd, outline: -1, center: -1, ilfo: -1, ilvl: -1}
		if off > 0 && off < fkpSize-2 {
			var g []byte
			if cb := int(p[off]); cb != 0 {
				g = p[off+1 : min(fkpSize-1, off+2*cb)]
			} else {
				g = p[off+2 : min(fkpSize-1, off+2+2*int(p[off+1]))]
			}
			if len(g) >= 2 {
				r.istd = int(u16(g, 0))
				r.outline, r.center = papSprms(g[2:])
				listSprms(g[2:], &r.ilfo, &r.ilvl)
				eachSprm(g[2:], func(op uint16, arg []byte) {
					switch {
					case op == sprmPFInTable && arg[0] != 0:
						r.inTable = true
					case op == sprmPFTtp && arg[0] != 0:
						r.rowEnd = true
					}
				})
			}
		}
		runs = append(runs, r)
	})
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].fc < runs[j].fc })
	return runs
}

// papSprms reads the outline level and justification from a grpprl.
func papSprms(g []byte) (outline, center int) {
	outline, center = -1, -1
	eachSprm(g, func(op uint16, arg []byte) {
		switch op {
		case sprmPOutLvl:
			outline = int(arg[0])
		case sprmPJc80, sprmPJc:
			center = 0
			if arg[0] == 1 {
				center = 1
			}
		}
	})
	return outline, center
}

// readStyles reads the style sheet (STSH): each style's name, built-in
// identity, base style, outline level, justification and bold.
func (d *wordDoc) readStyles() []docStyle {
	st, ok := d.fibPair(fcStshf)
	if !ok {
		return nil
	}
	cbStshi := int(u16(st, 0))
	if 2+cbStshi > len(st) || cbStshi < 4 {
		return nil
	}
	cstd, cbBase := int(u16(st, 2)), int(u16(st, 4))
	styles := make([]docStyle, 0, min(cstd, 4096))
	at := 2 + cbStshi
	for range min(cstd, 4096) {
		cb := int(u16(st, at))
		at += 2
		if at+cb > len(st) {
			break
		}
		styles = append(styles, readStd(st[at:at+cb], cbBase))
		at += cb
	}
	return styles
}

// readStd reads one STD of a style sheet whose base part is cbBase bytes.
func readStd(std []byte, cbBase int) docStyle {
	s := docStyle{base: 0x0FFF, outline: -1, bold: -1, center: -1, sti: -1, ilfo: -1, ilvl: -1}
	if len(std) < 10 || cbBase < 10 || cbBase > len(std) {
		return s
	}
	s.sti = int(u16(std, 0) & 0x0FFF)
	stk := int(u16(std, 2) & 0x000F)
	s.base = int(u16(std, 2) >> 4)
	cupx := int(u16(std, 4) & 0x000F)
	cch := int(u16(std, cbBase))
	at := cbBase + 2
	if at+2*cch > len(std) {
		return s
	}
	name := make([]uint16, cch)
	for i := range name {
		name[i] = u16(std, at+2*i)
	}
	s.name = string(utf16.Decode(name))
	at += 2*cch + 2 // the name's terminating NUL
	for k := range cupx {
		at += at & 1 // each UPX starts on an even offset
		cb := int(u16(std, at))
		at += 2
		if at+cb > len(std) {
			break
		}
		upx := std[at : at+cb]
		at += cb
		switch {
		case stk == 1 && k == 0 && len(upx) >= 2: // paragraph style: istd, grpprl
			s.outline, s.center = papSprms(upx[2:])
			listSprms(upx[2:], &s.ilfo, &s.ilvl)
		case stk == 1 && k == 1 || stk == 2 && k == 0:
			eachSprm(upx, func(op uint16, arg []byte) {
				if op == sprmCFBold {
					s.bold = int(arg[0])
				}
			})
		}
	}
	return s
}

// styleChain calls fn on style istd and its bases until fn returns true,
// at most ten deep (a loop of bases ends there).
func (d *wordDoc) styleChain(istd int, fn func(*docStyle) bool) {
	for range 10 {
		if istd < 0 || istd >= len(d.styles) || fn(&d.styles[istd]) {
			return
		}
		istd = d.styles[istd].base
	}
}

// styleBold reports a style whose runs are bold unless they say not.
func (d *wordDoc) styleBold(istd int) bool {
	bold := false
	var ops []int
	d.styleChain(istd, func(s *docStyle) bool {
		if s.bold < 0 {
			return false
		}
		if s.bold == 0x81 || s.bold == 0x80 {
			ops = append(ops, s.bold) // relative to the base: go on
			return false
		}
		bold = s.bold == 1
		return true
	})
	for i := len(ops) - 1; i >= 0; i-- {
		if ops[i] == 0x81 {
			bold = !bold
		}
	}
	return bold
}

// stiTitle is the built-in Title style.
const stiTitle = 62

// headingLevel returns the heading level style istd gives (1–6, 0 none):
// the built-in Heading 1–9, a style named 标题 N or heading N, or an
// outline level in the style or a base; and whether it is the document's
// Title style (built-in, or named Title or 标题, or the standard's name
// of the GB/T 1.1 template that Chinese standards are written in:
// 封面标准名称), as the .docx reader reads them.
func (d *wordDoc) headingLevel(istd int) (level int, title bool) {
	d.styleChain(istd, func(s *docStyle) bool {
		name := strings.ToLower(strings.ReplaceAll(s.name, " ", ""))
		switch {
		case s.sti >= 1 && s.sti <= 9:
			level = s.sti
		case namedHeading(s.name) > 0:
			level = namedHeading(s.name)
		case s.sti == stiTitle || name == "title" || name == "标题" || strings.Contains(name, "标准名称"):
			title = true
		case s.outline >= 0 && s.outline < 9:
			level = s.outline + 1
		case s.outline == 9:
			// Body text, said over the heading style it is based on:
			// Word's TOC Heading (目录) is Heading 1 so.
		default:
			return false
		}
		return true
	})
	return min(level, 6), title
}

// namedHeading reads the level from a style named "heading 2" or "标题 2".
func namedHeading(name string) int {
	low := strings.ToLower(strings.TrimSpace(name))
	for _, p := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(rest)); err == nil && n >= 1 && n <= 9 {
				return n
			}
		}
	}
	return 0
}

// styleCenter reports a style centred by itself or a base.
func (d *wordDoc) styleCenter(istd int) bool {
	c := false
	d.styleChain(istd, func(s *docStyle) bool {
		if s.center >= 0 {
			c = s.center == 1
			return true
		}
		return false
	})
	return c
}

// findRun returns the index of the run among n sorted by start (at) that
// holds fc, -1 for none; hint is tried first, as text walks forward.
func findRun(n, hint int, fc int, at func(int) (int, int)) int {
	if hint >= 0 && hint < n {
		if s, e := at(hint); fc >= s && fc < e {
			return hint
		}
		if hint+1 < n {
			if s, e := at(hint + 1); fc >= s && fc < e {
				return hint + 1
			}
		}
	}
	i := sort.Search(n, func(i int) bool { s, _ := at(i); return s > fc }) - 1
	if i >= 0 {
		if _, e := at(i); fc < e {
			return i
		}
	}
	return -1
}

// styleList returns the list override and level a style or a base gives.
func (d *wordDoc) styleList(istd int) (ilfo, ilvl int) {
	ilfo, ilvl = -1, -1
	d.styleChain(istd, func(s *docStyle) bool {
		if ilvl < 0 && s.ilvl >= 0 {
			ilvl = s.ilvl
		}
		if s.ilfo >= 0 {
			ilfo = s.ilfo
			return true
		}
		return false
	})
	return ilfo, ilvl
}
