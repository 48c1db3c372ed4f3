package parse

import (
	"strings"
	"unicode/utf8"
)

// A table's rows are the document's own: a run of three lines or more
// glued together, each parted into the same number (two or more) of cells
// by runs of spaces, as a Markdown table's rows are read (cells joined by
// two spaces) and a plain-text table is typed, or by bars (时间丨地点丨
// 主办单位, 项目 | 单位 | 完成值: each row alone reads as a menu, barMenu).
// A row that names the channels a service is used by (微信公众号  关注
// “某市发布”…) is weighed as a line alone would be, and reads as a notice;
// in its table it is a row. A table all of whose rows are notices on
// their own is the site's (a price list) and goes.

// tableCells returns how many cells runs of two or more spaces (or a
// tab), or else bars, part p into; 0 for a line that opens as a list's
// item does (a bullet or an arrow: · 某某述职报告  4.8分 is a link and its
// rating, isLinkItem).
func tableCells(p string) int {
	if r, _ := utf8.DecodeRuneInString(p); isDecorMark(r) || strings.ContainsRune("»·•", r) {
		return 0
	}
	n, gap := 1, 0
	for i := 0; i < len(p); i++ {
		if p[i] == ' ' || p[i] == '\t' {
			gap++
			if p[i] == '\t' {
				gap = 2
			}
			continue
		}
		if gap >= 2 {
			n++
		}
		gap = 0
	}
	if n == 1 && containsAny(p, "|｜丨") {
		// Cells parted by bars (时间丨地点丨主办单位, 项目 | 单位 | 完成值),
		// in a row no spaces part: the bars at its ends part nothing.
		n = len(strings.FieldsFunc(strings.Trim(p, " \u3000|｜"), func(r rune) bool { return r == '|' || r == '｜' || r == '丨' }))
	}
	return n
}

// minTableRows is the fewest rows a table has: a header and two rows, or
// three rows.
const minTableRows = 3

// tableRuns returns the tables (runs of lines [from, to)) that hold a line
// marked in promo and one not: only the marked lines are looked at, a few
// a file.
func tableRuns(text string, lines []line, promo []uint8) [][2]int {
	var runs [][2]int
	for i := 0; i < len(lines); i++ {
		if promo[i] == 0 {
			continue
		}
		k := tableCells(text[lines[i].start:lines[i].end])
		if k < 2 {
			continue
		}
		row := func(j int) bool {
			return j >= 0 && j < len(lines) && !lines[j].blank() && tableCells(text[lines[j].start:lines[j].end]) == k
		}
		from, to := i, i+1
		for row(from - 1) {
			from--
		}
		for row(to) {
			to++
		}
		if to-from >= minTableRows {
			all := true
			for j := from; j < to; j++ {
				all = all && promo[j] != 0
			}
			if !all {
				runs = append(runs, [2]int{from, to})
			}
		}
		i = to - 1
	}
	return runs
}

// keepTables clears the marks of the rows of tables.
func keepTables(tables [][2]int, promo []uint8) {
	for _, r := range tables {
		for j := r[0]; j < r[1]; j++ {
			promo[j] = 0
		}
	}
}
