package parse

import (
	"strings"
	"unicode/utf8"
)

// A table copied out of Word comes as its cells, one a line (指标 /
// 2025年目标 / 地区生产总值增长 / 6%左右): short lines without an end mark,
// like headings. A heading carries text under it, so two headings in a
// row are a heading and its subheading at most; three or more short
// unnumbered lines with nothing between them are a table's cells or a
// list of names, the text of the heading above them. That is read inside
// a numbered or styled part only: a cover page's lines above the first
// one (the title in three lines, 编制说明, （征求意见稿）) that the title
// missed are better shown than hidden.

// minCellRun is how many title-like lines in a row are read as a table.
const minCellRun = 3

// numbered reports whether a heading other than a plain line is open.
func numbered(stack []frame) bool {
	for _, f := range stack {
		if f.st != stylePlain {
			return true
		}
	}
	return false
}

// tableLine reports whether line i, a lineTitle, reads as a table's: in a
// run of title-like lines (inTitleRun), or a row copied out of Word with
// its cells parted by tabs (地区生产总值增长<TAB>6%左右).
func (p *parser) tableLine(i, from, to int) bool {
	s := strings.TrimSpace(p.str(&p.eff[i]))
	return strings.IndexByte(s, '\t') > 0 || p.inTitleRun(i, from, to)
}

// inTitleRun reports whether line i, a lineTitle, stands in a run of
// minCellRun or more consecutive cell lines within [from, to).
func (p *parser) inTitleRun(i, from, to int) bool {
	n := 1
	for j := i - 1; j >= from && n < minCellRun && p.cellLine(j); j-- {
		n++
	}
	for j := i + 1; j < to && n < minCellRun && p.cellLine(j); j++ {
		n++
	}
	return n >= minCellRun
}

// minPlainCellRun is how many cell lines in a row are read as a table
// under headings that are plain lines only: a report numbered by Word's
// lists, copied out as text, has its parts' numbers gone (2025年工作回顾 /
// 坚持服务大局，护航…), and two of them may stand in a row, as a heading and
// the first of its sub-parts, where a table has rows of cells (案件类别 /
// 受理数（件） / … / 刑事案件 / 2856 / …).
const minPlainCellRun = 6

// plainTable reports whether line i, a lineTitle under a plain heading,
// stands in a run of minPlainCellRun or more cell lines within [from,
// to). A title-like line with a paragraph of prose right after it is a
// heading over that prose, never a cell of the run: the heading after a
// table (… / 第四季度 / 依法决定重大事项和人事任免… / 围绕…) stays one, and so
// does one over a sentence heading and its prose (… / 584 / 国有资产管理工作情况 /
// 深化国资国企改革，企业国有资产管理持续加强。 / 国有资本布局持续优化。…); but
// not the last item of a list whose items open and close alike
// (sameEnds: 《…条例》 … / 《…条例（修正）》, a list Word numbered, its numbers
// gone in the text).
func (p *parser) plainTable(i, from, to int) bool {
	cell := func(j int) bool {
		if t := strings.TrimSpace(p.str(&p.eff[j])); !p.cellLine(j) || halfTitle(t) || problemsTitle(t) {
			return false // a half's title (今后五年的主要任务) or the problems' (存在的主要问题) ends the table above it
		}
		if p.eff[j].kind != lineTitle || j+1 >= to || p.eff[j+1].kind != lineBody {
			return true
		}
		if holdsPercent(p.str(&p.eff[j])) {
			return true // a value (增长6.8%), no heading over the prose after it
		}
		if p.eff[j+1].end-p.eff[j+1].start <= 40*3 && (j+2 >= to || !p.sentenceHead(&p.eff[j+1], &p.eff[j+2])) {
			return true
		}
		return j > from && p.cellLine(j-1) && sameEnds(p.str(&p.eff[j-1]), p.str(&p.eff[j]))
	}
	if !cell(i) {
		return false
	}
	n := 1
	for j := i - 1; j >= from && n < minPlainCellRun && cell(j); j-- {
		n++
	}
	for j := i + 1; j < to && n < minPlainCellRun && cell(j); j++ {
		n++
	}
	return n >= minPlainCellRun
}

// holdsPercent reports a line that holds a percentage (增长6.8%, 提高2个百分点):
// a table's value, as the heading of a part never is.
func holdsPercent(s string) bool {
	for _, pc := range []string{"%", "％", "个百分点"} {
		if i := strings.Index(s, pc); i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); r >= '0' && r <= '9' || r >= '０' && r <= '９' {
				return true
			}
		}
	}
	return false
}

// sameEnds reports two lines that open with the same character and close
// with the same one (《…条例》 / 《…条例（修正）》): the items of one list, the
// last of which is no heading over the prose after it.
func sameEnds(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	za, _ := utf8.DecodeLastRuneInString(a)
	zb, _ := utf8.DecodeLastRuneInString(b)
	return a != "" && b != "" && ra == rb && za == zb
}

// maxCellRunes bounds a cell of numbers or units that is no title line:
// 1, %, 亿元, 2025年11月.
const maxCellRunes = 10

// cellLine reports whether line j can be a table's cell: a title-like
// line, or a short one of no sentence mark that is too short or too
// numeric to be a title (序号 1, 单位 %, 完成时限 2025年6月), or a figure
// (isFigure: 5.6, 6左右, —). A table whose
// rows open with a number, or end with a date, has its title-like cells
// two in a row at most, between such lines.
func (p *parser) cellLine(j int) bool {
	e := &p.eff[j]
	if e.kind == lineTitle {
		return true
	}
	if e.kind != lineBody || e.end-e.start > 40 {
		return false // a paragraph, or longer than any figure (isFigure)
	}
	s := strings.TrimSpace(p.str(e))
	return s != "" && runeLen(s) <= maxCellRunes && !containsAny(s, "。！？；：，!?;:") || isFigure(s)
}

// figureWords may follow a figure in an indicator table's cell.
var figureWords = []string{"左右", "以上", "以内", "以下", "万人", "万元", "亿元", "万", "亿", "个", "人", "户", "家", "项", "所", "座", "公里", "平方米", "吨", "倍"}

// isFigure reports a cell that is a number, with at most a sign, a
// percent or ‰, a comparison and a unit or 左右-like qualifier around it
// (5.6, -2.3%, ≥95%, 6左右, 10万人以上), or a dash or a unit alone.
func isFigure(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	// A cell with no figure: a dash for none (—, －, /), or the unit
	// column's %, 亿元.
	if strings.Trim(s, "—－-―/／") == "" {
		return true
	}
	if w, ok := hasPrefixAny(s, append([]string{"%", "％", "‰"}, figureWords...)...); ok && len(w) == len(s) {
		return true
	}
	s = strings.TrimLeft(s, "+-－−≥≤>＜<＞约")
	digits := 0
	for s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '.' && digits > 0) {
		if s[0] != '.' {
			digits++
		}
		s = s[1:]
	}
	if digits == 0 {
		return false
	}
	s = strings.TrimLeft(s, "%％‰")
	for s != "" {
		w, ok := hasPrefixAny(s, figureWords...)
		if !ok {
			return false
		}
		s = s[len(w):]
	}
	return true
}

// tables are the columns of each open table, innermost last.
type tables []int

// start opens a table or counts a column of the innermost one.
func (c *tables) start(name string) {
	switch {
	case name == "tbl":
		*c = append(*c, 0)
	case len(*c) > 0:
		(*c)[len(*c)-1]++
	}
}

// end closes the innermost table.
func (c *tables) end() {
	if len(*c) > 0 {
		*c = (*c)[:len(*c)-1]
	}
}

// data reports whether a paragraph here is a cell of a table of two or
// more columns: data, never a heading (指标 | 2025年目标). A one-cell table
// is a box drawn round text, which keeps its headings.
func (c tables) data() bool { return len(c) > 0 && c[len(c)-1] >= 2 }

// cellHint is the hint of a paragraph, a table's cell when cell is set:
// body text, unless a style makes it a heading.
func cellHint(cell bool, h Hint) Hint {
	if cell && h.Heading == 0 {
		return Hint{Body: true}
	}
	return h
}

// isBareFigure reports a line that is a figure alone (7.2, 6左右, 95%): a
// table's cell copied out one a line. 1. alone is a marker whose text
// follows on the next line, not a figure.
func isBareFigure(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	s = strings.TrimSpace(s)
	return !strings.HasSuffix(s, ".") && isFigure(s)
}
